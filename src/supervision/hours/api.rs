//! Volunteer hours through the API.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::{EntryView, MyHours, NewHours};
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(paths(my_hours, add_hours, waiting, decide), tags((name = "supervision")))]
pub struct HoursApi;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct YearQuery {
    /// The calendar year; default this year.
    #[param(minimum = 2020, maximum = 2100)]
    pub year: Option<i32>,
}

/// My volunteer hours of a year, with the year's totals
#[utoipa::path(get, path = "/api/v1/me/hours", tag = "supervision", params(YearQuery),
    responses((status = 200, description = "Entries and totals", body = MyHours)))]
pub async fn my_hours(
    state: web::Data<AppState>,
    me: CurrentUser,
    query: web::Query<YearQuery>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::mine(&state, &me, query.year).await?))
}

/// Add hours of other work (preparation, travel); a supervisor approves them
#[utoipa::path(post, path = "/api/v1/me/hours", tag = "supervision", request_body = NewHours,
    responses((status = 201, description = "Added, waiting for approval", body = Created)))]
pub async fn add_hours(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<NewHours>,
) -> Result<HttpResponse, AppError> {
    let id = super::add(&state, &me, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// Hours waiting for my approval
#[utoipa::path(get, path = "/api/v1/supervision/hours", tag = "supervision",
    responses((status = 200, description = "Pending entries of my facilitators", body = Vec<EntryView>)))]
pub async fn waiting(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::waiting(&state, &me).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = HoursDecision)]
pub struct Decision {
    /// Entries to decide (at most 500).
    pub ids: Vec<String>,
    pub approve: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Decided {
    /// How many pending entries of my facilitators changed.
    pub decided: usize,
}

/// Approve or reject entries, one or many at once
#[utoipa::path(post, path = "/api/v1/supervision/hours/decisions", tag = "supervision", request_body = Decision,
    responses((status = 200, description = "Decided", body = Decided)))]
pub async fn decide(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<Decision>,
) -> Result<HttpResponse, AppError> {
    let Decision { ids, approve } = body.into_inner();
    let decided = super::decide(&state, &me, ids, approve).await?;
    Ok(HttpResponse::Ok().json(Decided { decided }))
}
