//! The JSON API of groups.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use super::catalogue::{self, Filters, NewGroupInput, PageRequest, TextInput};
use super::membership;
use super::{calendar, sessions};
use crate::auth::{CurrentUser, Principal};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;

pub async fn browse(
    state: web::Data<AppState>,
    locale: Locale,
    principal: Principal,
    filters: web::Query<Filters>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let viewer = principal.user().map(|u| u.user_id.clone());
    let (filters, paging) = (filters.into_inner(), paging.into_inner());
    let listing = catalogue::browse(&state, filters, paging, locale.code(), viewer).await?;
    Ok(HttpResponse::Ok().json(listing))
}

pub async fn group(
    state: web::Data<AppState>,
    locale: Locale,
    principal: Principal,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (view, _) = catalogue::detail(
        &state,
        &id,
        locale.code(),
        principal.user().map(|u| u.as_ref()),
    )
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Deserialize)]
pub struct TextBody {
    language: String,
    name: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
pub struct ScheduleBody {
    first_date: String,
    start_time: String,
    duration_minutes: u32,
    weeks: u32,
}

#[derive(Deserialize)]
pub struct NewGroupBody {
    texts: Vec<TextBody>,
    spoken_languages: Vec<String>,
    topics: Vec<String>,
    audience: String,
    region: String,
    capacity: i32,
    join_policy: String,
    #[serde(default)]
    facilitators: Vec<String>,
    schedule: ScheduleBody,
    #[serde(default)]
    publish: bool,
}

pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: web::Json<NewGroupBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let input = NewGroupInput {
        texts: body
            .texts
            .into_iter()
            .map(|t| TextInput {
                language: t.language,
                name: t.name,
                description: t.description,
            })
            .collect(),
        spoken_languages: body.spoken_languages,
        topics: body.topics,
        audience: body.audience,
        region: body.region,
        capacity: body.capacity,
        join_policy: body.join_policy,
        facilitator_emails: body.facilitators,
        first_date: body.schedule.first_date,
        start_time: body.schedule.start_time,
        duration_minutes: body.schedule.duration_minutes,
        weeks: body.schedule.weeks,
        publish: body.publish,
    };
    let id = catalogue::create(&state, &me, input).await?;
    Ok(HttpResponse::Created().json(json!({ "id": id })))
}

#[derive(Deserialize)]
pub struct StatusBody {
    status: String,
}

pub async fn set_status(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<StatusBody>,
) -> Result<HttpResponse, AppError> {
    catalogue::set_status(&state, &id, &body.status).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn join(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let status = membership::join(&state, &me, &id).await?;
    Ok(HttpResponse::Ok().json(json!({ "status": status })))
}

pub async fn leave(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    membership::leave(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn roster(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(membership::roster(&state, &me, &id).await?))
}

pub async fn approve(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (group_id, user_id) = path.into_inner();
    membership::approve(&state, &me, &group_id, &user_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn my_groups(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(membership::all_my_groups(&state, &me).await?))
}

#[derive(Deserialize)]
pub struct AnswerBody {
    answer: String,
}

pub async fn answer(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: web::Json<AnswerBody>,
) -> Result<HttpResponse, AppError> {
    sessions::answer(&state, &me, &id, &body.answer).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn attendance(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(sessions::attendance(&state, &me, &id).await?))
}

#[derive(Deserialize)]
pub struct PresentBody {
    present: Vec<String>,
}

pub async fn mark_attendance(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: web::Json<PresentBody>,
) -> Result<HttpResponse, AppError> {
    sessions::mark_present(&state, &me, &id, body.into_inner().present).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub struct CancelBody {
    #[serde(default)]
    reason: String,
}

pub async fn cancel_session(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: web::Json<CancelBody>,
) -> Result<HttpResponse, AppError> {
    sessions::cancel(&state, &me, &id, &body.reason).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub struct NewSessionBody {
    /// Local (Finnish) time, `YYYY-MM-DDTHH:MM`.
    start: String,
    duration_minutes: u32,
}

pub async fn add_session(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<NewSessionBody>,
) -> Result<HttpResponse, AppError> {
    let session = sessions::add(&state, &id, &body.start, body.duration_minutes).await?;
    Ok(HttpResponse::Created().json(json!({ "id": session })))
}

pub async fn move_session(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<NewSessionBody>,
) -> Result<HttpResponse, AppError> {
    sessions::move_to(&state, &id, &body.start, body.duration_minutes).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn new_calendar_feed(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Created().json(json!({ "url": calendar::new_feed(&state, &me).await? })))
}

pub async fn revoke_calendar_feed(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    calendar::revoke_feed(&state, &me).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub struct MemberBody {
    email: String,
}

pub async fn add_member(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: web::Json<MemberBody>,
) -> Result<HttpResponse, AppError> {
    let status = membership::add_member(&state, &me, &id, &body.email).await?;
    Ok(HttpResponse::Ok().json(json!({ "status": status })))
}
