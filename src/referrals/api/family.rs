//! The family's side of the API: its referrals, the consent text in the adult's language,
//! agreeing, withdrawing, "don't contact me" and "I got help".

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::super::access::Reader;
use super::super::changes::{self, Mover};
use super::super::consent::{self, ConsentText};
use super::super::views::{ReferralRow, ReferralView};
use super::super::{lists, read};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

/// My family's referrals, newest first
#[utoipa::path(get, path = "/api/v1/me/referrals", tag = "referrals",
    responses((status = 200, description = "The referrals", body = Vec<ReferralRow>)))]
pub async fn mine(state: web::Data<AppState>, me: CurrentUser) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(lists::for_family(&state, &me).await?))
}

/// One of my family's referrals, with its history and consents
#[utoipa::path(get, path = "/api/v1/me/referrals/{id}", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id")),
    responses((status = 200, description = "The referral", body = ReferralView)))]
pub async fn one(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(read::for_family(&state, &me, &id).await?))
}

/// What I am asked to agree to, in my language: the service, each item as it will be sent,
/// why, how long it is kept and how to withdraw
#[utoipa::path(get, path = "/api/v1/me/referrals/{id}/consent", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id")),
    responses((status = 200, description = "The consent text", body = ConsentText)))]
pub async fn consent_text(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(consent::text_for_family(&state, &me, &id).await?))
}

/// Agreeing to the text whose `fingerprint` was shown.
#[derive(Debug, Deserialize, ToSchema)]
pub struct Agreement {
    pub fingerprint: String,
}

/// Agree to the referral being sent as shown
#[utoipa::path(post, path = "/api/v1/me/referrals/{id}/consent", tag = "referrals",
    request_body = Agreement, params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Consent recorded"),
        (status = 409, description = "Sent already, consented already, or the text changed since it was shown", body = Problem),
    ))]
pub async fn consent(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<Agreement>,
) -> Result<HttpResponse, AppError> {
    consent::give(&state, &me, &id, &body.fingerprint).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Withdraw my consent (an open referral is cancelled)
#[utoipa::path(post, path = "/api/v1/me/referrals/{id}/withdrawal", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 409, description = "Nothing to withdraw", body = Problem),
    ))]
pub async fn withdraw(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    consent::withdraw(&state, &me, &id, Reader::Family).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Whether the family is told of changes.
#[derive(Debug, Deserialize, ToSchema)]
pub struct Quiet {
    /// True: "don't contact me".
    pub quiet: bool,
}

/// Choose not to be told of changes, or to be told again
#[utoipa::path(post, path = "/api/v1/me/referrals/{id}/quiet", tag = "referrals",
    request_body = Quiet, params(("id" = String, Path, description = "The referral's id")),
    responses((status = 204, description = "Saved")))]
pub async fn quiet(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<Quiet>,
) -> Result<HttpResponse, AppError> {
    changes::set_quiet(&state, &me, &id, body.quiet).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// "I got help": close the referral with that outcome
#[utoipa::path(post, path = "/api/v1/me/referrals/{id}/got-help", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Closed"),
        (status = 409, description = "Not with a service now", body = Problem),
    ))]
pub async fn got_help(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    changes::got_help(&state, Mover::Family((*me.0).clone()), &id).await?;
    Ok(HttpResponse::NoContent().finish())
}
