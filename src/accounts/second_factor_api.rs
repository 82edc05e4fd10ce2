//! Setting up two-step sign-in through the JSON API, as the account page does: an API-only
//! client of a staff member, stopped at `setup_required`, can finish it here.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use super::profile;
use crate::auth::CurrentUser;
use crate::auth::policy::Permission::{SecondFactorStep, SignedIn};
use crate::error::{AppError, ErrorKind};
use crate::routing::Routes;
use crate::state::AppState;

pub fn routes(routes: &mut Routes) {
    routes
        .post("/api/v1/me/second-factor/setup", SecondFactorStep, begin)
        .summary("Start setting up an authenticator app: its secret and otpauth:// address")
        .post("/api/v1/me/second-factor", SecondFactorStep, confirm)
        .summary("Finish the setup with a code from the app; returns ten one-time recovery codes")
        .post("/api/v1/me/second-factor/disable", SignedIn, disable)
        .summary("Turn two-step sign-in off with a current code (not for roles that require it)");
}

#[derive(Deserialize)]
pub struct CodeBody {
    code: String,
}

async fn begin(state: web::Data<AppState>, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let setup = profile::begin_second_factor(&state, &me)
        .await?
        .ok_or_else(|| {
            AppError::new(ErrorKind::Conflict).with_message("second-factor-enabled", vec![])
        })?;
    Ok(HttpResponse::Ok().json(json!({ "secret": setup.secret, "otpauth_url": setup.url })))
}

async fn confirm(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: web::Json<CodeBody>,
) -> Result<HttpResponse, AppError> {
    let recovery_codes = profile::confirm_second_factor(&state, &me, &body.code).await?;
    Ok(HttpResponse::Ok().json(json!({ "recovery_codes": recovery_codes })))
}

async fn disable(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: web::Json<CodeBody>,
) -> Result<HttpResponse, AppError> {
    profile::disable_second_factor(&state, &me, &body.code).await?;
    Ok(HttpResponse::NoContent().finish())
}
