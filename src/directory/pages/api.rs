//! The JSON doors onto the directory's pages' use cases: families find services and send and
//! follow help requests; referral workers read the queue and mark requests handled; staff
//! read and write summaries; everyone signed in reads the categories.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{OpenApi, ToSchema};

use crate::api::Created;
use crate::auth::CurrentUser;
use crate::directory::categories::{self, CategoryLabel, StaffCategory};
use crate::directory::help::find::{self, FindFilters};
use crate::directory::help::queue::{self, QueueFilters, QueuedHelpRequest};
use crate::directory::help::view::{ServiceCard, ServiceDetail};
use crate::directory::help::{self, MyHelpRequest, NewHelpRequest};
use crate::directory::summaries::{self, SummaryInput, SummaryView};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(
        find, service, ask, my_requests, queue, set_handled, categories, add_category,
        summaries, write_summary, review_summary,
    ),
    tags((name = "help", description = "Finding services and asking staff for help reaching them")),
)]
pub struct DirectoryPagesApi;

/// Find services near the family
///
/// By municipality (the family's own unless given; `any` for anywhere), category, language
/// and words; a page by `page` number (`next_cursor` is always empty). Each service comes in
/// the reader's language where staff wrote a summary in it, otherwise in Finnish, Swedish or
/// English with `fallback_note` saying so.
#[utoipa::path(get, path = "/api/v1/help/services", tag = "help", params(FindFilters, PageRequest),
    responses((status = 200, description = "A page of services", body = Page<ServiceCard>)))]
pub async fn find(
    state: web::Data<AppState>,
    me: CurrentUser,
    locale: Locale,
    filters: web::Query<FindFilters>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let filters = filters.into_inner().for_family(&state, &me).await?;
    let page = find::find(&state, locale.code(), &filters, paging.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One service: how to get there, contact it, when it is open, who may use it
#[utoipa::path(get, path = "/api/v1/help/services/{id}", tag = "help",
    params(("id" = String, Path, description = "The service's id")),
    responses((status = 200, description = "The service", body = ServiceDetail)))]
pub async fn service(
    state: web::Data<AppState>,
    locale: Locale,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(find::service(&state, locale.code(), &id).await?))
}

/// Ask Silta's staff to help the family reach a service (or in general)
///
/// Sending the same open request again answers the open one's id.
#[utoipa::path(post, path = "/api/v1/help-requests", tag = "help", request_body = NewHelpRequest,
    responses(
        (status = 201, description = "Sent to the referral workers", body = Created),
        (status = 404, description = "No such service, or it is no longer offered", body = Problem),
    ))]
pub async fn ask(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<NewHelpRequest>,
) -> Result<HttpResponse, AppError> {
    let id = help::ask(&state, &me, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// The family's own help requests, newest first, and whether staff have handled them
#[utoipa::path(get, path = "/api/v1/me/help-requests", tag = "help", params(PageRequest),
    responses((status = 200, description = "A page of requests", body = Page<MyHelpRequest>)))]
pub async fn my_requests(
    state: web::Data<AppState>,
    me: CurrentUser,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(help::mine(&state, &me, paging.into_inner()).await?))
}

/// The referral workers' queue of help requests, oldest first
///
/// Each family whose requests are on the page gets a row in its access log.
#[utoipa::path(get, path = "/api/v1/staff/help-requests", tag = "help",
    params(QueueFilters, PageRequest),
    responses((status = 200, description = "A page of requests", body = Page<QueuedHelpRequest>)))]
pub async fn queue(
    state: web::Data<AppState>,
    me: CurrentUser,
    locale: Locale,
    filters: web::Query<QueueFilters>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let page = queue::page(
        &state,
        &me,
        locale.code(),
        filters.into_inner(),
        paging.into_inner(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(page))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Handled {
    /// `false` opens the request again.
    pub handled: bool,
}

/// Mark a help request handled, or open again
#[utoipa::path(post, path = "/api/v1/staff/help-requests/{id}/handled", tag = "help",
    params(("id" = String, Path, description = "The request's id")),
    request_body = Handled,
    responses(
        (status = 204, description = "Done"),
        (status = 409, description = "It already was so", body = Problem),
    ))]
pub async fn set_handled(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<Handled>,
) -> Result<HttpResponse, AppError> {
    queue::set_handled(&state, &me, &id, body.handled).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The directory's categories as staff keep them (archived ones last)
#[utoipa::path(get, path = "/api/v1/staff/directory/categories", tag = "help",
    responses((status = 200, description = "The categories", body = Vec<StaffCategory>)))]
pub async fn categories(
    state: web::Data<AppState>,
    locale: Locale,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(categories::list(&state, locale.code()).await?))
}

/// Add a category
#[utoipa::path(post, path = "/api/v1/staff/directory/categories", tag = "help",
    request_body = CategoryLabel,
    responses((status = 201, description = "Added", body = Created)))]
pub async fn add_category(
    state: web::Data<AppState>,
    body: Json<CategoryLabel>,
) -> Result<HttpResponse, AppError> {
    let id = categories::add(&state, &body.label).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// A service's summaries in the families' languages, with who wrote and reviewed each
#[utoipa::path(get, path = "/api/v1/staff/directory/services/{id}/summaries", tag = "help",
    params(("id" = String, Path, description = "The service's id")),
    responses((status = 200, description = "One per family language", body = Vec<SummaryView>)))]
pub async fn summaries(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(summaries::of_service(&state, &id).await?))
}

/// Write (or with an empty summary remove) the summary in a family language
///
/// A change clears the summary's review.
#[utoipa::path(post, path = "/api/v1/staff/directory/services/{id}/summaries/{language}",
    tag = "help",
    params(
        ("id" = String, Path, description = "The service's id"),
        ("language" = String, Path, description = "ar, so, ru, uk, fa or et"),
    ),
    request_body = SummaryInput,
    responses((status = 204, description = "Saved")))]
pub async fn write_summary(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    body: Json<SummaryInput>,
) -> Result<HttpResponse, AppError> {
    let (id, language) = path.into_inner();
    summaries::write(&state, &me, &id, &language, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Reviewed {
    /// `false` takes the review back.
    pub reviewed: bool,
}

/// Mark a summary reviewed (by the signer, now), or take the review back
#[utoipa::path(post, path = "/api/v1/staff/directory/services/{id}/summaries/{language}/review",
    tag = "help",
    params(
        ("id" = String, Path, description = "The service's id"),
        ("language" = String, Path, description = "ar, so, ru, uk, fa or et"),
    ),
    request_body = Reviewed,
    responses((status = 204, description = "Done")))]
pub async fn review_summary(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    body: Json<Reviewed>,
) -> Result<HttpResponse, AppError> {
    let (id, language) = path.into_inner();
    summaries::review(&state, &me, &id, &language, body.reviewed).await?;
    Ok(HttpResponse::NoContent().finish())
}
