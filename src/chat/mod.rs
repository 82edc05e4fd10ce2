//! Live group chat: a websocket room per group session, messages stored before anyone sees
//! them, numbered per room, resumable after a dropped connection.

pub mod access;
pub mod api;
pub mod connection;
pub mod help;
pub mod hub;
pub mod model;
pub mod pages;
pub mod presence;
pub mod protocol;
pub mod reports;
pub mod retention;
pub mod rules;
pub mod writer;

use crate::auth::policy::Permission::{self, SignedIn};
use crate::routes::Routes;

pub fn routes(routes: &mut Routes) {
    routes
        .get("/sessions/{id}/room", SignedIn, pages::room)
        .get("/reports", SignedIn, pages::report_queue)
        .post(
            "/reports/{id}/handle",
            Permission::ManageGroups,
            pages::handle_report,
        )
        .get(
            "/staff/sessions/{id}/moderation",
            Permission::ManageGroups,
            pages::moderation_log,
        )
        .get(
            "/staff/crisis-contacts",
            Permission::ManageGroups,
            pages::crisis_contacts,
        )
        .post(
            "/staff/crisis-contacts",
            Permission::ManageGroups,
            pages::add_crisis_contact,
        )
        .post(
            "/staff/crisis-contacts/{id}/delete",
            Permission::ManageGroups,
            pages::delete_crisis_contact,
        )
        .get("/api/v1/sessions/{id}/chat", SignedIn, api::open)
        .get("/api/v1/sessions/{id}/messages", SignedIn, api::history)
        .post(
            "/api/v1/groups/{id}/chat-retention",
            Permission::ManageGroups,
            api::set_retention,
        )
        .get(
            "/api/v1/sessions/{id}/moderation",
            Permission::ManageGroups,
            api::moderation_log,
        )
        .get("/api/v1/reports", SignedIn, api::report_queue)
        .get(
            "/api/v1/crisis-contacts",
            Permission::Public,
            api::crisis_contacts,
        )
        .post(
            "/api/v1/crisis-contacts",
            Permission::ManageGroups,
            api::add_crisis_contact,
        )
        .add(
            actix_web::http::Method::DELETE,
            "/api/v1/crisis-contacts/{id}",
            Permission::ManageGroups,
            api::delete_crisis_contact,
        )
        .post(
            "/api/v1/reports/{id}/handle",
            Permission::ManageGroups,
            api::handle_report,
        );
}
