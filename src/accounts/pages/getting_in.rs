//! Pages of getting in: sign up, mailed links, sign in, password reset.
use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::*;

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
    /// The box "I have read the privacy notice" sends `yes` when ticked.
    #[serde(default)]
    accept_notice: Option<String>,
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
            accept_notice => form.accept_notice.is_some(),
        },
        family_languages => languages,
        municipalities => municipality_choices(page.locale.code()),
        abroad => ABROAD,
    }
}

pub async fn sign_up_form(page: Page) -> Result<HttpResponse, AppError> {
    page.render(
        "accounts/sign_up.html",
        sign_up_context(&page, &SignUpForm::default()),
    )
}

pub async fn sign_up(
    page: Page,
    client: Client,
    HtmlForm(form): HtmlForm<SignUpForm>,
) -> Result<HttpResponse, AppError> {
    let input = signin::SignUp {
        email: form.email.clone(),
        display_name: form.display_name.clone(),
        ui_language: form.ui_language.clone(),
        languages: form.languages.clone(),
        municipality: form.municipality.clone(),
        password: Some(form.password.clone()),
        accept_notice: form.accept_notice.is_some(),
    };
    match signin::sign_up(&page.state, input, &client).await {
        Ok(()) => Ok(see_other("/sign-up/sent")),
        Err(error) => page.render_form_error(
            "accounts/sign_up.html",
            sign_up_context(&page, &form),
            error,
        ),
    }
}

pub async fn sign_up_sent(page: Page) -> Result<HttpResponse, AppError> {
    message(&page, "sign-up-sent-title", "sign-up-sent-text")
}

// ---- links from mail: a page with one button, so link scanners cannot use them up -----------

pub(super) fn link_page(
    page: &Page,
    purpose: Purpose,
    valid: bool,
) -> Result<HttpResponse, AppError> {
    if !valid {
        return message(page, "link-expired-title", "link-expired");
    }
    let (title_id, button_id) = match purpose {
        Purpose::ConfirmEmail => ("confirm-email-title", "confirm-email-button"),
        Purpose::MagicLink => ("magic-link-title", "magic-link-button"),
        Purpose::ChangeEmail => ("change-email-title", "change-email-button"),
        Purpose::PasswordReset => ("reset-password-title", "reset-password-button"),
    };
    page.render(
        "accounts/confirm_link.html",
        context! { title => page.t(title_id), button => page.t(button_id) },
    )
}

pub async fn confirm_email_page(
    page: Page,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let valid =
        signin::link_is_valid(&page.state, Purpose::ConfirmEmail, token.into_inner()).await?;
    link_page(&page, Purpose::ConfirmEmail, valid)
}

pub async fn confirm_email(
    page: Page,
    client: Client,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let ticket =
        signin::confirm_email(&page.state, token.into_inner(), &client, TokenUse::Browser).await?;
    Ok(signed_in(&page, ticket, Some("/")))
}

pub async fn magic_link_page(
    page: Page,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let valid = signin::link_is_valid(&page.state, Purpose::MagicLink, token.into_inner()).await?;
    link_page(&page, Purpose::MagicLink, valid)
}

pub async fn redeem_magic_link(
    page: Page,
    client: Client,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let ticket =
        signin::redeem_magic_link(&page.state, token.into_inner(), &client, TokenUse::Browser)
            .await?;
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

pub async fn sign_in_form(
    page: Page,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    page.render(
        "accounts/sign_in.html",
        context! { next => safe_local_path(query.next.as_deref()), email => "" },
    )
}

pub async fn sign_in(
    page: Page,
    client: Client,
    HtmlForm(form): HtmlForm<SignInForm>,
) -> Result<HttpResponse, AppError> {
    let next = safe_local_path(form.next.as_deref()).to_owned();
    match signin::sign_in_with_password(
        &page.state,
        &form.email,
        form.password,
        &client,
        TokenUse::Browser,
    )
    .await
    {
        Ok(ticket) => Ok(signed_in(&page, ticket, Some(&next))),
        Err(error) => page.render_form_error(
            "accounts/sign_in.html",
            context! { next, email => form.email },
            error,
        ),
    }
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    pub(super) email: String,
}

pub async fn request_magic_link(
    page: Page,
    client: Client,
    HtmlForm(form): HtmlForm<EmailForm>,
) -> Result<HttpResponse, AppError> {
    match signin::request_link(&page.state, LinkKind::MagicLink, &form.email, &client).await {
        Ok(()) => Ok(see_other("/sign-in/link/sent")),
        Err(error) => page.render_form_error(
            "accounts/sign_in.html",
            context! { next => "/", email => form.email },
            error,
        ),
    }
}

pub async fn magic_link_sent(page: Page) -> Result<HttpResponse, AppError> {
    message(&page, "magic-link-sent-title", "magic-link-sent-text")
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pub(super) code: String,
}

pub async fn second_factor_form(page: Page) -> Result<HttpResponse, AppError> {
    page.render("accounts/second_factor.html", context! {})
}

pub async fn second_factor(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<CodeForm>,
) -> Result<HttpResponse, AppError> {
    match signin::pass_second_factor(&page.state, &me.user_id, &me.session_id, &form.code).await {
        Ok(due) => Ok(see_other(&landing(due, "/"))),
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

pub async fn forgot_password(
    page: Page,
    client: Client,
    HtmlForm(form): HtmlForm<EmailForm>,
) -> Result<HttpResponse, AppError> {
    match signin::request_link(&page.state, LinkKind::PasswordReset, &form.email, &client).await {
        Ok(()) => message(
            &page,
            "forgot-password-sent-title",
            "forgot-password-sent-text",
        ),
        Err(error) => page.render_form_error(
            "accounts/forgot_password.html",
            context! { email => form.email },
            error,
        ),
    }
}

pub async fn reset_password_form(
    page: Page,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
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

pub async fn reset_password(
    page: Page,
    client: Client,
    token: web::Path<String>,
    HtmlForm(form): HtmlForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    match signin::reset_password(
        &page.state,
        token.into_inner(),
        form.password,
        &client,
        TokenUse::Browser,
    )
    .await
    {
        Ok(ticket) => Ok(signed_in(&page, ticket, Some("/account"))),
        Err(error) => page.render_form_error("accounts/reset_password.html", context! {}, error),
    }
}
