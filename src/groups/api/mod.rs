//! The JSON API of groups: the catalogue (here), membership and sessions.

mod membership;
mod sessions;

pub use membership::{add_member, approve, join, leave, my_groups, roster};
pub use sessions::{
    add_session, answer, attendance, cancel_session, mark_attendance, move_session,
    new_calendar_feed, revoke_calendar_feed,
};

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{OpenApi, ToSchema};

use super::catalogue::{self, Filters, GroupView, NewGroupInput, PageRequest, TextInput};
use super::domain::{GroupStatus, JoinPolicy};
use crate::api::Created;
use crate::auth::{CurrentUser, Principal};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::paging::Page;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(
        browse, create, group, set_status,
        membership::join, membership::leave, membership::roster, membership::approve,
        membership::my_groups, membership::add_member,
        sessions::answer, sessions::attendance, sessions::mark_attendance,
        sessions::cancel_session, sessions::add_session, sessions::move_session,
        sessions::new_calendar_feed, sessions::revoke_calendar_feed,
    ),
    tags((name = "groups", description = "Finding, joining and running peer groups")),
)]
pub struct GroupsApi;

/// Published groups, filtered and paged
///
/// Groups families can find and join, filtered by language, topic, region, weekday and time
/// of day: a page of `limit` (1–100, default 20) from `cursor`, with `next_cursor` and `total`.
#[utoipa::path(get, path = "/api/v1/groups", tag = "groups",
    params(Filters, PageRequest),
    responses((status = 200, description = "A page of groups", body = Page<GroupView>)))]
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
    body: Json<NewGroupBody>,
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
    body: Json<StatusBody>,
) -> Result<HttpResponse, AppError> {
    catalogue::set_status(&state, &id, &body.status).await?;
    Ok(HttpResponse::NoContent().finish())
}
