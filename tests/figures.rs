//! The staff dashboard through HTTP: figures from the features, small counts about families
//! hidden in the page, the JSON and the CSV; the demo's numbers come out as written.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::accounts::create_person;
use common::groups::{Api, create_group, world};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

fn total(figures: &Value, key: &str) -> f64 {
    let series = figures["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == key)
        .unwrap();
    series["values"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_f64)
        .sum()
}

fn values(figures: &Value, key: &str) -> Vec<Value> {
    let series = figures["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == key)
        .unwrap();
    series["values"].as_array().unwrap().clone()
}

#[tokio::test]
async fn one_family_in_a_session_is_counted_but_shown_as_fewer_than_five() {
    let world = world().await;
    let app = &world.app;
    let group = create_group(&world, 10, "open").await;
    let family = create_person(app, "family@example.org", &[Role::Family]).await;
    Api::as_person(app, &family)
        .await
        .send(Method::POST, &format!("/api/v1/groups/{group}/join"), None)
        .await;
    let detail: Value = app
        .get(&format!("/api/v1/groups/{group}"))
        .await
        .json()
        .await
        .unwrap();
    let session = detail["sessions"][0]["id"].as_str().unwrap().to_owned();
    let start = (chrono::Utc::now() - chrono::TimeDelta::hours(3))
        .naive_utc()
        .format("%Y-%m-%d %H:%M:%S");
    let end = (chrono::Utc::now() - chrono::TimeDelta::hours(1))
        .naive_utc()
        .format("%Y-%m-%d %H:%M:%S");
    let sql = format!(
        "UPDATE group_sessions SET starts_at = '{start}', ends_at = '{end}' WHERE id = '{session}'"
    );
    app.state
        .db
        .run(move |conn| {
            use diesel::RunQueryDsl;
            Ok(diesel::sql_query(sql).execute(conn)?)
        })
        .await
        .unwrap();
    let facilitator = Api::as_person(app, &world.facilitator).await;
    facilitator
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{session}/attendance"),
            Some(json!({ "present": [family.id] })),
        )
        .await;
    let report = json!({ "present": 1, "went": "Calm.", "concern": "urgent", "concern_note": "Afraid at home." });
    let (status, _) = facilitator
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{session}/report"),
            Some(report),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    let coordinator = Api::as_person(app, &world.coordinator).await;
    let (status, figures) = coordinator
        .send(Method::GET, "/api/v1/figures?period=12w", None)
        .await;
    assert_eq!(status, StatusCode::OK, "{figures}");
    assert_eq!(figures["labels"].as_array().unwrap().len(), 12);
    assert_eq!(
        total(&figures, "groups.sessions_held"),
        1.0,
        "only sessions held so far"
    );
    assert_eq!(total(&figures, "supervision.reports_filed"), 1.0);
    assert_eq!(total(&figures, "supervision.concerns_urgent"), 1.0);
    let certified = values(&figures, "training.certified");
    assert_eq!(
        (certified[0].as_f64(), certified[11].as_f64()),
        (Some(0.0), Some(1.0)),
        "the facilitator's certificate counts from this week: {certified:?}"
    );
    assert_eq!(total(&figures, "training.lapsed"), 0.0);
    assert_eq!(
        values(&figures, "groups.attendance_rate")
            .iter()
            .filter_map(Value::as_f64)
            .fold(0.0, f64::max),
        100.0
    );
    let families = values(&figures, "groups.families_active");
    assert!(
        families.iter().any(Value::is_null),
        "one family is hidden: {families:?}"
    );
    assert!(
        families
            .iter()
            .all(|v| v.is_null() || v.as_f64() == Some(0.0))
    );

    let (status, _) = coordinator
        .send(Method::GET, "/api/v1/figures?period=5y", None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let token = common::accounts::bearer(app, &world.coordinator).await;
    let get = |path: &str| {
        reqwest::Client::new()
            .get(app.url(path))
            .bearer_auth(&token)
            .header("Accept-Language", "en")
            .send()
    };
    let page = get("/staff/dashboard?period=6m")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("fewer than 5") && page.contains("<svg") && page.contains("<table"),
        "{page}"
    );
    assert!(page.contains("Session reports filed"));
    let csv = get("/staff/dashboard.csv?period=12w").await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    assert!(
        csv.starts_with(
            "period,groups.sessions_held,groups.attendance_rate,groups.families_active"
        ),
        "{csv}"
    );
    assert!(csv.contains(",<5,"), "{csv}");
    let year = get(&format!(
        "/staff/figures/{}",
        chrono::Datelike::year(&chrono::Utc::now())
    ))
    .await
    .unwrap();
    assert_eq!(year.status(), StatusCode::OK);
    assert!(year.text().await.unwrap().contains("Total"));

    let (status, _) = Api::as_person(app, &family)
        .await
        .send(Method::GET, "/api/v1/figures", None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "families see no figures");
    assert_eq!(
        facilitator
            .send(Method::GET, "/api/v1/figures", None)
            .await
            .0,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_dashboard_shows_the_numbers_the_demo_wrote() {
    let app = common::spawn_app().await;
    silta::accounts::setup::demo_accounts(&app.state)
        .await
        .unwrap();
    silta::groups::demo::demo_groups(&app.state).await.unwrap();
    let written = silta::supervision::demo::demo_supervision(&app.state)
        .await
        .unwrap();
    assert!(written > 20, "{written}");
    let admin = create_person(&app, "figures-admin@example.org", &[Role::Admin]).await;
    let (_, figures) = Api::as_person(&app, &admin)
        .await
        .send(Method::GET, "/api/v1/figures?period=6m", None)
        .await;
    assert_eq!(total(&figures, "supervision.reports_filed"), written as f64);
    assert_eq!(total(&figures, "supervision.concerns_urgent"), 1.0);
    let some = total(&figures, "supervision.concerns_some");
    assert!(
        some >= (written / 5 - 1) as f64 && some <= (written / 5 + 1) as f64,
        "about every fifth report: {some}"
    );
    assert!(
        total(&figures, "groups.sessions_held") > written as f64,
        "one held session is still to report"
    );
}
