//! Supervision meetings and notes through the API.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::notes::{self, Note};
use super::{CircleInput, CircleView, MeetingInput, OwnSupervision};
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

/// Make a circle of facilitators the supervisor supervises
#[utoipa::path(post, path = "/api/v1/supervision/circles", tag = "supervision",
    request_body = CircleInput,
    responses(
        (status = 201, description = "Made", body = Created),
        (status = 400, description = "No name, or a facilitator the supervisor does not supervise", body = Problem),
    ))]
pub async fn create_circle(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<CircleInput>,
) -> Result<HttpResponse, AppError> {
    let id = super::create(&state, &me, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// The circles the reader leads or belongs to
#[utoipa::path(get, path = "/api/v1/supervision/circles", tag = "supervision",
    responses((status = 200, description = "The circles", body = Vec<CircleView>)))]
pub async fn circles(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::mine(&state, &me).await?))
}

/// A circle with its meetings and who attended
#[utoipa::path(get, path = "/api/v1/supervision/circles/{id}", tag = "supervision",
    params(("id" = String, Path, description = "The circle's id")),
    responses((status = 200, description = "The circle", body = CircleView)))]
pub async fn circle(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::circle(&state, &me, &id).await?))
}

#[derive(serde::Serialize, ToSchema)]
pub struct Scheduled {
    pub meetings: usize,
}

/// Schedule the circle's meetings, once or weekly
#[utoipa::path(post, path = "/api/v1/supervision/circles/{id}/meetings", tag = "supervision",
    request_body = MeetingInput,
    params(("id" = String, Path, description = "The circle's id")),
    responses(
        (status = 201, description = "Scheduled", body = Scheduled),
        (status = 400, description = "No valid time, or in the past", body = Problem),
    ))]
pub async fn schedule(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<MeetingInput>,
) -> Result<HttpResponse, AppError> {
    let meetings = super::schedule(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Scheduled { meetings }))
}

#[derive(Deserialize, ToSchema)]
pub struct NoteBody {
    #[schema(max_length = 4000)]
    body: String,
    /// Shown to the facilitator too.
    #[serde(default)]
    shared: bool,
}

/// Write a note about a facilitator
#[utoipa::path(post, path = "/api/v1/supervision/facilitators/{id}/notes", tag = "supervision",
    request_body = NoteBody,
    params(("id" = String, Path, description = "The facilitator")),
    responses(
        (status = 201, description = "Written", body = Created),
        (status = 400, description = "Empty or too long", body = Problem),
    ))]
pub async fn add_note(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<NoteBody>,
) -> Result<HttpResponse, AppError> {
    let id = notes::add(&state, &me, &id, &body.body, body.shared).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// The notes about a facilitator (a supervisor's reading is logged)
#[utoipa::path(get, path = "/api/v1/supervision/facilitators/{id}/notes", tag = "supervision",
    params(("id" = String, Path, description = "The facilitator")),
    responses((status = 200, description = "The notes, newest first", body = Vec<Note>)))]
pub async fn notes(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(notes::about(&state, &me, &id).await?))
}

/// The reader's own supervision: circles, last meeting, when rights lapse without one
#[utoipa::path(get, path = "/api/v1/me/supervision", tag = "supervision",
    responses((status = 200, description = "Their supervision", body = OwnSupervision)))]
pub async fn own(state: web::Data<AppState>, me: CurrentUser) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::own(&state, &me).await?))
}
