//! Administration API.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use super::lists::{self, AccountFilters, LogFilters};
use super::service::{self, AccountSummary};
use crate::accounts::model::security::SecurityEvent;
use crate::auth::CurrentUser;
use crate::auth::policy::Role;
use crate::error::AppError;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(users, user, update_user, security_log),
    tags((name = "admin", description = "Accounts and the security log (administrators)")),
)]
pub struct AdminApi;

/// Search accounts, filtered and paged (logged)
///
/// Accounts whose name or email contains `q`, with a role, active or suspended: a page of
/// `limit` (1–100, default 20) from `cursor`, newest first, with `next_cursor` and `total`.
#[utoipa::path(get, path = "/api/v1/admin/users", tag = "admin", params(AccountFilters, PageRequest),
    responses((status = 200, description = "A page of matching accounts", body = Page<AccountSummary>)))]
pub async fn users(
    state: web::Data<AppState>,
    me: CurrentUser,
    filters: web::Query<AccountFilters>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let page = lists::accounts(&state, &me, filters.into_inner(), paging.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// An account with its recent security events.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountDetail {
    account: AccountSummary,
    events: Vec<SecurityEvent>,
    /// How many sessions are signed in now.
    live_sessions: usize,
}

/// One account with its security events (logged)
#[utoipa::path(get, path = "/api/v1/admin/users/{id}", tag = "admin",
    params(("id" = String, Path, description = "The account's id")),
    responses((status = 200, description = "The account", body = AccountDetail)))]
pub async fn user(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (account, events, live_sessions) = service::account(&state, &me, &id).await?;
    Ok(HttpResponse::Ok().json(AccountDetail {
        account,
        events,
        live_sessions,
    }))
}

/// What to change; what is left out stays.
#[derive(Deserialize, ToSchema)]
pub struct UpdateUser {
    /// The account's roles from now on.
    roles: Option<Vec<Role>>,
    /// Suspending ends every session of the account.
    suspended: Option<bool>,
}

/// Change an account's roles or suspend it
#[utoipa::path(patch, path = "/api/v1/admin/users/{id}", tag = "admin", request_body = UpdateUser,
    params(("id" = String, Path, description = "The account's id")),
    responses(
        (status = 204, description = "Changed"),
        (status = 409, description = "Administrators cannot take away their own administrator role or suspend themselves", body = Problem),
    ))]
pub async fn update_user(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<UpdateUser>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    if let Some(roles) = body.roles {
        service::set_roles(&state, &me, &id, roles).await?;
    }
    if let Some(suspended) = body.suspended {
        service::set_suspended(&state, &me, &id, suspended).await?;
    }
    Ok(HttpResponse::NoContent().finish())
}

/// The security log, filtered and paged
///
/// Events of a kind, about or by a person, between two days (Finnish time): a page of
/// `limit` (1–100, default 20) from `cursor`, newest first, with `next_cursor` and `total`.
#[utoipa::path(get, path = "/api/v1/admin/security-log", tag = "admin", params(LogFilters, PageRequest),
    responses((status = 200, description = "A page of events, newest first", body = Page<SecurityEvent>)))]
pub async fn security_log(
    state: web::Data<AppState>,
    filters: web::Query<LogFilters>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let page = lists::security_log(&state, filters.into_inner(), paging.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}
