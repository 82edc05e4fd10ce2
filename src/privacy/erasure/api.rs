//! The JSON API of erasure: ask for one's account to be erased (after signing in again), see
//! when it will happen, cancel it; staff record phone requests and administrators decide.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{OpenApi, ToSchema};

use super::{ErasureView, staff};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(request, status, cancel, record, waiting, decide),
    components(schemas(ErasureView, PhoneRequest, Decision, staff::Waiting))
)]
pub struct ErasureApi;

/// Ask for my account to be erased in seven days (GDPR art. 17); the session must have
/// begun within the last 15 minutes (sign in again first)
#[utoipa::path(post, path = "/api/v1/me/erasure", tag = "privacy",
    responses(
        (status = 202, description = "Scheduled: cancel before `due_at` to keep the account", body = ErasureView),
        (status = 403, description = "Sign in again first", body = Problem),
        (status = 409, description = "An erasure is already asked for", body = Problem),
    ))]
pub async fn request(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Accepted().json(super::request(&state, &me).await?))
}

/// My open request to erase my account, if any
#[utoipa::path(get, path = "/api/v1/me/erasure", tag = "privacy",
    responses(
        (status = 200, description = "The request", body = ErasureView),
        (status = 404, description = "No erasure is asked for", body = Problem),
    ))]
pub async fn status(state: web::Data<AppState>, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let open = super::mine(&state, &me)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(HttpResponse::Ok().json(open))
}

/// Cancel my request: the account stays
#[utoipa::path(delete, path = "/api/v1/me/erasure", tag = "privacy",
    responses(
        (status = 204, description = "Cancelled"),
        (status = 404, description = "No erasure is asked for", body = Problem),
    ))]
pub async fn cancel(state: web::Data<AppState>, me: CurrentUser) -> Result<HttpResponse, AppError> {
    super::cancel(&state, &me).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A request made by phone, recorded by staff on the person's behalf.
#[derive(Debug, Deserialize, ToSchema)]
pub struct PhoneRequest {
    /// The address of the account to erase.
    pub email: String,
    /// What was said and how the caller was identified (at most 1,000 characters).
    pub note: String,
}

/// Record a request to erase someone's account made by phone; it waits for an administrator
#[utoipa::path(post, path = "/api/v1/staff/erasures", tag = "privacy", request_body = PhoneRequest,
    responses(
        (status = 201, description = "Recorded, waiting for approval", body = ErasureView),
        (status = 400, description = "No such account, or no note", body = Problem),
        (status = 409, description = "An erasure is already asked for", body = Problem),
    ))]
pub async fn record(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<PhoneRequest>,
) -> Result<HttpResponse, AppError> {
    let view = staff::record(&state, &me, &body.email, &body.note).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Phone requests waiting for an administrator (each family listed gets a line in its access
/// log)
#[utoipa::path(get, path = "/api/v1/staff/erasures", tag = "privacy",
    responses((status = 200, description = "The requests, oldest first", body = Vec<staff::Waiting>)))]
pub async fn waiting(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(staff::waiting(&state, &me).await?))
}

/// An administrator's decision on a phone request.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = ErasureDecision)]
pub struct Decision {
    /// `true` starts the seven days of grace; `false` refuses the request.
    pub approve: bool,
}

/// Approve or refuse a phone request; the one who recorded it cannot decide it
#[utoipa::path(post, path = "/api/v1/staff/erasures/{id}/decision", tag = "privacy",
    params(("id" = String, Path, description = "The request's id")),
    request_body = Decision,
    responses(
        (status = 204, description = "Decided"),
        (status = 403, description = "Recorded by the same person", body = Problem),
        (status = 404, description = "No such request waiting", body = Problem),
    ))]
pub async fn decide(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<Decision>,
) -> Result<HttpResponse, AppError> {
    staff::decide(&state, &me, &id, body.approve).await?;
    Ok(HttpResponse::NoContent().finish())
}
