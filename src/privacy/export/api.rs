//! The JSON API of the copy of one's data: ask for one, see how it goes, download it.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use utoipa::OpenApi;

use super::{Download, ExportView};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;

#[derive(OpenApi)]
#[openapi(
    paths(request, list, download),
    components(schemas(ExportView)),
    tags((name = "privacy", description = "Who has seen a family's data, and what Silta keeps, why and for how long")),
)]
pub struct ExportApi;

/// Ask for a copy of all my personal data (GDPR art. 15 and 20); it is built in the
/// background and can be downloaded for seven days
#[utoipa::path(post, path = "/api/v1/me/export", tag = "privacy",
    responses(
        (status = 202, description = "Asked for: it is being made", body = ExportView),
        (status = 409, description = "A copy is already being made", body = Problem),
    ))]
pub async fn request(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Accepted().json(super::request(&state, &me).await?))
}

/// My latest requests for a copy of my data, newest first
#[utoipa::path(get, path = "/api/v1/me/exports", tag = "privacy",
    responses((status = 200, description = "The requests", body = Vec<ExportView>)))]
pub async fn list(state: web::Data<AppState>, me: CurrentUser) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::mine(&state, &me).await?))
}

/// Download a finished copy: a zip with one JSON file per part of Silta and a readable
/// `index.html`
#[utoipa::path(get, path = "/api/v1/me/exports/{id}", tag = "privacy",
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The copy", content_type = "application/zip", body = Vec<u8>),
        (status = 404, description = "No such copy of mine", body = Problem),
        (status = 409, description = "Not ready yet, or it could not be made", body = Problem),
        (status = 410, description = "Its seven days are over: ask for a new one", body = Problem),
    ))]
pub async fn download(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(zip_response(super::download(&state, &me, &id).await?))
}

/// The zip as an attachment that no cache keeps.
pub fn zip_response(file: Download) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file.file_name),
        ))
        .body(file.bytes)
}
