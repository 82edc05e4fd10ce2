//! The directory as open data: services in Open Referral HSDS 3.0 JSON, and the categories.
//! Anyone may read them, signed in or not.

use actix_web::{HttpResponse, web};
use utoipa::OpenApi;

use super::hsds::read::{self, CategoryView, ServiceQuery};
use super::hsds::{HsdsPage, HsdsService};
use crate::auth::policy::Permission::Public;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::routing::Routes;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    paths(services, service, categories),
    components(schemas(HsdsPage, HsdsService, CategoryView)),
    tags((name = "directory", description = "The service directory, in Open Referral HSDS 3.0")),
)]
pub struct DirectoryApi;

pub fn routes(routes: &mut Routes) {
    routes
        .get("/api/v1/directory/services", Public, services)
        .get("/api/v1/directory/services/{id}", Public, service)
        .get("/api/v1/directory/categories", Public, categories);
}

/// Find services, in HSDS 3.0
///
/// Active and temporarily closed services serving a municipality (directly, through its
/// wellbeing services county or nationwide), of a category, delivered in a language, with
/// words in their texts: a page of `per_page` (1–100, default 20) as the HSDS API pages them.
#[utoipa::path(get, path = "/api/v1/directory/services", tag = "directory",
    params(ServiceQuery),
    responses((status = 200, description = "A page of services", body = HsdsPage)))]
pub async fn services(
    state: web::Data<AppState>,
    locale: Locale,
    query: web::Query<ServiceQuery>,
) -> Result<HttpResponse, AppError> {
    let page = read::services(&state, &query, locale.code()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One service, fully nested, in HSDS 3.0 (inactive ones too, with their status)
#[utoipa::path(get, path = "/api/v1/directory/services/{id}", tag = "directory",
    params(
        ("id" = String, Path, description = "The service's id"),
        ("lang" = Option<String>, Query, description = "The language of the texts"),
    ),
    responses((status = 200, description = "The service", body = HsdsService)))]
pub async fn service(
    state: web::Data<AppState>,
    locale: Locale,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(read::one(&state, &id, locale.code()).await?))
}

/// The directory's categories, named in the reader's language
#[utoipa::path(get, path = "/api/v1/directory/categories", tag = "directory",
    responses((status = 200, description = "Every category in use", body = Vec<CategoryView>)))]
pub async fn categories(
    state: web::Data<AppState>,
    locale: Locale,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(read::categories(&state, locale.code()).await?))
}
