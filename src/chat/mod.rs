//! Live group chat: a websocket room per group session, messages stored before anyone sees
//! them, numbered per room, resumable after a dropped connection.

pub mod access;
pub mod api;
mod batch;
pub mod budget;
pub mod connection;
mod erase;
pub mod help;
mod home;
pub mod hub;
mod listen;
pub mod model;
pub mod moderation_log;
pub mod numbering;
pub mod pages;
pub mod personal;
pub mod presence;
pub mod protocol;
pub mod readings;
pub mod reports;
pub mod retention;
pub mod rules;
pub mod state;
pub mod writer;

use actix_web::web;

use crate::auth::policy::Permission::{self, SignedIn};
use crate::jobs::Every;
use crate::registry::Registry;
use crate::routing::Routes;
pub use state::ChatState;

/// Old messages are deleted this often.
const RETENTION_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

pub fn register(reg: &mut Registry) {
    reg.api(<api::ChatApi as utoipa::OpenApi>::openapi());
    personal::register(reg);
    let core = reg.state().clone();
    let hub = match hub::Hub::new(
        core.config.redis_url.as_deref(),
        core.config.chat_connections_per_address,
    ) {
        Ok(hub) => hub,
        Err(error) => return reg.refuse(format!("REDIS_URL: {error}")),
    };
    let chat = ChatState::new(core, hub);
    routes(reg.routes());
    home::register(reg);
    reg.data(web::Data::new(chat.clone()));
    listen::register(reg, &chat);
    let (relay, presence, ready) = (chat.hub.clone(), chat.clone(), chat.hub.clone());
    reg.task("chat.redis_relay", move |stop| relay.relay_from_redis(stop))
        .task("chat.presence", move |stop| {
            presence::keep_fresh(presence, stop)
        })
        .readiness(move || (!ready.is_ready()).then_some("redis-unreachable"))
        .job(
            "chat.unattended_alert",
            Every::Round,
            |state, _| async move { presence::alert_unattended(&state).await },
        )
        .periodic("chat.retention", RETENTION_EVERY, |state, _| async move {
            let days = state.config.chat_retention_days;
            state
                .db
                .run(move |conn| retention::apply(conn, crate::clock::now(), days))
                .await
        });
}

fn routes(routes: &mut Routes) {
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
