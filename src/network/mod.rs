//! Partner networks: staff keep the network of an area (a wellbeing services county or a
//! municipality) — municipal partners, facilitators, staff and family representatives they
//! invite — and schedule its meetings in Silta's rooms (a circle of groups: participants are
//! its members, each meeting a session with its room). With each meeting the feature keeps
//! the agenda, short notes and the actions agreed, each with an owner and a due date, followed
//! up at the next meeting. Participants see who does what; nobody else sees the network.

pub mod access;
pub mod api;
pub mod demo;
pub mod domain;
pub mod home;
pub mod meetings;
pub mod minutes;
pub mod networks;
pub mod pages;
pub mod participants;
mod personal;
mod schema;
pub mod views;

use actix_web::http::Method;

use crate::auth::policy::Permission::{ManageNetwork, SignedIn};
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    page_routes(reg.routes());
    api_routes(reg.routes());
    reg.api(<api::NetworkApi as utoipa::OpenApi>::openapi());
    reg.home_card(home::card);
    personal::register(reg);
}

fn page_routes(routes: &mut Routes) {
    use pages::meeting;
    routes
        .get("/networks", SignedIn, pages::list)
        .post("/networks", ManageNetwork, pages::create)
        .get("/networks/{id}", SignedIn, pages::network)
        .post("/networks/{id}/participants", ManageNetwork, pages::invite)
        .post(
            "/networks/{id}/participants/{user_id}/remove",
            ManageNetwork,
            pages::remove,
        )
        .post("/networks/{id}/meetings", ManageNetwork, pages::schedule)
        .get(
            "/networks/{id}/meetings/{session_id}",
            SignedIn,
            meeting::meeting,
        )
        .post(
            "/networks/{id}/meetings/{session_id}/agenda",
            ManageNetwork,
            meeting::agenda,
        )
        .post(
            "/networks/{id}/meetings/{session_id}/notes",
            ManageNetwork,
            meeting::notes,
        )
        .post(
            "/networks/{id}/meetings/{session_id}/actions",
            ManageNetwork,
            meeting::add_action,
        )
        .post(
            "/networks/{id}/meetings/{session_id}/actions/{action_id}/status",
            SignedIn,
            meeting::follow_up,
        );
}

fn api_routes(routes: &mut Routes) {
    routes
        .get("/api/v1/networks", SignedIn, api::list)
        .post("/api/v1/networks", ManageNetwork, api::create)
        .get("/api/v1/networks/{id}", SignedIn, api::network)
        .post(
            "/api/v1/networks/{id}/participants",
            ManageNetwork,
            api::invite,
        )
        .add(
            Method::DELETE,
            "/api/v1/networks/{id}/participants/{user_id}",
            ManageNetwork,
            api::remove,
        )
        .post(
            "/api/v1/networks/{id}/meetings",
            ManageNetwork,
            api::schedule,
        )
        .get(
            "/api/v1/networks/{id}/meetings/{session_id}",
            SignedIn,
            api::meeting,
        )
        .post(
            "/api/v1/networks/{id}/meetings/{session_id}/agenda",
            ManageNetwork,
            api::agenda,
        )
        .post(
            "/api/v1/networks/{id}/meetings/{session_id}/notes",
            ManageNetwork,
            api::notes,
        )
        .post(
            "/api/v1/networks/{id}/meetings/{session_id}/actions",
            ManageNetwork,
            api::add_action,
        )
        .post(
            "/api/v1/networks/{id}/meetings/{session_id}/actions/{action_id}/status",
            SignedIn,
            api::follow_up,
        )
        .get("/api/v1/me/network-actions", SignedIn, api::own_actions);
}
