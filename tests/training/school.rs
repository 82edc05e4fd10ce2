//! The school every training test starts from: a trainer's published course, a cohort, and a
//! candidate who applied and was accepted into it.

use reqwest::Method;
use reqwest::StatusCode;
use serde_json::{Value, json};
use silta::auth::policy::Role;

use crate::common::accounts::{Person, create_person, last_mail_text, mails_to};
use crate::common::groups::Api;
use crate::common::smtp::SmtpSink;
use crate::common::{TestApp, spawn_app_with};

pub struct School {
    pub app: TestApp,
    pub sink: SmtpSink,
    pub trainer: Person,
    pub coordinator: Person,
    pub candidate: Person,
    pub course_id: String,
    pub modules: Vec<String>,
    pub cohort_id: String,
}

fn quiz() -> Value {
    json!({
        "pass_mark": 100, "attempts": 2,
        "questions": [
            { "text": { "en": "May you tell others what a family shared in the group?", "fi": "Saako ryhmässä kerrottua kertoa muille?" },
              "answers": [
                { "text": { "en": "No" }, "correct": true, "feedback": { "en": "Right: what is said in the group stays there." } },
                { "text": { "en": "Yes" }, "correct": false, "feedback": { "en": "No: confidentiality is the ground of trust." } }
              ] },
            { "text": { "en": "Which are Silta's values?" }, "multiple": true,
              "answers": [
                { "text": { "en": "Respect" }, "correct": true },
                { "text": { "en": "Equality" }, "correct": true },
                { "text": { "en": "Speed" }, "correct": false, "feedback": { "en": "Not a value of ours." } }
              ] }
        ]
    })
}

fn module(rule: &str, title: &str, extra: Value) -> Value {
    let mut body = json!({
        "rule": rule,
        "texts": [{ "language": "en", "title": title,
            "body": "# Values\n\nRead [the guide](https://silta.example/guide) <script>alert(1)</script> [bad](javascript:alert(1))",
            "task_prompt": "How would you answer this message in the room?" }]
    });
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        body.extend(extra.clone());
    }
    body
}

/// A trainer's published course (read, quiz, task, live; a refresher), a cohort, and a
/// candidate accepted into it.
pub async fn school() -> School {
    let (sink, url) = SmtpSink::start().await;
    let app = spawn_app_with(|env| {
        env.insert("SMTP_URL".to_owned(), url);
    })
    .await;
    let trainer = create_person(&app, "trainer@example.org", &[Role::Trainer]).await;
    let coordinator = create_person(&app, "coordinator@example.org", &[Role::Coordinator]).await;
    let candidate = create_person(&app, "candidate@example.org", &[Role::Family]).await;
    let t = Api::as_person(&app, &trainer).await;
    let (status, course) = t
        .send(
            Method::POST,
            "/api/v1/training/courses",
            Some(json!({ "title": "Basic course" })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{course}");
    let course_id = course["id"].as_str().unwrap().to_owned();
    let drafts = [
        module("read", "Silta's values", json!({})),
        module("quiz", "Confidentiality", json!({ "quiz": quiz() })),
        module("task", "Leading a group chat", json!({})),
        module("live", "Live training", json!({})),
        module("read", "Refresher", json!({ "refresher": true })),
    ];
    for draft in drafts {
        let (status, body) = t
            .send(
                Method::POST,
                &format!("/api/v1/training/courses/{course_id}/modules"),
                Some(draft),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let (status, published) = t
        .send(
            Method::POST,
            &format!("/api/v1/training/courses/{course_id}/publish"),
            None,
        )
        .await;
    assert_eq!(
        (status, published["version"].as_i64()),
        (StatusCode::OK, Some(1))
    );
    let c = Api::as_person(&app, &coordinator).await;
    let (status, cohort) = c
        .send(
            Method::POST,
            "/api/v1/training/cohorts",
            Some(json!({ "course_id": course_id, "name": "Spring 2027" })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{cohort}");
    let cohort_id = cohort["id"].as_str().unwrap().to_owned();
    let mut school = School {
        app,
        sink,
        trainer,
        coordinator,
        candidate,
        course_id,
        modules: vec![],
        cohort_id,
    };
    apply_and_accept(&mut school).await;
    school
}

async fn apply_and_accept(school: &mut School) {
    let me = Api::as_person(&school.app, &school.candidate).await;
    let application = json!({ "languages": ["fi", "ar"], "municipality": "091",
        "motivation": "I want to help other parents.", "availability": "Tuesday evenings" });
    let (status, body) = me
        .send(
            Method::POST,
            "/api/v1/training/applications",
            Some(application.clone()),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, _) = me
        .send(
            Method::POST,
            "/api/v1/training/applications",
            Some(application),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "one pending application at a time"
    );
    let c = Api::as_person(&school.app, &school.coordinator).await;
    let (status, list) = c
        .send(Method::GET, "/api/v1/training/applications", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list[0]["motivation"], "I want to help other parents.");
    let id = list[0]["id"].as_str().unwrap();
    let before = mails_to(&school.sink, &school.candidate.email);
    let (status, body) = c
        .send(
            Method::POST,
            &format!("/api/v1/training/applications/{id}/accept"),
            Some(json!({ "cohort_id": school.cohort_id })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let mail = last_mail_text(&school.app, &school.sink, &school.candidate.email, before).await;
    assert!(mail.contains("accepted"), "{mail}");
    let (_, mine) = me.send(Method::GET, "/api/v1/me/training", None).await;
    let modules = mine["enrolments"][0]["modules"].as_array().unwrap();
    school.modules = modules
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        (
            mine["enrolments"][0]["done"].as_i64(),
            mine["enrolments"][0]["total"].as_i64()
        ),
        (Some(0), Some(4))
    );
}
