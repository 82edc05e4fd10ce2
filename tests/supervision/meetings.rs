//! Supervision meetings: a supervisor's circle meets in a private room; presence marks who
//! attended; notes are private unless shared; without supervision for months a facilitator is
//! warned once, then loses moderation rights, and attending a meeting gives them back.

use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use crate::common::accounts::{Person, create_person, last_mail_text, mails_to};
use crate::common::chat::enter;
use crate::common::groups::{Api, World, create_group, world};
use crate::common::supervision::sql;

fn tomorrow() -> String {
    (chrono::Utc::now().date_naive() + chrono::TimeDelta::days(1)).to_string()
}

/// A circle of the world's facilitator, led by a new supervisor, with two weekly meetings
/// from tomorrow; (supervisor, circle id, first meeting's session id).
async fn circle(world: &World) -> (Person, String, String) {
    let app = &world.app;
    let supervisor = create_person(app, "supervisor@example.org", &[Role::Supervisor]).await;
    let s = Api::as_person(app, &supervisor).await;
    let (status, body) = s
        .send(
            Method::POST,
            "/api/v1/supervision/circles",
            Some(json!({ "name": "Tuesday circle", "facilitators": [world.coordinator.id] })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "not a facilitator: {body}");
    let (status, made) = s
        .send(
            Method::POST,
            "/api/v1/supervision/circles",
            Some(json!({ "name": "Tuesday circle", "facilitators": [world.facilitator.id] })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let id = made["id"].as_str().unwrap().to_owned();
    let meetings = format!("/api/v1/supervision/circles/{id}/meetings");
    let when = |date: &str| json!({ "date": date, "start_time": "17:00", "duration_minutes": 90, "weeks": 2 });
    let (status, body) = s
        .send(Method::POST, &meetings, Some(when("2020-02-04")))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "in the past: {body}");
    let (status, body) = s
        .send(Method::POST, &meetings, Some(when(&tomorrow())))
        .await;
    assert_eq!(
        (status, body["meetings"].as_u64()),
        (StatusCode::CREATED, Some(2))
    );
    let (_, view) = s
        .send(
            Method::GET,
            &format!("/api/v1/supervision/circles/{id}"),
            None,
        )
        .await;
    let first = view["meetings"][0]["session_id"]
        .as_str()
        .unwrap()
        .to_owned();
    (supervisor, id, first)
}

async fn held(app: &crate::common::TestApp, session: &str, start: i64, end: i64) {
    sql(app, format!(
        "UPDATE group_sessions SET starts_at = {{ts:{start}}}, ends_at = {{ts:{end}}} WHERE id = '{session}'"
    ))
    .await;
}

#[tokio::test]
async fn a_circle_meets_in_its_own_room_and_presence_counts_as_attendance() {
    let world = world().await;
    let app = &world.app;
    let (supervisor, id, first) = circle(&world).await;
    let me = Api::as_person(app, &world.facilitator).await;
    let (_, mine) = me
        .send(Method::GET, "/api/v1/supervision/circles", None)
        .await;
    assert_eq!(mine[0]["meetings"].as_array().unwrap().len(), 2, "{mine}");
    let family = create_person(app, "family@example.org", &[Role::Family]).await;
    let f = Api::as_person(app, &family).await;
    let circle = format!("/api/v1/supervision/circles/{id}");
    assert_eq!(
        f.send(Method::GET, &circle, None).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        f.send(Method::GET, &format!("/api/v1/groups/{id}"), None)
            .await
            .0,
        StatusCode::NOT_FOUND,
        "a circle is no group families find"
    );

    held(app, &first, -1, 1).await;
    assert!(
        enter(app, &family, &first).await.is_err(),
        "not in the circle"
    );
    let (socket, welcome) = enter(app, &world.facilitator, &first).await.unwrap();
    assert_eq!(welcome["type"], "welcome", "{welcome}");
    drop(socket);
    held(app, &first, -2, -1).await;
    let (_, own) = me.send(Method::GET, "/api/v1/me/supervision", None).await;
    assert!(
        own["last_attended"].is_string(),
        "present in the room: {own}"
    );
    assert_eq!(
        (own["warning"].as_bool(), own["lapsed"].as_bool()),
        (Some(false), Some(false))
    );

    let s = Api::as_person(app, &supervisor).await;
    let notes = format!(
        "/api/v1/supervision/facilitators/{}/notes",
        world.facilitator.id
    );
    for (body, shared) in [
        ("Tired after the autumn groups", false),
        ("Well done in the circle", true),
    ] {
        let (status, _) = s
            .send(
                Method::POST,
                &notes,
                Some(json!({ "body": body, "shared": shared })),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (status, _) = s
        .send(
            Method::POST,
            &notes,
            Some(json!({ "body": "x".repeat(4001) })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, all) = s.send(Method::GET, &notes, None).await;
    assert_eq!(all.as_array().unwrap().len(), 2, "{all}");
    let (_, shared) = me.send(Method::GET, &notes, None).await;
    let texts: Vec<&str> = shared
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["body"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Well done in the circle"], "only the shared note");
    assert_eq!(
        f.send(Method::GET, &notes, None).await.0,
        StatusCode::NOT_FOUND
    );
    let admin = create_person(app, "admin@example.org", &[Role::Admin]).await;
    let (_, log) = Api::as_person(app, &admin)
        .await
        .send(Method::GET, "/api/v1/admin/security-log?limit=100", None)
        .await;
    let readings = log.to_string().matches("supervision_notes_viewed").count();
    assert_eq!(
        readings, 1,
        "the supervisor's reading is logged, the facilitator's not: {log}"
    );
}

#[tokio::test]
async fn without_supervision_rights_lapse_after_a_warning_and_a_meeting_restores_them() {
    let world = world().await;
    let app = &world.app;
    let group = create_group(&world, 8, "open").await;
    // Six months after the certificate, with no meeting: 160 days is within the warning.
    let certified_days_ago = |days: i64| {
        format!(
            "UPDATE training_certificates SET issued_at = {{ts:-{}}} WHERE user_id = '{}'",
            days * 24,
            world.facilitator.id
        )
    };
    sql(app, certified_days_ago(160)).await;
    let before = mails_to(&world.sink, "facilitator@example.org");
    let warning = last_mail_text(app, &world.sink, "facilitator@example.org", before).await;
    assert!(warning.contains("Time for supervision"), "{warning}");
    app.run_pending_jobs().await;
    assert_eq!(
        mails_to(&world.sink, "facilitator@example.org"),
        before + 1,
        "warned once"
    );
    let me = Api::as_person(app, &world.facilitator).await;
    let (_, own) = me.send(Method::GET, "/api/v1/me/supervision", None).await;
    assert_eq!(own["warning"], true, "{own}");

    sql(app, certified_days_ago(200)).await;
    let coordinators = mails_to(&world.sink, "coordinator@example.org");
    let lapsed = last_mail_text(app, &world.sink, "facilitator@example.org", before + 1).await;
    assert!(lapsed.contains("lapsed"), "{lapsed}");
    assert!(mails_to(&world.sink, "coordinator@example.org") > coordinators);
    let c = Api::as_person(app, &world.coordinator).await;
    let detail = format!("/api/v1/groups/{group}");
    assert_eq!(c.send(Method::GET, &detail, None).await.1["trained"], false);

    let (supervisor, _, first) = circle(&world).await;
    held(app, &first, -2, -1).await;
    let s = Api::as_person(app, &supervisor).await;
    let (status, body) = s
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{first}/attendance"),
            Some(json!({ "present": [world.facilitator.id] })),
        )
        .await;
    assert!(
        status.is_success(),
        "the supervisor records attendance: {body}"
    );
    assert_eq!(c.send(Method::GET, &detail, None).await.1["trained"], true);
}
