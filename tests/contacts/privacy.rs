//! Contacts' personal data: a copy for the person, and an erased partner leaves no trace in
//! contacts' tables but the stand-in of the visits that took place.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::common::chat::enter;
use super::common::groups::Api;
use super::common::supervision::sql;
use super::{count, scene};

const TABLES: [(&str, &[&str]); 5] = [
    ("group_contacts", &["partner_id", "added_by"]),
    ("contact_threads", &["partner_id", "facilitator_id"]),
    ("contact_messages", &["author_id", "body"]),
    ("contact_guests", &["partner_id", "invited_by"]),
    ("contact_offers", &["user_id"]),
];

#[tokio::test]
async fn an_erased_partner_leaves_only_the_stand_in_of_their_visit() {
    let scene = scene().await;
    let app = &scene.room.app;
    let facilitator = Api::as_person(app, &scene.room.facilitator).await;
    let ask = format!(
        "/api/v1/groups/{}/contacts/{}/advice",
        scene.group_id, scene.contact_id
    );
    let question = "What helps with bedtime?";
    let (status, _) = facilitator
        .send(Method::POST, &ask, Some(json!({ "body": question })))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let invite = format!("/api/v1/sessions/{}/guests", scene.room.session_id);
    let body = json!({ "partner_id": scene.partner.id, "topic": "sleep" });
    let (status, _) = facilitator.send(Method::POST, &invite, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED);
    enter(app, &scene.partner, &scene.room.session_id)
        .await
        .unwrap();

    let (status, _) = facilitator
        .send(Method::POST, "/api/v1/me/export", None)
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    app.run_pending_jobs().await;

    let partner = Api::as_person(app, &scene.partner).await;
    let (status, asked) = partner.send(Method::POST, "/api/v1/me/erasure", None).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{asked}");
    sql(
        app,
        "UPDATE privacy_erasures SET due_at = {ts:-1}".to_owned(),
    )
    .await;
    app.run_pending_jobs().await;
    assert_eq!(
        partner.send(Method::GET, "/api/v1/me", None).await.0,
        StatusCode::UNAUTHORIZED,
        "erased"
    );
    for (table, columns) in TABLES {
        for column in columns {
            for trace in [scene.partner.id.as_str(), question] {
                let query = format!(
                    "SELECT COUNT(*) AS n FROM {table} WHERE CAST({column} AS TEXT) LIKE '%{trace}%'"
                );
                assert_eq!(count(app, &query).await, 0, "{table}.{column}");
            }
        }
    }
    let stand_in = format!(
        "SELECT COUNT(*) AS n FROM contact_guests WHERE partner_id = '{}' AND entered_at IS NOT NULL",
        silta::personal_data::STAND_IN
    );
    assert_eq!(count(app, &stand_in).await, 1, "the visit stays on record");
    assert_eq!(
        count(app, "SELECT COUNT(*) AS n FROM contact_threads").await,
        0
    );
}
