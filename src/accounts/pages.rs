//! HTML pages of accounts: thin handlers over the use cases in `signin`, `profile` and
//! `invitations`.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::domain::{ABROAD, FAMILY_LANGUAGES};
use super::model::one_time::Purpose;
use super::municipalities::MUNICIPALITIES;
use super::signin::{self, LinkKind, Ticket, TokenUse};
use super::{Client, invitations, profile};
use crate::auth::CurrentUser;
use crate::auth::access::{removal_cookie, session_cookie};
use crate::auth::policy::{Role, SecondFactor};
use crate::error::AppError;
use crate::web::{HtmlForm, Page, safe_local_path, see_other};

#[derive(Serialize)]
struct Choice {
    code: &'static str,
    name: String,
}

fn municipality_choices(lang: &str) -> Vec<Choice> {
    let swedish = lang == "sv";
    let mut choices: Vec<Choice> = MUNICIPALITIES
        .iter()
        .map(|m| Choice {
            code: m.code,
            name: if swedish { m.name_sv } else { m.name_fi }.to_owned(),
        })
        .collect();
    choices.sort_by(|a, b| a.name.cmp(&b.name));
    choices
}

/// A message page: a title, a text and an optional link onwards.
fn message(page: &Page, title_id: &str, text_id: &str) -> Result<HttpResponse, AppError> {
    page.render("accounts/message.html", context! { title => page.t(title_id), text => page.t(text_id) })
}

/// Signs the browser in and sends it on: to the second factor if needed, else to `next`.
fn signed_in(page: &Page, ticket: Ticket, next: Option<&str>) -> HttpResponse {
    let location = match ticket.second_factor {
        SecondFactor::Pending => "/sign-in/second-factor",
        SecondFactor::SetupRequired => "/account/second-factor",
        _ => safe_local_path(next),
    };
    let mut response = see_other(location);
    let _ = response.add_cookie(&session_cookie(ticket.token, page.state.config.is_https()));
    response
}

// ---- sign up -------------------------------------------------------------------------------

#[derive(Deserialize, Serialize, Default)]
pub struct SignUpForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    ui_language: String,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    municipality: String,
    #[serde(default)]
    password: String,
}

fn sign_up_context(page: &Page, form: &SignUpForm) -> Value {
    let languages: Vec<Choice> = FAMILY_LANGUAGES
        .iter()
        .map(|(code, name)| Choice {
            code,
            name: (*name).to_owned(),
        })
        .collect();
    context! {
        form => context! {
            email => form.email, display_name => form.display_name,
            ui_language => if form.ui_language.is_empty() { page.locale.code() } else { form.ui_language.as_str() },
            languages => form.languages, municipality => form.municipality,
        },
        family_languages => languages,
        municipalities => municipality_choices(page.locale.code()),
        abroad => ABROAD,
    }
}

pub async fn sign_up_form(page: Page) -> Result<HttpResponse, AppError> {
    page.render("accounts/sign_up.html", sign_up_context(&page, &SignUpForm::default()))
}

pub async fn sign_up(page: Page, client: Client, HtmlForm(form): HtmlForm<SignUpForm>) -> Result<HttpResponse, AppError> {
    let input = signin::SignUp {
        email: form.email.clone(),
        display_name: form.display_name.clone(),
        ui_language: form.ui_language.clone(),
        languages: form.languages.clone(),
        municipality: form.municipality.clone(),
        password: Some(form.password.clone()),
    };
    match signin::sign_up(&page.state, input, &client).await {
        Ok(()) => Ok(see_other("/sign-up/sent")),
        Err(error) => page.render_form_error("accounts/sign_up.html", sign_up_context(&page, &form), error),
    }
}

pub async fn sign_up_sent(page: Page) -> Result<HttpResponse, AppError> {
    message(&page, "sign-up-sent-title", "sign-up-sent-text")
}

// ---- links from mail: a page with one button, so link scanners cannot use them up -----------

fn link_page(page: &Page, purpose: Purpose, valid: bool) -> Result<HttpResponse, AppError> {
    if !valid {
        return message(page, "link-expired-title", "link-expired");
    }
    let (title_id, button_id) = match purpose {
        Purpose::ConfirmEmail => ("confirm-email-title", "confirm-email-button"),
        Purpose::MagicLink => ("magic-link-title", "magic-link-button"),
        Purpose::ChangeEmail => ("change-email-title", "change-email-button"),
        Purpose::PasswordReset => ("reset-password-title", "reset-password-button"),
    };
    page.render("accounts/confirm_link.html", context! { title => page.t(title_id), button => page.t(button_id) })
}

