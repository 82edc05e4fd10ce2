//! Training's JSON API: applications and cohorts (here), courses, candidates' work, reviews
//! and certificates.

mod certificates;
mod courses;
mod live;
mod work;

pub use certificates::{client, mine, of_person, renew, revoke, sign_off, verify};
pub use courses::{add_module, create_course, publish};
pub use live::{live_sessions, schedule_live};
pub use work::{attended, module, quiz, read, reset_attempts, review, reviews, task};

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use super::apply::{self, ApplicationInput, ApplicationView};
use super::cohorts::{self, CohortView};
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(
        apply_now, applications, accept, decline, create_cohort, cohort, extend, practice,
        courses::create_course, courses::add_module, courses::publish,
        work::module, work::read, work::quiz, work::task, work::reviews, work::review,
        work::reset_attempts, work::attended, live::schedule_live, live::live_sessions,
        certificates::sign_off, certificates::mine, certificates::renew, certificates::revoke,
        certificates::verify, certificates::of_person,
    ),
    tags((name = "training", description = "Facilitator training, cohorts and certificates")),
)]
pub struct TrainingApi;

/// An application to become a peer facilitator.
#[derive(Deserialize, ToSchema)]
pub struct ApplicationBody {
    /// The languages the applicant could lead a group in.
    #[schema(min_items = 1)]
    languages: Vec<String>,
    #[schema(max_length = 4000, example = "091")]
    municipality: String,
    #[schema(max_length = 4000)]
    motivation: String,
    #[schema(max_length = 4000)]
    availability: String,
}

/// Apply to become a facilitator
#[utoipa::path(post, path = "/api/v1/training/applications", tag = "training",
    request_body = ApplicationBody,
    responses(
        (status = 201, description = "Received", body = Created),
        (status = 409, description = "An application is already pending", body = Problem),
    ))]
pub async fn apply_now(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<ApplicationBody>,
) -> Result<HttpResponse, AppError> {
    let b = body.into_inner();
    let input = ApplicationInput {
        languages: b.languages,
        municipality: b.municipality,
        motivation: b.motivation,
        availability: b.availability,
    };
    let id = apply::apply(&state, &me, input).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatusQuery {
    /// pending (default), accepted or declined.
    status: Option<String>,
}

/// Applications by status, oldest first
///
/// An applicant who belongs to a family gets a row in its access log for this reading.
#[utoipa::path(get, path = "/api/v1/training/applications", tag = "training", params(StatusQuery),
    responses((status = 200, description = "Applications", body = Vec<ApplicationView>)))]
pub async fn applications(
    state: web::Data<AppState>,
    me: CurrentUser,
    query: web::Query<StatusQuery>,
) -> Result<HttpResponse, AppError> {
    let status = query
        .into_inner()
        .status
        .unwrap_or_else(|| "pending".to_owned());
    Ok(HttpResponse::Ok().json(apply::list(&state, &me, status).await?))
}

#[derive(Deserialize, ToSchema)]
#[schema(as = ApplicationAcceptBody)]
pub struct AcceptBody {
    cohort_id: String,
}

/// Accept an application into a cohort (the applicant is mailed)
#[utoipa::path(post, path = "/api/v1/training/applications/{id}/accept", tag = "training",
    request_body = AcceptBody, params(("id" = String, Path, description = "The application's id")),
    responses(
        (status = 204, description = "Accepted and enrolled"),
        (status = 409, description = "Already decided", body = Problem),
    ))]
pub async fn accept(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: Json<AcceptBody>,
) -> Result<HttpResponse, AppError> {
    apply::decide(&state, &id, Some(body.into_inner().cohort_id), None).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct DeclineBody {
    #[schema(min_length = 1, max_length = 4000)]
    reason: String,
}

/// Decline an application with a reason (the applicant is mailed)
#[utoipa::path(post, path = "/api/v1/training/applications/{id}/decline", tag = "training",
    request_body = DeclineBody, params(("id" = String, Path, description = "The application's id")),
    responses(
        (status = 204, description = "Declined"),
        (status = 409, description = "Already decided", body = Problem),
    ))]
pub async fn decline(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: Json<DeclineBody>,
) -> Result<HttpResponse, AppError> {
    apply::decide(&state, &id, None, Some(body.into_inner().reason)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
pub struct CohortBody {
    course_id: String,
    #[schema(max_length = 200)]
    name: String,
    /// Days from today to the deadline (default 90).
    #[schema(minimum = 1, maximum = 730)]
    deadline_days: Option<i64>,
}

/// Open a cohort on a course's published version
#[utoipa::path(post, path = "/api/v1/training/cohorts", tag = "training", request_body = CohortBody,
    responses(
        (status = 201, description = "Opened", body = Created),
        (status = 409, description = "The course has no published version", body = Problem),
    ))]
pub async fn create_cohort(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<CohortBody>,
) -> Result<HttpResponse, AppError> {
    let b = body.into_inner();
    let id =
        super::courses::create_cohort(&state, &me, &b.course_id, &b.name, b.deadline_days).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// A cohort with every candidate's progress
#[utoipa::path(get, path = "/api/v1/training/cohorts/{id}", tag = "training",
    params(("id" = String, Path, description = "The cohort's id")),
    responses((status = 200, description = "The cohort", body = CohortView)))]
pub async fn cohort(
    state: web::Data<AppState>,
    locale: Locale,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(cohorts::cohort(&state, &id, locale.code()).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct ExtendBody {
    #[schema(minimum = 1, maximum = 365)]
    days: i32,
}

/// Give a candidate more days before the deadline
#[utoipa::path(post, path = "/api/v1/training/cohorts/{id}/candidates/{user_id}/extend", tag = "training",
    request_body = ExtendBody,
    params(("id" = String, Path, description = "The cohort's id"), ("user_id" = String, Path, description = "The candidate")),
    responses((status = 204, description = "Extended")))]
pub async fn extend(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: Json<ExtendBody>,
) -> Result<HttpResponse, AppError> {
    let (cohort, user) = path.into_inner();
    cohorts::extend(&state, &cohort, &user, body.days).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The trainer's rubric for the supervised practice.
#[derive(Deserialize, Serialize, ToSchema)]
pub struct PracticeBody {
    /// pass or not_yet.
    #[schema(example = "pass")]
    result: String,
    #[serde(default)]
    #[schema(max_length = 4000)]
    comments: String,
}

/// Score the supervised practice (the candidate co-led a real session)
#[utoipa::path(post, path = "/api/v1/training/cohorts/{id}/candidates/{user_id}/practice", tag = "training",
    request_body = PracticeBody,
    params(("id" = String, Path, description = "The cohort's id"), ("user_id" = String, Path, description = "The candidate")),
    responses((status = 204, description = "Scored")))]
pub async fn practice(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: Json<PracticeBody>,
) -> Result<HttpResponse, AppError> {
    let (cohort, user) = path.into_inner();
    cohorts::score_practice(&state, &cohort, &user, &body.result, &body.comments).await?;
    Ok(HttpResponse::NoContent().finish())
}
