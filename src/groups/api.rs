//! The JSON API of groups.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use super::catalogue::{self, Filters, GroupView, Listing, NewGroupInput, PageRequest, TextInput};
use super::domain::{GroupStatus, JoinPolicy, MemberStatus};
use super::membership;
use super::membership::roster::RosterEntry;
use super::sessions::AttendanceRow;
use super::{calendar, sessions};
use crate::api::Created;
use crate::auth::{CurrentUser, Principal};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::errors::Problem;

#[derive(OpenApi)]
#[openapi(
    paths(
        browse, create, group, set_status, join, leave, roster, approve, my_groups,
        add_member, answer, attendance, mark_attendance, cancel_session, add_session,
        move_session, new_calendar_feed, revoke_calendar_feed,
    ),
    tags((name = "groups", description = "Finding, joining and running peer groups")),
)]
pub struct GroupsApi;

/// Where the family stands with the group now.
#[derive(Debug, Serialize, ToSchema)]
pub struct Membership {
    pub status: MemberStatus,
}

/// The private calendar feed address: anyone with it sees the person's sessions.
#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarFeed {
    #[schema(example = "https://silta.example/calendar/3f9c…")]
    pub url: String,
}

/// Published groups, filtered and paged
///
/// Groups families can find and join, filtered by language, topic, region, weekday and time
/// of day: a page of `limit` (1–100, default 20) from `cursor`, with `next_cursor` and `total`.
#[utoipa::path(get, path = "/api/v1/groups", tag = "groups",
    params(Filters, PageRequest),
    responses((status = 200, description = "A page of groups", body = Listing)))]
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

/// One group with its sessions and the viewer's membership
#[utoipa::path(get, path = "/api/v1/groups/{id}", tag = "groups",
    params(("id" = String, Path, description = "The group's id")),
    responses((status = 200, description = "The group", body = GroupView)))]
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

/// The group's name and description in one language.
#[derive(Deserialize, ToSchema)]
pub struct TextBody {
    /// One of Silta's languages.
    #[schema(schema_with = crate::api::schema::language_code)]
    language: String,
    #[schema(min_length = 1, max_length = 120)]
    name: String,
    #[serde(default)]
    #[schema(max_length = 4000)]
    description: String,
}

/// When the group meets: weekly from the first date, in Finnish time.
#[derive(Deserialize, ToSchema)]
pub struct ScheduleBody {
    #[schema(format = Date, example = "2027-01-12")]
    first_date: String,
    #[schema(example = "18:00", pattern = "^[0-2][0-9]:[0-5][0-9]$")]
    start_time: String,
    #[schema(minimum = 15, maximum = 480)]
    duration_minutes: u32,
    #[schema(minimum = 1, maximum = 52)]
    weeks: u32,
}

/// A new group.
#[derive(Deserialize, ToSchema)]
pub struct NewGroupBody {
    #[schema(min_items = 1)]
    texts: Vec<TextBody>,
    /// The languages spoken in the group's sessions.
    #[schema(min_items = 1)]
    spoken_languages: Vec<String>,
    #[schema(schema_with = topics)]
    topics: Vec<String>,
    #[schema(schema_with = audience)]
    audience: String,
    /// A municipality code (three digits) or `online`.
    #[schema(example = "091")]
    region: String,
    #[schema(minimum = 1, maximum = 50)]
    capacity: i32,
    #[schema(value_type = JoinPolicy)]
    join_policy: String,
    /// The email addresses of the facilitators who lead it.
    #[serde(default)]
    facilitators: Vec<String>,
    schedule: ScheduleBody,
    /// Publish at once instead of keeping a draft.
    #[serde(default)]
    publish: bool,
}

fn topics() -> utoipa::openapi::schema::Array {
    utoipa::openapi::schema::Array::new(crate::api::schema::one_of(super::domain::TOPICS))
}

fn audience() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(super::domain::AUDIENCES)
}

