//! The JSON API of families' feedback: the questions waiting for me and my answers; a
//! session's summed answers for those who lead and supervise it; families' lines for staff.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{OpenApi, ToSchema};

use super::answer::{self, Waiting};
use super::comments::{self, Comment, CommentFilter};
use super::domain::AnswerInput;
use super::results::{self, SessionResults};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(waiting, give, decline, session_results, month_results, lines, hide_line),
    tags((name = "feedback", description = "Families' anonymous feedback after sessions")),
)]
pub struct FeedbackApi;

/// Sessions whose questions wait for me (answerable for 7 days after the session)
#[utoipa::path(get, path = "/api/v1/me/feedback", tag = "feedback",
    responses((status = 200, description = "Waiting, newest first", body = Vec<Waiting>)))]
pub async fn waiting(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(answer::waiting_for(&state, &me).await?))
}

/// Answer the questions after a session (once; stored without my name)
#[utoipa::path(post, path = "/api/v1/sessions/{id}/feedback", tag = "feedback",
    params(("id" = String, Path, description = "The session's id")),
    request_body = AnswerInput,
    responses(
        (status = 204, description = "Stored"),
        (status = 409, description = "Answered already, or the time to answer is over", body = Problem),
    ))]
pub async fn give(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<AnswerInput>,
) -> Result<HttpResponse, AppError> {
    answer::answer(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Not this time: the questions of this session are not asked again
#[utoipa::path(post, path = "/api/v1/sessions/{id}/feedback/decline", tag = "feedback",
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 204, description = "Noted"),
        (status = 409, description = "Answered already, or the time to answer is over", body = Problem),
    ))]
pub async fn decline(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    answer::decline(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A session's answers, summed (from 3 answers on)
#[utoipa::path(get, path = "/api/v1/sessions/{id}/feedback/results", tag = "feedback",
    params(("id" = String, Path, description = "The session's id")),
    responses((status = 200, description = "The summed answers", body = SessionResults)))]
pub async fn session_results(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(results::of_session(&state, &me, &id).await?))
}

#[derive(Debug, Deserialize, ToSchema, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MonthQuery {
    /// `YYYY-MM` (Helsinki); the current month when not given.
    pub month: Option<String>,
}

/// The summed answers of the sessions of a month that I lead, supervise or (staff) all
#[utoipa::path(get, path = "/api/v1/feedback/results", tag = "feedback",
    params(MonthQuery),
    responses((status = 200, description = "Newest first", body = Vec<SessionResults>)))]
pub async fn month_results(
    state: web::Data<AppState>,
    me: CurrentUser,
    query: web::Query<MonthQuery>,
) -> Result<HttpResponse, AppError> {
    let month = results::month_of(query.month.as_deref());
    Ok(HttpResponse::Ok().json(results::of_month(&state, &me, month).await?))
}

/// Families' own lines of a month, without names (staff)
#[utoipa::path(get, path = "/api/v1/feedback/comments", tag = "feedback",
    params(CommentFilter),
    responses((status = 200, description = "At most 200", body = Vec<Comment>)))]
pub async fn lines(
    state: web::Data<AppState>,
    me: CurrentUser,
    query: web::Query<CommentFilter>,
) -> Result<HttpResponse, AppError> {
    let month = results::month_of(query.month.as_deref());
    Ok(HttpResponse::Ok().json(comments::of_month(&state, &me, month, &query).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = FeedbackHidden)]
pub struct Hidden {
    /// Hide the line (it identifies someone), or show it again.
    pub hidden: bool,
}

/// Hide a line that identifies someone, or show it again (staff)
#[utoipa::path(post, path = "/api/v1/feedback/comments/{id}/hidden", tag = "feedback",
    params(("id" = String, Path, description = "The answer's id")),
    request_body = Hidden,
    responses((status = 204, description = "Done")))]
pub async fn hide_line(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<Hidden>,
) -> Result<HttpResponse, AppError> {
    comments::set_hidden(&state, &me, &id, body.hidden).await?;
    Ok(HttpResponse::NoContent().finish())
}
