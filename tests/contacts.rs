//! Named contacts of groups and visiting experts, through HTTP and a real websocket client:
//! linking partners of the directory, what members, facilitators and partners see, advice
//! threads and who reads them, and a guest in a session's room.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

#[path = "contacts/advice.rs"]
mod advice;
#[path = "contacts/guests.rs"]
mod guests;
#[path = "contacts/links.rs"]
mod links;
#[path = "contacts/privacy.rs"]
mod privacy;

use common::TestApp;
use common::accounts::{Person, create_person};
use common::chat::{Room, room};
use common::directory::{add_partner, add_service};
use common::groups::Api;
use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

#[derive(diesel::QueryableByName)]
struct Hits {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

pub async fn count(app: &TestApp, query: &str) -> i64 {
    let query = query.to_owned();
    app.state
        .db
        .run(move |conn| {
            use diesel::RunQueryDsl;
            Ok(diesel::sql_query(query).get_result::<Hits>(conn)?.n)
        })
        .await
        .unwrap()
}

/// A chat room's group (a session in ten minutes, hosted by its facilitator), a municipal
/// partner of a clinic in the directory linked to it as its child health nurse, and another
/// partner of the directory who is not.
pub struct Scene {
    pub room: Room,
    pub group_id: String,
    pub partner: Person,
    pub stranger: Person,
    pub contact_id: String,
}

pub async fn scene() -> Scene {
    let room = room().await;
    let app = &room.app;
    let partner = create_person(app, "nurse@example.org", &[Role::MunicipalPartner]).await;
    let stranger = create_person(app, "stranger@example.org", &[Role::MunicipalPartner]).await;
    let clinic = add_service(app, "clinic", "Clinic", "").await;
    add_partner(app, &clinic, &partner, &room.coordinator).await;
    let other = add_service(app, "other", "Other", "").await;
    add_partner(app, &other, &stranger, &room.coordinator).await;
    let facilitator = Api::as_person(app, &room.facilitator).await;
    let (_, groups) = facilitator
        .send(Method::GET, "/api/v1/me/groups", None)
        .await;
    let group_id = groups[0]["id"].as_str().unwrap().to_owned();
    let staff = Api::as_person(app, &room.coordinator).await;
    let body = json!({
        "partner_id": partner.id, "role": "child_health_nurse",
        "languages": ["fi", "ar"], "reach": "Tue 9-11, 09 123 456",
    });
    let path = format!("/api/v1/groups/{group_id}/contacts");
    let (status, made) = staff.send(Method::POST, &path, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let contact_id = made["id"].as_str().unwrap().to_owned();
    Scene {
        room,
        group_id,
        partner,
        stranger,
        contact_id,
    }
}
