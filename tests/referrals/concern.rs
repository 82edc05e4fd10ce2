//! From a concern to a referral in one flow: a referral worker sees the open concern and its
//! group's families (each reading logged), prepares a referral linked to it, which handles the
//! concern; a family outside the group or a concern handled already is refused, and the
//! facilitator sees only "handled".

use super::common::accounts::create_person;
use super::common::directory::add_service;
use super::common::groups::Api;
use super::common::supervision::{scene, urgent_report};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

fn draft(family_id: &str, service_id: &str, report_id: &str) -> Value {
    json!({
        "family_id": family_id,
        "service_id": service_id,
        "reason": "The parent told the group they cannot cope at home.",
        "concern_report_id": report_id,
    })
}

fn problem_fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .filter_map(|e| e["field"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

async fn family_of(app: &super::common::TestApp, user_id: &str) -> String {
    let id = user_id.to_owned();
    app.state
        .db
        .run(move |conn| {
            Ok(silta::accounts::model::users::by_id(conn, &id)?
                .and_then(|u| u.family_id)
                .unwrap_or_default())
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_concern_becomes_a_referral_and_the_facilitator_sees_it_handled() {
    let scene = scene().await;
    let app = &scene.world.app;
    let facilitator = Api::as_person(app, &scene.world.facilitator).await;
    let (status, created) = facilitator
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{}/report", scene.session),
            Some(urgent_report()),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let report_id = created["id"].as_str().unwrap().to_owned();
    let worker_person = create_person(app, "worker@example.org", &[Role::ReferralWorker]).await;
    let worker = Api::as_person(app, &worker_person).await;
    let service = add_service(app, "counselling", "Family counselling", "").await;

    let (status, open) = worker.send(Method::GET, "/api/v1/concerns", None).await;
    assert_eq!(status, StatusCode::OK, "{open}");
    assert!(open.to_string().contains(&report_id), "{open}");
    let (status, concern) = worker
        .send(Method::GET, &format!("/api/v1/concerns/{report_id}"), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{concern}");
    let families = concern["families"].as_array().unwrap();
    assert_eq!(families.len(), 1, "the seated family: {concern}");
    let family_id = families[0]["family_id"].as_str().unwrap().to_owned();

    let outsider = create_person(app, "outsider@example.org", &[Role::Family]).await;
    let outsider_family = family_of(app, &outsider.id).await;
    let (status, problem) = worker
        .send(
            Method::POST,
            "/api/v1/referrals",
            Some(draft(&outsider_family, &service.id, &report_id)),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert_eq!(problem_fields(&problem), ["concern"]);

    let (status, made) = worker
        .send(
            Method::POST,
            "/api/v1/referrals",
            Some(draft(&family_id, &service.id, &report_id)),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let id = made["id"].as_str().unwrap();
    let (_, referral) = worker
        .send(Method::GET, &format!("/api/v1/referrals/{id}"), None)
        .await;
    assert_eq!(referral["concern_report_id"], report_id.as_str());

    let (_, open) = worker.send(Method::GET, "/api/v1/concerns", None).await;
    assert!(!open.to_string().contains(&report_id), "handled: {open}");
    let (status, problem) = worker
        .send(
            Method::POST,
            "/api/v1/referrals",
            Some(draft(&family_id, &service.id, &report_id)),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "only once: {problem}");

    let (_, seen) = facilitator
        .send(
            Method::GET,
            &format!("/api/v1/session-reports/{report_id}"),
            None,
        )
        .await;
    assert_eq!(seen["concern_status"]["handled"], true, "{seen}");
    let text = seen.to_string();
    assert!(
        !text.contains("referral") && !text.contains(&service.id),
        "the facilitator never sees the referral: {text}"
    );

    let page = worker.open(&format!("/concerns/{report_id}")).await;
    assert_eq!(
        page.status,
        StatusCode::NOT_FOUND,
        "handled concerns leave the list"
    );
    let page = worker.open("/concerns?page=99").await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "a page past the last shows the last"
    );
}
