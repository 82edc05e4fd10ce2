//! Supervision through HTTP: a facilitator reports after a session; an urgent concern reaches
//! the supervisor at once, is escalated to coordinators once when nobody answers, and is
//! acknowledged and handled; the facilitator sees only that it was received and handled.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "supervision/meetings.rs"]
mod meetings;

use common::accounts::{Person, create_person, last_mail_text, mails_to};
use common::groups::Api;
use common::supervision::{scene, sql, urgent_report};
use common::{TestApp, spawn_second_node};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

#[tokio::test]
async fn a_report_is_checked_whole_before_anything_is_written_and_filed_once() {
    let scene = scene().await;
    let app = &scene.world.app;
    let facilitator = Api::as_person(app, &scene.world.facilitator).await;
    let (status, mine) = facilitator
        .send(Method::GET, "/api/v1/me/session-reports", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let due: Vec<&str> = mine["due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["session_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        due,
        vec![scene.later.as_str(), scene.session.as_str()],
        "oldest first"
    );

    let path = format!("/api/v1/sessions/{}/report", scene.session);
    let mut bad = urgent_report();
    bad["themes"] = json!(["no-such-theme"]);
    bad["concern_note"] = json!("");
    bad["went"] = json!("x".repeat(4001));
    let (status, problem) = facilitator.send(Method::POST, &path, Some(bad)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, vec!["themes", "went", "concern_note"], "{problem}");
    let (_, mine) = facilitator
        .send(Method::GET, "/api/v1/me/session-reports", None)
        .await;
    assert_eq!(
        mine["filed"].as_array().unwrap().len(),
        0,
        "nothing was written"
    );

    let other = create_person(app, "other@example.org", &[Role::Facilitator]).await;
    let (status, problem) = Api::as_person(app, &other)
        .await
        .send(Method::POST, &path, Some(urgent_report()))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        problem["detail"],
        "You can only report on sessions of groups you lead."
    );

    let (status, created) = facilitator
        .send(Method::POST, &path, Some(urgent_report()))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let (status, problem) = facilitator
        .send(Method::POST, &path, Some(urgent_report()))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(problem["detail"], "This session already has a report.");

    let (_, mine) = facilitator
        .send(Method::GET, "/api/v1/me/session-reports", None)
        .await;
    assert_eq!(mine["due"].as_array().unwrap().len(), 1);
    let report: Value = facilitator
        .send(
            Method::GET,
            &format!(
                "/api/v1/session-reports/{}",
                created["id"].as_str().unwrap()
            ),
            None,
        )
        .await
        .1;
    assert_eq!(report["present"], 1);
    assert_eq!(report["members"], 1, "prefilled from the attendance marks");
    assert_eq!(report["themes"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn an_urgent_concern_reaches_the_supervisor_and_the_facilitator_sees_only_its_state() {
    let scene = scene().await;
    let (app, sink) = (&scene.world.app, &scene.world.sink);
    let facilitator = Api::as_person(app, &scene.world.facilitator).await;
    let (_, created) = facilitator
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{}/report", scene.session),
            Some(urgent_report()),
        )
        .await;
    let id = created["id"].as_str().unwrap().to_owned();
    let mail = last_mail_text(app, sink, "supervisor@example.org", 0).await;
    assert!(mail.contains("Urgent concern"), "{mail}");
    assert!(
        !mail.contains("cannot cope"),
        "the concern itself never travels by mail: {mail}"
    );

    let supervisor = Api::as_person(app, &scene.supervisor).await;
    let (status, queue) = supervisor
        .send(Method::GET, "/api/v1/supervision/queue", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(queue["urgent"][0]["id"], id.as_str());
    assert_eq!(
        queue["overdue"].as_array().unwrap().len(),
        0,
        "the later session is 30 h old, not yet late"
    );
    let report_path = format!("/api/v1/session-reports/{id}");
    let (status, read) = supervisor.send(Method::GET, &report_path, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        read["concern_note"]
            .as_str()
            .unwrap()
            .contains("cannot cope")
    );

    for outsider in [
        &scene.world.coordinator,
        &create_person(app, "parent@example.org", &[Role::Family]).await,
    ] {
        let (status, _) = Api::as_person(app, outsider)
            .await
            .send(Method::GET, &report_path, None)
            .await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "coordinators and families read no report"
        );
    }

    let decide = |what: &str| format!("/api/v1/session-reports/{id}/{what}");
    assert_eq!(
        supervisor
            .send(Method::POST, &decide("acknowledge"), None)
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        supervisor
            .send(Method::POST, &decide("acknowledge"), None)
            .await
            .0,
        StatusCode::CONFLICT
    );
    let (_, seen) = facilitator.send(Method::GET, &report_path, None).await;
    assert_eq!(
        seen["concern_status"],
        json!({ "acknowledged": true, "handled": false })
    );

    let outcome =
        json!({ "outcome": "Called the family with an interpreter; family counselling booked." });
    assert_eq!(
        supervisor
            .send(Method::POST, &decide("handle"), Some(outcome))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    let before = mails_to(sink, "facilitator@example.org");
    let comment = json!({ "body": "Thank you for telling me so quickly." });
    assert_eq!(
        supervisor
            .send(Method::POST, &decide("comments"), Some(comment))
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    let mail = last_mail_text(app, sink, "facilitator@example.org", before).await;
    assert!(mail.contains("commented"), "{mail}");

    let (_, seen) = facilitator.send(Method::GET, &report_path, None).await;
    assert_eq!(
        seen["concern_status"],
        json!({ "acknowledged": true, "handled": true }),
        "never the outcome"
    );
    assert_eq!(
        seen["comments"][0]["body"],
        "Thank you for telling me so quickly."
    );
    let (_, read) = supervisor.send(Method::GET, &report_path, None).await;
    assert!(
        read["concern_status"]["outcome"]
            .as_str()
            .unwrap()
            .contains("interpreter")
    );

    let admin = create_person(app, "admin@example.org", &[Role::Admin]).await;
    let (_, log) = Api::as_person(app, &admin)
        .await
        .send(Method::GET, "/api/v1/admin/security-log?limit=100", None)
        .await;
    let readings = log.to_string().matches("session_report_viewed").count();
    assert!(readings >= 4, "every supervisor reading is logged: {log}");
}

#[tokio::test]
async fn an_unacknowledged_concern_is_escalated_once_across_two_nodes_and_late_reports_reminded_once()
 {
    let scene = scene().await;
    let (app, sink) = (&scene.world.app, &scene.world.sink);
    let second = spawn_second_node(app).await;
    let facilitator = Api::as_person(app, &scene.world.facilitator).await;
    let (_, created) = facilitator
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{}/report", scene.session),
            Some(urgent_report()),
        )
        .await;
    let id = created["id"].as_str().unwrap().to_owned();
    app.run_pending_jobs().await;
    assert_eq!(
        mails_to(sink, "coordinator@example.org"),
        0,
        "not before the time has passed"
    );

    sql(
        app,
        format!("UPDATE concerns SET raised_at = {{ts:-3}} WHERE report_id = '{id}'"),
    )
    .await;
    tokio::join!(app.run_pending_jobs(), second.run_pending_jobs());
    app.run_pending_jobs().await;
    let mail = last_mail_text(app, sink, "coordinator@example.org", 0).await;
    assert!(mail.contains("120"), "the configured time: {mail}");
    assert_eq!(
        mails_to(sink, "coordinator@example.org"),
        1,
        "escalated exactly once"
    );
    let coordinator = Api::as_person(app, &scene.world.coordinator).await;
    let (status, rows) = coordinator
        .send(Method::GET, "/api/v1/supervision/escalations", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rows[0]["report_id"], id.as_str());
    assert!(
        rows[0].get("concern_note").is_none(),
        "coordinators see who to call, not what was written"
    );

    let reminders = mails_to(sink, "facilitator@example.org");
    assert!(
        reminders >= 1,
        "the session that ended 30 hours ago was reminded"
    );
    sql(
        app,
        format!(
            "UPDATE group_sessions SET ends_at = {{ts:-31}} WHERE id = '{}'",
            scene.later
        ),
    )
    .await;
    tokio::join!(app.run_pending_jobs(), second.run_pending_jobs());
    assert_eq!(
        mails_to(sink, "facilitator@example.org"),
        reminders,
        "reminded once"
    );

    sql(
        app,
        format!(
            "UPDATE group_sessions SET ends_at = {{ts:-50}} WHERE id = '{}'",
            scene.later
        ),
    )
    .await;
    let supervisor = Api::as_person(app, &scene.supervisor).await;
    let (_, queue) = supervisor
        .send(Method::GET, "/api/v1/supervision/queue", None)
        .await;
    assert_eq!(queue["overdue"][0]["session_id"], scene.later.as_str());
}

#[tokio::test]
async fn a_supervisor_reads_only_the_reports_of_their_own_facilitators() {
    let scene = scene().await;
    let app = &scene.world.app;
    let other = create_person(app, "other-supervisor@example.org", &[Role::Supervisor]).await;
    let coordinator = Api::as_person(app, &scene.world.coordinator).await;
    let assign = format!(
        "/api/v1/supervision/facilitators/{}/supervisor",
        scene.world.facilitator.id
    );
    let (status, problem) = coordinator
        .send(
            Method::POST,
            &assign,
            Some(json!({ "supervisor_id": scene.world.facilitator.id })),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "a facilitator is not a supervisor: {problem}"
    );
    let (status, _) = coordinator
        .send(
            Method::POST,
            &assign,
            Some(json!({ "supervisor_id": scene.supervisor.id })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, rows) = coordinator
        .send(Method::GET, "/api/v1/supervision/facilitators", None)
        .await;
    assert_eq!(rows[0]["supervisor"]["id"], scene.supervisor.id.as_str());

    let facilitator = Api::as_person(app, &scene.world.facilitator).await;
    let mut report = urgent_report();
    report["concern"] = json!("some");
    let (_, created) = facilitator
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{}/report", scene.session),
            Some(report),
        )
        .await;
    let path = format!(
        "/api/v1/session-reports/{}",
        created["id"].as_str().unwrap()
    );
    let other = Api::as_person(app, &other).await;
    assert_eq!(
        other.send(Method::GET, &path, None).await.0,
        StatusCode::NOT_FOUND
    );
    let (_, queue) = other
        .send(Method::GET, "/api/v1/supervision/queue", None)
        .await;
    assert_eq!(queue["concerns"].as_array().unwrap().len(), 0);
    let (_, queue) = Api::as_person(app, &scene.supervisor)
        .await
        .send(Method::GET, "/api/v1/supervision/queue", None)
        .await;
    assert_eq!(queue["concerns"].as_array().unwrap().len(), 1);
    assert_eq!(queue["urgent"].as_array().unwrap().len(), 0);

    let (status, theme) = coordinator
        .send(
            Method::POST,
            "/api/v1/report-themes",
            Some(json!({ "label": "Grandparents" })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let archive = format!(
        "/api/v1/report-themes/{}/archive",
        theme["id"].as_str().unwrap()
    );
    coordinator
        .send(Method::POST, &archive, Some(json!({ "archived": true })))
        .await;
    let (_, themes) = facilitator
        .send(Method::GET, "/api/v1/report-themes", None)
        .await;
    let grandparents = themes
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["label"] == "Grandparents")
        .unwrap();
    assert_eq!(grandparents["archived"], true);
    assert_eq!(themes[0]["label"], "Living between two cultures");
}

/// The signed-in home page of `person`, as HTML.
async fn home_of(app: &TestApp, person: &Person) -> String {
    let token = common::accounts::bearer(app, person).await;
    let response = reqwest::Client::new()
        .get(app.url("/"))
        .bearer_auth(token)
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    html.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn each_role_lands_on_a_home_page_with_its_next_job_and_urgent_concerns_come_first() {
    let scene = scene().await;
    let app = &scene.world.app;
    let facilitator_home = home_of(app, &scene.world.facilitator).await;
    assert!(
        facilitator_home.contains("2 reports to write"),
        "{facilitator_home}"
    );
    assert!(facilitator_home.contains(&format!("/sessions/{}/report", scene.session)));
    assert!(facilitator_home.contains("Sessions you lead next"));

    let facilitator = Api::as_person(app, &scene.world.facilitator).await;
    facilitator
        .send(
            Method::POST,
            &format!("/api/v1/sessions/{}/report", scene.session),
            Some(urgent_report()),
        )
        .await;
    let supervisor_home = home_of(app, &scene.supervisor).await;
    assert!(supervisor_home.contains("One urgent concern waiting"));
    let cards = supervisor_home.find("home-cards").unwrap();
    let first = &supervisor_home[cards..];
    let first = &first[first.find("<section").unwrap()..];
    assert!(
        first[..first.find('>').unwrap()].contains("home-card--urgent"),
        "the urgent card is the first card: {first}"
    );
    assert!(
        !supervisor_home.contains("cannot cope"),
        "the home page shows no report text"
    );

    let family = create_person(app, "home-family@example.org", &[Role::Family]).await;
    let family_home = home_of(app, &family).await;
    assert!(family_home.contains("Your next session"));
    assert!(family_home.contains("Need help now?"));
    assert!(
        !family_home.contains("Peer groups for bicultural families</h1>"),
        "not the visitors' page"
    );

    let admin = create_person(app, "home-admin@example.org", &[Role::Admin]).await;
    assert!(
        home_of(app, &admin)
            .await
            .contains("Newest security events")
    );
    let visitor = app.get("/").await.text().await.unwrap();
    assert!(
        !visitor.contains("home-cards"),
        "visitors see what Silta is"
    );
}

/// `method` on a page of the site as `token` (a bearer needs no CSRF token), in English.
async fn page(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    form: &[(&str, &str)],
) -> (StatusCode, String) {
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .request(method, app.url(path))
        .bearer_auth(token)
        .header("Accept-Language", "en")
        .form(form)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned());
    let body = response
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    (status, location.unwrap_or(body))
}

#[tokio::test]
async fn the_report_form_keeps_what_was_written_and_the_supervisor_answers_from_the_page() {
    let scene = scene().await;
    let app = &scene.world.app;
    let token = common::accounts::bearer(app, &scene.world.facilitator).await;
    let form_path = format!("/sessions/{}/report", scene.session);
    let (status, form) = page(app, &token, Method::GET, &form_path, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.contains(
            r#"name="present" type="number" min="0" max="1000" inputmode="numeric" value="1""#
        ),
        "prefilled: {form}"
    );
    assert!(form.contains("Sleep and daily rhythm"));

    let went = "We talked about bedtimes in two languages.";
    let fields = [
        ("present", "1"),
        ("themes", "theme-sleep"),
        ("went", went),
        ("concern", "urgent"),
        ("concern_note", ""),
    ];
    let (status, again) = page(app, &token, Method::POST, &form_path, &fields).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again.contains("Tell the supervisor briefly what worries you."),
        "{again}"
    );
    assert!(again.contains(went), "what was written is kept");

    let fields = [
        ("present", "1"),
        ("themes", "theme-sleep"),
        ("went", went),
        ("concern", "urgent"),
        ("concern_note", "A parent is afraid at home."),
    ];
    let (status, location) = page(app, &token, Method::POST, &form_path, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, filed) = page(app, &token, Method::GET, &location, &[]).await;
    assert!(filed.contains("Your report has been filed"), "{filed}");
    assert!(filed.contains("Received"));
    let report_id = location
        .trim_start_matches("/session-reports/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();

    let supervisor = common::accounts::bearer(app, &scene.supervisor).await;
    let (_, queue) = page(app, &supervisor, Method::GET, "/supervision", &[]).await;
    assert!(
        queue.contains(&format!("/supervision/reports/{report_id}")),
        "{queue}"
    );
    let report_page = format!("/supervision/reports/{report_id}");
    let (_, read) = page(app, &supervisor, Method::GET, &report_page, &[]).await;
    assert!(read.contains("A parent is afraid at home.") && read.contains("Acknowledge"));
    let (status, back) = page(
        app,
        &supervisor,
        Method::POST,
        &format!("{report_page}/acknowledge"),
        &[],
    )
    .await;
    assert_eq!(
        (status, back.as_str()),
        (StatusCode::SEE_OTHER, report_page.as_str())
    );
    let (_, read) = page(app, &supervisor, Method::GET, &report_page, &[]).await;
    assert!(read.contains("Received by a supervisor") && !read.contains(">Acknowledge<"));
    let (status, _) = page(app, &token, Method::GET, &report_page, &[]).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "facilitators have no supervisor pages"
    );
}
