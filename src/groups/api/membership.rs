//! Joining and leaving groups, and who is in them, through the API.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::groups::catalogue::GroupView;
use crate::groups::domain::MemberStatus;
use crate::groups::membership::{self, roster::RosterEntry};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

/// Where the family stands with the group now.
#[derive(Debug, Serialize, ToSchema)]
pub struct Membership {
    pub status: MemberStatus,
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
    body: Json<MemberBody>,
) -> Result<HttpResponse, AppError> {
    let status = membership::add_member(&state, &me, &id, &body.email).await?;
    Ok(HttpResponse::Ok().json(Membership { status }))
}