/// Create a group with texts, facilitators and a weekly schedule
#[utoipa::path(post, path = "/api/v1/groups", tag = "groups", request_body = NewGroupBody,
    responses((status = 201, description = "Created", body = Created)))]
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
    Ok(HttpResponse::Created().json(Created { id }))
}

/// The state the group moves to.
#[derive(Deserialize, ToSchema)]
pub struct StatusBody {
    #[schema(value_type = GroupStatus)]
    status: String,
}

/// Move a group forward: draft, published, running, finished
#[utoipa::path(post, path = "/api/v1/groups/{id}/status", tag = "groups", request_body = StatusBody,
    params(("id" = String, Path, description = "The group's id")),
    responses(
        (status = 204, description = "Moved"),
        (status = 409, description = "Groups only move forward", body = Problem),
    ))]
pub async fn set_status(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<StatusBody>,
) -> Result<HttpResponse, AppError> {
    catalogue::set_status(&state, &id, &body.status).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Join, ask to join, or join the waiting list
#[utoipa::path(post, path = "/api/v1/groups/{id}/join", tag = "groups",
    params(("id" = String, Path, description = "The group's id")),
    responses(
        (status = 200, description = "Where the family stands now", body = Membership),
        (status = 409, description = "The group takes no one now, or only by invitation", body = Problem),
    ))]
pub async fn join(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let status = membership::join(&state, &me, &id).await?;
    Ok(HttpResponse::Ok().json(Membership { status }))
}

/// Leave a group; the first on the waiting list moves up
#[utoipa::path(post, path = "/api/v1/groups/{id}/leave", tag = "groups",
    params(("id" = String, Path, description = "The group's id")),
    responses((status = 204, description = "Left")))]
pub async fn leave(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    membership::leave(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Members' display names and statuses (facilitators and staff)
#[utoipa::path(get, path = "/api/v1/groups/{id}/roster", tag = "groups",
    params(("id" = String, Path, description = "The group's id")),
    responses((status = 200, description = "The members", body = Vec<RosterEntry>)))]
pub async fn roster(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(membership::roster(&state, &me, &id).await?))
}

/// Accept a family that asked to join
#[utoipa::path(post, path = "/api/v1/groups/{id}/requests/{user_id}/approve", tag = "groups",
    params(
        ("id" = String, Path, description = "The group's id"),
        ("user_id" = String, Path, description = "The family member who asked"),
    ),
    responses(
        (status = 204, description = "Accepted"),
        (status = 409, description = "No seat is free, or nothing was asked", body = Problem),
    ))]
pub async fn approve(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (group_id, user_id) = path.into_inner();
    membership::approve(&state, &me, &group_id, &user_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The groups the person belongs to or waits for, then those they lead (`leads`)
#[utoipa::path(get, path = "/api/v1/me/groups", tag = "groups",
    responses((status = 200, description = "The person's groups", body = Vec<GroupView>)))]
pub async fn my_groups(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(membership::all_my_groups(&state, &me).await?))
}

/// Whether the person is coming.
#[derive(Deserialize, ToSchema)]
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
    body: web::Json<AnswerBody>,
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
    body: web::Json<PresentBody>,
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
    body: web::Json<CancelBody>,
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
    body: web::Json<NewSessionBody>,
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
    body: web::Json<NewSessionBody>,
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

/// The family member to add.
#[derive(Deserialize, ToSchema)]
pub struct MemberBody {
    #[schema(format = Email, max_length = 254)]
    email: String,
}

/// Add a family by email (invitation-only groups); seats still decide
#[utoipa::path(post, path = "/api/v1/groups/{id}/members", tag = "groups", request_body = MemberBody,
    params(("id" = String, Path, description = "The group's id")),
    responses(
        (status = 200, description = "Where the family stands now", body = Membership),
        (status = 409, description = "Already in the group", body = Problem),
    ))]
pub async fn add_member(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: web::Json<MemberBody>,
) -> Result<HttpResponse, AppError> {
    let status = membership::add_member(&state, &me, &id, &body.email).await?;
    Ok(HttpResponse::Ok().json(Membership { status }))
}
