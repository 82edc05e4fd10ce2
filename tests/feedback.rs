//! Families' feedback through HTTP: asked once of the members who were there, answered once
//! within the week, shown to those who lead and supervise the session only summed and only
//! from three answers; families' own lines for staff only, without names, hidden and shown
//! again; the dashboard's counts follow the fewer-than-5 rule.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::accounts::{Person, create_person, last_mail_text};
use common::groups::{Api, World, create_group, world};
use common::supervision::sql;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

struct Scene {
    world: World,
    session: String,
    /// Members marked present, and one who was not there.
    present: Vec<Person>,
    absent: Person,
    supervisor: Person,
}

/// A group whose session ended an hour ago, with five members present and one absent, and a
/// supervisor assigned to its facilitator.
async fn scene() -> Scene {
    let world = world().await;
    let app = &world.app;
    let group = create_group(&world, 10, "open").await;
    let mut people = Vec::new();
    for n in 0..6 {
        let person = create_person(app, &format!("family{n}@example.org"), &[Role::Family]).await;
        let (status, _) = Api::as_person(app, &person)
            .await
            .send(Method::POST, &format!("/api/v1/groups/{group}/join"), None)
            .await;
        assert!(status.is_success());
        people.push(person);
    }
    let detail: Value = app
        .get(&format!("/api/v1/groups/{group}"))
        .await
        .json()
        .await
        .unwrap();
    let session = detail["sessions"][0]["id"].as_str().unwrap().to_owned();
    sql(
        app,
        format!(
            "UPDATE group_sessions SET starts_at = {{ts:-3}}, ends_at = {{ts:-1}} WHERE id = '{session}'"
        ),
    )
    .await;
    let absent = people.pop().unwrap();
    let present: Vec<&str> = people.iter().map(|p| p.id.as_str()).collect();
    let (status, _) = Api::as_person(app, &world.facilitator)
        .await
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{session}/attendance"),
            Some(json!({ "present": present })),
        )
        .await;
    assert!(status.is_success(), "{status}");
    let supervisor = create_person(app, "supervisor@example.org", &[Role::Supervisor]).await;
    let (status, _) = Api::as_person(app, &world.coordinator)
        .await
        .send(
            Method::POST,
            &format!(
                "/api/v1/supervision/facilitators/{}/supervisor",
                world.facilitator.id
            ),
            Some(json!({ "supervisor_id": supervisor.id })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    Scene {
        world,
        session,
        present: people,
        absent,
        supervisor,
    }
}

fn answer(useful: i64, safe: &str, comment: &str) -> Value {
    json!({ "useful": useful, "safe": safe, "needs": ["expert_visit"], "comment": comment })
}

/// How many mails asked `to` about a session.
fn asked(sink: &common::smtp::SmtpSink, to: &str) -> usize {
    sink.received()
        .iter()
        .filter(|m| m.to.iter().any(|t| t == to) && m.data.contains("How was the session?"))
        .count()
}

async fn give(
    app: &common::TestApp,
    person: &Person,
    session: &str,
    body: Value,
) -> (StatusCode, Value) {
    Api::as_person(app, person)
        .await
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{session}/feedback"),
            Some(body),
        )
        .await
}

#[tokio::test]
async fn those_present_are_asked_once_and_answer_once_within_the_week() {
    let scene = scene().await;
    let (app, sink) = (&scene.world.app, &scene.world.sink);
    let mail = last_mail_text(app, sink, "family0@example.org", 0).await;
    assert!(mail.contains("How was the session?"), "{mail}");
    assert!(
        mail.contains(&format!("/feedback/{}", scene.session)),
        "{mail}"
    );
    app.run_pending_jobs().await;
    assert_eq!(asked(sink, "family0@example.org"), 1, "asked once");
    assert_eq!(
        asked(sink, "family5@example.org"),
        0,
        "not there, not asked"
    );
    assert_eq!(asked(sink, "facilitator@example.org"), 0);

    let first = &scene.present[0];
    let (status, waiting) = Api::as_person(app, first)
        .await
        .send(Method::GET, "/api/v1/me/feedback", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(waiting[0]["session_id"], scene.session.as_str());
    let (status, problem) = give(app, &scene.absent, &scene.session, answer(5, "yes", "")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{problem}");

    let (status, problem) = give(app, first, &scene.session, json!({})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        problem.to_string().contains("Answer at least one question"),
        "{problem}"
    );
    let bad = json!({ "useful": 9, "needs": ["pizza"], "comment": "x".repeat(501) });
    let (status, problem) = give(app, first, &scene.session, bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, vec!["useful", "needs", "comment"], "{problem}");

    let (status, _) = give(app, first, &scene.session, answer(5, "yes", "")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, problem) = give(app, first, &scene.session, answer(1, "no", "")).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        problem["detail"],
        "You have already answered the questions of this session."
    );
    let (_, waiting) = Api::as_person(app, first)
        .await
        .send(Method::GET, "/api/v1/me/feedback", None)
        .await;
    assert_eq!(waiting, json!([]), "nothing waits once answered");

    let declined = Api::as_person(app, &scene.present[1])
        .await
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{}/feedback/decline", scene.session),
            None,
        )
        .await;
    assert_eq!(declined.0, StatusCode::NO_CONTENT);
    let (status, _) = give(app, &scene.present[1], &scene.session, answer(3, "yes", "")).await;
    assert_eq!(status, StatusCode::CONFLICT, "declined is an answer too");

    sql(
        app,
        format!(
            "UPDATE group_sessions SET starts_at = {{ts:-194}}, ends_at = {{ts:-192}} WHERE id = '{}'",
            scene.session
        ),
    )
    .await;
    let (status, problem) =
        give(app, &scene.present[2], &scene.session, answer(4, "yes", "")).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        problem["detail"],
        "The time to answer the questions of this session is over."
    );
    let count = |table: &'static str| async move {
        common::supervision::scalar(app, format!("SELECT COUNT(*) AS n FROM {table}")).await
    };
    assert_eq!(count("feedback_answers").await, 1, "nothing half-written");
    assert_eq!(count("feedback_invitations").await, 5);
}

