//! Peer groups: scheduling by staff, finding and joining by families.

pub mod api;
pub mod domain;
pub mod model;
pub mod pages;
pub mod schedule;
pub mod service;

use crate::auth::policy::Permission::{JoinGroups, ManageGroups, Public, SignedIn};
use crate::routes::Routes;

pub fn routes(routes: &mut Routes) {
    routes
        .get("/groups", Public, pages::browse)
        .get("/groups/{id}", Public, pages::group)
        .post("/groups/{id}/join", JoinGroups, pages::join)
        .post("/groups/{id}/leave", JoinGroups, pages::leave)
        .post(
            "/groups/{id}/requests/{user_id}/approve",
            SignedIn,
            pages::approve,
        )
        .get("/my-groups", JoinGroups, pages::my_groups)
        .get("/staff/groups", ManageGroups, pages::staff_groups)
        .get("/staff/groups/new", ManageGroups, pages::new_group_form)
        .post("/staff/groups", ManageGroups, pages::create_group)
        .post("/staff/groups/{id}/status", ManageGroups, pages::set_status)
        .get("/api/v1/groups", Public, api::browse)
        .post("/api/v1/groups", ManageGroups, api::create)
        .get("/api/v1/groups/{id}", Public, api::group)
        .post("/api/v1/groups/{id}/status", ManageGroups, api::set_status)
        .post("/api/v1/groups/{id}/join", JoinGroups, api::join)
        .post("/api/v1/groups/{id}/leave", JoinGroups, api::leave)
        .get("/api/v1/groups/{id}/roster", SignedIn, api::roster)
        .post(
            "/api/v1/groups/{id}/requests/{user_id}/approve",
            SignedIn,
            api::approve,
        )
        .get("/api/v1/me/groups", JoinGroups, api::my_groups);
}
