//! Signing up, in and out through the API.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{ACCEPTED, Accepted, BearerTicket};
use crate::accounts::Client;
use crate::accounts::signin::{self, LinkKind, TokenUse};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

fn ticket(ticket: signin::Ticket) -> HttpResponse {
    HttpResponse::Ok().json(BearerTicket::from(ticket))
}

/// A new family account.
#[derive(Deserialize, ToSchema)]
pub struct SignUpBody {
    #[schema(format = Email, max_length = 254)]
    email: String,
    #[schema(schema_with = super::display_name)]
    display_name: String,
    /// The language Silta speaks to the person.
    #[schema(schema_with = crate::api::schema::language_code)]
    ui_language: String,
    /// The languages the family speaks at home (codes).
    #[schema(schema_with = family_languages)]
    languages: Vec<String>,
    /// The municipality's three-digit code, or `abroad`.
    #[schema(schema_with = crate::api::schema::municipality_code)]
    municipality: String,
    /// Optional: without one, the person signs in with mailed links.
    #[schema(min_length = 10, max_length = 256)]
    password: Option<String>,
    /// The person has read the privacy notice in force (`GET /api/v1/privacy/notice`); must
    /// be true.
    accept_privacy_notice: bool,
}

/// One to six of the languages families speak, by code.
fn family_languages() -> utoipa::openapi::schema::Array {
    let codes: Vec<&str> = crate::accounts::domain::FAMILY_LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .collect();
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(crate::api::schema::one_of(&codes))
        .min_items(Some(1))
        .max_items(Some(6))
        .build()
}

/// Create a family account; a confirmation link is mailed
#[utoipa::path(post, path = "/api/v1/auth/sign-up", tag = "sign-in", request_body = SignUpBody,
    responses(
        (status = 202, description = "Taken; the confirmation link is on its way", body = Accepted),
        (status = 429, description = "Too many sign-ups from this address; see `Retry-After`", body = Problem),
    ))]
pub async fn sign_up(
    state: web::Data<AppState>,
    client: Client,
    body: Json<SignUpBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let input = signin::SignUp {
        email: body.email,
        display_name: body.display_name,
        ui_language: body.ui_language,
        languages: body.languages,
        municipality: body.municipality,
        password: body.password,
        accept_notice: body.accept_privacy_notice,
    };
    signin::sign_up(&state, input, &client).await?;
    Ok(HttpResponse::Accepted().json(ACCEPTED))
}

/// A token from a mailed link.
#[derive(Deserialize, ToSchema)]
pub struct TokenBody {
    #[schema(max_length = 512)]
    token: String,
}

/// Confirm the email address with the mailed token; returns a bearer token
#[utoipa::path(post, path = "/api/v1/auth/confirm-email", tag = "sign-in", request_body = TokenBody,
    responses((status = 200, description = "Confirmed and signed in", body = BearerTicket)))]
pub async fn confirm_email(
    state: web::Data<AppState>,
    client: Client,
    body: Json<TokenBody>,
) -> Result<HttpResponse, AppError> {
    let token = body.into_inner().token;
    Ok(ticket(
        signin::confirm_email(&state, token, &client, TokenUse::Api).await?,
    ))
}

/// Email and password.
#[derive(Deserialize, ToSchema)]
pub struct SignInBody {
    #[schema(format = Email, max_length = 254)]
    email: String,
    #[schema(format = Password, max_length = 256)]
    password: String,
}

/// Sign in with email and password; returns a bearer token
#[utoipa::path(post, path = "/api/v1/auth/sign-in", tag = "sign-in", request_body = SignInBody,
    responses(
        (status = 200, description = "Signed in (perhaps with the second step still to take)", body = BearerTicket),
        (status = 400, description = "Wrong email or password, or the account cannot sign in", body = Problem),
        (status = 429, description = "Too many attempts; see `Retry-After`", body = Problem),
    ))]
pub async fn sign_in(
    state: web::Data<AppState>,
    client: Client,
    body: Json<SignInBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let signed_in =
        signin::sign_in_with_password(&state, &body.email, body.password, &client, TokenUse::Api)
            .await?;
    Ok(ticket(signed_in))
}

