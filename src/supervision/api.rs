//! The JSON API of supervision: session reports, concerns, the supervisor's queue, who
//! supervises whom and the report themes.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{OpenApi, ToSchema};

use super::assignments::{self, SetSupervisor, Supervised};
use super::concerns::{self, Decision};
use super::domain::NewReport;
use super::mine::{self, MyReports};
use super::queue::{self, Escalation, SupervisionQueue};
use super::reports;
use super::themes::{self, NewTheme, ThemeView};
use super::views::ReportView;
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(
        my_reports, file_report, report, comment, acknowledge, handle, supervision_queue,
        facilitators, set_supervisor, escalations, report_themes, add_theme, archive_theme,
    ),
    tags((name = "supervision", description = "Session reports, concerns and supervision")),
)]
pub struct SupervisionApi;

/// Sessions I led that wait for a report, and my reports
#[utoipa::path(get, path = "/api/v1/me/session-reports", tag = "supervision",
    responses((status = 200, description = "Due and filed reports", body = MyReports)))]
pub async fn my_reports(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(mine::mine(&state, &me).await?))
}

/// File the report of a session I led (once per session)
#[utoipa::path(post, path = "/api/v1/sessions/{id}/report", tag = "supervision",
    params(("id" = String, Path, description = "The session's id")),
    request_body = NewReport,
    responses(
        (status = 201, description = "Filed", body = Created),
        (status = 409, description = "Not started yet, or already reported", body = Problem),
    ))]
pub async fn file_report(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<NewReport>,
) -> Result<HttpResponse, AppError> {
    let id = reports::file(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// A session report (its facilitator, or their supervisor; each reading is logged)
#[utoipa::path(get, path = "/api/v1/session-reports/{id}", tag = "supervision",
    params(("id" = String, Path, description = "The report's id")),
    responses((status = 200, description = "The report", body = ReportView)))]
pub async fn report(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(reports::read(&state, &me, &id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewComment {
    #[schema(max_length = 2000)]
    pub body: String,
}

/// Write back to the facilitator about their report
#[utoipa::path(post, path = "/api/v1/session-reports/{id}/comments", tag = "supervision",
    params(("id" = String, Path, description = "The report's id")),
    request_body = NewComment,
    responses((status = 204, description = "Written; the facilitator is told")))]
pub async fn comment(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<NewComment>,
) -> Result<HttpResponse, AppError> {
    reports::comment(&state, &me, &id, &body.body).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Acknowledge the report's concern (stops the escalation)
#[utoipa::path(post, path = "/api/v1/session-reports/{id}/acknowledge", tag = "supervision",
    params(("id" = String, Path, description = "The report's id")),
    responses(
        (status = 204, description = "Acknowledged"),
        (status = 409, description = "Acknowledged already", body = Problem),
    ))]
pub async fn acknowledge(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    concerns::decide(&state, &me, &id, Decision::Acknowledge).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = ConcernOutcome)]
pub struct Outcome {
    /// What was done; supervisors read it, the facilitator only sees that it was handled.
    #[schema(max_length = 1000)]
    pub outcome: String,
}

/// Mark the report's concern handled, with its outcome
#[utoipa::path(post, path = "/api/v1/session-reports/{id}/handle", tag = "supervision",
    params(("id" = String, Path, description = "The report's id")),
    request_body = Outcome,
    responses(
        (status = 204, description = "Handled"),
        (status = 409, description = "Handled already", body = Problem),
    ))]
pub async fn handle(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<Outcome>,
) -> Result<HttpResponse, AppError> {
    let outcome = body.into_inner().outcome;
    concerns::decide(&state, &me, &id, Decision::Handle { outcome }).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// My supervision queue: urgent concerns first
#[utoipa::path(get, path = "/api/v1/supervision/queue", tag = "supervision",
    responses((status = 200, description = "The queue", body = SupervisionQueue)))]
pub async fn supervision_queue(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(queue::queue(&state, &me).await?))
}

/// Facilitators and their supervisors
#[utoipa::path(get, path = "/api/v1/supervision/facilitators", tag = "supervision",
    responses((status = 200, description = "Every facilitator", body = Vec<Supervised>)))]
pub async fn facilitators(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(assignments::overview(&state).await?.0))
}

/// Set or clear a facilitator's supervisor
#[utoipa::path(post, path = "/api/v1/supervision/facilitators/{id}/supervisor", tag = "supervision",
    params(("id" = String, Path, description = "The facilitator's id")),
    request_body = SetSupervisor,
    responses((status = 204, description = "Set")))]
pub async fn set_supervisor(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<SetSupervisor>,
) -> Result<HttpResponse, AppError> {
    assignments::set(&state, &me, &id, body.into_inner().supervisor_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Urgent concerns nobody acknowledged in time (no report text)
#[utoipa::path(get, path = "/api/v1/supervision/escalations", tag = "supervision",
    responses((status = 200, description = "Escalated concerns", body = Vec<Escalation>)))]
pub async fn escalations(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(queue::escalations(&state, me.language.code).await?))
}

/// Themes a session report can name, in my language
#[utoipa::path(get, path = "/api/v1/report-themes", tag = "supervision",
    responses((status = 200, description = "The themes", body = Vec<ThemeView>)))]
pub async fn report_themes(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(themes::list(&state, me.language.code).await?))
}

/// Add a theme to the list
#[utoipa::path(post, path = "/api/v1/report-themes", tag = "supervision",
    request_body = NewTheme,
    responses((status = 201, description = "Added", body = Created)))]
pub async fn add_theme(
    state: web::Data<AppState>,
    body: Json<NewTheme>,
) -> Result<HttpResponse, AppError> {
    let id = themes::add(&state, &body.label).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Archive {
    pub archived: bool,
}

/// Archive a theme (old reports keep it) or bring it back
#[utoipa::path(post, path = "/api/v1/report-themes/{id}/archive", tag = "supervision",
    params(("id" = String, Path, description = "The theme's id")),
    request_body = Archive,
    responses((status = 204, description = "Done")))]
pub async fn archive_theme(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: Json<Archive>,
) -> Result<HttpResponse, AppError> {
    themes::archive(&state, &id, body.archived).await?;
    Ok(HttpResponse::NoContent().finish())
}
