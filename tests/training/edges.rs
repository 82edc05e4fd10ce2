//! The edges of the path: deadlines and extensions, quiz resets and double submissions,
//! access, rate limits, and the pages of each role.

use reqwest::Method;
use reqwest::StatusCode;
use serde_json::json;
use silta::auth::policy::Role;

use crate::common::TestApp;
use crate::common::accounts::create_person;
use crate::common::groups::Api;
use crate::path::{certify, use_every_attempt, verify};
use crate::school::school;

#[tokio::test]
async fn a_task_after_the_deadline_is_refused_and_an_extension_reopens_it() {
    let school = school().await;
    let cohort = school.cohort_id.clone();
    school
        .app
        .state
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            diesel::sql_query(format!(
                "UPDATE training_cohorts SET deadline = starts_at WHERE id = '{cohort}'"
            ))
            .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let me = Api::as_person(&school.app, &school.candidate).await;
    let task = format!("/api/v1/training/modules/{}/task", school.modules[2]);
    let (status, body) = me
        .send(
            Method::POST,
            &task,
            Some(json!({ "answer": "Late", "submit": true })),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        body["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("deadline"),
        "{body}"
    );
    let c = Api::as_person(&school.app, &school.coordinator).await;
    let extend = format!(
        "/api/v1/training/cohorts/{}/candidates/{}/extend",
        school.cohort_id, school.candidate.id
    );
    assert_eq!(
        c.send(Method::POST, &extend, Some(json!({ "days": 14 })))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        me.send(
            Method::POST,
            &task,
            Some(json!({ "answer": "Now", "submit": true }))
        )
        .await
        .0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_trainer_resets_a_quiz_failed_after_every_attempt() {
    let school = school().await;
    let me = Api::as_person(&school.app, &school.candidate).await;
    let quiz = format!("/api/v1/training/modules/{}/quiz", school.modules[1]);
    use_every_attempt(&school).await;
    let (status, body) = me
        .send(
            Method::POST,
            &quiz,
            Some(json!({ "attempt": 3, "answers": {} })),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    let t = Api::as_person(&school.app, &school.trainer).await;
    let reset = format!(
        "/api/v1/training/modules/{}/attempts/{}/reset",
        school.modules[1], school.candidate.id
    );
    assert_eq!(
        t.send(Method::POST, &reset, None).await.0,
        StatusCode::NO_CONTENT
    );
    let right = json!({ "attempt": 3, "answers": { "q1": ["q1a1"], "q2": ["q2a1", "q2a2"] } });
    let (status, scored) = me.send(Method::POST, &quiz, Some(right)).await;
    assert_eq!(
        (status, scored["passed"].as_bool()),
        (StatusCode::OK, Some(true))
    );
}

#[tokio::test]
async fn families_cannot_author_and_strangers_cannot_open_modules() {
    let school = school().await;
    let stranger = create_person(&school.app, "stranger@example.org", &[Role::Family]).await;
    let s = Api::as_person(&school.app, &stranger).await;
    let (status, _) = s
        .send(
            Method::POST,
            "/api/v1/training/courses",
            Some(json!({ "title": "Mine" })),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = s
        .send(
            Method::GET,
            &format!("/api/v1/training/modules/{}", school.modules[0]),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn page(app: &TestApp, token: Option<&str>, path: &str) -> (StatusCode, String) {
    let mut request = reqwest::Client::new()
        .get(app.url(path))
        .header("Accept-Language", "fi");
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

#[tokio::test]
async fn the_candidate_pages_the_certificate_and_the_public_verification_render() {
    let school = school().await;
    let token = crate::common::accounts::bearer(&school.app, &school.candidate).await;
    let (status, html) = page(&school.app, Some(&token), "/training").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(
        html.contains("<progress") && html.contains("My training"),
        "{html}"
    );
    let (status, html) = page(
        &school.app,
        Some(&token),
        &format!("/training/modules/{}", school.modules[1]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(r#"type="radio""#) && html.contains(r#"name="attempt""#),
        "{html}"
    );
    let code = certify(&school).await;
    let me = Api::as_person(&school.app, &school.candidate).await;
    let (_, mine) = me.send(Method::GET, "/api/v1/me/training", None).await;
    let id = mine["certificates"][0]["id"].as_str().unwrap();
    let (status, html) = page(
        &school.app,
        Some(&token),
        &format!("/training/certificates/{id}"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<svg") && html.contains(&code),
        "the QR code and the code are on the certificate"
    );
    let (status, html) = page(&school.app, None, &format!("/verify/{code}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Voimassa") && !html.contains("candidate@example.org"),
        "{html}"
    );
    let (status, html) = page(&school.app, None, "/verify/nothing-like-this").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Tällä koodilla ei löydy todistusta"));
    let staff = crate::common::accounts::bearer(&school.app, &school.trainer).await;
    let (status, html) = page(&school.app, Some(&staff), "/staff/training").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Spring 2027"), "{html}");
    let cohort = format!("/staff/training/cohorts/{}", school.cohort_id);
    assert!(html.contains(&cohort), "the overview links to the cohort");
    let (status, html) = page(&school.app, Some(&staff), &cohort).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<polyline") && html.contains("<table"),
        "the chart and its table"
    );
}

#[tokio::test]
async fn a_quiz_submitted_twice_at_once_counts_one_attempt_and_verification_is_rate_limited() {
    let school = school().await;
    let me = Api::as_person(&school.app, &school.candidate).await;
    let quiz = format!("/api/v1/training/modules/{}/quiz", school.modules[1]);
    let wrong = json!({ "attempt": 1, "answers": { "q1": ["q1a2"] } });
    let (first, second) = tokio::join!(
        me.send(Method::POST, &quiz, Some(wrong.clone())),
        me.send(Method::POST, &quiz, Some(wrong)),
    );
    let mut statuses = [first.0, second.0];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT]);
    let (_, view) = me
        .send(
            Method::GET,
            &format!("/api/v1/training/modules/{}", school.modules[1]),
            None,
        )
        .await;
    assert_eq!(view["quiz"]["attempts_left"], 1, "one attempt counted");
    let mut limited = false;
    for _ in 0..40 {
        if verify(&school.app, "ffffffffffffffffffffffffffffffff")
            .await
            .0
            == StatusCode::TOO_MANY_REQUESTS
        {
            limited = true;
            break;
        }
    }
    assert!(limited, "guessing codes is rate-limited");
}
