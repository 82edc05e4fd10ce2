//! Administration API.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use super::service;
use crate::auth::CurrentUser;
use crate::auth::policy::Role;
use crate::error::AppError;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

pub async fn users(
    state: web::Data<AppState>,
    me: CurrentUser,
    query: web::Query<SearchQuery>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(service::search(&state, &me, &query.q).await?))
}

pub async fn user(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (account, events, live_sessions) = service::account(&state, &me, &id).await?;
    Ok(HttpResponse::Ok()
        .json(json!({ "account": account, "events": events, "live_sessions": live_sessions })))
}

#[derive(Deserialize)]
pub struct UpdateUser {
    roles: Option<Vec<Role>>,
    suspended: Option<bool>,
}

pub async fn update_user(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: web::Json<UpdateUser>,
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

pub async fn security_log(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(service::security_log(&state).await?))
}
