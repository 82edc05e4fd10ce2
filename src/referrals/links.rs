//! Signed links that work without an account: the service's link to one referral (14 days)
//! and the family's "I got help" link. Both are JWTs signed with the site's secret like the
//! session tokens, each with an audience of its own, so neither can stand in for the other
//! or for a session; the referral's id is the subject.

use super::domain::{HELP_LINK_VALID, LINK_VALID};
use crate::error::AppError;
use crate::state::AppState;

/// The audience of a service's link to one referral.
pub const SERVICE_AUDIENCE: &str = "referral-link";
/// The audience of the family's "I got help" link.
pub const HELP_AUDIENCE: &str = "referral-help";

/// The path of a service's link to `referral_id`.
pub fn service_path(state: &AppState, referral_id: &str) -> String {
    let token = state
        .keys
        .issue(referral_id, SERVICE_AUDIENCE, SERVICE_AUDIENCE, LINK_VALID);
    format!("/referral-link/{token}")
}

/// The path of the "I got help" link of `referral_id` for the family adult `adult_id`.
pub fn help_path(state: &AppState, referral_id: &str, adult_id: &str) -> String {
    let token = state
        .keys
        .issue(referral_id, adult_id, HELP_AUDIENCE, HELP_LINK_VALID);
    format!("/referral-help/{token}")
}

/// A link that has expired, was tampered with or is for something else.
pub fn invalid() -> AppError {
    AppError::not_found().with_message("referral-link-invalid", vec![])
}

/// The referral a service's link names.
pub fn verify_service(state: &AppState, token: &str) -> Result<String, AppError> {
    let claims = state
        .keys
        .verify(token, SERVICE_AUDIENCE)
        .map_err(|_| invalid())?;
    Ok(claims.sub)
}

/// The referral and adult an "I got help" link names.
pub fn verify_help(state: &AppState, token: &str) -> Result<(String, String), AppError> {
    let claims = state
        .keys
        .verify(token, HELP_AUDIENCE)
        .map_err(|_| invalid())?;
    Ok((claims.sub, claims.sid))
}
