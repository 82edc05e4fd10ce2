//! Privacy through HTTP: a family reads who has seen its data (a referral worker reading a
//! referral shows up, in the family's language, and nobody else's log does), everyone reads
//! what Silta keeps and why, administrators read the data-retention page, and the retention
//! job removes readings older than two years and nothing newer.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "privacy/erasure.rs"]
mod erasure;
#[path = "privacy/export.rs"]
mod export;
#[path = "privacy/inactivity.rs"]
mod inactivity;
#[path = "privacy/notice.rs"]
mod notice;
#[path = "privacy/readings.rs"]
mod readings;
#[path = "privacy/retention.rs"]
mod retention;

use common::accounts::create_person;
use common::directory::add_service;
use common::groups::Api;
use common::supervision::sql;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

const FAMILY: &str = "parent@example.org";

async fn log_of(api: &Api<'_>) -> Value {
    let (status, log) = api.send(Method::GET, "/api/v1/me/access-log", None).await;
    assert_eq!(status, StatusCode::OK, "{log}");
    log
}

#[tokio::test]
async fn the_family_sees_who_read_its_data_and_old_readings_are_purged() {
    let app = common::spawn_app().await;
    let family = create_person(&app, FAMILY, &[Role::Family]).await;
    let worker = create_person(&app, "worker@example.org", &[Role::ReferralWorker]).await;
    let service = add_service(&app, "clinic", "Child health clinic", "").await;
    let worker = Api::as_person(&app, &worker).await;
    let body = json!({ "family_email": FAMILY, "service_id": service.id, "reason": "Sleep." });
    let (status, made) = worker
        .send(Method::POST, "/api/v1/referrals", Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let id = made["id"].as_str().unwrap();
    worker
        .send(Method::GET, &format!("/api/v1/referrals/{id}"), None)
        .await;

    let family = Api::as_person(&app, &family).await;
    let log = log_of(&family).await;
    let readings = log["items"].as_array().unwrap();
    assert!(!readings.is_empty(), "{log}");
    let read = &readings[0];
    assert_eq!(
        (read["role"].as_str(), read["item"].as_str()),
        (Some("referral_worker"), Some("referral"))
    );
    assert_eq!(read["reader"], "Test Person");
    assert_eq!(read["item_name"], "A referral", "in the family's language");
    assert_eq!(log_of(&worker).await["total"], 0, "no family, no log");

    let page = family.open("/privacy").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text
            .contains("Following a referral until you have been helped")
    );
    assert!(
        page.text.contains("Who has read a family&#x27;s data")
            || page.text.contains("Who has read a family's data")
    );

    let admin = create_person(&app, "admin@example.org", &[Role::Admin]).await;
    let admin = Api::as_person(&app, &admin).await;
    let retention = admin.open("/staff/data-retention").await;
    assert_eq!(retention.status, StatusCode::OK);
    assert!(retention.text.contains("access_log"));
    assert_eq!(
        family.open("/staff/data-retention").await.status,
        StatusCode::FORBIDDEN
    );
    let kinds: Value = app
        .get("/api/v1/privacy/data-kinds")
        .await
        .json()
        .await
        .unwrap();
    let access = kinds
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["key"] == "privacy.access_log")
        .unwrap();
    assert_eq!(access["retention"], json!({ "kind": "days", "days": 730 }));

    let total = log["total"].as_i64().unwrap();
    sql(
        &app,
        "UPDATE access_log SET read_at = {ts:-26400} WHERE id IN \
         (SELECT id FROM access_log ORDER BY read_at LIMIT 1)"
            .to_owned(),
    )
    .await;
    app.run_pending_jobs().await;
    assert_eq!(
        log_of(&family).await["total"].as_i64().unwrap(),
        total - 1,
        "the reading older than two years went, the others stayed"
    );
}
