//! A participant's network data in their copy, and gone from the network when they are
//! erased: off the participant list, their actions kept under the stand-in.

use diesel::sql_types::BigInt;
use diesel::{QueryableByName, RunQueryDsl};
use reqwest::{Method, StatusCode};
use serde_json::json;

use super::common::TestApp;
use super::common::groups::Api;
use super::common::supervision::sql;

#[derive(QueryableByName)]
struct Hits {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

pub async fn scalar(app: &TestApp, query: String) -> i64 {
    app.state
        .db
        .run(move |conn| Ok(diesel::sql_query(query).get_result::<Hits>(conn)?.n))
        .await
        .unwrap()
}

/// `network.json` of the person's copy.
async fn network_part(api: &Api<'_>, export: &str) -> serde_json::Value {
    use std::io::Read;
    let bytes = reqwest::Client::new()
        .get(api.app.url(&format!("/api/v1/me/exports/{export}")))
        .bearer_auth(&api.token)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name("network.json")
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    serde_json::from_str(&text).unwrap()
}

const TABLES: [(&str, &[&str]); 4] = [
    ("network_participants", &["user_id", "invited_by"]),
    (
        "network_actions",
        &["owner_id", "followed_up_by", "created_by"],
    ),
    ("network_meetings", &["notes_by"]),
    ("network_networks", &["organiser_id"]),
];

async fn traces(app: &TestApp, id: &str) -> i64 {
    let mut found = 0;
    for (table, columns) in TABLES {
        for column in columns {
            let query = format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} = '{id}'");
            found += scalar(app, query).await;
        }
    }
    found
}

#[tokio::test]
async fn an_erased_participant_leaves_the_network_and_their_actions_keep_a_stand_in() {
    let net = super::network().await;
    let app = &net.world.app;
    let staff = Api::as_person(app, &net.world.coordinator).await;
    let actions = format!("/api/v1/networks/{}/meetings/{}/actions", net.id, net.first);
    let body = json!({ "text": "Ask the families what they need", "owner_id": net.family.id });
    let (status, _) = staff.send(Method::POST, &actions, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED);
    let family = Api::as_person(app, &net.family).await;
    let (status, _) = family.send(Method::POST, "/api/v1/me/export", None).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    app.run_pending_jobs().await;
    let (_, listed) = family.send(Method::GET, "/api/v1/me/exports", None).await;
    assert_eq!(listed[0]["status"], "ready", "{listed}");
    let copy = network_part(&family, listed[0]["id"].as_str().unwrap()).await;
    assert_eq!(
        copy["participation"][0]["taking_part_as"], "family",
        "{copy}"
    );
    assert_eq!(
        copy["actions"][0]["text"], "Ask the families what they need",
        "{copy}"
    );
    assert!(
        traces(app, &net.family.id).await >= 2,
        "participant and owner"
    );

    let (status, asked) = family.send(Method::POST, "/api/v1/me/erasure", None).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{asked}");
    sql(
        app,
        "UPDATE privacy_erasures SET due_at = {ts:-1}".to_owned(),
    )
    .await;
    app.run_pending_jobs().await;
    assert_eq!(traces(app, &net.family.id).await, 0, "nothing names them");
    let kept = format!(
        "SELECT COUNT(*) AS n FROM network_actions WHERE owner_id = '{}'",
        silta::personal_data::STAND_IN
    );
    assert_eq!(scalar(app, kept).await, 1, "the network's record stays");
    let (_, view) = staff
        .send(Method::GET, &format!("/api/v1/networks/{}", net.id), None)
        .await;
    assert_eq!(view["participants"].as_array().unwrap().len(), 2, "{view}");
}

#[tokio::test]
async fn actions_and_minutes_go_five_years_on_and_recent_ones_stay() {
    let net = super::network().await;
    let app = &net.world.app;
    let staff = Api::as_person(app, &net.world.coordinator).await;
    let actions = format!("/api/v1/networks/{}/meetings/{}/actions", net.id, net.first);
    for text in ["Old action", "New action"] {
        let body = json!({ "text": text, "owner_id": net.partner.id });
        let (status, _) = staff.send(Method::POST, &actions, Some(body)).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    sql(
        app,
        "UPDATE network_actions SET created_at = {ts:-52600} WHERE body = 'Old action'".to_owned(),
    )
    .await;
    sql(
        app,
        format!(
            "UPDATE network_meetings SET created_at = {{ts:-52600}} WHERE session_id = '{}'",
            net.second
        ),
    )
    .await;
    app.run_pending_jobs().await;
    let left = |filter: &str| format!("SELECT COUNT(*) AS n FROM network_actions WHERE {filter}");
    assert_eq!(scalar(app, left("body = 'Old action'")).await, 0);
    assert_eq!(scalar(app, left("body = 'New action'")).await, 1);
    let meetings = "SELECT COUNT(*) AS n FROM network_meetings".to_owned();
    assert_eq!(
        scalar(app, meetings).await,
        1,
        "the old meeting's minutes went, not the other"
    );
}
