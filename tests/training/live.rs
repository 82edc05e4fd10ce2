//! A live training session in the cohort's own room: the trainer schedules it for a "live"
//! module, the candidate enters the room during it, and when it has ended the job records
//! the attendance as the module's completion. Nobody outside the cohort enters; the room is
//! no peer group that families find.

use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use crate::common::accounts::create_person;
use crate::common::chat::enter;
use crate::common::groups::Api;
use crate::common::supervision::sql;
use crate::school::school;

fn tomorrow() -> String {
    (chrono::Utc::now().date_naive() + chrono::TimeDelta::days(1)).to_string()
}

#[tokio::test]
async fn presence_in_the_cohorts_room_completes_the_live_module() {
    let school = school().await;
    let app = &school.app;
    let t = Api::as_person(app, &school.trainer).await;
    let me = Api::as_person(app, &school.candidate).await;
    let path = format!(
        "/api/v1/training/cohorts/{}/live-sessions",
        school.cohort_id
    );
    let at = |module: &str, date: &str| json!({ "module_id": module, "date": date, "start_time": "18:00", "duration_minutes": 60 });
    let (status, body) = t
        .send(
            Method::POST,
            &path,
            Some(at(&school.modules[0], &tomorrow())),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a read module has no live session: {body}"
    );
    let (status, body) = t
        .send(
            Method::POST,
            &path,
            Some(at(&school.modules[3], "2020-01-01")),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "in the past: {body}");
    let (status, live) = t
        .send(
            Method::POST,
            &path,
            Some(at(&school.modules[3], &tomorrow())),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{live}");
    let session = live["session_id"].as_str().unwrap().to_owned();

    let module = format!("/api/v1/training/modules/{}", school.modules[3]);
    let (_, view) = me.send(Method::GET, &module, None).await;
    assert_eq!(view["live"][0]["session_id"], session.as_str(), "{view}");
    assert_eq!(view["completed"], false);
    let (_, listing) = me.send(Method::GET, "/api/v1/groups", None).await;
    assert!(
        !listing.to_string().contains(&session),
        "the cohort's room is not a group families find"
    );

    sql(app, format!(
        "UPDATE group_sessions SET starts_at = {{ts:-1}}, ends_at = {{ts:1}} WHERE id = '{session}'"
    ))
    .await;
    let outsider = create_person(app, "outsider@example.org", &[Role::Family]).await;
    assert!(
        enter(app, &outsider, &session).await.is_err(),
        "not in the cohort"
    );
    let (socket, welcome) = enter(app, &school.candidate, &session).await.unwrap();
    assert_eq!(welcome["type"], "welcome", "{welcome}");
    drop(socket);

    app.run_pending_jobs().await;
    let (_, view) = me.send(Method::GET, &module, None).await;
    assert_eq!(view["completed"], false, "not before the session has ended");
    sql(app, format!(
        "UPDATE group_sessions SET starts_at = {{ts:-2}}, ends_at = {{ts:-1}} WHERE id = '{session}'"
    ))
    .await;
    sql(
        app,
        format!(
            "UPDATE training_live_sessions SET ends_at = {{ts:-1}} WHERE session_id = '{session}'"
        ),
    )
    .await;
    app.run_pending_jobs().await;
    let (_, view) = me.send(Method::GET, &module, None).await;
    assert_eq!(view["completed"], true, "present in the room: {view}");
    let (_, sessions) = t.send(Method::GET, &path, None).await;
    assert_eq!(sessions[0]["recorded"], true, "{sessions}");
}

#[tokio::test]
async fn a_trainer_schedules_a_live_session_from_the_cohort_page() {
    let school = school().await;
    let t = Api::as_person(&school.app, &school.trainer).await;
    let page = format!("/staff/training/cohorts/{}", school.cohort_id);
    let before = t.open(&page).await;
    assert!(
        before.text.contains("Schedule a live session"),
        "{}",
        before.text
    );
    let action = format!("{page}/live-sessions");
    let module = school.modules[3].as_str();
    let fields = |date: &str| {
        [
            ("module_id", module.to_owned()),
            ("date", date.to_owned()),
            ("start_time", "18:00".to_owned()),
            ("duration_minutes", "90".to_owned()),
        ]
    };
    let typed = fields("tomorrow");
    let refs: Vec<(&str, &str)> = typed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = t.submit(&action, &refs).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("YYYY-MM-DD"), "{}", refused.text);
    let typed = fields(&tomorrow());
    let refs: Vec<(&str, &str)> = typed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = t.submit(&action, &refs).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text);
    let after = t.open(&page).await;
    assert!(
        after.text.contains("Open the session room"),
        "the session and its room are listed: {}",
        after.text
    );
}
