//! Administration API.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::service::{self, AccountSummary};
use crate::accounts::model::security::SecurityEvent;
use crate::auth::CurrentUser;
use crate::auth::policy::Role;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(users, user, update_user, security_log),
    tags((name = "admin", description = "Accounts and the security log (administrators)")),
)]
pub struct AdminApi;

/// What to look for.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Part of a name or an email address.
    #[serde(default)]
    #[param(max_length = 200)]
    q: String,
}

/// Search accounts (logged)
#[utoipa::path(get, path = "/api/v1/admin/users", tag = "admin", params(SearchQuery),
    responses((status = 200, description = "Matching accounts", body = Vec<AccountSummary>)))]
pub async fn users(
    state: web::Data<AppState>,
    me: CurrentUser,
    query: web::Query<SearchQuery>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(service::search(&state, &me, &query.q).await?))
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

/// Recent security events
#[utoipa::path(get, path = "/api/v1/admin/security-log", tag = "admin",
    responses((status = 200, description = "The newest events first", body = Vec<SecurityEvent>)))]
pub async fn security_log(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(service::security_log(&state).await?))
}
