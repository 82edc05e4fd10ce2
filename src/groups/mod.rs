//! Peer groups: scheduling by staff, finding and joining by families.

pub mod api;
pub mod attendance;
pub mod calendar;
pub mod catalogue;
pub mod circles;
pub mod demo;
pub mod domain;
mod erase;
pub mod figures;
pub mod held;
pub mod home;
pub mod listing;
pub mod membership;
pub mod model;
pub mod pages;
pub mod personal;
pub mod readings;
pub mod reminders;
pub mod retention;
pub mod schedule;
pub mod service;
pub mod sessions;

use crate::auth::policy::Permission::{JoinGroups, ManageGroups, Public, SignedIn};
use crate::jobs::Every;
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    routes(reg.routes());
    home::register(reg);
    figures::register(reg);
    personal::register(reg);
    reg.api(<api::GroupsApi as utoipa::OpenApi>::openapi());
    reg.job(
        "groups.reminders",
        Every::Round,
        |state, worker| async move { reminders::run(&state, &worker).await },
    );
}

fn routes(routes: &mut Routes) {
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
        .get("/my-groups", SignedIn, pages::my_groups)
        .post("/groups/{id}/members", SignedIn, pages::add_member)
        .post("/sessions/{id}/answer", JoinGroups, pages::answer)
        .get("/sessions/{id}/attendance", SignedIn, pages::attendance)
        .post(
            "/sessions/{id}/attendance",
            SignedIn,
            pages::mark_attendance,
        )
        .post("/sessions/{id}/cancel", SignedIn, pages::cancel_session)
        .post(
            "/staff/groups/{id}/sessions",
            ManageGroups,
            pages::add_session,
        )
        .get("/groups/{id}/calendar.ics", Public, pages::group_calendar)
        .get("/calendar/{token}", Public, pages::calendar_feed)
        .get("/account/calendar", SignedIn, pages::calendar_settings)
        .post("/account/calendar", SignedIn, pages::new_calendar_feed)
        .post(
            "/account/calendar/revoke",
            SignedIn,
            pages::revoke_calendar_feed,
        )
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
        .get("/api/v1/me/groups", SignedIn, api::my_groups)
        .post("/api/v1/groups/{id}/members", SignedIn, api::add_member)
        .post("/api/v1/sessions/{id}/answer", JoinGroups, api::answer)
        .get(
            "/api/v1/sessions/{id}/attendance",
            SignedIn,
            api::attendance,
        )
        .post(
            "/api/v1/sessions/{id}/attendance",
            SignedIn,
            api::mark_attendance,
        )
        .post(
            "/api/v1/sessions/{id}/cancel",
            SignedIn,
            api::cancel_session,
        )
        .post(
            "/api/v1/groups/{id}/sessions",
            ManageGroups,
            api::add_session,
        )
        .post(
            "/api/v1/sessions/{id}/move",
            ManageGroups,
            api::move_session,
        )
        .post("/api/v1/me/calendar-feed", SignedIn, api::new_calendar_feed)
        .add(
            actix_web::http::Method::DELETE,
            "/api/v1/me/calendar-feed",
            SignedIn,
            api::revoke_calendar_feed,
        );
}