pub async fn confirm_email_page(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let valid = signin::link_is_valid(&page.state, Purpose::ConfirmEmail, token.into_inner()).await?;
    link_page(&page, Purpose::ConfirmEmail, valid)
}

pub async fn confirm_email(page: Page, client: Client, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let ticket = signin::confirm_email(&page.state, token.into_inner(), &client, TokenUse::Browser).await?;
    Ok(signed_in(&page, ticket, Some("/")))
}

pub async fn magic_link_page(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let valid = signin::link_is_valid(&page.state, Purpose::MagicLink, token.into_inner()).await?;
    link_page(&page, Purpose::MagicLink, valid)
}

pub async fn redeem_magic_link(page: Page, client: Client, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let ticket = signin::redeem_magic_link(&page.state, token.into_inner(), &client, TokenUse::Browser).await?;
    Ok(signed_in(&page, ticket, Some("/")))
}

// ---- sign in -------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn sign_in_form(page: Page, query: web::Query<NextQuery>) -> Result<HttpResponse, AppError> {
    page.render("accounts/sign_in.html", context! { next => safe_local_path(query.next.as_deref()), email => "" })
}

pub async fn sign_in(page: Page, client: Client, HtmlForm(form): HtmlForm<SignInForm>) -> Result<HttpResponse, AppError> {
    let next = safe_local_path(form.next.as_deref()).to_owned();
    match signin::sign_in_with_password(&page.state, &form.email, form.password, &client, TokenUse::Browser).await {
        Ok(ticket) => Ok(signed_in(&page, ticket, Some(&next))),
        Err(error) => page.render_form_error("accounts/sign_in.html", context! { next, email => form.email }, error),
    }
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

pub async fn request_magic_link(page: Page, client: Client, HtmlForm(form): HtmlForm<EmailForm>) -> Result<HttpResponse, AppError> {
    match signin::request_link(&page.state, LinkKind::MagicLink, &form.email, &client).await {
        Ok(()) => Ok(see_other("/sign-in/link/sent")),
        Err(error) => page.render_form_error("accounts/sign_in.html", context! { next => "/", email => form.email }, error),
    }
}

pub async fn magic_link_sent(page: Page) -> Result<HttpResponse, AppError> {
    message(&page, "magic-link-sent-title", "magic-link-sent-text")
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn second_factor_form(page: Page) -> Result<HttpResponse, AppError> {
    page.render("accounts/second_factor.html", context! {})
}

pub async fn second_factor(page: Page, me: CurrentUser, HtmlForm(form): HtmlForm<CodeForm>) -> Result<HttpResponse, AppError> {
    match signin::pass_second_factor(&page.state, &me.user_id, &me.session_id, &form.code).await {
        Ok(()) => Ok(see_other("/")),
        Err(error) => page.render_form_error("accounts/second_factor.html", context! {}, error),
    }
}

pub async fn sign_out(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    signin::sign_out(&page.state, &me.user_id, &me.session_id, false).await?;
    let mut response = see_other("/");
    let _ = response.add_cookie(&removal_cookie(page.state.config.is_https()));
    Ok(response)
}

// ---- password reset ------------------------------------------------------------------------

pub async fn forgot_password_form(page: Page) -> Result<HttpResponse, AppError> {
    page.render("accounts/forgot_password.html", context! { email => "" })
}

pub async fn forgot_password(page: Page, client: Client, HtmlForm(form): HtmlForm<EmailForm>) -> Result<HttpResponse, AppError> {
    match signin::request_link(&page.state, LinkKind::PasswordReset, &form.email, &client).await {
        Ok(()) => message(&page, "forgot-password-sent-title", "forgot-password-sent-text"),
        Err(error) => page.render_form_error("accounts/forgot_password.html", context! { email => form.email }, error),
    }
}

pub async fn reset_password_form(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    if !signin::link_is_valid(&page.state, Purpose::PasswordReset, token.into_inner()).await? {
        return message(&page, "link-expired-title", "link-expired");
    }
    page.render("accounts/reset_password.html", context! {})
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
}

pub async fn reset_password(page: Page, client: Client, token: web::Path<String>, HtmlForm(form): HtmlForm<PasswordForm>) -> Result<HttpResponse, AppError> {
    match signin::reset_password(&page.state, token.into_inner(), form.password, &client, TokenUse::Browser).await {
        Ok(ticket) => Ok(signed_in(&page, ticket, Some("/account"))),
        Err(error) => page.render_form_error("accounts/reset_password.html", context! {}, error),
    }
}

// ---- own account ---------------------------------------------------------------------------

async fn account_context(page: &Page, me: &CurrentUser) -> Result<Value, AppError> {
    let user = profile::user(&page.state, &me.user_id).await?;
    let roles: Vec<String> = me.roles.iter().map(|r| page.t(&format!("role-{}", r.as_str()))).collect();
    Ok(context! {
        profile => context! {
            email => user.email,
            display_name => user.display_name,
            ui_language => user.ui_language,
            notify_by_email => user.notify_by_email,
            notify_new_sign_in => user.notify_new_sign_in,
            has_password => user.password_hash.is_some(),
            second_factor => user.totp_enabled_at.is_some(),
        },
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
}

/// Re-renders the account page with a form's errors, or goes back to it with a notice.
async fn account_outcome(page: &Page, me: &CurrentUser, outcome: Result<(), AppError>, notice: &str) -> Result<HttpResponse, AppError> {
    match outcome {
        Ok(()) => Ok(see_other(&format!("/account?saved={notice}"))),
        Err(error) => {
            let ctx = account_context(page, me).await?;
            page.render_form_error("accounts/account.html", ctx, error)
        }
    }
}

pub async fn update_profile(page: Page, me: CurrentUser, HtmlForm(form): HtmlForm<ProfileForm>) -> Result<HttpResponse, AppError> {
    let input = profile::ProfileInput {
        display_name: form.display_name,
        ui_language: form.ui_language,
        notify_by_email: form.notify_by_email,
        notify_new_sign_in: form.notify_new_sign_in,
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

pub async fn change_password(page: Page, me: CurrentUser, HtmlForm(form): HtmlForm<ChangePasswordForm>) -> Result<HttpResponse, AppError> {
    let outcome = profile::change_password(&page.state, &me, &form.current_password, form.password).await;
    account_outcome(&page, &me, outcome, "password").await
}

pub async fn request_email_change(page: Page, me: CurrentUser, HtmlForm(form): HtmlForm<EmailForm>) -> Result<HttpResponse, AppError> {
    let outcome = profile::request_email_change(&page.state, &me, &form.email).await;
    account_outcome(&page, &me, outcome, "email").await
}

pub async fn confirm_email_change_page(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let valid = signin::link_is_valid(&page.state, Purpose::ChangeEmail, token.into_inner()).await?;
    link_page(&page, Purpose::ChangeEmail, valid)
}

pub async fn confirm_email_change(page: Page, me: CurrentUser, token: web::Path<String>) -> Result<HttpResponse, AppError> {
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
            created_at: crate::web::format_time(s.created_at),
            last_seen_at: crate::web::format_time(s.last_seen_at),
        })
        .collect();
    page.render("accounts/sessions.html", context! { sessions })
}

pub async fn revoke_session(page: Page, me: CurrentUser, id: web::Path<String>) -> Result<HttpResponse, AppError> {
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
        Some(setup) => context! { enabled => false, required, secret => setup.secret, qr_svg => Value::from_safe_string(setup.qr_svg), otpauth_url => setup.url },
        None => context! { enabled => true, required },
    })
}

pub async fn second_factor_setup(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let ctx = second_factor_context(&page, &me).await?;
    page.render("accounts/second_factor_setup.html", ctx)
}

pub async fn confirm_second_factor(page: Page, me: CurrentUser, HtmlForm(form): HtmlForm<CodeForm>) -> Result<HttpResponse, AppError> {
    match profile::confirm_second_factor(&page.state, &me, &form.code).await {
        Ok(recovery_codes) => page.render("accounts/recovery_codes.html", context! { recovery_codes }),
        Err(error) => {
            let ctx = second_factor_context(&page, &me).await?;
            page.render_form_error("accounts/second_factor_setup.html", ctx, error)
        }
    }
}

pub async fn disable_second_factor(page: Page, me: CurrentUser, HtmlForm(form): HtmlForm<CodeForm>) -> Result<HttpResponse, AppError> {
    match profile::disable_second_factor(&page.state, &me, &form.code).await {
        Ok(()) => Ok(see_other("/account?saved=second-factor-off")),
        Err(error) => {
            let ctx = second_factor_context(&page, &me).await?;
            page.render_form_error("accounts/second_factor_setup.html", ctx, error)
        }
    }
}

// ---- family and invitations ----------------------------------------------------------------

#[derive(Serialize)]
struct InvitationView {
    id: String,
    email: String,
    role: String,
    expires_at: String,
    status: &'static str,
}

fn invitation_views(page: &Page, list: Vec<super::model::invitations::Invitation>) -> Vec<InvitationView> {
    let now = crate::jobs::now();
    list.into_iter()
        .map(|i| InvitationView {
            status: match (i.accepted_at, i.revoked_at) {
                (Some(_), _) => "accepted",
                (_, Some(_)) => "revoked",
                _ if i.expires_at <= now => "expired",
                _ => "open",
            },
            role: page.t(&format!("role-{}", i.role)),
            expires_at: crate::web::format_time(i.expires_at),
            id: i.id,
            email: i.email,
        })
        .collect()
}

async fn family_context(page: &Page, me: &CurrentUser) -> Result<Value, AppError> {
    let family_id = me.family_id.clone().ok_or_else(AppError::not_found)?;
    let state = page.state.clone();
    let (family, members) = state
        .db
        .run(move |conn| {
            let family = super::model::users::family(conn, &family_id)?.ok_or_else(AppError::not_found)?;
            let members = super::model::users::family_members(conn, &family_id)?;
            Ok((family, members))
        })
        .await?;
    let members: Vec<String> = members.into_iter().map(|m| m.display_name).collect();
    let languages: Vec<&str> = family.languages.split(',').filter_map(super::domain::family_language_name).collect();
    let pending = invitation_views(page, invitations::family_invitations(&page.state, me).await?);
    Ok(context! { members, languages, pending })
}

pub async fn family(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let ctx = family_context(&page, &me).await?;
    page.render("accounts/family.html", ctx)
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    language: String,
}

pub async fn invite_family_member(page: Page, me: CurrentUser, HtmlForm(form): HtmlForm<InviteForm>) -> Result<HttpResponse, AppError> {
    match invitations::invite_family_member(&page.state, &me, &form.email, &form.language).await {
        Ok(_) => Ok(see_other("/family")),
        Err(error) => {
            let ctx = family_context(&page, &me).await?;
            page.render_form_error("accounts/family.html", ctx, error)
        }
    }
}

pub async fn revoke_family_invitation(page: Page, me: CurrentUser, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    invitations::revoke(&page.state, &me, &id).await?;
    Ok(see_other("/family"))
}

pub async fn invitation_page(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let Some((invitation, has_account)) = invitations::open_invitation(&page.state, token.into_inner()).await? else {
        return message(&page, "link-expired-title", "link-expired");
    };
    let role = page.t(&format!("role-{}", invitation.role));
    page.render("accounts/invitation.html", context! { role, has_account, email => invitation.email })
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
}

pub async fn accept_invitation(page: Page, client: Client, token: web::Path<String>, HtmlForm(form): HtmlForm<AcceptForm>) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let acceptance = invitations::Acceptance {
        token: token.clone(),
        display_name: form.display_name,
        password: Some(form.password),
    };
    match invitations::accept(&page.state, acceptance, &client, TokenUse::Browser).await {
        Ok(ticket) => Ok(signed_in(&page, ticket, Some("/"))),
        Err(error) => {
            let Some((invitation, has_account)) = invitations::open_invitation(&page.state, token).await? else {
                return Err(error);
            };
            let role = page.t(&format!("role-{}", invitation.role));
            page.render_form_error("accounts/invitation.html", context! { role, has_account, email => invitation.email }, error)
        }
    }
}

async fn staff_invitations_context(page: &Page, me: &CurrentUser) -> Result<Value, AppError> {
    let invitations = invitation_views(page, invitations::list_staff_sent(&page.state).await?);
    let roles: Vec<Choice> = Role::ALL
        .into_iter()
        .filter(|role| me.roles.iter().any(|mine| mine.may_invite(*role)))
        .map(|role| Choice {
            code: role.as_str(),
            name: page.t(&format!("role-{}", role.as_str())),
        })
        .collect();
    Ok(context! { invitations, roles })
}

pub async fn staff_invitations(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let ctx = staff_invitations_context(&page, &me).await?;
    page.render("accounts/staff_invitations.html", ctx)
}

pub async fn invite(page: Page, me: CurrentUser, HtmlForm(form): HtmlForm<InviteForm>) -> Result<HttpResponse, AppError> {
    match invitations::invite(&page.state, &me, &form.email, &form.role, &form.language).await {
        Ok(_) => Ok(see_other("/staff/invitations")),
        Err(error) => {
            let ctx = staff_invitations_context(&page, &me).await?;
            page.render_form_error("accounts/staff_invitations.html", ctx, error)
        }
    }
}

pub async fn revoke_staff_invitation(page: Page, me: CurrentUser, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    invitations::revoke(&page.state, &me, &id).await?;
    Ok(see_other("/staff/invitations"))
}
