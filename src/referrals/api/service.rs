//! The service's side of the API: a municipal partner's inbox of referrals sent to their
//! organisation, and the same referral through its signed link, without an account.

use actix_web::{HttpResponse, web};

use super::super::changes::{self, Mover};
use super::super::domain::Change;
use super::super::views::{ReferralRow, ReferralView};
use super::super::{lists, read};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

/// Referrals sent to my organisation's services, newest first
#[utoipa::path(get, path = "/api/v1/partner/referrals", tag = "referrals", params(PageRequest),
    responses((status = 200, description = "A page of the inbox", body = Page<ReferralRow>)))]
pub async fn inbox(
    state: web::Data<AppState>,
    me: CurrentUser,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(lists::for_partner(&state, &me, paging.into_inner()).await?))
}

/// A referral sent to my organisation: what the family agreed to share (logged; the first
/// opening marks it received)
#[utoipa::path(get, path = "/api/v1/partner/referrals/{id}", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id")),
    responses((status = 200, description = "The referral", body = ReferralView)))]
pub async fn one(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(read::for_partner(&state, &me, &id).await?))
}

/// Update a referral's status (accept, decline with a reason, family contacted, help
/// started, closed with an outcome)
#[utoipa::path(post, path = "/api/v1/partner/referrals/{id}/status", tag = "referrals",
    request_body = Change, params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Changed; the family is told"),
        (status = 409, description = "Not a change the service may make now", body = Problem),
    ))]
pub async fn change_status(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<Change>,
) -> Result<HttpResponse, AppError> {
    let mover = Mover::Partner((*me.0).clone());
    changes::change(&state, mover, &id, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The referral a service's link names (14 days; every opening is logged)
#[utoipa::path(get, path = "/api/v1/referral-link/{token}", tag = "referrals",
    params(("token" = String, Path, description = "The link's token")),
    responses((status = 200, description = "The referral", body = ReferralView)))]
pub async fn link(
    state: web::Data<AppState>,
    token: web::Path<String>,
    locale: Locale,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(read::for_link(&state, &token, locale.code()).await?))
}

/// Update the status of the referral a service's link names
#[utoipa::path(post, path = "/api/v1/referral-link/{token}/status", tag = "referrals",
    request_body = Change, params(("token" = String, Path, description = "The link's token")),
    responses(
        (status = 204, description = "Changed; the family is told"),
        (status = 409, description = "Not a change the service may make now", body = Problem),
    ))]
pub async fn link_status(
    state: web::Data<AppState>,
    token: web::Path<String>,
    body: Json<Change>,
) -> Result<HttpResponse, AppError> {
    let mover = Mover::ServiceLink(token.into_inner());
    changes::change(&state, mover, "", body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// "I got help", by the link in the family's mail
#[utoipa::path(post, path = "/api/v1/referral-help/{token}", tag = "referrals",
    params(("token" = String, Path, description = "The link's token")),
    responses(
        (status = 204, description = "Closed"),
        (status = 409, description = "Not with a service now", body = Problem),
    ))]
pub async fn help_link(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    changes::got_help(&state, Mover::FamilyLink(token.into_inner()), "").await?;
    Ok(HttpResponse::NoContent().finish())
}
