//! The chat's paged lists through HTTP: the reports queue and a session's moderation log walk
//! all their items once with `next_cursor`, filter in the database, refuse bad paging values
//! naming the field and keep who may read them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::accounts::create_person;
use common::groups::Api;
use common::paging::{bad_paging_is_refused, html, walk, walk_all};
use reqwest::StatusCode;
use silta::auth::policy::Role;

#[tokio::test]
async fn the_reports_queue_pages_and_filters_by_standing_and_group_for_its_reviewers() {
    let room = common::chat::room().await;
    let app = &room.app;
    let (mut writer, _) = common::chat::connect(&room, &room.members[0], 0).await;
    let (mut reporter, _) = common::chat::connect(&room, &room.members[1], 0).await;
    for i in 1..=5 {
        let frame = serde_json::json!({ "type": "send", "client_id": format!("c{i}"), "text": format!("message {i}") });
        common::chat::send(&mut writer, frame).await;
        common::chat::next_of(&mut writer, "ack").await;
    }
    for seq in 1..=5 {
        let frame =
            serde_json::json!({ "type": "report", "seq": seq, "reason": format!("reason {seq}") });
        common::chat::send(&mut reporter, frame).await;
        common::chat::next_of(&mut reporter, "reported").await;
    }
    let admin = create_person(app, "admin@example.org", &[Role::Admin]).await;
    let api = Api::as_person(app, &admin).await;
    let all = walk_all(&api, "/api/v1/reports", 2, "id").await;
    assert_eq!(all.len(), 5);
    for id in &all[..2] {
        let (status, _) = api
            .send(
                reqwest::Method::POST,
                &format!("/api/v1/reports/{id}/handle"),
                Some(serde_json::json!({ "outcome": "talked" })),
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let handled = walk_all(&api, "/api/v1/reports?status=handled", 1, "id").await;
    assert_eq!(handled, all[..2]);
    let open = walk_all(&api, "/api/v1/reports?status=open", 2, "id").await;
    assert_eq!(open, all[2..]);
    let (_, first) = api
        .send(reqwest::Method::GET, "/api/v1/reports", None)
        .await;
    let group = first["items"][0]["group_id"].as_str().unwrap().to_owned();
    let of_group = walk_all(&api, &format!("/api/v1/reports?group={group}"), 3, "id").await;
    assert_eq!(of_group.len(), 5);
    let of_other = walk_all(&api, "/api/v1/reports?group=no-such-group", 3, "id").await;
    assert!(of_other.is_empty());
    bad_paging_is_refused(&api, "/api/v1/reports").await;
    let (status, _) = api
        .send(reqwest::Method::GET, "/api/v1/reports?status=lost", None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let long = format!("/api/v1/reports?group={}", "g".repeat(101));
    let (status, problem) = api.send(reqwest::Method::GET, &long, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(problem["errors"][0]["field"], "group");

    let as_facilitator = Api::as_person(app, &room.facilitator).await;
    let led = walk_all(&as_facilitator, "/api/v1/reports?status=open", 2, "id").await;
    assert_eq!(led, all[2..], "facilitators page their groups' reports");
    let as_family = Api::as_person(app, &room.members[0]).await;
    let (status, none) = as_family
        .send(reqwest::Method::GET, "/api/v1/reports", None)
        .await;
    assert_eq!((status, none["total"].as_i64()), (StatusCode::OK, Some(0)));
    let (status, _) = html(app, &as_family.token, "/reports").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, page) = html(app, &api.token, "/reports?status=handled").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("talked").count(), 2, "{page}");
}

#[tokio::test]
async fn a_sessions_moderation_log_pages_and_filters_by_action() {
    let room = common::chat::room().await;
    let app = &room.app;
    let (mut facilitator, _) = common::chat::connect(&room, &room.facilitator, 0).await;
    let (mut member, _) = common::chat::connect(&room, &room.members[0], 0).await;
    for i in 0..11 {
        let frame = serde_json::json!({ "type": "lock", "locked": i % 2 == 0 });
        common::chat::send(&mut facilitator, frame).await;
        common::chat::next_of(&mut member, "room").await;
    }
    let path = format!("/api/v1/sessions/{}/moderation", room.session_id);
    let admin = create_person(app, "admin@example.org", &[Role::Admin]).await;
    let api = Api::as_person(app, &admin).await;
    let all = walk_all(&api, &path, 4, "id").await;
    assert!(all.len() >= 11, "{all:?}");
    let locks = walk_all(&api, &format!("{path}?action=lock"), 4, "id").await;
    assert_eq!(locks.len(), 6);
    let unlocks = walk(&api, &format!("{path}?action=unlock"), 2, "action").await;
    assert_eq!(unlocks, vec!["unlock".to_owned(); 5]);
    let (_, first) = api
        .send(
            reqwest::Method::GET,
            &format!("{path}?action=lock&limit=1"),
            None,
        )
        .await;
    assert_eq!(first["total"], 6);
    assert_eq!(first["items"][0]["actor"], "Test Person");
    bad_paging_is_refused(&api, &path).await;
    let (status, _) = api
        .send(reqwest::Method::GET, &format!("{path}?action=shout"), None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let as_family = Api::as_person(app, &room.members[0]).await;
    let (status, _) = as_family.send(reqwest::Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let staff_page = format!(
        "/staff/sessions/{}/moderation?action=unlock",
        room.session_id
    );
    let (status, page) = html(app, &api.token, &staff_page).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        page.matches("<td>Unlocked the room</td>").count(),
        5,
        "{page}"
    );
}
