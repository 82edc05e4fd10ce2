//! Setting up two-step sign-in through the JSON API, as the account page does: an API-only
//! client of a staff member, stopped at `setup_required`, can finish it here.

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::sign_in::CodeBody;
use crate::accounts::profile;
use crate::auth::CurrentUser;
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

/// What the authenticator app needs.
#[derive(Debug, Serialize, ToSchema)]
pub struct SecondFactorSetup {
    /// Base32, for typing into the app.
    secret: String,
    /// `otpauth://` address, for a QR code.
    otpauth_url: String,
}

/// Codes to keep safe: each signs in once when the app is lost.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecoveryCodes {
    recovery_codes: Vec<String>,
}

/// Start setting up an authenticator app: its secret and otpauth:// address
#[utoipa::path(post, path = "/api/v1/me/second-factor/setup", tag = "sign-in",
    responses(
        (status = 200, description = "The secret to add to the app", body = SecondFactorSetup),
        (status = 409, description = "Two-step sign-in is already on", body = Problem),
    ))]
pub async fn begin(state: web::Data<AppState>, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let setup = profile::begin_second_factor(&state, &me)
        .await?
        .ok_or_else(|| {
            AppError::new(ErrorKind::Conflict).with_message("second-factor-enabled", vec![])
        })?;
    Ok(HttpResponse::Ok().json(SecondFactorSetup {
        secret: setup.secret,
        otpauth_url: setup.url,
    }))
}

/// Finish the setup with a code from the app; returns ten one-time recovery codes
#[utoipa::path(post, path = "/api/v1/me/second-factor", tag = "sign-in", request_body = CodeBody,
    responses(
        (status = 200, description = "On", body = RecoveryCodes),
        (status = 409, description = "No setup was started, or it is already on", body = Problem),
    ))]
pub async fn confirm(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<CodeBody>,
) -> Result<HttpResponse, AppError> {
    let recovery_codes = profile::confirm_second_factor(&state, &me, &body.code).await?;
    Ok(HttpResponse::Ok().json(RecoveryCodes { recovery_codes }))
}

/// Turn two-step sign-in off with a current code (not for roles that require it)
#[utoipa::path(post, path = "/api/v1/me/second-factor/disable", tag = "sign-in", request_body = CodeBody,
    responses(
        (status = 204, description = "Off"),
        (status = 409, description = "The person's role requires it, or it is off", body = Problem),
        (status = 429, description = "Too many wrong codes; see `Retry-After`", body = Problem),
    ))]
pub async fn disable(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<CodeBody>,
) -> Result<HttpResponse, AppError> {
    profile::disable_second_factor(&state, &me, &body.code).await?;
    Ok(HttpResponse::NoContent().finish())
}
