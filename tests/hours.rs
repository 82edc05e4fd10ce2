//! Volunteer hours through HTTP: sessions led are counted once by themselves, other work waits
//! for the supervisor, bad entries are refused whole, and staff download the year as CSV.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::accounts::create_person;
use common::groups::Api;
use common::supervision::scene;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

fn today() -> chrono::NaiveDate {
    silta::groups::service::local_date(chrono::Utc::now().naive_utc())
}

#[tokio::test]
async fn hours_are_counted_added_approved_in_bulk_and_exported() {
    let scene = scene().await;
    let app = &scene.world.app;
    app.run_pending_jobs().await;
    app.run_pending_jobs().await;
    let facilitator = Api::as_person(app, &scene.world.facilitator).await;
    let (status, mine) = facilitator
        .send(Method::GET, "/api/v1/me/hours", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let led: Vec<&Value> = mine["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "led")
        .collect();
    assert_eq!(
        led.len(),
        2,
        "each session led once, however often the job runs: {mine}"
    );
    assert_eq!(
        mine["approved_minutes"],
        2 * 120,
        "two sessions of two hours: {mine}"
    );

    let add = |body: Value| facilitator.send(Method::POST, "/api/v1/me/hours", Some(body));
    let tomorrow = (today() + chrono::TimeDelta::days(1)).to_string();
    let (status, problem) =
        add(json!({ "worked_on": tomorrow, "minutes": 60, "note": "Preparing" })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(problem["errors"][0]["field"], "worked_on", "{problem}");
    let day = (today() - chrono::TimeDelta::days(3)).to_string();
    let (status, _) = add(json!({ "worked_on": day, "minutes": 1300, "note": "Too much" })).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, problem) = add(json!({ "worked_on": day, "minutes": 200, "note": "More" })).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "over 24 hours on one day: {problem}"
    );
    assert_eq!(
        problem["errors"][0]["message"],
        "That would make more than 24 hours on one day."
    );
    let (_, second) =
        add(json!({ "worked_on": day, "minutes": 90, "note": "Preparing the sleep session" }))
            .await;

    let supervisor = Api::as_person(app, &scene.supervisor).await;
    let (_, waiting) = supervisor
        .send(Method::GET, "/api/v1/supervision/hours", None)
        .await;
    assert_eq!(waiting.as_array().unwrap().len(), 2);
    let other = create_person(app, "other-supervisor@example.org", &[Role::Supervisor]).await;
    let coordinator = Api::as_person(app, &scene.world.coordinator).await;
    let assign = format!(
        "/api/v1/supervision/facilitators/{}/supervisor",
        scene.world.facilitator.id
    );
    coordinator
        .send(
            Method::POST,
            &assign,
            Some(json!({ "supervisor_id": scene.supervisor.id })),
        )
        .await;
    let ids: Vec<Value> = waiting
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].clone())
        .collect();
    let (_, decided) = Api::as_person(app, &other)
        .await
        .send(
            Method::POST,
            "/api/v1/supervision/hours/decisions",
            Some(json!({ "ids": ids, "approve": true })),
        )
        .await;
    assert_eq!(decided["decided"], 0, "another supervisor's facilitator");
    let first = waiting[0]["id"].clone();
    let (_, decided) = supervisor
        .send(
            Method::POST,
            "/api/v1/supervision/hours/decisions",
            Some(json!({ "ids": [first], "approve": false })),
        )
        .await;
    assert_eq!(decided["decided"], 1);
    let (_, decided) = supervisor
        .send(
            Method::POST,
            "/api/v1/supervision/hours/decisions",
            Some(json!({ "ids": ids, "approve": true })),
        )
        .await;
    assert_eq!(decided["decided"], 1, "only what is still pending");

    let (_, mine) = facilitator
        .send(Method::GET, "/api/v1/me/hours", None)
        .await;
    assert_eq!(mine["pending_minutes"], 0);
    let approved = mine["approved_minutes"].as_i64().unwrap();
    assert!(
        approved == 240 + 1300 || approved == 240 + 90,
        "one of the two was rejected: {mine}"
    );
    assert!(second["id"].is_string());

    let token = common::accounts::bearer(app, &scene.world.coordinator).await;
    let csv = reqwest::Client::new()
        .get(app.url("/staff/hours.csv"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        csv.starts_with("date,facilitator,kind,minutes,note\n"),
        "{csv}"
    );
    assert_eq!(
        csv.lines().count(),
        1 + 3,
        "two sessions and one approved entry: {csv}"
    );
    let (_, figures) = coordinator
        .send(Method::GET, "/api/v1/figures?period=12w", None)
        .await;
    let hours = figures["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "supervision.volunteer_hours")
        .unwrap();
    let total: f64 = hours["values"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_f64)
        .sum();
    assert!(
        (total - approved as f64 / 60.0).abs() <= 1.0,
        "{hours} vs {approved}"
    );
}

#[tokio::test]
async fn the_hours_page_takes_arabic_digits_and_keeps_a_refused_entry() {
    let scene = scene().await;
    let app = &scene.world.app;
    let token = common::accounts::bearer(app, &scene.world.facilitator).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let day = (today() - chrono::TimeDelta::days(5)).to_string();
    let post = |hours: &'static str| {
        client
            .post(app.url("/hours"))
            .bearer_auth(&token)
            .header("Accept-Language", "fi")
            .form(&[
                ("worked_on", day.as_str()),
                ("hours", hours),
                ("note", "Valmistelu"),
            ])
            .send()
    };
    let refused = post("paljon").await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().await.unwrap().contains("Valmistelu"),
        "what was written is kept"
    );
    assert_eq!(post("١٫٥").await.unwrap().status(), StatusCode::SEE_OTHER);
    let page = client
        .get(app.url("/hours"))
        .bearer_auth(&token)
        .header("Accept-Language", "fi")
        .send()
        .await
        .unwrap();
    let page = page
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        page.contains("1.5 h"),
        "an hour and a half, in the reader's saved language (English): {page}"
    );
    let supervisor = common::accounts::bearer(app, &scene.supervisor).await;
    let waiting = client
        .get(app.url("/supervision/hours"))
        .bearer_auth(&supervisor)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(waiting.contains(r#"name="ids""#) && waiting.contains(r#"value="approve""#));
}
