//! Peer groups through HTTP: staff create and publish, families find, join, wait and leave.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::groups::{Api, World, create_group, group_body, next_tuesday, world};

use common::accounts::{create_person, post_form};
use common::smtp::SmtpSink;
use reqwest::StatusCode;
use serde_json::{Value, json};
use silta::auth::policy::Role;

#[tokio::test]
async fn a_family_finds_an_arabic_group_on_tuesday_evenings_and_joins() {
    let world = world().await;
    let id = create_group(&world, 10, "open").await;
    let app = &world.app;

    let found: Value = app
        .get("/api/v1/groups?language=ar&weekday=2&time_of_day=evening")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found["total"], 1);
    assert!(found["next_cursor"].is_null());
    let found = &found["items"];
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["id"], id);
    let sessions = found[0]["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 8);
    assert!(
        sessions
            .iter()
            .all(|s| s["local_start"].as_str().unwrap().ends_with("18:00")),
        "every session at 18:00 Helsinki time, whatever the season"
    );
    let none: Value = app
        .get("/api/v1/groups?language=ar&weekday=3")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        none["items"].as_array().unwrap().is_empty(),
        "no Wednesday group"
    );

    let listing_in = |language: &'static str| async move {
        app.client
            .get(app.url("/groups?language=ar&weekday=2&time_of_day=evening"))
            .header("Accept-Language", language)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    let page = listing_in("en").await;
    assert!(
        page.contains("Arabic-speaking parents"),
        "text in the reader's language"
    );
    assert!(
        page.contains("Tuesday"),
        "the weekday in the reader's language"
    );
    let arabic = listing_in("ar").await;
    assert!(
        arabic.contains(r#"lang="ar" dir="rtl""#),
        "right-to-left page"
    );
    assert!(
        arabic.contains("الثلاثاء") && arabic.contains("١٨:٠٠"),
        "an Arabic reader sees the weekday and time in Arabic"
    );

    let family = create_person(app, "aisha@example.org", &[Role::Family]).await;
    post_form(
        app,
        "/sign-in",
        &[
            ("email", &family.email),
            ("password", common::accounts::PASSWORD),
        ],
    )
    .await;
    let joined = post_form(app, &format!("/groups/{id}/join"), &[]).await;
    assert_eq!(joined.status(), StatusCode::SEE_OTHER);
    let group_page = app
        .get(&format!("/groups/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        group_page.contains("You are a member of this group."),
        "{group_page}"
    );
    // The first mail tells about the new sign-in; the second welcomes to the group.
    let mail = common::accounts::last_mail_text(&world.app, &world.sink, &family.email, 1).await;
    assert!(mail.contains("Welcome to your Silta group"), "{mail}");
    let mine: Value = app.get("/api/v1/me/groups").await.json().await.unwrap();
    assert_eq!(mine[0]["my_status"], "member");
}

#[tokio::test]
async fn the_last_place_goes_to_one_family_and_the_other_waits_then_moves_up() {
    let world = world().await;
    let id = create_group(&world, 1, "open").await;
    let app = &world.app;
    let first = create_person(app, "first@example.org", &[Role::Family]).await;
    let second = create_person(app, "second@example.org", &[Role::Family]).await;
    let (a, b) = (
        Api::as_person(app, &first).await,
        Api::as_person(app, &second).await,
    );
    let path = format!("/api/v1/groups/{id}/join");
    let (one, two) = tokio::join!(
        a.send(reqwest::Method::POST, &path, None),
        b.send(reqwest::Method::POST, &path, None)
    );
    let mut statuses = vec![
        one.1["status"].as_str().unwrap().to_owned(),
        two.1["status"].as_str().unwrap().to_owned(),
    ];
    statuses.sort();
    assert_eq!(statuses, ["member", "waiting"], "never over capacity");
    let group: Value = app
        .get(&format!("/api/v1/groups/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["members"], 1);

    let (member, waiting) = if one.1["status"] == "member" {
        (&a, &second)
    } else {
        (&b, &first)
    };
    let (status, _) = member
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/leave"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let mail = common::accounts::last_mail_text(&world.app, &world.sink, &waiting.email, 1).await;
    assert!(mail.contains("A place opened for you"), "{mail}");
    let group: Value = app
        .get(&format!("/api/v1/groups/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["members"], 1);
}

#[tokio::test]
async fn many_families_at_once_never_exceed_capacity() {
    let world = world().await;
    let id = create_group(&world, 3, "open").await;
    let app = &world.app;
    let mut apis = Vec::new();
    for i in 0..8 {
        let person = create_person(app, &format!("family{i}@example.org"), &[Role::Family]).await;
        apis.push(Api::as_person(app, &person).await);
    }
    let path = format!("/api/v1/groups/{id}/join");
    let results = futures_util::future::join_all(
        apis.iter()
            .map(|api| api.send(reqwest::Method::POST, &path, None)),
    )
    .await;
    let members = results
        .iter()
        .filter(|(_, body)| body["status"] == "member")
        .count();
    let waiting = results
        .iter()
        .filter(|(_, body)| body["status"] == "waiting")
        .count();
    assert_eq!((members, waiting), (3, 5));
}

#[tokio::test]
async fn approval_groups_wait_for_the_facilitator_who_sees_names_only() {
    let world = world().await;
    let id = create_group(&world, 5, "approval").await;
    let app = &world.app;
    let family = create_person(app, "asking@example.org", &[Role::Family]).await;
    let family_api = Api::as_person(app, &family).await;
    let (_, body) = family_api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/join"),
            None,
        )
        .await;
    assert_eq!(body["status"], "requested");
    let (status, _) = family_api
        .send(
            reqwest::Method::GET,
            &format!("/api/v1/groups/{id}/roster"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "families do not see rosters");

    let facilitator_api = Api::as_person(app, &world.facilitator).await;
    let (status, roster) = facilitator_api
        .send(
            reqwest::Method::GET,
            &format!("/api/v1/groups/{id}/roster"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(roster[0]["display_name"], "Test Person");
    assert!(roster[0].get("email").is_none(), "display names only");
    let (status, _) = facilitator_api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/requests/{}/approve", family.id),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, mine) = family_api
        .send(reqwest::Method::GET, "/api/v1/me/groups", None)
        .await;
    assert_eq!(mine[0]["my_status"], "member");

    let other_facilitator =
        create_person(app, "other.facilitator@example.org", &[Role::Facilitator]).await;
    let other_api = Api::as_person(app, &other_facilitator).await;
    let (status, _) = other_api
        .send(
            reqwest::Method::GET,
            &format!("/api/v1/groups/{id}/roster"),
            None,
        )
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "only the group's own facilitators"
    );
}

#[tokio::test]
async fn bad_group_input_is_refused_with_translated_errors_and_nothing_changes() {
    let world = world().await;
    let api = Api::as_person(&world.app, &world.coordinator).await;
    let mut cases = Vec::new();
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["capacity"] = json!(0);
    cases.push(("capacity", body));
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["texts"][1]["name"] = json!("x".repeat(10_000));
    cases.push(("name", body));
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["spoken_languages"] = json!(["xx"]);
    cases.push(("spoken_languages", body));
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["schedule"]["duration_minutes"] = json!(0);
    cases.push(("weeks", body));
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["schedule"]["first_date"] = json!("2020-01-07");
    cases.push(("first_date", body));
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["facilitators"] = json!(["nobody@example.org"]);
    cases.push(("facilitators", body));
    for (field, body) in cases {
        let (status, problem) = api
            .send(reqwest::Method::POST, "/api/v1/groups", Some(body))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{field}: {problem}");
        let fields: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert!(fields.contains(&field), "{field} in {fields:?}");
        assert!(
            !problem["errors"][0]["message"]
                .as_str()
                .unwrap()
                .starts_with("group-"),
            "translated: {problem}"
        );
    }
    let (_, all) = api.send(reqwest::Method::GET, "/api/v1/groups", None).await;
    assert!(
        all["items"].as_array().unwrap().is_empty(),
        "nothing stored"
    );
}

#[tokio::test]
async fn drafts_are_hidden_until_published() {
    let world = world().await;
    let api = Api::as_person(&world.app, &world.coordinator).await;
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["publish"] = json!(false);
    let (_, created) = api
        .send(reqwest::Method::POST, "/api/v1/groups", Some(body))
        .await;
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        world
            .app
            .get(&format!("/api/v1/groups/{id}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let (status, _) = api
        .send(reqwest::Method::GET, &format!("/api/v1/groups/{id}"), None)
        .await;
    assert_eq!(status, StatusCode::OK, "staff see drafts");
    let (status, _) = api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/status"),
            Some(json!({ "status": "finished" })),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a draft cannot jump to finished"
    );
    let (status, _) = api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/status"),
            Some(json!({ "status": "published" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        world
            .app
            .get(&format!("/api/v1/groups/{id}"))
            .await
            .status(),
        StatusCode::OK
    );
}

/// A group whose first session starts in about two hours (Helsinki time).
async fn group_starting_soon(world: &World) -> String {
    let local = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Helsinki)
        + chrono::TimeDelta::hours(2);
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["schedule"]["first_date"] = json!(local.format("%Y-%m-%d").to_string());
    body["schedule"]["start_time"] = json!(local.format("%H:%M").to_string());
    body["schedule"]["weeks"] = json!(2);
    let api = Api::as_person(&world.app, &world.coordinator).await;
    let (status, created) = api
        .send(reqwest::Method::POST, "/api/v1/groups", Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn each_reminder_is_sent_once_with_two_nodes() {
    let world = world().await;
    let second_node = common::spawn_second_node(&world.app).await;
    let id = group_starting_soon(&world).await;
    let family = create_person(&world.app, "reminded@example.org", &[Role::Family]).await;
    let api = Api::as_person(&world.app, &family).await;
    let (status, _) = api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/join"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let reminders = |sink: &SmtpSink| {
        sink.received()
            .iter()
            .filter(|m| {
                m.to.iter().any(|t| t == "reminded@example.org") && m.data.contains("Reminder")
            })
            .count()
    };
    // Both nodes' workers run at the same moment, then again: exactly one reminder.
    tokio::join!(world.app.run_pending_jobs(), second_node.run_pending_jobs());
    assert_eq!(reminders(&world.sink), 1);
    tokio::join!(world.app.run_pending_jobs(), second_node.run_pending_jobs());
    assert_eq!(reminders(&world.sink), 1);
    assert!(second_node.get("/readyz").await.status().is_success());
}

#[tokio::test]
async fn members_answer_facilitators_mark_attendance_and_cancel_with_a_reason() {
    let world = world().await;
    let id = create_group(&world, 10, "open").await;
    let app = &world.app;
    let family = create_person(app, "member@example.org", &[Role::Family]).await;
    let family_api = Api::as_person(app, &family).await;
    family_api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/join"),
            None,
        )
        .await;
    let group: Value = app
        .get(&format!("/api/v1/groups/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let session = group["sessions"][0]["id"].as_str().unwrap().to_owned();

    let (status, _) = family_api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/sessions/{session}/answer"),
            Some(json!({ "answer": "yes" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = family_api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/sessions/{session}/answer"),
            Some(json!({ "answer": "perhaps" })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let page = reqwest::Client::new()
        .get(app.url(&format!("/groups/{id}")))
        .bearer_auth(&family_api.token)
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.replace(['\u{2068}', '\u{2069}'], "")
            .contains("Your answer: Yes")
            && page.contains(r#"value="yes" class="button button--secondary" aria-pressed="true""#),
        "the family sees the answer it gave"
    );
    let (status, _) = family_api
        .send(
            reqwest::Method::GET,
            &format!("/api/v1/sessions/{session}/attendance"),
            None,
        )
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "families do not see others' answers"
    );

    let facilitator_api = Api::as_person(app, &world.facilitator).await;
    let (status, rows) = facilitator_api
        .send(
            reqwest::Method::GET,
            &format!("/api/v1/sessions/{session}/attendance"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rows[0]["answer"], "yes");
    let (status, _) = facilitator_api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/sessions/{session}/attendance"),
            Some(json!({ "present": [family.id] })),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "attendance is marked after the session starts"
    );

    let (status, _) = facilitator_api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/sessions/{session}/cancel"),
            Some(json!({ "reason": "The facilitator is ill" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let mail = common::accounts::last_mail_text(&world.app, &world.sink, &family.email, 1).await;
    assert!(mail.contains("was cancelled"), "{mail}");
    let group: Value = app
        .get(&format!("/api/v1/groups/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["sessions"][0]["cancelled"], true);
    assert_eq!(
        group["sessions"][0]["cancel_reason"],
        "The facilitator is ill"
    );
    let local_start = group["sessions"][0]["local_start"].as_str().unwrap();
    let clock = local_start.split(' ').nth(1).unwrap();
    assert!(
        mail.replace(['\u{2068}', '\u{2069}'], "").contains(clock),
        "the mail says when, in the reader's way ({clock}): {mail}"
    );

    let ics = app.get(&format!("/groups/{id}/calendar.ics")).await;
    assert_eq!(
        ics.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let ics = ics.text().await.unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 8);
    assert!(ics.contains("STATUS:CANCELLED"));
    assert!(ics.contains(&format!("UID:{session}@silta")));
}

#[tokio::test]
async fn the_private_calendar_feed_can_be_replaced() {
    let world = world().await;
    let id = create_group(&world, 10, "open").await;
    let app = &world.app;
    let family = create_person(app, "calendar@example.org", &[Role::Family]).await;
    let api = Api::as_person(app, &family).await;
    api.send(
        reqwest::Method::POST,
        &format!("/api/v1/groups/{id}/join"),
        None,
    )
    .await;
    let (_, feed) = api
        .send(reqwest::Method::POST, "/api/v1/me/calendar-feed", None)
        .await;
    let url = feed["url"].as_str().unwrap().to_owned();
    let path = url.trim_start_matches(&app.address).to_owned();
    let body = reqwest::get(app.url(&path))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(body.matches("BEGIN:VEVENT").count(), 8, "{body}");
    api.send(reqwest::Method::POST, "/api/v1/me/calendar-feed", None)
        .await;
    assert_eq!(
        reqwest::get(app.url(&path)).await.unwrap().status(),
        StatusCode::NOT_FOUND,
        "the old address stops working"
    );
}

#[tokio::test]
async fn coordinators_move_and_add_single_sessions() {
    let world = world().await;
    let id = create_group(&world, 10, "open").await;
    let app = &world.app;
    let family = create_person(app, "mover@example.org", &[Role::Family]).await;
    Api::as_person(app, &family)
        .await
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/join"),
            None,
        )
        .await;
    let group: Value = app
        .get(&format!("/api/v1/groups/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let session = group["sessions"][1]["id"].as_str().unwrap().to_owned();
    let day = chrono::NaiveDate::parse_from_str(
        &group["sessions"][1]["local_start"].as_str().unwrap()[..10],
        "%Y-%m-%d",
    )
    .unwrap();
    let coordinator = Api::as_person(app, &world.coordinator).await;
    let new_start = format!("{}T19:30", day + chrono::TimeDelta::days(1));
    let (status, _) = coordinator
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/sessions/{session}/move"),
            Some(json!({ "start": new_start, "duration_minutes": 60 })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let mail = common::accounts::last_mail_text(&world.app, &world.sink, &family.email, 1).await;
    assert!(mail.contains("has a new time"), "{mail}");
    let (status, _) = coordinator
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/sessions"),
            Some(json!({ "start": "2020-01-01T18:00", "duration_minutes": 60 })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "not in the past");
    let (status, _) = coordinator
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/sessions"),
            Some(json!({ "start": new_start, "duration_minutes": 45 })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let group: Value = app
        .get(&format!("/api/v1/groups/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(group["sessions"].as_array().unwrap().len(), 9);
    let moved = group["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == session)
        .unwrap();
    assert!(moved["local_start"].as_str().unwrap().ends_with("19:30"));
}

#[tokio::test]
async fn a_coordinator_creates_a_group_with_the_form_and_the_facilitator_sees_it() {
    let world = world().await;
    let app = &world.app;
    app.get("/lang/en?next=/").await;
    let response = post_form(
        app,
        "/sign-in",
        &[
            ("email", &world.coordinator.email),
            ("password", common::accounts::PASSWORD),
        ],
    )
    .await;
    assert_eq!(response.headers()["location"], "/sign-in/second-factor");
    let code =
        silta::auth::second_factor::current_code(world.coordinator.totp_secret.as_deref().unwrap())
            .unwrap();
    post_form(app, "/sign-in/second-factor", &[("code", &code)]).await;
    let form = app.get("/staff/groups/new").await.text().await.unwrap();
    assert!(form.contains(r#"name="first_date""#));

    let invalid = post_form(
        app,
        "/staff/groups",
        &[("name", ""), ("capacity", "0"), ("text_language", "en")],
    )
    .await;
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = invalid.text().await.unwrap();
    assert!(
        html.contains(r#"id="error-capacity""#) && html.contains("between 1 and"),
        "translated field errors"
    );

    let first_date = next_tuesday().to_string();
    let created = post_form(
        app,
        "/staff/groups",
        &[
            ("text_language", "en"),
            ("name", "Tuesday evening in Arabic"),
            ("description", "Line one.\nLine two."),
            ("spoken_languages", "ar"),
            ("spoken_languages", "fi"),
            ("topics", "two-cultures"),
            ("audience", "all-parents"),
            ("region", "online"),
            ("capacity", "12"),
            ("join_policy", "open"),
            ("facilitators", &world.facilitator.email),
            ("first_date", &first_date),
            ("start_time", "18:00"),
            ("duration_minutes", "90"),
            ("weeks", "8"),
            ("publish", "true"),
        ],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    let page = app.get(&location).await.text().await.unwrap();
    assert!(page.contains("Tuesday evening in Arabic") && page.contains("<p>Line two.</p>"));
    let staff_list = app.get("/staff/groups").await.text().await.unwrap();
    assert!(staff_list.contains("Tuesday evening in Arabic"));

    let facilitator = app.new_browser();
    post_form(
        &facilitator,
        "/sign-in",
        &[
            ("email", &world.facilitator.email),
            ("password", common::accounts::PASSWORD),
        ],
    )
    .await;
    let mine = facilitator.get("/my-groups").await.text().await.unwrap();
    assert!(mine.contains("Tuesday evening in Arabic"), "{mine}");
}

#[tokio::test]
async fn the_listing_is_paginated_and_keeps_the_filters() {
    let world = world().await;
    for _ in 0..21 {
        create_group(&world, 10, "open").await;
    }
    let app = &world.app;
    let get = |path: &'static str| async move {
        let html = app
            .client
            .get(app.url(path))
            .header("Accept-Language", "en")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        // Fluent isolates placeables with bidi marks, which matter for right-to-left pages.
        html.replace(['\u{2068}', '\u{2069}'], "")
    };
    let first = get("/groups?language=ar").await;
    assert!(first.contains("21 groups found"));
    assert_eq!(first.matches(r#"class="card group-card""#).count(), 20);
    assert!(
        first.contains(r#"href="/groups?language=ar&amp;page=2" rel="next""#),
        "{first}"
    );
    let second = get("/groups?language=ar&page=2").await;
    assert_eq!(second.matches(r#"class="card group-card""#).count(), 1);
    assert!(second.contains("Page 2 of 2"));
}

#[tokio::test]
async fn a_long_weekly_series_keeps_its_local_time_through_daylight_saving_changes() {
    let world = world().await;
    let mut body = group_body(10, "open", &world.facilitator.email);
    // Thirty weeks always cross at least one change of summer time.
    body["schedule"]["weeks"] = json!(30);
    let api = Api::as_person(&world.app, &world.coordinator).await;
    let (status, created) = api
        .send(reqwest::Method::POST, "/api/v1/groups", Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let group: Value = world
        .app
        .get(&format!(
            "/api/v1/groups/{}",
            created["id"].as_str().unwrap()
        ))
        .await
        .json()
        .await
        .unwrap();
    let sessions = group["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 30);
    let mut utc_hours: Vec<String> = sessions
        .iter()
        .map(|s| {
            assert!(s["local_start"].as_str().unwrap().ends_with("18:00"), "{s}");
            assert_eq!(s["weekday"], 2);
            s["starts_at"].as_str().unwrap()[11..13].to_owned()
        })
        .collect();
    utc_hours.sort();
    utc_hours.dedup();
    assert_eq!(
        utc_hours,
        ["15", "16"],
        "summer (UTC+3) and winter (UTC+2) sessions"
    );
}

#[tokio::test]
async fn facilitators_add_families_to_invitation_only_groups() {
    let world = world().await;
    let id = create_group(&world, 1, "invitation").await;
    let app = &world.app;
    let invited = create_person(app, "invited@example.org", &[Role::Family]).await;
    let other = create_person(app, "other@example.org", &[Role::Family]).await;
    let (status, _) = Api::as_person(app, &invited)
        .await
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/join"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no joining by oneself");
    let facilitator = Api::as_person(app, &world.facilitator).await;
    let path = format!("/api/v1/groups/{id}/members");
    let (_, body) = facilitator
        .send(
            reqwest::Method::POST,
            &path,
            Some(json!({ "email": invited.email })),
        )
        .await;
    assert_eq!(body["status"], "member");
    let (_, body) = facilitator
        .send(
            reqwest::Method::POST,
            &path,
            Some(json!({ "email": other.email })),
        )
        .await;
    assert_eq!(body["status"], "waiting", "capacity still holds");
    let (status, _) = facilitator
        .send(
            reqwest::Method::POST,
            &path,
            Some(json!({ "email": world.coordinator.email })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "only family accounts");
    let family = Api::as_person(app, &other).await;
    let (status, _) = family
        .send(
            reqwest::Method::POST,
            &path,
            Some(json!({ "email": invited.email })),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "families cannot add people");
}

#[tokio::test]
async fn a_group_in_a_merged_municipality_shows_the_one_it_joined() {
    let world = world().await;
    let api = Api::as_person(&world.app, &world.coordinator).await;
    let mut body = group_body(10, "open", &world.facilitator.email);
    body["region"] = json!("999");
    let (status, problem) = api
        .send(reqwest::Method::POST, "/api/v1/groups", Some(body.clone()))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "region", "{problem}");

    // Pertunmaa (588) joined Mäntyharju (507) in 2025.
    body["region"] = json!("588");
    let (status, created) = api
        .send(reqwest::Method::POST, "/api/v1/groups", Some(body.clone()))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_str().unwrap();
    let page = world
        .app
        .get(&format!("/groups/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<dd>Mäntyharju</dd>"), "{page}");
    let listing = world.app.get("/groups").await.text().await.unwrap();
    assert!(listing.contains("<dd>Mäntyharju</dd>"));

    // A municipality is named in the reader's language: Finnish, or Swedish in Swedish.
    body["region"] = json!("905");
    let (status, created) = api
        .send(reqwest::Method::POST, "/api/v1/groups", Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let path = format!("/groups/{}", created["id"].as_str().unwrap());
    world.app.get("/lang/fi?next=/").await;
    let finnish = world.app.get(&path).await.text().await.unwrap();
    assert!(finnish.contains("<dd>Vaasa</dd>"));
    world.app.get("/lang/sv?next=/").await;
    let swedish = world.app.get(&path).await.text().await.unwrap();
    assert!(swedish.contains("<dd>Vasa</dd>"));
}

#[tokio::test]
async fn the_api_pages_a_filtered_listing_by_cursor_and_refuses_bad_paging() {
    let world = world().await;
    for _ in 0..21 {
        create_group(&world, 10, "open").await;
    }
    let app = &world.app;
    let get = |path: String| async move {
        let response = app.get(&path).await;
        let status = response.status();
        let ctype = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_owned();
        (status, ctype, response.json::<Value>().await.unwrap())
    };
    let (_, _, first) = get("/api/v1/groups?language=ar&weekday=2&limit=20".into()).await;
    assert_eq!(first["total"], 21);
    assert_eq!(first["items"].as_array().unwrap().len(), 20);
    let cursor = first["next_cursor"].as_str().unwrap();
    let (_, _, second) = get(format!(
        "/api/v1/groups?language=ar&weekday=2&limit=20&cursor={cursor}"
    ))
    .await;
    assert!(second["next_cursor"].is_null(), "{second}");
    let ids: std::collections::BTreeSet<String> = [&first, &second]
        .iter()
        .flat_map(|p| p["items"].as_array().unwrap().clone())
        .map(|g| g["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 21, "no group repeated or missed");
    for bad in ["limit=0", "limit=101", "cursor=zz", "limit=many"] {
        let (status, ctype, problem) = get(format!("/api/v1/groups?{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(
            ctype.starts_with("application/problem+json"),
            "{bad}: {ctype}"
        );
        let title = problem["title"].as_str().unwrap();
        assert!(
            !title.is_empty() && !title.starts_with("error-"),
            "{bad}: {problem}"
        );
    }
}
