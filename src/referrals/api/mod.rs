//! The JSON API of referrals: the referral worker's (here), the family's (`family`), and the
//! service's, through a partner account or the referral's link (`service`).

pub mod family;
pub mod service;

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{OpenApi, ToSchema};

use super::access::Reader;
use super::consent::{self, ConsentText};
use super::domain::Change;
use super::drafts::{self, DraftEdit, NewDraft};
use super::lists::{self, WorkerFilter};
use super::views::{ReferralRow, ReferralView};
use super::{changes, delivery, read};
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(
        list, create, referral, edit, consent_text, phone_consent, phone_withdrawal, send,
        change_status,
        family::mine, family::one, family::consent_text, family::consent, family::withdraw,
        family::quiet, family::got_help,
        service::inbox, service::one, service::change_status, service::link, service::link_status,
        service::help_link,
    ),
    tags((name = "referrals", description = "Consented referrals of families to services, followed to the end")),
)]
pub struct ReferralsApi;

/// Referrals, newest first: by status, by words in their texts, overdue only (each listed
/// referral's reading is logged)
#[utoipa::path(get, path = "/api/v1/referrals", tag = "referrals", params(WorkerFilter, PageRequest),
    responses((status = 200, description = "A page of referrals", body = Page<ReferralRow>)))]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    filter: web::Query<WorkerFilter>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let page = lists::for_workers(&state, &me, filter.into_inner(), paging.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// A new referral: the family by its id, or by an adult's exact email.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewReferral {
    /// An adult's exact email, used instead of `family_id` when given.
    #[serde(default)]
    pub family_email: Option<String>,
    #[serde(flatten)]
    pub draft: NewDraft,
}

/// Prepare a referral (a draft; nothing is sent before the family consents)
#[utoipa::path(post, path = "/api/v1/referrals", tag = "referrals", request_body = NewReferral,
    responses((status = 201, description = "Drafted", body = Created)))]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<NewReferral>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let id = drafts::create_by_email(&state, &me, body.family_email, body.draft).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// A referral with its history and consents (logged)
#[utoipa::path(get, path = "/api/v1/referrals/{id}", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id")),
    responses((status = 200, description = "The referral", body = ReferralView)))]
pub async fn referral(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(read::for_worker(&state, &me, &id).await?))
}

/// Rewrite a draft (a consent to the old wording no longer lets it be sent)
#[utoipa::path(post, path = "/api/v1/referrals/{id}", tag = "referrals", request_body = DraftEdit,
    params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Rewritten"),
        (status = 409, description = "Sent already", body = Problem),
    ))]
pub async fn edit(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<DraftEdit>,
) -> Result<HttpResponse, AppError> {
    drafts::edit(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AdultQuery {
    /// The family adult the text is read to.
    pub adult_id: String,
}

/// The consent text to read out to a family adult, in their language (logged)
#[utoipa::path(get, path = "/api/v1/referrals/{id}/consent-text", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id"), AdultQuery),
    responses((status = 200, description = "The text and its fingerprint", body = ConsentText)))]
pub async fn consent_text(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    query: web::Query<AdultQuery>,
) -> Result<HttpResponse, AppError> {
    let text = consent::text_for_phone(&state, &me, &id, &query.adult_id).await?;
    Ok(HttpResponse::Ok().json(text))
}

/// A consent given on the phone, to the text of `fingerprint`.
#[derive(Debug, Deserialize, ToSchema)]
pub struct PhoneConsent {
    pub adult_id: String,
    pub fingerprint: String,
}

/// Record a consent an adult gave on the phone (channel `phone`, recorded by me)
#[utoipa::path(post, path = "/api/v1/referrals/{id}/phone-consent", tag = "referrals",
    request_body = PhoneConsent, params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Recorded"),
        (status = 409, description = "Not a draft, consented already, or the text changed", body = Problem),
    ))]
pub async fn phone_consent(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<PhoneConsent>,
) -> Result<HttpResponse, AppError> {
    consent::record_phone(&state, &me, &id, &body.adult_id, &body.fingerprint).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Record that the family withdrew its consent on the phone (an open referral is cancelled)
#[utoipa::path(post, path = "/api/v1/referrals/{id}/withdrawal", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 409, description = "Nothing to withdraw", body = Problem),
    ))]
pub async fn phone_withdrawal(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    consent::withdraw(&state, &me, &id, Reader::Worker).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Send the referral to its service (refused without the family's consent to exactly it)
#[utoipa::path(post, path = "/api/v1/referrals/{id}/send", tag = "referrals",
    params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Sent"),
        (status = 409, description = "No consent in force for what would be sent, sent already, or the service cannot take it", body = Problem),
    ))]
pub async fn send(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    delivery::send(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Cancel the referral, or close it with an outcome
#[utoipa::path(post, path = "/api/v1/referrals/{id}/status", tag = "referrals",
    request_body = Change, params(("id" = String, Path, description = "The referral's id")),
    responses(
        (status = 204, description = "Changed; the family is told"),
        (status = 409, description = "Not a change the worker may make now", body = Problem),
    ))]
pub async fn change_status(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<Change>,
) -> Result<HttpResponse, AppError> {
    let mover = changes::Mover::Worker((*me.0).clone());
    changes::change(&state, mover, &id, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}
