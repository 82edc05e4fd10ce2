//! Administration pages.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::service;
use crate::accounts::model::security::SecurityEvent;
use crate::auth::CurrentUser;
use crate::auth::policy::Role;
use crate::error::AppError;
use crate::web::{HtmlForm, Page, see_other};

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

pub async fn users(
    page: Page,
    me: CurrentUser,
    query: web::Query<SearchQuery>,
) -> Result<HttpResponse, AppError> {
    let accounts = service::search(&page.state, &me, &query.q).await?;
    page.render("admin/users.html", context! { accounts, q => query.q })
}

#[derive(Serialize)]
struct EventView {
    kind: String,
    detail: String,
    user_id: Option<String>,
    actor_id: Option<String>,
    at: String,
}

fn event_views(page: &Page, events: Vec<SecurityEvent>) -> Vec<EventView> {
    events
        .into_iter()
        .map(|e| EventView {
            kind: page.t(&format!("security-event-{}", e.kind.replace('_', "-"))),
            detail: e.detail,
            user_id: e.user_id,
            actor_id: e.actor_id,
            at: page.datetime(e.created_at),
        })
        .collect()
}

#[derive(Serialize)]
struct RoleChoice {
    code: &'static str,
    name: String,
    checked: bool,
}

pub async fn user(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (account, events, live_sessions) = service::account(&page.state, &me, &id).await?;
    let roles: Vec<RoleChoice> = Role::ALL
        .into_iter()
        .map(|r| RoleChoice {
            code: r.as_str(),
            name: page.t(&format!("role-{}", r.as_str())),
            checked: account.roles.contains(&r),
        })
        .collect();
    let events = event_views(&page, events);
    page.render(
        "admin/user.html",
        context! { account, roles, events, live_sessions },
    )
}

#[derive(Deserialize)]
pub struct RolesForm {
    #[serde(default)]
    roles: Vec<String>,
}

pub async fn set_roles(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<RolesForm>,
) -> Result<HttpResponse, AppError> {
    let roles: Vec<Role> = form.roles.iter().filter_map(|r| Role::parse(r)).collect();
    service::set_roles(&page.state, &me, &id, roles).await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}

pub async fn suspend(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    service::set_suspended(&page.state, &me, &id, true).await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}

pub async fn reinstate(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    service::set_suspended(&page.state, &me, &id, false).await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}

pub async fn security_log(page: Page) -> Result<HttpResponse, AppError> {
    let events = event_views(&page, service::security_log(&page.state).await?);
    page.render("admin/security_log.html", context! { events })
}
