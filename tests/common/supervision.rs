//! Supervision for tests: a group whose facilitator has two sessions behind them (one ended an
//! hour ago with a family marked present, one 30 hours ago), a supervisor, an urgent report.

use chrono::{TimeDelta, Utc};
use reqwest::Method;
use serde_json::{Value, json};
use silta::auth::policy::Role;

use super::TestApp;
use super::accounts::{Person, create_person};
use super::groups::{Api, World, create_group, world};

/// Runs `sql` with `{ts:-H}` replaced by the time H hours ago, on either backend.
pub async fn sql(app: &TestApp, sql: String) {
    let mut text = sql;
    while let Some(start) = text.find("{ts:") {
        let end = start + text[start..].find('}').unwrap();
        let hours: i64 = text[start + 4..end].parse().unwrap();
        let at = (Utc::now() + TimeDelta::hours(hours)).naive_utc();
        text.replace_range(
            start..=end,
            &format!("'{}'", at.format("%Y-%m-%d %H:%M:%S")),
        );
    }
    app.state
        .db
        .run(move |conn| {
            use diesel::RunQueryDsl;
            Ok(diesel::sql_query(text).execute(conn)?)
        })
        .await
        .unwrap();
}

#[derive(diesel::QueryableByName)]
struct Hits {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// The number a `SELECT COUNT(*) AS n …` answers, on either backend.
pub async fn scalar(app: &TestApp, query: String) -> i64 {
    app.state
        .db
        .run(move |conn| {
            use diesel::RunQueryDsl;
            Ok(diesel::sql_query(query).get_result::<Hits>(conn)?.n)
        })
        .await
        .unwrap()
}

pub struct Scene {
    pub world: World,
    pub supervisor: Person,
    pub session: String,
    pub later: String,
}

/// A group led by the world's facilitator, two sessions moved into the past: one ended an
/// hour ago, one ended 30 hours ago. One family member was marked present in the first.
pub async fn scene() -> Scene {
    let world = world().await;
    let supervisor = create_person(&world.app, "supervisor@example.org", &[Role::Supervisor]).await;
    let group = create_group(&world, 10, "open").await;
    let family = create_person(&world.app, "family@example.org", &[Role::Family]).await;
    let (status, _) = Api::as_person(&world.app, &family)
        .await
        .send(Method::POST, &format!("/api/v1/groups/{group}/join"), None)
        .await;
    assert!(status.is_success());
    let detail: Value = world
        .app
        .get(&format!("/api/v1/groups/{group}"))
        .await
        .json()
        .await
        .unwrap();
    let ids: Vec<String> = detail["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    let (session, later) = (ids[0].clone(), ids[1].clone());
    for (id, start, end) in [(&session, -3, -1), (&later, -32, -30)] {
        sql(&world.app, format!(
            "UPDATE group_sessions SET starts_at = {{ts:{start}}}, ends_at = {{ts:{end}}} WHERE id = '{id}'"
        ))
        .await;
    }
    let facilitator = Api::as_person(&world.app, &world.facilitator).await;
    let (status, _) = facilitator
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{session}/attendance"),
            Some(json!({ "present": [family.id] })),
        )
        .await;
    assert!(status.is_success(), "{status}");
    Scene {
        world,
        supervisor,
        session,
        later,
    }
}

pub fn urgent_report() -> Value {
    json!({
        "present": 1,
        "themes": ["theme-sleep", "theme-two-cultures"],
        "went": "A calm evening; we talked about sleep.",
        "concern": "urgent",
        "concern_note": "A parent said they cannot cope at home and fear for their safety."
    })
}
