//! Sessions through the API: answers, attendance, cancelling and moving, calendar feeds.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::groups::calendar;
use crate::groups::sessions::{self, AttendanceRow};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

/// The private calendar feed address: anyone with it sees the person's sessions.
#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarFeed {
    #[schema(example = "https://silta.example/calendar/3f9c…")]
    pub url: String,
}

/// Whether the person is coming.
#[derive(Deserialize, ToSchema)]
#[schema(as = AttendanceAnswerBody)]
pub struct AnswerBody {
    #[schema(schema_with = answers)]
    answer: String,
}

fn answers() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(&["yes", "maybe", "no"])
}

/// Say whether you are coming: yes, maybe or no
#[utoipa::path(post, path = "/api/v1/sessions/{id}/answer", tag = "groups", request_body = AnswerBody,
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 204, description = "Noted"),
        (status = 409, description = "The session was cancelled or is over", body = Problem),
    ))]
pub async fn answer(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<AnswerBody>,
) -> Result<HttpResponse, AppError> {
    sessions::answer(&state, &me, &id, &body.answer).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Members with their answers and attendance (facilitators and staff)
#[utoipa::path(get, path = "/api/v1/sessions/{id}/attendance", tag = "groups",
    params(("id" = String, Path, description = "The session's id")),
    responses((status = 200, description = "The members", body = Vec<AttendanceRow>)))]
pub async fn attendance(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(sessions::attendance(&state, &me, &id).await?))
}

/// Who took part.
#[derive(Deserialize, ToSchema)]
pub struct PresentBody {
    /// The user ids of the members who were there; the others are marked absent.
    present: Vec<String>,
}

/// Mark who took part, after the session started
#[utoipa::path(post, path = "/api/v1/sessions/{id}/attendance", tag = "groups", request_body = PresentBody,
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 204, description = "Marked"),
        (status = 409, description = "The session has not started, or was cancelled", body = Problem),
    ))]
pub async fn mark_attendance(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<PresentBody>,
) -> Result<HttpResponse, AppError> {
    sessions::mark_present(&state, &me, &id, body.into_inner().present).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Why the session is cancelled; members are told.
#[derive(Deserialize, ToSchema)]
pub struct CancelBody {
    #[serde(default)]
    #[schema(max_length = 500)]
    reason: String,
}

/// Cancel a session with a reason; members are told
#[utoipa::path(post, path = "/api/v1/sessions/{id}/cancel", tag = "groups", request_body = CancelBody,
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 409, description = "Already cancelled, or over", body = Problem),
    ))]
pub async fn cancel_session(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<CancelBody>,
) -> Result<HttpResponse, AppError> {
    sessions::cancel(&state, &me, &id, &body.reason).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// When a session takes place.
#[derive(Deserialize, ToSchema)]
pub struct NewSessionBody {
    /// Local (Finnish) time, `YYYY-MM-DDTHH:MM`.
    #[schema(example = "2027-01-12T18:00")]
    start: String,
    #[schema(minimum = 15, maximum = 480)]
    duration_minutes: u32,
}

/// Add a single session
#[utoipa::path(post, path = "/api/v1/groups/{id}/sessions", tag = "groups", request_body = NewSessionBody,
    params(("id" = String, Path, description = "The group's id")),
    responses((status = 201, description = "Added", body = Created)))]
pub async fn add_session(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: Json<NewSessionBody>,
) -> Result<HttpResponse, AppError> {
    let session = sessions::add(&state, &id, &body.start, body.duration_minutes).await?;
    Ok(HttpResponse::Created().json(Created { id: session }))
}

/// Move a session to another time; members are told
#[utoipa::path(post, path = "/api/v1/sessions/{id}/move", tag = "groups", request_body = NewSessionBody,
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 204, description = "Moved"),
        (status = 409, description = "The session was cancelled or is over", body = Problem),
    ))]
pub async fn move_session(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: Json<NewSessionBody>,
) -> Result<HttpResponse, AppError> {
    sessions::move_to(&state, &id, &body.start, body.duration_minutes).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Create or replace the private calendar feed address
#[utoipa::path(post, path = "/api/v1/me/calendar-feed", tag = "groups",
    responses((status = 201, description = "The new address; the old one stops working", body = CalendarFeed)))]
pub async fn new_calendar_feed(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let url = calendar::new_feed(&state, &me).await?;
    Ok(HttpResponse::Created().json(CalendarFeed { url }))
}

/// Turn the private calendar feed off
#[utoipa::path(delete, path = "/api/v1/me/calendar-feed", tag = "groups",
    responses((status = 204, description = "Off")))]
pub async fn revoke_calendar_feed(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    calendar::revoke_feed(&state, &me).await?;
    Ok(HttpResponse::NoContent().finish())
}
