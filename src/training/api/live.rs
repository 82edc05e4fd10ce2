//! Live training sessions of a cohort through the API.

use actix_web::{HttpResponse, web};

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::training::live::{self, LiveInput, LiveSession};
use crate::web::errors::Problem;
use crate::web::json::Json;

/// Schedule a live session for one of the cohort's "live" modules
///
/// The session happens in the cohort's own room (a circle the trainer leads, with the cohort's
/// candidates); whoever is present completes the module when the session has ended.
#[utoipa::path(post, path = "/api/v1/training/cohorts/{id}/live-sessions", tag = "training",
    request_body = LiveInput,
    params(("id" = String, Path, description = "The cohort's id")),
    responses(
        (status = 201, description = "Scheduled", body = LiveSession),
        (status = 409, description = "The module is not completed by a live session", body = Problem),
    ))]
pub async fn schedule_live(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<LiveInput>,
) -> Result<HttpResponse, AppError> {
    let session = live::schedule(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(session))
}

/// The cohort's live sessions, in time order
#[utoipa::path(get, path = "/api/v1/training/cohorts/{id}/live-sessions", tag = "training",
    params(("id" = String, Path, description = "The cohort's id")),
    responses((status = 200, description = "The sessions", body = Vec<LiveSession>)))]
pub async fn live_sessions(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let cohort = id.into_inner();
    let sessions = state
        .db
        .run(move |conn| live::sessions(conn, &cohort, None))
        .await?;
    Ok(HttpResponse::Ok().json(sessions))
}