async fn results(app: &common::TestApp, person: &Person, session: &str) -> (StatusCode, Value) {
    Api::as_person(app, person)
        .await
        .send(
            Method::GET,
            &format!("/api/v1/sessions/{session}/feedback/results"),
            None,
        )
        .await
}

#[tokio::test]
async fn leaders_and_supervisors_see_the_answers_summed_and_only_from_three() {
    let scene = scene().await;
    let app = &scene.world.app;
    app.run_pending_jobs().await;
    for (n, person) in scene.present.iter().take(2).enumerate() {
        let safe = if n == 0 { "yes" } else { "partly" };
        assert_eq!(
            give(app, person, &scene.session, answer(5 - n as i64, safe, ""))
                .await
                .0,
            StatusCode::NO_CONTENT
        );
    }
    let (status, two) = results(app, &scene.world.facilitator, &scene.session).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (two["answered"].clone(), two["shown"].clone()),
        (json!(2), json!(false))
    );
    assert_eq!(
        two["useful"],
        json!([]),
        "two answers could be read as two people's"
    );
    assert_eq!(two["useful_average"], Value::Null);

    assert_eq!(
        give(app, &scene.present[2], &scene.session, answer(3, "yes", ""))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    let (_, three) = results(app, &scene.world.facilitator, &scene.session).await;
    assert_eq!(
        (three["answered"].clone(), three["asked"].clone()),
        (json!(3), json!(5))
    );
    assert_eq!(three["useful_average"], json!(4.0));
    let safe: Vec<(String, i64)> = three["safe"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["value"].as_str().unwrap().to_owned(),
                c["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        safe,
        vec![("yes".into(), 2), ("partly".into(), 1), ("no".into(), 0)]
    );
    assert_eq!(
        three["needs"][1],
        json!({ "value": "expert_visit", "count": 3 })
    );

    let (status, seen) = results(app, &scene.supervisor, &scene.session).await;
    assert_eq!(
        (status, seen["answered"].clone()),
        (StatusCode::OK, json!(3))
    );
    let other = create_person(app, "other-facilitator@example.org", &[Role::Facilitator]).await;
    for outsider in [&other, &scene.present[0]] {
        assert_eq!(
            results(app, outsider, &scene.session).await.0,
            StatusCode::NOT_FOUND
        );
    }
    let (status, month) = Api::as_person(app, &scene.world.facilitator)
        .await
        .send(Method::GET, "/api/v1/feedback/results", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(month[0]["session_id"], scene.session.as_str(), "{month}");
    let (status, none) = Api::as_person(app, &scene.present[0])
        .await
        .send(Method::GET, "/api/v1/feedback/results", None)
        .await;
    assert_eq!(
        (status, none),
        (StatusCode::OK, json!([])),
        "families lead nothing"
    );
}

fn this_month() -> String {
    let ended = (chrono::Utc::now() - chrono::TimeDelta::hours(1)).naive_utc();
    silta::groups::service::local_date(ended)
        .format("%Y-%m")
        .to_string()
}

#[tokio::test]
async fn staff_read_the_lines_without_names_and_hide_the_one_that_names_someone() {
    let scene = scene().await;
    let app = &scene.world.app;
    app.run_pending_jobs().await;
    let lines = [
        "More about school next time, please.",
        "Fatima from our street said the same about sleep.",
        "",
        "Thank you, it was warm.",
        "",
    ];
    for (person, line) in scene.present.iter().zip(lines) {
        assert_eq!(
            give(app, person, &scene.session, answer(4, "yes", line))
                .await
                .0,
            StatusCode::NO_CONTENT
        );
    }
    let coordinator = Api::as_person(app, &scene.world.coordinator).await;
    let path = format!("/api/v1/feedback/comments?month={}", this_month());
    let (status, listed) = coordinator.send(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed.as_array().unwrap().len(), 3, "{listed}");
    for person in &scene.present {
        assert!(!listed.to_string().contains(&person.email));
        assert!(
            !listed.to_string().contains(&person.id),
            "no one's id beside a line"
        );
    }
    let naming = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["comment"].as_str().unwrap().contains("Fatima"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let hide = format!("/api/v1/feedback/comments/{naming}/hidden");
    assert_eq!(
        coordinator
            .send(Method::POST, &hide, Some(json!({ "hidden": true })))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    let (_, shown) = coordinator.send(Method::GET, &path, None).await;
    assert_eq!(shown.as_array().unwrap().len(), 2);
    let (_, hidden) = coordinator
        .send(Method::GET, &format!("{path}&hidden=true"), None)
        .await;
    assert_eq!(hidden[0]["id"], naming.as_str());
    let (_, found) = coordinator
        .send(Method::GET, &format!("{path}&q=SCHOOL"), None)
        .await;
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    coordinator
        .send(Method::POST, &hide, Some(json!({ "hidden": false })))
        .await;
    let (_, again) = coordinator.send(Method::GET, &path, None).await;
    assert_eq!(
        again.as_array().unwrap().len(),
        3,
        "shown again: hiding can be undone"
    );

    let (status, _) = Api::as_person(app, &scene.world.facilitator)
        .await
        .send(Method::GET, &path, None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "facilitators read no lines");

    let (status, figures) = coordinator
        .send(Method::GET, "/api/v1/figures?period=6m", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let series = |key: &str| {
        figures["series"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == key)
            .unwrap()["values"]
            .as_array()
            .unwrap()
            .last()
            .cloned()
            .unwrap()
    };
    assert_eq!(
        series("feedback.answers"),
        json!(5.0),
        "five answers are shown"
    );
    assert_eq!(series("feedback.useful"), json!(100.0));
    let needs = figures["breakdowns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["key"] == "feedback.needs")
        .unwrap()
        .clone();
    assert!(needs.to_string().contains("expert_visit"), "{needs}");
}

#[tokio::test]
async fn the_form_keeps_what_was_written_and_the_home_page_shows_what_waits() {
    let scene = scene().await;
    let app = &scene.world.app;
    app.run_pending_jobs().await;
    let person = &scene.present[0];
    let token = common::accounts::bearer(app, person).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let home = client
        .get(app.url("/"))
        .bearer_auth(&token)
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        home.contains(&format!("/feedback/{}", scene.session)),
        "{home}"
    );
    let form = format!("/feedback/{}", scene.session);
    let post = |fields: Vec<(&'static str, String)>| {
        client
            .post(app.url(&form))
            .bearer_auth(&token)
            .header("Accept-Language", "en")
            .form(&fields)
            .send()
    };
    let kept = "We would like to hear about daycare.";
    let response = post(vec![("useful", "many".into()), ("comment", kept.into())])
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains(kept), "what was written is kept");
    let response = post(vec![
        ("useful", "4".into()),
        ("safe", "yes".into()),
        ("needs", "more_talk".into()),
        ("needs", "practical_info".into()),
        ("comment", kept.into()),
    ])
    .await
    .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let needs = common::supervision::scalar(
        app,
        "SELECT COUNT(*) AS n FROM feedback_answers WHERE needs = 'more_talk,practical_info'"
            .into(),
    )
    .await;
    assert_eq!(needs, 1);
}

#[tokio::test]
async fn invitations_go_after_a_year_and_lines_after_two_while_the_counts_stay() {
    let scene = scene().await;
    let app = &scene.world.app;
    app.run_pending_jobs().await;
    for (person, line) in scene.present.iter().zip(["Old words.", "New words."]) {
        give(app, person, &scene.session, answer(4, "yes", line)).await;
    }
    let old = &scene.present[0].id;
    sql(
        app,
        format!(
            "UPDATE feedback_invitations SET created_at = {{ts:-8800}} WHERE user_id = '{old}'"
        ),
    )
    .await;
    // A year on, the session is long out of its week: nobody is asked again.
    sql(
        app,
        format!(
            "UPDATE group_sessions SET starts_at = {{ts:-8802}}, ends_at = {{ts:-8801}} WHERE id = '{}'",
            scene.session
        ),
    )
    .await;
    sql(
        app,
        "UPDATE feedback_answers SET month = '2020-01-01' WHERE comment = 'Old words.'".into(),
    )
    .await;
    app.run_pending_jobs().await;
    let count = |query: &'static str| common::supervision::scalar(app, query.into());
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM feedback_invitations").await,
        4,
        "the year-old invitation went, the others stay"
    );
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM feedback_answers WHERE comment IS NOT NULL").await,
        1
    );
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM feedback_answers").await,
        2,
        "the answers themselves name nobody and stay"
    );
}
