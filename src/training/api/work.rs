//! A candidate's work on modules, and the trainer's review of it, through the API.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::training::domain::Scored;
use crate::training::progress::{self, ModuleView};
use crate::training::review::{self, ReviewItem};
use crate::web::errors::Problem;
use crate::web::json::Json;

/// A module as the candidate sees it: its text, quiz (shuffled) and task
#[utoipa::path(get, path = "/api/v1/training/modules/{id}", tag = "training",
    params(("id" = String, Path, description = "The module's id")),
    responses((status = 200, description = "The module", body = ModuleView)))]
pub async fn module(
    state: web::Data<AppState>,
    me: CurrentUser,
    locale: Locale,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(progress::view(&state, &me, &id, locale.code()).await?))
}

/// Mark a module whose rule is "read" as read
#[utoipa::path(post, path = "/api/v1/training/modules/{id}/read", tag = "training",
    params(("id" = String, Path, description = "The module's id")),
    responses(
        (status = 204, description = "Done"),
        (status = 409, description = "The module is not completed by reading", body = Problem),
    ))]
pub async fn read(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    progress::mark_read(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Chosen answers: question id → answer ids.
#[derive(Deserialize, ToSchema)]
#[schema(as = QuizAttemptBody)]
pub struct QuizBody {
    /// The attempt's number, as the module showed it (`quiz.attempt`).
    attempt: i32,
    answers: BTreeMap<String, Vec<String>>,
}

/// Submit an attempt at the module's quiz; the score and feedback come back
#[utoipa::path(post, path = "/api/v1/training/modules/{id}/quiz", tag = "training", request_body = QuizBody,
    params(("id" = String, Path, description = "The module's id")),
    responses(
        (status = 200, description = "Scored", body = Scored),
        (status = 409, description = "No attempts left, already passed, or this attempt was already counted", body = Problem),
    ))]
pub async fn quiz(
    state: web::Data<AppState>,
    me: CurrentUser,
    locale: Locale,
    id: web::Path<String>,
    body: Json<QuizBody>,
) -> Result<HttpResponse, AppError> {
    let b = body.into_inner();
    Ok(HttpResponse::Ok()
        .json(progress::submit_quiz(&state, &me, &id, b.attempt, b.answers, locale.code()).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct TaskBody {
    #[schema(min_length = 1, max_length = 4000)]
    answer: String,
    /// Submit for review (else kept as a draft).
    #[serde(default)]
    submit: bool,
}

#[derive(Serialize, ToSchema)]
pub struct TaskState {
    /// draft or submitted.
    pub status: String,
}

/// Save or submit the answer to the module's task
#[utoipa::path(post, path = "/api/v1/training/modules/{id}/task", tag = "training", request_body = TaskBody,
    params(("id" = String, Path, description = "The module's id")),
    responses(
        (status = 200, description = "Saved", body = TaskState),
        (status = 409, description = "The deadline has passed, or the task was accepted", body = Problem),
    ))]
pub async fn task(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<TaskBody>,
) -> Result<HttpResponse, AppError> {
    let status = progress::save_task(&state, &me, &id, &body.answer, body.submit).await?;
    Ok(HttpResponse::Ok().json(TaskState { status }))
}

/// The review queue: submitted tasks, oldest first
#[utoipa::path(get, path = "/api/v1/training/reviews", tag = "training",
    responses((status = 200, description = "Tasks waiting", body = Vec<ReviewItem>)))]
pub async fn reviews(state: web::Data<AppState>, locale: Locale) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(review::queue(&state, locale.code()).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct ReviewBody {
    /// Accept, or ask for a revision (feedback required).
    accept: bool,
    #[serde(default)]
    #[schema(max_length = 4000)]
    feedback: String,
}

/// Accept a submitted task or ask for a revision
#[utoipa::path(post, path = "/api/v1/training/modules/{id}/tasks/{user_id}/review", tag = "training",
    request_body = ReviewBody,
    params(("id" = String, Path, description = "The module's id"), ("user_id" = String, Path, description = "The candidate")),
    responses(
        (status = 204, description = "Reviewed"),
        (status = 409, description = "The task is not waiting for review", body = Problem),
    ))]
pub async fn review(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: Json<ReviewBody>,
) -> Result<HttpResponse, AppError> {
    let (module, user) = path.into_inner();
    review::review(&state, &module, &user, body.accept, &body.feedback).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Give a candidate who used every attempt at the quiz a new round
#[utoipa::path(post, path = "/api/v1/training/modules/{id}/attempts/{user_id}/reset", tag = "training",
    params(("id" = String, Path, description = "The module's id"), ("user_id" = String, Path, description = "The candidate")),
    responses((status = 204, description = "Reset")))]
pub async fn reset_attempts(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (module, user) = path.into_inner();
    review::reset_attempts(&state, &module, &user).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Record that a candidate attended the module's live training session
#[utoipa::path(post, path = "/api/v1/training/modules/{id}/attendance/{user_id}", tag = "training",
    params(("id" = String, Path, description = "The module's id"), ("user_id" = String, Path, description = "The candidate")),
    responses(
        (status = 204, description = "Recorded"),
        (status = 409, description = "The module has no live session", body = Problem),
    ))]
pub async fn attended(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (module, user) = path.into_inner();
    review::mark_attended(&state, &module, &user).await?;
    Ok(HttpResponse::NoContent().finish())
}
