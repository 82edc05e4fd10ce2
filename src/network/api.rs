//! The JSON API of partner networks: the same use cases as the pages.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::OpenApi;

use super::meetings::{self, NetworkMeetingInput};
use super::minutes::{
    self, NetworkActionInput, NetworkActionStatusInput, NetworkAgendaInput, NetworkNotesInput,
};
use super::networks::{self, NetworkInput};
use super::participants::{self, NetworkParticipantInput};
use super::views::{NetworkMeeting, NetworkOwnAction, NetworkRow, NetworkView};
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(
        list, create, network, invite, remove, schedule, meeting, agenda, notes, add_action,
        follow_up, own_actions,
    ),
    tags((name = "network", description = "Partner networks of an area and their meetings")),
)]
pub struct NetworkApi;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NetworkFilter {
    /// Words in the network's name.
    #[param(max_length = 200)]
    pub q: Option<String>,
}

/// The networks the reader sees (staff: all; participants: theirs), newest first
#[utoipa::path(get, path = "/api/v1/networks", tag = "network", params(NetworkFilter, PageRequest),
    responses((status = 200, description = "A page of networks", body = Page<NetworkRow>)))]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    filter: web::Query<NetworkFilter>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let page = networks::page(&state, &me, filter.into_inner().q, paging.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Make the partner network of a wellbeing services county or a municipality
#[utoipa::path(post, path = "/api/v1/networks", tag = "network", request_body = NetworkInput,
    responses((status = 201, description = "Made", body = Created)))]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<NetworkInput>,
) -> Result<HttpResponse, AppError> {
    let id = networks::create(&state, &me, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// A network: its area, who does what, its meetings
#[utoipa::path(get, path = "/api/v1/networks/{id}", tag = "network",
    params(("id" = String, Path, description = "The network's id")),
    responses((status = 200, description = "The network", body = NetworkView)))]
pub async fn network(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(networks::view(&state, &me, &id).await?))
}

/// Invite a participant by their account's address (they are told by mail)
#[utoipa::path(post, path = "/api/v1/networks/{id}/participants", tag = "network",
    request_body = NetworkParticipantInput,
    params(("id" = String, Path, description = "The network's id")),
    responses((status = 204, description = "Taking part")))]
pub async fn invite(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<NetworkParticipantInput>,
) -> Result<HttpResponse, AppError> {
    participants::invite(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Take a participant off the network
#[utoipa::path(delete, path = "/api/v1/networks/{id}/participants/{user_id}", tag = "network",
    params(
        ("id" = String, Path, description = "The network's id"),
        ("user_id" = String, Path, description = "The participant"),
    ),
    responses((status = 204, description = "Taken off")))]
pub async fn remove(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, user) = path.into_inner();
    participants::remove(&state, &me, &id, &user).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Schedule a meeting (Helsinki time); it has its own room
#[utoipa::path(post, path = "/api/v1/networks/{id}/meetings", tag = "network",
    request_body = NetworkMeetingInput,
    params(("id" = String, Path, description = "The network's id")),
    responses((status = 201, description = "Scheduled: the meeting's id", body = Created)))]
pub async fn schedule(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<NetworkMeetingInput>,
) -> Result<HttpResponse, AppError> {
    let id = meetings::schedule(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// A meeting: agenda, who does what, notes, its actions and the open ones it follows up
#[utoipa::path(get, path = "/api/v1/networks/{id}/meetings/{session_id}", tag = "network",
    params(
        ("id" = String, Path, description = "The network's id"),
        ("session_id" = String, Path, description = "The meeting's id"),
    ),
    responses((status = 200, description = "The meeting", body = NetworkMeeting)))]
pub async fn meeting(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, session) = path.into_inner();
    Ok(HttpResponse::Ok().json(meetings::view(&state, &me, &id, &session).await?))
}

/// Write the meeting's agenda (replaces it whole)
#[utoipa::path(post, path = "/api/v1/networks/{id}/meetings/{session_id}/agenda", tag = "network",
    request_body = NetworkAgendaInput,
    params(
        ("id" = String, Path, description = "The network's id"),
        ("session_id" = String, Path, description = "The meeting's id"),
    ),
    responses((status = 204, description = "Written")))]
pub async fn agenda(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    body: Json<NetworkAgendaInput>,
) -> Result<HttpResponse, AppError> {
    let (id, session) = path.into_inner();
    minutes::set_agenda(&state, &me, &id, &session, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Write the meeting's short notes (until two weeks after it)
#[utoipa::path(post, path = "/api/v1/networks/{id}/meetings/{session_id}/notes", tag = "network",
    request_body = NetworkNotesInput,
    params(
        ("id" = String, Path, description = "The network's id"),
        ("session_id" = String, Path, description = "The meeting's id"),
    ),
    responses((status = 204, description = "Written")))]
pub async fn notes(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    body: Json<NetworkNotesInput>,
) -> Result<HttpResponse, AppError> {
    let (id, session) = path.into_inner();
    minutes::set_notes(&state, &me, &id, &session, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Record an action agreed at the meeting; its owner must take part in the network
#[utoipa::path(post, path = "/api/v1/networks/{id}/meetings/{session_id}/actions", tag = "network",
    request_body = NetworkActionInput,
    params(
        ("id" = String, Path, description = "The network's id"),
        ("session_id" = String, Path, description = "The meeting's id"),
    ),
    responses((status = 201, description = "Recorded", body = Created)))]
pub async fn add_action(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    body: Json<NetworkActionInput>,
) -> Result<HttpResponse, AppError> {
    let (id, session) = path.into_inner();
    let id = minutes::add_action(&state, &me, &id, &session, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// Follow an action up at this meeting: done, dropped or open again (its owner or staff)
#[utoipa::path(post,
    path = "/api/v1/networks/{id}/meetings/{session_id}/actions/{action_id}/status",
    tag = "network", request_body = NetworkActionStatusInput,
    params(
        ("id" = String, Path, description = "The network's id"),
        ("session_id" = String, Path, description = "The meeting where it is followed up"),
        ("action_id" = String, Path, description = "The action"),
    ),
    responses((status = 204, description = "Followed up")))]
pub async fn follow_up(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String, String)>,
    body: Json<NetworkActionStatusInput>,
) -> Result<HttpResponse, AppError> {
    let (id, session, action) = path.into_inner();
    minutes::follow_up(&state, &me, &id, &session, &action, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The reader's open actions in every network, those due first
#[utoipa::path(get, path = "/api/v1/me/network-actions", tag = "network",
    responses((status = 200, description = "Their open actions", body = Vec<NetworkOwnAction>)))]
pub async fn own_actions(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::home::own_actions(&state, &me).await?))
}
