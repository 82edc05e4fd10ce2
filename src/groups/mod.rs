//! Peer groups: scheduling by staff, finding and joining by families.

pub mod api;
pub mod calendar;
pub mod catalogue;
pub mod demo;
pub mod domain;
pub mod listing;
pub mod membership;
pub mod model;
pub mod pages;
pub mod reminders;
pub mod schedule;
pub mod service;
pub mod sessions;

use crate::auth::policy::Permission::{JoinGroups, ManageGroups, Public, SignedIn};
use crate::jobs::Every;
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    routes(reg.routes());
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
        .summary("Published groups, filtered by language, topic, region, weekday and time of day; a page of `limit` (1–100, default 20) from `cursor`, with `next_cursor` and `total`")
        .post("/api/v1/groups", ManageGroups, api::create)
        .summary("Create a group with texts, facilitators and a weekly schedule")
        .get("/api/v1/groups/{id}", Public, api::group)
        .summary("One group with its sessions and the viewer's membership")
        .post("/api/v1/groups/{id}/status", ManageGroups, api::set_status)
        .summary("Move a group forward: draft, published, running, finished")
        .post("/api/v1/groups/{id}/join", JoinGroups, api::join)
        .summary("Join, ask to join, or join the waiting list")
        .post("/api/v1/groups/{id}/leave", JoinGroups, api::leave)
        .summary("Leave a group; the first on the waiting list moves up")
        .get("/api/v1/groups/{id}/roster", SignedIn, api::roster)
        .summary("Members' display names and statuses (facilitators and staff)")
        .post(
            "/api/v1/groups/{id}/requests/{user_id}/approve",
            SignedIn,
            api::approve,
        )
        .summary("Accept a family that asked to join")
        .get("/api/v1/me/groups", SignedIn, api::my_groups)
        .summary("The groups the person belongs to or waits for, then those they lead (`leads`)")
        .post("/api/v1/groups/{id}/members", SignedIn, api::add_member)
        .summary("Add a family by email (invitation-only groups); seats still decide")
        .post("/api/v1/sessions/{id}/answer", JoinGroups, api::answer)
        .summary("Say whether you are coming: yes, maybe or no")
        .get(
            "/api/v1/sessions/{id}/attendance",
            SignedIn,
            api::attendance,
        )
        .summary("Members with their answers and attendance (facilitators and staff)")
        .post(
            "/api/v1/sessions/{id}/attendance",
            SignedIn,
            api::mark_attendance,
        )
        .summary("Mark who took part, after the session started")
        .post(
            "/api/v1/sessions/{id}/cancel",
            SignedIn,
            api::cancel_session,
        )
        .summary("Cancel a session with a reason; members are told")
        .post(
            "/api/v1/groups/{id}/sessions",
            ManageGroups,
            api::add_session,
        )
        .summary("Add a single session")
        .post(
            "/api/v1/sessions/{id}/move",
            ManageGroups,
            api::move_session,
        )
        .summary("Move a session to another time; members are told")
        .post("/api/v1/me/calendar-feed", SignedIn, api::new_calendar_feed)
        .summary("Create or replace the private calendar feed address")
        .add(
            actix_web::http::Method::DELETE,
            "/api/v1/me/calendar-feed",
            SignedIn,
            api::revoke_calendar_feed,
        )
        .summary("Turn the private calendar feed off");
}
