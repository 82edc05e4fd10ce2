//! Pages of one's own account: profile, email, password, sessions, second factor.
use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::*;

// ---- own account ---------------------------------------------------------------------------

async fn account_context(page: &Page, me: &CurrentUser) -> Result<Value, AppError> {
    let user = profile::user(&page.state, &me.user_id).await?;
    let municipality = profile::family_municipality(&page.state, me).await?;
    let municipalities = municipality
        .is_some()
        .then(|| municipality_choices(page.locale.code()));
    let roles: Vec<String> = me
        .roles
        .iter()
        .map(|r| page.t(&format!("role-{}", r.as_str())))
        .collect();
    Ok(context! {
        profile => context! {
            email => user.email,
            display_name => user.display_name,
            ui_language => user.ui_language,
            notify_by_email => user.notify_by_email,
            notify_new_sign_in => user.notify_new_sign_in,
            reminder_hours => user.reminder_hours,
            has_password => user.password_hash.is_some(),
            second_factor => user.totp_enabled_at.is_some(),
            municipality,
        },
        municipalities,
        abroad => ABROAD,
        roles,
    })
}

pub async fn account(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let ctx = account_context(&page, &me).await?;
    page.render("accounts/account.html", ctx)
}

#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    ui_language: String,
    #[serde(default)]
    notify_by_email: bool,
    #[serde(default)]
    notify_new_sign_in: bool,
    #[serde(default = "crate::groups::reminders::default_hours")]
    reminder_hours: i32,
    #[serde(default)]
    municipality: Option<String>,
}

/// Re-renders the account page with a form's errors, or goes back to it with a notice.
async fn account_outcome(
    page: &Page,
    me: &CurrentUser,
    outcome: Result<(), AppError>,
    notice: &str,
) -> Result<HttpResponse, AppError> {
    match outcome {
        Ok(()) => Ok(see_other(&format!("/account?saved={notice}"))),
        Err(error) => {
            let ctx = account_context(page, me).await?;
            page.render_form_error("accounts/account.html", ctx, error)
        }
    }
}

pub async fn update_profile(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<ProfileForm>,
) -> Result<HttpResponse, AppError> {
    let input = profile::ProfileInput {
        display_name: form.display_name,
        ui_language: form.ui_language,
        notify_by_email: form.notify_by_email,
        notify_new_sign_in: form.notify_new_sign_in,
        reminder_hours: form.reminder_hours,
        municipality: form.municipality,
    };
    let outcome = profile::update_profile(&page.state, &me, input).await;
    account_outcome(&page, &me, outcome, "profile").await
}

#[derive(Deserialize)]
pub struct ChangePasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
}

pub async fn change_password(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<ChangePasswordForm>,
) -> Result<HttpResponse, AppError> {
    let outcome =
        profile::change_password(&page.state, &me, &form.current_password, form.password).await;
    account_outcome(&page, &me, outcome, "password").await
}

pub async fn request_email_change(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<EmailForm>,
) -> Result<HttpResponse, AppError> {
    let outcome = profile::request_email_change(&page.state, &me, &form.email).await;
    account_outcome(&page, &me, outcome, "email").await
}

pub async fn confirm_email_change_page(
    page: Page,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let valid =
        signin::link_is_valid(&page.state, Purpose::ChangeEmail, token.into_inner()).await?;
    link_page(&page, Purpose::ChangeEmail, valid)
}

pub async fn confirm_email_change(
    page: Page,
    me: CurrentUser,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    profile::confirm_email_change(&page.state, &me, token.into_inner()).await?;
    Ok(see_other("/account?saved=email-changed"))
}

#[derive(Serialize)]
struct SessionView {
    id: String,
    device: String,
    created_at: String,
    last_seen_at: String,
    current: bool,
}

pub async fn sessions(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let sessions: Vec<SessionView> = profile::sessions(&page.state, &me)
        .await?
        .into_iter()
        .map(|s| SessionView {
            current: s.id == me.session_id,
            id: s.id,
            device: s.device,
            created_at: page.datetime(s.created_at),
            last_seen_at: page.datetime(s.last_seen_at),
        })
        .collect();
    page.render("accounts/sessions.html", context! { sessions })
}

pub async fn revoke_session(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    profile::revoke_session(&page.state, &me, &id).await?;
    Ok(see_other("/account/sessions"))
}

pub async fn revoke_all_sessions(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    signin::sign_out(&page.state, &me.user_id, &me.session_id, true).await?;
    let mut response = see_other("/");
    let _ = response.add_cookie(&removal_cookie(page.state.config.is_https()));
    Ok(response)
}

// ---- second factor -------------------------------------------------------------------------

async fn second_factor_context(page: &Page, me: &CurrentUser) -> Result<Value, AppError> {
    let setup = profile::begin_second_factor(&page.state, me).await?;
    let required = me.roles.iter().any(|r| r.requires_second_factor());
    Ok(match setup {
        Some(setup) => {
            context! { enabled => false, required, secret => setup.secret, qr_svg => Value::from_safe_string(setup.qr_svg), otpauth_url => setup.url }
        }
        None => context! { enabled => true, required },
    })
}

pub async fn second_factor_setup(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let ctx = second_factor_context(&page, &me).await?;
    page.render("accounts/second_factor_setup.html", ctx)
}

pub async fn confirm_second_factor(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<CodeForm>,
) -> Result<HttpResponse, AppError> {
    match profile::confirm_second_factor(&page.state, &me, &form.code).await {
        Ok(recovery_codes) => {
            page.render("accounts/recovery_codes.html", context! { recovery_codes })
        }
        Err(error) => {
            let ctx = second_factor_context(&page, &me).await?;
            page.render_form_error("accounts/second_factor_setup.html", ctx, error)
        }
    }
}

pub async fn disable_second_factor(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<CodeForm>,
) -> Result<HttpResponse, AppError> {
    match profile::disable_second_factor(&page.state, &me, &form.code).await {
        Ok(()) => Ok(see_other("/account?saved=second-factor-off")),
        Err(error) => {
            let ctx = second_factor_context(&page, &me).await?;
            page.render_form_error("accounts/second_factor_setup.html", ctx, error)
        }
    }
}
