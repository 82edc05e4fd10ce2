//! Retention: each feature purges what outlived its period (the security log, handled chat
//! reports and the moderation log, session reports whose concern was handled, supervision
//! notes, ended referrals, handled help requests) and leaves what is recent or still open; what
//! an erasure kept goes, stub and all, once its protection ends.

use reqwest::Method;
use serde_json::json;

use super::common::groups::Api;
use super::common::supervision::{scene, sql, urgent_report};
use super::erasure::scalar;

const YEARS_6: &str = "{ts:-52600}";
const YEARS_3: &str = "{ts:-26300}";

async fn count(app: &super::common::TestApp, table: &str, filter: &str) -> i64 {
    scalar(
        app,
        format!("SELECT COUNT(*) AS n FROM {table} WHERE {filter}"),
    )
    .await
}

#[tokio::test]
async fn each_feature_purges_what_outlived_its_period_and_keeps_what_is_recent_or_open() {
    let scene = scene().await;
    let app = &scene.world.app;
    let facilitator = Api::as_person(app, &scene.world.facilitator).await;
    let quiet = json!({ "present": 1, "went": "Calm.", "concern": "none", "concern_note": "" });
    for (session, report) in [(&scene.session, urgent_report()), (&scene.later, quiet)] {
        let path = format!("/api/v1/sessions/{session}/report");
        let (status, made) = facilitator.send(Method::POST, &path, Some(report)).await;
        assert!(status.is_success(), "{made}");
    }
    let (me, supervisor) = (&scene.world.facilitator.id, &scene.supervisor.id);
    let family = "(SELECT family_id FROM users WHERE email = 'family@example.org')";
    let asker = "(SELECT id FROM users WHERE email = 'family@example.org')";
    sql(
        app,
        format!("UPDATE session_reports SET created_at = {YEARS_6}"),
    )
    .await;
    for (id, at) in [("old", YEARS_3), ("new", "{ts:-2}")] {
        let event = format!(
            "INSERT INTO security_events (id, kind, user_id, detail, created_at) \
             VALUES ('event-{id}', 'sign_in', '{me}', '', {at})"
        );
        sql(app, event).await;
    }
    for (id, at) in [("old", YEARS_6), ("new", "{ts:-2}")] {
        sql(app, format!(
            "INSERT INTO supervision_notes (id, facilitator_id, author_id, body, shared, created_at) \
             VALUES ('note-{id}', '{me}', '{supervisor}', 'Tired lately.', FALSE, {at})"
        ))
        .await;
        sql(
            app,
            format!(
                "INSERT INTO moderation_log (id, session_id, actor_id, action, created_at) \
             VALUES ('action-{id}', '{}', '{me}', 'hide', {at})",
                scene.session
            ),
        )
        .await;
        sql(
            app,
            format!(
                "INSERT INTO directory_help_requests (id, user_id, family_id, message, created_at, \
             handled_by, handled_at) VALUES ('help-{id}', {asker}, {family}, 'Where to go?', {at}, \
             '{supervisor}', {at})"
            ),
        )
        .await;
    }
    app.run_pending_jobs().await;

    assert_eq!(
        count(app, "session_reports", "1 = 1").await,
        1,
        "the report with an open concern stays"
    );
    assert_eq!(count(app, "concerns", "handled_at IS NULL").await, 1);
    assert_eq!(count(app, "supervision_notes", "id = 'note-old'").await, 0);
    assert_eq!(count(app, "supervision_notes", "id = 'note-new'").await, 1);
    assert_eq!(count(app, "moderation_log", "id LIKE 'action-%'").await, 1);
    assert_eq!(
        count(app, "directory_help_requests", "id = 'help-new'").await,
        1
    );
    assert_eq!(count(app, "directory_help_requests", "1 = 1").await, 1);
    assert_eq!(count(app, "security_events", "id = 'event-old'").await, 0);
    assert_eq!(count(app, "security_events", "id = 'event-new'").await, 1);

    sql(
        app,
        format!("UPDATE concerns SET handled_at = {YEARS_6}, handled_by = '{supervisor}'"),
    )
    .await;
    app.run_pending_jobs().await;
    assert_eq!(
        count(app, "session_reports", "1 = 1").await,
        0,
        "handled five years ago: gone"
    );
    assert_eq!(count(app, "concerns", "1 = 1").await, 0);
}
