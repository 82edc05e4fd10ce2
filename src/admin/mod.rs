//! Administration: accounts (roles, suspension) and the security log.

pub mod api;
mod home;
pub mod lists;
pub mod pages;
pub mod service;

use crate::auth::policy::Permission::{ManageAccounts, ReadSecurityLog};
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    reg.api(<api::AdminApi as utoipa::OpenApi>::openapi());
    routes(reg.routes());
    home::register(reg);
}

fn routes(routes: &mut Routes) {
    routes
        .get("/admin/users", ManageAccounts, pages::users)
        .get("/admin/users/{id}", ManageAccounts, pages::user)
        .post("/admin/users/{id}/roles", ManageAccounts, pages::set_roles)
        .post("/admin/users/{id}/suspend", ManageAccounts, pages::suspend)
        .post(
            "/admin/users/{id}/reinstate",
            ManageAccounts,
            pages::reinstate,
        )
        .get("/admin/security-log", ReadSecurityLog, pages::security_log)
        .get("/api/v1/admin/users", ManageAccounts, api::users)
        .get("/api/v1/admin/users/{id}", ManageAccounts, api::user)
        .add(
            actix_web::http::Method::PATCH,
            "/api/v1/admin/users/{id}",
            ManageAccounts,
            api::update_user,
        )
        .get(
            "/api/v1/admin/security-log",
            ReadSecurityLog,
            api::security_log,
        );
}
