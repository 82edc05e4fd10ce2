//! Administration pages.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::lists::{self, AccountFilters, LogFilters};
use super::service;
use crate::accounts::model::security::{KINDS, SecurityEvent};
use crate::auth::CurrentUser;
use crate::auth::policy::Role;
use crate::error::AppError;
use crate::paging::PageNumber;
use crate::web::{HtmlForm, Page, see_other};

pub async fn users(
    page: Page,
    me: CurrentUser,
    filters: web::Query<AccountFilters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let filters = filters.into_inner();
    let found = lists::accounts(
        &page.state,
        &me,
        filters.clone(),
        number.into_inner().into(),
    )
    .await?;
    let pager = found.pager(
        "/admin/users",
        &[
            ("q", filters.q.clone()),
            ("role", filters.role.clone()),
            ("status", filters.status.clone()),
        ],
    );
    let roles: Vec<RoleChoice> = Role::ALL
        .into_iter()
        .map(|r| RoleChoice {
            code: r.as_str(),
            name: page.t(&format!("role-{}", r.as_str())),
            checked: filters.role.as_deref() == Some(r.as_str()),
        })
        .collect();
    page.render(
        "admin/users.html",
        context! {
            accounts => found.items, total => found.total, pager, roles,
            q => filters.q, status => filters.status,
        },
    )
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

pub async fn security_log(
    page: Page,
    filters: web::Query<LogFilters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let filters = filters.into_inner();
    let found =
        lists::security_log(&page.state, filters.clone(), number.into_inner().into()).await?;
    let pager = found.pager(
        "/admin/security-log",
        &[
            ("kind", filters.kind.clone()),
            ("person", filters.person.clone()),
            ("from", filters.from.clone()),
            ("to", filters.to.clone()),
        ],
    );
    let kinds: Vec<RoleChoice> = KINDS
        .into_iter()
        .map(|k| RoleChoice {
            code: k.as_str(),
            name: page.t(&format!("security-event-{}", k.as_str().replace('_', "-"))),
            checked: filters.kind.as_deref() == Some(k.as_str()),
        })
        .collect();
    let (total, events) = (found.total, event_views(&page, found.items));
    page.render(
        "admin/security_log.html",
        context! { events, total, pager, kinds, filters => context! {
            person => filters.person, from => filters.from, to => filters.to,
        } },
    )
}
