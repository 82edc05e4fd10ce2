//! Invitations through the API: staff invite people to roles, families their second adult.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::BearerTicket;
use crate::accounts::Client;
use crate::accounts::invitation_list::{self, InvitationFilters};
use crate::accounts::invitations;
use crate::accounts::model::invitations::Invitation;
use crate::accounts::signin::TokenUse;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

/// Invitations sent by staff, filtered and paged
///
/// Staff invitations by standing and role: a page of `limit` (1–100, default 20) from
/// `cursor`, newest first, with `next_cursor` and `total`.
#[utoipa::path(get, path = "/api/v1/invitations", tag = "invitations",
    params(InvitationFilters, PageRequest),
    responses((status = 200, description = "A page of invitations", body = Page<Invitation>)))]
pub async fn list_invitations(
    state: web::Data<AppState>,
    filters: web::Query<InvitationFilters>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let page =
        invitation_list::staff_sent(&state, filters.into_inner(), paging.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Whom to invite, to what, and in which language to write to them.
#[derive(Deserialize, ToSchema)]
pub struct InviteBody {
    #[schema(format = Email, max_length = 254)]
    email: String,
    /// The role (staff invitations; ignored for the family's second adult).
    #[serde(default)]
    #[schema(value_type = crate::auth::policy::Role)]
    role: String,
    #[schema(schema_with = crate::api::schema::language_code)]
    language: String,
}

/// Invite someone to a role by email
#[utoipa::path(post, path = "/api/v1/invitations", tag = "invitations", request_body = InviteBody,
    responses(
        (status = 201, description = "Sent", body = Invitation),
        (status = 409, description = "The person already has an account or an open invitation", body = Problem),
        (status = 429, description = "Too many invitations; see `Retry-After`", body = Problem),
    ))]
pub async fn invite(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<InviteBody>,
) -> Result<HttpResponse, AppError> {
    let invitation =
        invitations::invite(&state, &me, &body.email, &body.role, &body.language).await?;
    Ok(HttpResponse::Created().json(invitation))
}

/// Invite the family's second adult by email
#[utoipa::path(post, path = "/api/v1/family/invitations", tag = "invitations", request_body = InviteBody,
    responses(
        (status = 201, description = "Sent", body = Invitation),
        (status = 409, description = "The family is complete, or the person already has an account", body = Problem),
        (status = 429, description = "Too many invitations; see `Retry-After`", body = Problem),
    ))]
pub async fn invite_family_member(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<InviteBody>,
) -> Result<HttpResponse, AppError> {
    let invitation =
        invitations::invite_family_member(&state, &me, &body.email, &body.language).await?;
    Ok(HttpResponse::Created().json(invitation))
}

/// Cancel an invitation
#[utoipa::path(delete, path = "/api/v1/invitations/{id}", tag = "invitations",
    params(("id" = String, Path, description = "The invitation's id")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 409, description = "Already accepted", body = Problem),
    ))]
pub async fn revoke_invitation(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    invitations::revoke(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The mailed token, and the account to make.
#[derive(Deserialize, ToSchema)]
pub struct AcceptBody {
    #[schema(max_length = 512)]
    token: String,
    #[serde(default)]
    #[schema(max_length = 40)]
    display_name: String,
    #[schema(format = Password, min_length = 10, max_length = 256)]
    password: Option<String>,
}

/// Accept an invitation; returns a bearer token
#[utoipa::path(post, path = "/api/v1/invitations/accept", tag = "invitations", request_body = AcceptBody,
    responses(
        (status = 200, description = "Accepted and signed in", body = BearerTicket),
    ))]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    client: Client,
    body: Json<AcceptBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let acceptance = invitations::Acceptance {
        token: body.token,
        display_name: body.display_name,
        password: body.password,
    };
    let ticket = invitations::accept(&state, acceptance, &client, TokenUse::Api).await?;
    Ok(HttpResponse::Ok().json(BearerTicket::from(ticket)))
}