/// Where to mail a link.
#[derive(Deserialize, ToSchema)]
pub struct EmailBody {
    #[schema(format = Email, max_length = 254)]
    email: String,
}

/// Mail a one-time sign-in link (same answer whether or not the account exists)
#[utoipa::path(post, path = "/api/v1/auth/magic-link", tag = "sign-in", request_body = EmailBody,
    responses(
        (status = 202, description = "Taken", body = Accepted),
        (status = 429, description = "Too many links asked for; see `Retry-After`", body = Problem),
    ))]
pub async fn request_magic_link(
    state: web::Data<AppState>,
    client: Client,
    body: Json<EmailBody>,
) -> Result<HttpResponse, AppError> {
    signin::request_link(&state, LinkKind::MagicLink, &body.email, &client).await?;
    Ok(HttpResponse::Accepted().json(ACCEPTED))
}

/// Sign in with a mailed link's token; returns a bearer token
#[utoipa::path(post, path = "/api/v1/auth/magic-link/redeem", tag = "sign-in", request_body = TokenBody,
    responses((status = 200, description = "Signed in", body = BearerTicket)))]
pub async fn redeem_magic_link(
    state: web::Data<AppState>,
    client: Client,
    body: Json<TokenBody>,
) -> Result<HttpResponse, AppError> {
    let token = body.into_inner().token;
    Ok(ticket(
        signin::redeem_magic_link(&state, token, &client, TokenUse::Api).await?,
    ))
}

/// Mail a password reset link (same answer whether or not the account exists)
#[utoipa::path(post, path = "/api/v1/auth/password/forgot", tag = "sign-in", request_body = EmailBody,
    responses(
        (status = 202, description = "Taken", body = Accepted),
        (status = 429, description = "Too many links asked for; see `Retry-After`", body = Problem),
    ))]
pub async fn forgot_password(
    state: web::Data<AppState>,
    client: Client,
    body: Json<EmailBody>,
) -> Result<HttpResponse, AppError> {
    signin::request_link(&state, LinkKind::PasswordReset, &body.email, &client).await?;
    Ok(HttpResponse::Accepted().json(ACCEPTED))
}

/// A reset token and the new password.
#[derive(Deserialize, ToSchema)]
pub struct ResetBody {
    #[schema(max_length = 512)]
    token: String,
    #[schema(format = Password, min_length = 10, max_length = 256)]
    password: String,
}

/// Set a new password with a reset token; other sessions end
#[utoipa::path(post, path = "/api/v1/auth/password/reset", tag = "sign-in", request_body = ResetBody,
    responses((status = 200, description = "Changed and signed in", body = BearerTicket)))]
pub async fn reset_password(
    state: web::Data<AppState>,
    client: Client,
    body: Json<ResetBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    Ok(ticket(
        signin::reset_password(&state, body.token, body.password, &client, TokenUse::Api).await?,
    ))
}

/// A code from the authenticator app, or a recovery code.
#[derive(Deserialize, ToSchema)]
pub struct CodeBody {
    #[schema(example = "123456", max_length = 64)]
    pub(super) code: String,
}

/// Enter the authenticator code (or a recovery code) for this session
#[utoipa::path(post, path = "/api/v1/auth/second-factor", tag = "sign-in", request_body = CodeBody,
    responses(
        (status = 204, description = "Passed: the session is fully signed in"),
        (status = 429, description = "Too many wrong codes; see `Retry-After`", body = Problem),
    ))]
pub async fn second_factor(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<CodeBody>,
) -> Result<HttpResponse, AppError> {
    signin::pass_second_factor(&state, &me.user_id, &me.session_id, &body.code).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// End this session
#[utoipa::path(post, path = "/api/v1/auth/sign-out", tag = "sign-in",
    responses((status = 204, description = "Signed out")))]
pub async fn sign_out(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    signin::sign_out(&state, &me.user_id, &me.session_id, false).await?;
    Ok(HttpResponse::NoContent().finish())
}
