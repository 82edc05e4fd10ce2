//! The JSON API of privacy: the family's access log and the catalogue of personal data.

use actix_web::{HttpResponse, web};
use utoipa::OpenApi;

use super::retention::{self, KindView};
use super::seen::{self, Seen};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    paths(access_log, catalogue),
    components(schemas(Seen, KindView)),
    tags((name = "privacy", description = "Who has seen a family's data, and what Silta keeps, why and for how long")),
)]
pub struct PrivacyApi;

/// Who has read my family's personal data: staff, facilitators, partners and services, each
/// reading with its role, what was read and why (newest first)
#[utoipa::path(get, path = "/api/v1/me/access-log", tag = "privacy",
    params(PageRequest),
    responses((status = 200, description = "A page of the family's log (empty without a family)", body = Page<Seen>)))]
pub async fn access_log(
    state: web::Data<AppState>,
    me: CurrentUser,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(seen::page(&state, &me, paging.into_inner()).await?))
}

/// Every kind of personal data Silta keeps: its purpose, lawful basis and how long it is kept
#[utoipa::path(get, path = "/api/v1/privacy/data-kinds", tag = "privacy",
    responses((status = 200, description = "The kinds, feature by feature", body = Vec<KindView>)))]
pub async fn catalogue(
    state: web::Data<AppState>,
    locale: Locale,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(retention::kinds(&state, locale.code())))
}
