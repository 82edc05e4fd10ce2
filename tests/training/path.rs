//! The whole path of one candidate, as the trainer, the coordinator and the candidate do it.

use reqwest::Method;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::TestApp;
use crate::common::accounts::{last_mail_text, mails_to};
use crate::common::groups::Api;
use crate::school::{School, school};

/// Takes the quiz: a wrong attempt, the same attempt again (counted once), then a right one.
async fn take_quiz(school: &School) {
    let me = Api::as_person(&school.app, &school.candidate).await;
    let quiz_path = format!("/api/v1/training/modules/{}", school.modules[1]);
    let (_, view) = me.send(Method::GET, &quiz_path, None).await;
    assert_eq!(view["quiz"]["attempt"], 1);
    assert!(
        view["quiz"]["questions"][0]["answers"][0]
            .get("correct")
            .is_none(),
        "right answers stay secret"
    );
    let wrong = json!({ "attempt": 1, "answers": { "q1": ["q1a2"], "q2": ["q2a1"] } });
    let quiz = format!("{quiz_path}/quiz");
    let (status, scored) = me.send(Method::POST, &quiz, Some(wrong.clone())).await;
    assert_eq!(status, StatusCode::OK, "{scored}");
    assert_eq!(
        (scored["score"].as_i64(), scored["passed"].as_bool()),
        (Some(0), Some(false))
    );
    assert!(
        scored["feedback"]["q1"][0]
            .as_str()
            .unwrap()
            .contains("confidentiality")
    );
    let (status, _) = me.send(Method::POST, &quiz, Some(wrong)).await;
    assert_eq!(status, StatusCode::CONFLICT, "the same attempt counts once");
    let unknown = json!({ "attempt": 2, "answers": { "q1": ["nope"] } });
    let (status, body) = me.send(Method::POST, &quiz, Some(unknown)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (_, view) = me.send(Method::GET, &quiz_path, None).await;
    assert_eq!(view["quiz"]["attempts_left"], 1);
    let right = json!({ "attempt": 2, "answers": { "q1": ["q1a1"], "q2": ["q2a1", "q2a2"] } });
    let (status, scored) = me.send(Method::POST, &quiz, Some(right)).await;
    assert_eq!(
        (status, scored["passed"].as_bool()),
        (StatusCode::OK, Some(true)),
        "{scored}"
    );
}

/// Writes the task; the trainer asks for a revision, then accepts it.
async fn do_task(school: &School) {
    let me = Api::as_person(&school.app, &school.candidate).await;
    let t = Api::as_person(&school.app, &school.trainer).await;
    let task = format!("/api/v1/training/modules/{}/task", school.modules[2]);
    let (status, _) = me
        .send(
            Method::POST,
            &task,
            Some(json!({ "answer": "Hello!", "submit": true })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, queue) = t.send(Method::GET, "/api/v1/training/reviews", None).await;
    assert_eq!(queue[0]["answer"], "Hello!");
    let review = format!(
        "/api/v1/training/modules/{}/tasks/{}/review",
        school.modules[2], school.candidate.id
    );
    let (status, _) = t
        .send(
            Method::POST,
            &review,
            Some(json!({ "accept": false, "feedback": "Say more about listening." })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, view) = me
        .send(
            Method::GET,
            &format!("/api/v1/training/modules/{}", school.modules[2]),
            None,
        )
        .await;
    assert_eq!(
        (
            view["task"]["status"].as_str(),
            view["task"]["feedback"].as_str()
        ),
        (Some("needs_revision"), Some("Say more about listening."))
    );
    let long = "x".repeat(4001);
    let (status, _) = me
        .send(
            Method::POST,
            &task,
            Some(json!({ "answer": long, "submit": true })),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "over-long answers are refused"
    );
    let (status, _) = me
        .send(
            Method::POST,
            &task,
            Some(json!({ "answer": "Hello, I hear you. Tell me more.", "submit": true })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = t
        .send(Method::POST, &review, Some(json!({ "accept": true })))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

/// Answers the quiz wrong with both attempts it allows.
pub async fn use_every_attempt(school: &School) {
    let me = Api::as_person(&school.app, &school.candidate).await;
    let quiz = format!("/api/v1/training/modules/{}/quiz", school.modules[1]);
    for attempt in 1..=2 {
        let wrong = json!({ "attempt": attempt, "answers": { "q1": ["q1a2"] } });
        assert_eq!(
            me.send(Method::POST, &quiz, Some(wrong)).await.0,
            StatusCode::OK
        );
    }
}

/// Reads the first module, passes the quiz, gets the task accepted: all but the live session.
pub async fn work_through(school: &School) {
    let me = Api::as_person(&school.app, &school.candidate).await;
    let (_, view) = me
        .send(
            Method::GET,
            &format!("/api/v1/training/modules/{}", school.modules[0]),
            None,
        )
        .await;
    let html = view["html"].as_str().unwrap();
    assert!(
        html.contains(r#"<a href="https://silta.example/guide">"#),
        "{html}"
    );
    assert!(
        !html.contains("<script>") && !html.contains("javascript:"),
        "{html}"
    );
    let (status, _) = me
        .send(
            Method::POST,
            &format!("/api/v1/training/modules/{}/read", school.modules[0]),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    take_quiz(school).await;
    do_task(school).await;
}

/// Reads, passes the quiz, gets the task accepted, attends the live session, passes practice,
/// is signed off; returns the verification code.
pub async fn certify(school: &School) -> String {
    let t = Api::as_person(&school.app, &school.trainer).await;
    work_through(school).await;
    let sign_off = format!(
        "/api/v1/training/cohorts/{}/candidates/{}/sign-off",
        school.cohort_id, school.candidate.id
    );
    let (status, body) = t.send(Method::POST, &sign_off, None).await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "the live session is missing: {body}"
    );
    let attended = format!(
        "/api/v1/training/modules/{}/attendance/{}",
        school.modules[3], school.candidate.id
    );
    assert_eq!(
        t.send(Method::POST, &attended, None).await.0,
        StatusCode::NO_CONTENT
    );
    let (status, body) = t.send(Method::POST, &sign_off, None).await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "the practice is missing: {body}"
    );
    let practice = format!(
        "/api/v1/training/cohorts/{}/candidates/{}/practice",
        school.cohort_id, school.candidate.id
    );
    let rubric = json!({ "result": "pass", "comments": "Calm and warm." });
    assert_eq!(
        t.send(Method::POST, &practice, Some(rubric)).await.0,
        StatusCode::NO_CONTENT
    );
    let (status, issued) = t.send(Method::POST, &sign_off, None).await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    issued["code"].as_str().unwrap().to_owned()
}

pub async fn verify(app: &TestApp, code: &str) -> (StatusCode, Value) {
    let response = reqwest::get(app.url(&format!("/api/v1/verify/{code}")))
        .await
        .unwrap();
    (
        response.status(),
        response.json().await.unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn a_candidate_goes_from_application_to_certificate_expiry_lapse_and_renewal() {
    let school = school().await;
    let code = certify(&school).await;
    let (status, verified) = verify(&school.app, &code).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (
            verified["status"].as_str(),
            verified["course_title"].as_str()
        ),
        (Some("valid"), Some("Basic course"))
    );
    assert!(verified.get("email").is_none() && verified["display_name"] == "Test Person");
    assert_eq!(
        verify(&school.app, "0123456789abcdef0123456789abcdef")
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let me = Api::as_person(&school.app, &school.candidate).await;
    let (_, mine) = me.send(Method::GET, "/api/v1/me/training", None).await;
    assert_eq!(mine["qualified"], true);

    // Expiry: the certificate's date passes; the lapse is announced once, by mail.
    school.app.run_pending_jobs().await;
    let before = mails_to(&school.sink, &school.candidate.email);
    let user = school.candidate.id.clone();
    school
        .app
        .state
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            diesel::sql_query(format!(
                "UPDATE training_certificates SET expires_at = issued_at WHERE user_id = '{user}'"
            ))
            .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let mail = last_mail_text(&school.app, &school.sink, &school.candidate.email, before).await;
    assert!(mail.contains("renew"), "{mail}");
    school.app.run_pending_jobs().await;
    assert_eq!(
        mails_to(&school.sink, &school.candidate.email),
        before + 1,
        "told once"
    );
    assert_eq!(verify(&school.app, &code).await.1["status"], "expired");
    let (_, mine) = me.send(Method::GET, "/api/v1/me/training", None).await;
    assert_eq!(mine["qualified"], false);

    // Renewal: not before the refresher; after it, a new certificate, the old one in history.
    let renew = json!({ "course_id": school.course_id });
    assert_eq!(
        me.send(
            Method::POST,
            "/api/v1/me/certificates/renew",
            Some(renew.clone())
        )
        .await
        .0,
        StatusCode::CONFLICT
    );
    let refresher = format!("/api/v1/training/modules/{}/read", school.modules[4]);
    assert_eq!(
        me.send(Method::POST, &refresher, None).await.0,
        StatusCode::NO_CONTENT
    );
    let (status, renewed) = me
        .send(Method::POST, "/api/v1/me/certificates/renew", Some(renew))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{renewed}");
    assert_eq!(
        verify(&school.app, renewed["code"].as_str().unwrap())
            .await
            .1["status"],
        "valid"
    );
    let (_, mine) = me.send(Method::GET, "/api/v1/me/training", None).await;
    assert_eq!(
        (
            mine["qualified"].as_bool(),
            mine["certificates"].as_array().map(Vec::len)
        ),
        (Some(true), Some(2))
    );
}
