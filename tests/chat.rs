//! Live chat through a real websocket client: order, acknowledgement, idempotent retries,
//! resuming after a dropped connection, limits, and who may enter.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::chat::*;

#[path = "chat/budget.rs"]
mod budget;
#[path = "chat/failures.rs"]
mod failures;
#[path = "chat/gaps.rs"]
mod gaps;
#[path = "chat/numbering.rs"]
mod numbering;

use std::time::Duration;

use common::accounts::{Person, bearer, create_person};
use common::{TestApp, spawn_app};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use silta::auth::policy::Role;
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn messages_are_stored_numbered_acknowledged_and_seen_by_everyone() {
    let room = room().await;
    let (mut first, welcome) = connect(&room, &room.members[0], 0).await;
    assert_eq!(welcome["type"], "welcome");
    assert_eq!(welcome["messages"], json!([]));
    let (mut second, _) = connect(&room, &room.members[1], 0).await;
    send(
        &mut first,
        json!({ "type": "send", "client_id": "a1", "text": "مرحبا! Hei kaikki" }),
    )
    .await;
    let mut seen_by_sender = [next(&mut first).await, next(&mut first).await];
    seen_by_sender.sort_by_key(|f| f["type"].as_str().unwrap().to_owned());
    assert_eq!(seen_by_sender[0]["type"], "ack");
    assert_eq!(seen_by_sender[0]["seq"], 1);
    let message = next(&mut second).await;
    assert_eq!(message["type"], "message");
    assert_eq!(message["message"]["seq"], 1);
    assert_eq!(message["message"]["text"], "مرحبا! Hei kaikki");
    assert_eq!(message["message"]["author"], "Test Person");
    let history: Value = reqwest::Client::new()
        .get(
            room.app
                .url(&format!("/api/v1/sessions/{}/messages", room.session_id)),
        )
        .bearer_auth(bearer(&room.app, &room.members[1]).await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(history.as_array().unwrap().len(), 1, "stored");
}

#[tokio::test]
async fn the_same_client_id_sent_fifty_times_at_once_is_stored_once() {
    let room = room().await;
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let (mut socket, _) = connect(&room, &room.members[0], 0).await;
        tasks.push(tokio::spawn(async move {
            for _ in 0..5 {
                send(
                    &mut socket,
                    json!({ "type": "send", "client_id": "same", "text": "once" }),
                )
                .await;
            }
            let mut acks = Vec::new();
            while acks.len() < 5 {
                let frame = next(&mut socket).await;
                if frame["type"] == "ack" {
                    acks.push(frame["seq"].as_i64().unwrap());
                }
            }
            acks
        }));
    }
    let mut seqs = Vec::new();
    for task in tasks {
        seqs.extend(task.await.unwrap());
    }
    assert_eq!(seqs.len(), 50);
    assert!(
        seqs.iter().all(|s| *s == 1),
        "every retry answers the same message: {seqs:?}"
    );
    let (_, welcome) = connect(&room, &room.members[1], 0).await;
    assert_eq!(welcome["messages"].as_array().unwrap().len(), 1);
}

/// Many members' messages at once are stored together (one batch per commit): each is
/// acknowledged with its own number, the numbers run 1..=n without a gap, and every socket
/// sees every message once, in that order. Each member sends one burst (the budget is a
/// person's, not a connection's).
#[tokio::test]
async fn messages_sent_at_once_get_consecutive_numbers_and_arrive_in_order() {
    const SOCKETS: usize = 8;
    const EACH: usize = 5;
    let room = room().await;
    let mut people: Vec<&Person> = room.members.iter().collect();
    let more = budget::more_members(&room, SOCKETS - people.len()).await;
    people.extend(&more);
    let mut sockets = Vec::new();
    for person in people {
        let (socket, _) = connect(&room, person, 0).await;
        sockets.push(socket);
    }
    let mut tasks = Vec::new();
    for (index, mut socket) in sockets.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            for n in 0..EACH {
                let client_id = format!("s{index}-{n}");
                send(
                    &mut socket,
                    json!({ "type": "send", "client_id": client_id, "text": client_id }),
                )
                .await;
            }
            let (mut acks, mut seen) = (Vec::new(), Vec::new());
            while acks.len() < EACH || seen.len() < SOCKETS * EACH {
                let frame = next(&mut socket).await;
                match frame["type"].as_str() {
                    Some("ack") => acks.push(frame["seq"].as_i64().unwrap()),
                    Some("message") => seen.push((
                        frame["message"]["seq"].as_i64().unwrap(),
                        frame["message"]["text"].as_str().unwrap().to_owned(),
                    )),
                    other => panic!("unexpected frame {other:?}"),
                }
            }
            (acks, seen)
        }));
    }
    let mut all_acks = Vec::new();
    let mut first_view = None;
    for task in tasks {
        let (acks, seen) = task.await.unwrap();
        let seqs: Vec<i64> = seen.iter().map(|(seq, _)| *seq).collect();
        assert_eq!(
            seqs,
            (1..=(SOCKETS * EACH) as i64).collect::<Vec<_>>(),
            "in order, once each"
        );
        let view = first_view.get_or_insert_with(|| seen.clone());
        assert_eq!(*view, seen, "everyone sees the same numbering");
        all_acks.extend(acks);
    }
    all_acks.sort();
    assert_eq!(all_acks, (1..=(SOCKETS * EACH) as i64).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_dropped_connection_resumes_without_gaps_or_duplicates() {
    let room = room().await;
    let (mut writer, _) = connect(&room, &room.members[0], 0).await;
    let (reader, _) = connect(&room, &room.members[1], 0).await;
    send(
        &mut writer,
        json!({ "type": "send", "client_id": "m1", "text": "one" }),
    )
    .await;
    drop(reader);
    for (id, text) in [("m2", "two"), ("m3", "three"), ("m4", "four")] {
        send(
            &mut writer,
            json!({ "type": "send", "client_id": id, "text": text }),
        )
        .await;
    }
    // Wait until all four are acknowledged (stored).
    let mut acked = 0;
    while acked < 4 {
        if next(&mut writer).await["type"] == "ack" {
            acked += 1;
        }
    }
    let (mut reader, welcome) = connect(&room, &room.members[1], 1).await;
    let seqs: Vec<i64> = welcome["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(seqs, [2, 3, 4]);
    send(
        &mut writer,
        json!({ "type": "send", "client_id": "m5", "text": "five" }),
    )
    .await;
    let live = next(&mut reader).await;
    assert_eq!(
        live["message"]["seq"], 5,
        "continues live after catching up"
    );
}

#[tokio::test]
async fn strangers_and_foreign_pages_cannot_enter() {
    let room = room().await;
    let stranger = connect_with(&room, &room.outsider, Some(&room.app.address)).await;
    assert!(stranger.is_err(), "not a member");
    let foreign = connect_with(&room, &room.members[0], Some("https://evil.example")).await;
    assert!(foreign.is_err(), "wrong Origin");
    let url = format!(
        "{}/api/v1/sessions/{}/chat",
        room.app.address.replace("http", "ws"),
        room.session_id
    );
    assert!(
        tokio_tungstenite::connect_async(url).await.is_err(),
        "no session"
    );
}

#[tokio::test]
async fn oversize_messages_and_floods_are_refused_with_translated_notices() {
    let room = room().await;
    let (mut flooder, _) = connect(&room, &room.members[0], 0).await;
    let (mut calm, _) = connect(&room, &room.members[1], 0).await;
    send(
        &mut flooder,
        json!({ "type": "send", "client_id": "big", "text": "x".repeat(4001) }),
    )
    .await;
    let refused = next(&mut flooder).await;
    assert_eq!(refused["code"], "too_long");
    assert!(
        refused["message"].as_str().unwrap().contains("4000"),
        "{refused}"
    );
    let mut slowed = false;
    for i in 0..12 {
        send(
            &mut flooder,
            json!({ "type": "send", "client_id": format!("f{i}"), "text": "spam" }),
        )
        .await;
    }
    for _ in 0..24 {
        let frame = next(&mut flooder).await;
        if frame["code"] == "slow_down" {
            slowed = true;
            break;
        }
    }
    assert!(slowed, "a flood is throttled");
    send(
        &mut calm,
        json!({ "type": "send", "client_id": "calm", "text": "still here" }),
    )
    .await;
    loop {
        let frame = next(&mut calm).await;
        if frame["type"] == "ack" && frame["client_id"] == "calm" {
            break;
        }
    }
    let huge = format!(
        "{{\"type\":\"send\",\"client_id\":\"x\",\"text\":\"{}\"}}",
        "y".repeat(40_000)
    );
    flooder.send(Message::Text(huge.into())).await.unwrap();
    let closed = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match flooder.next().await {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return true,
                _ => {}
            }
        }
    })
    .await
    .unwrap_or(false);
    assert!(closed, "an oversize frame closes that connection only");
}

/// Waits until the server closes the socket: its reason (empty without a close frame), or
/// None when it is still open after `limit`.
async fn close_reason(socket: &mut Socket, limit: Duration) -> Option<String> {
    tokio::time::timeout(limit, async {
        loop {
            match socket.next().await {
                Some(Ok(Message::Close(frame))) => {
                    return frame.map(|f| f.reason.to_string()).unwrap_or_default();
                }
                None | Some(Err(_)) => return String::new(),
                _ => {}
            }
        }
    })
    .await
    .ok()
}

async fn closed_within(socket: &mut Socket, limit: Duration) -> bool {
    close_reason(socket, limit).await.is_some()
}

async fn hello(socket: &mut Socket) -> Value {
    send(socket, json!({ "type": "hello", "v": 1, "last_seq": 0 })).await;
    next(socket).await
}

#[tokio::test]
async fn signing_out_closes_the_open_chat_within_seconds() {
    let room = room().await;
    let token = bearer(&room.app, &room.members[0]).await;
    let mut socket = connect_to(&room.app, &room, &token, Some(&room.app.address))
        .await
        .unwrap();
    assert_eq!(hello(&mut socket).await["type"], "welcome");
    let signed_out = reqwest::Client::new()
        .post(room.app.url("/api/v1/auth/sign-out"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), 204);
    assert!(closed_within(&mut socket, Duration::from_secs(5)).await);
}

/// Texts of the next two chat messages on a socket, with their numbers.
async fn two_messages(socket: &mut Socket) -> Vec<(i64, String)> {
    let mut seen = Vec::new();
    while seen.len() < 2 {
        let frame = next(socket).await;
        if frame["type"] == "message" {
            seen.push((
                frame["message"]["seq"].as_i64().unwrap(),
                frame["message"]["text"].as_str().unwrap().to_owned(),
            ));
        }
    }
    seen
}

#[tokio::test]
async fn two_nodes_share_rooms_through_redis() {
    let Ok(redis_url) = std::env::var("SILTA_TEST_REDIS_URL") else {
        eprintln!("SILTA_TEST_REDIS_URL is not set: the two-node test runs in CI against Redis");
        return;
    };
    let first = common::spawn_app_with(|env| {
        env.insert("REDIS_URL".to_owned(), redis_url.clone());
    })
    .await;
    let second = common::spawn_second_node(&first).await;
    let room = room_on(first).await;
    let (a, b) = (&room.members[0], &room.members[1]);
    let mut on_first = connect_to(&room.app, &room, &bearer(&room.app, a).await, None)
        .await
        .unwrap();
    let mut on_second = connect_to(&second, &room, &bearer(&room.app, b).await, None)
        .await
        .unwrap();
    hello(&mut on_first).await;
    hello(&mut on_second).await;
    send(
        &mut on_first,
        json!({ "type": "send", "client_id": "one", "text": "from the first node" }),
    )
    .await;
    send(
        &mut on_second,
        json!({ "type": "send", "client_id": "two", "text": "from the second node" }),
    )
    .await;
    let seen_first = two_messages(&mut on_first).await;
    let seen_second = two_messages(&mut on_second).await;
    assert_eq!(
        seen_first, seen_second,
        "same messages, same numbers, same order on both nodes"
    );
    assert_eq!(
        seen_first.iter().map(|(seq, _)| *seq).collect::<Vec<_>>(),
        [1, 2]
    );

    // Suspending on the first node closes the connection on the second.
    let admin = create_person(&room.app, "admin@example.org", &[Role::Admin]).await;
    let suspended = reqwest::Client::new()
        .patch(room.app.url(&format!("/api/v1/admin/users/{}", b.id)))
        .bearer_auth(bearer(&room.app, &admin).await)
        .json(&json!({ "suspended": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(suspended.status(), 204);
    assert!(closed_within(&mut on_second, Duration::from_secs(5)).await);
}

#[tokio::test]
async fn members_get_the_room_page_and_its_script() {
    let room = room().await;
    let browser = room.app.new_browser();
    common::accounts::post_form(
        &browser,
        "/sign-in",
        &[
            ("email", &room.members[0].email),
            ("password", common::accounts::PASSWORD),
        ],
    )
    .await;
    let page = browser
        .get(&format!("/sessions/{}/room", room.session_id))
        .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"role="log" aria-live="polite""#));
    assert!(html.contains(r#"<script type="module" src="/static/js/chat.js"#));
    assert!(html.contains("112"), "the emergency number is always shown");
    let script = browser.get("/static/js/chat.js").await;
    assert!(
        script.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript")
    );

    let outsider = room.app.new_browser();
    common::accounts::post_form(
        &outsider,
        "/sign-in",
        &[
            ("email", &room.outsider.email),
            ("password", common::accounts::PASSWORD),
        ],
    )
    .await;
    assert_eq!(
        outsider
            .get(&format!("/sessions/{}/room", room.session_id))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn one_person_cannot_open_unlimited_connections() {
    let room = room().await;
    let mut open = Vec::new();
    for _ in 0..silta::chat::hub::MAX_CONNECTIONS_PER_USER {
        open.push(
            connect_with(&room, &room.members[0], None)
                .await
                .expect("within the limit"),
        );
    }
    let refused = connect_with(&room, &room.members[0], None).await;
    match refused {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), 429)
        }
        other => panic!("expected 429, got {:?}", other.map(|_| "a connection")),
    }
    assert!(
        connect_with(&room, &room.members[1], None).await.is_ok(),
        "others are unaffected"
    );
    drop(open.pop());
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        connect_with(&room, &room.members[0], None).await.is_ok(),
        "a closed connection frees its place"
    );
}

#[tokio::test]
async fn old_messages_are_deleted_after_the_groups_retention_period() {
    use diesel::prelude::*;
    use silta::db::schema::{chat_messages, group_sessions};
    let room = room().await;
    let (mut socket, _) = connect(&room, &room.members[0], 0).await;
    for id in ["old", "new"] {
        send(
            &mut socket,
            json!({ "type": "send", "client_id": id, "text": id }),
        )
        .await;
    }
    let mut acks = 0;
    while acks < 2 {
        if next(&mut socket).await["type"] == "ack" {
            acks += 1;
        }
    }
    let admin = create_person(&room.app, "admin@example.org", &[Role::Admin]).await;
    let session_id = room.session_id.clone();
    let group_id: String = room
        .app
        .state
        .db
        .run(move |conn| {
            Ok(group_sessions::table
                .find(&session_id)
                .select(group_sessions::group_id)
                .first(conn)?)
        })
        .await
        .unwrap();
    let set = |days: i32| {
        let (app, group_id, admin) = (&room.app, &group_id, &admin);
        async move {
            reqwest::Client::new()
                .post(app.url(&format!("/api/v1/groups/{group_id}/chat-retention")))
                .bearer_auth(bearer(app, admin).await)
                .json(&json!({ "days": days }))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(set(0).await, 400);
    assert_eq!(set(7).await, 204);
    let deleted = room
        .app
        .state
        .db
        .run(|conn| {
            let now = silta::clock::now();
            diesel::update(chat_messages::table.filter(chat_messages::client_id.eq("old")))
                .set(chat_messages::created_at.eq(now - chrono::TimeDelta::days(8)))
                .execute(conn)?;
            silta::chat::retention::apply(conn, now, 180)
        })
        .await
        .unwrap();
    assert_eq!(deleted, 1);
    let (_, welcome) = connect(&room, &room.members[1], 0).await;
    let texts: Vec<&str> = welcome["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["new"]);
}

#[tokio::test]
async fn the_facilitator_removes_a_message_for_everyone_and_it_is_logged() {
    let room = room().await;
    let (mut member, _) = connect(&room, &room.members[0], 0).await;
    let (mut facilitator, _) = connect(&room, &room.facilitator, 0).await;
    send(
        &mut member,
        json!({ "type": "send", "client_id": "bad", "text": "something hurtful" }),
    )
    .await;
    loop {
        if next(&mut facilitator).await["type"] == "message" {
            break;
        }
    }
    send(&mut member, json!({ "type": "remove", "seq": 1 })).await;
    let mut refused = false;
    for _ in 0..3 {
        let frame = next(&mut member).await;
        if frame["code"] == "forbidden" {
            refused = true;
            break;
        }
    }
    assert!(refused, "members cannot remove");
    send(
        &mut facilitator,
        json!({ "type": "remove", "seq": 1, "reason": "not kind" }),
    )
    .await;
    loop {
        let frame = next(&mut member).await;
        if frame["type"] == "removed" {
            assert_eq!(frame["seq"], 1);
            break;
        }
    }
    let (_, welcome) = connect(&room, &room.members[1], 0).await;
    assert_eq!(welcome["messages"][0]["removed"], true);
    assert_eq!(
        welcome["messages"][0]["text"], "",
        "the text is gone, not hidden"
    );

    let admin = create_person(&room.app, "admin@example.org", &[Role::Admin]).await;
    let log: Value = reqwest::Client::new()
        .get(
            room.app
                .url(&format!("/api/v1/sessions/{}/moderation", room.session_id)),
        )
        .bearer_auth(bearer(&room.app, &admin).await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(log["items"][0]["action"], "remove_message");
    assert_eq!(log["items"][0]["reason"], "not kind");
    assert_eq!(log["items"][0]["actor"], "Test Person");
}

/// The next frame of `kind` (or an error with `code`), skipping others.

#[tokio::test]
async fn lock_slow_mode_mute_and_removal_are_seen_live_and_enforced() {
    let room = room().await;
    let (mut member, _) = connect(&room, &room.members[0], 0).await;
    let (mut other, _) = connect(&room, &room.members[1], 0).await;
    let (mut facilitator, _) = connect(&room, &room.facilitator, 0).await;
    let member_id = room.members[0].id.clone();

    send(&mut facilitator, json!({ "type": "lock", "locked": true })).await;
    assert_eq!(next_of(&mut member, "room").await["locked"], true);
    send(
        &mut member,
        json!({ "type": "send", "client_id": "l1", "text": "hello?" }),
    )
    .await;
    assert_eq!(next_of(&mut member, "locked").await["type"], "error");
    send(
        &mut facilitator,
        json!({ "type": "send", "client_id": "f1", "text": "a moment please" }),
    )
    .await;
    assert_eq!(
        next_of(&mut facilitator, "ack").await["seq"],
        1,
        "facilitators still write"
    );
    send(&mut facilitator, json!({ "type": "lock", "locked": false })).await;
    next_of(&mut member, "room").await;

    send(
        &mut facilitator,
        json!({ "type": "slow_mode", "seconds": 60 }),
    )
    .await;
    assert_eq!(next_of(&mut member, "room").await["slow_mode_seconds"], 60);
    send(
        &mut member,
        json!({ "type": "send", "client_id": "s1", "text": "one" }),
    )
    .await;
    next_of(&mut member, "ack").await;
    send(
        &mut member,
        json!({ "type": "send", "client_id": "s2", "text": "two" }),
    )
    .await;
    next_of(&mut member, "slow_mode").await;
    send(
        &mut facilitator,
        json!({ "type": "slow_mode", "seconds": 0 }),
    )
    .await;
    next_of(&mut member, "room").await;

    send(
        &mut facilitator,
        json!({ "type": "mute", "user_id": member_id, "minutes": 5, "reason": "cool down" }),
    )
    .await;
    assert_eq!(
        next_of(&mut other, "muted").await["user_id"],
        member_id.as_str(),
        "everyone sees it"
    );
    send(
        &mut member,
        json!({ "type": "send", "client_id": "m1", "text": "still?" }),
    )
    .await;
    next_of(&mut member, "muted").await;

    send(&mut member, json!({ "type": "lock", "locked": true })).await;
    next_of(&mut member, "forbidden").await;

    send(
        &mut facilitator,
        json!({ "type": "remove_member", "user_id": member_id }),
    )
    .await;
    assert!(
        closed_within(&mut member, Duration::from_secs(5)).await,
        "removed from the room"
    );
    assert!(
        connect_with(&room, &room.members[0], None).await.is_err(),
        "and cannot come back"
    );

    let admin = create_person(&room.app, "admin@example.org", &[Role::Admin]).await;
    let log: Value = reqwest::Client::new()
        .get(
            room.app
                .url(&format!("/api/v1/sessions/{}/moderation", room.session_id)),
        )
        .bearer_auth(bearer(&room.app, &admin).await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in ["lock", "unlock", "slow_mode", "mute", "remove_member"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn a_report_reaches_facilitators_and_staff_without_naming_the_reporter() {
    let room = room().await;
    let (mut writer, _) = connect(&room, &room.members[0], 0).await;
    let (mut reporter, _) = connect(&room, &room.members[1], 0).await;
    for (id, text) in [("c1", "hello"), ("c2", "something hurtful"), ("c3", "bye")] {
        send(
            &mut writer,
            json!({ "type": "send", "client_id": id, "text": text }),
        )
        .await;
        next_of(&mut writer, "ack").await;
    }
    send(
        &mut reporter,
        json!({ "type": "report", "seq": 2, "reason": "this hurt" }),
    )
    .await;
    assert_eq!(next_of(&mut reporter, "reported").await["seq"], 2);
    send(&mut writer, json!({ "type": "ping" })).await;
    loop {
        let frame = next(&mut writer).await;
        assert_ne!(frame["type"], "reported", "the reported person is not told");
        if frame["type"] == "pong" {
            break;
        }
    }
    let get = |person: Person| {
        let app = room.app.clone();
        async move {
            reqwest::Client::new()
                .get(app.url("/api/v1/reports"))
                .bearer_auth(bearer(&app, &person).await)
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    let for_facilitator = get(Person {
        id: room.facilitator.id.clone(),
        email: room.facilitator.email.clone(),
        totp_secret: None,
    })
    .await;
    assert_eq!(for_facilitator["items"][0]["seq"], 2);
    assert_eq!(for_facilitator["items"][0]["reason"], "this hurt");
    let texts: Vec<&str> = for_facilitator["items"][0]["context"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        ["hello", "something hurtful", "bye"],
        "a few messages of context"
    );
    assert!(
        for_facilitator["items"][0].get("reporter_id").is_none(),
        "facilitators do not see who reported"
    );
    let for_family = get(Person {
        id: room.members[0].id.clone(),
        email: room.members[0].email.clone(),
        totp_secret: None,
    })
    .await;
    assert!(for_family["items"].as_array().unwrap().is_empty());

    let admin = create_person(&room.app, "admin@example.org", &[Role::Admin]).await;
    let admin_token = bearer(&room.app, &admin).await;
    let staff_view: Value = reqwest::Client::new()
        .get(room.app.url("/api/v1/reports"))
        .bearer_auth(&admin_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        staff_view["items"][0]["reporter_id"],
        room.members[1].id.as_str(),
        "staff do"
    );
    let handled = reqwest::Client::new()
        .post(room.app.url(&format!(
            "/api/v1/reports/{}/handle",
            staff_view["items"][0]["id"].as_str().unwrap()
        )))
        .bearer_auth(&admin_token)
        .json(&json!({ "outcome": "Talked with the member" }))
        .send()
        .await
        .unwrap();
    assert_eq!(handled.status(), 204);
    let after: Value = reqwest::Client::new()
        .get(room.app.url("/api/v1/reports"))
        .bearer_auth(&admin_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(after["items"][0]["handled"], true);
    assert_eq!(after["items"][0]["outcome"], "Talked with the member");
}

/// The room page as `person` sees it, signed in with a password in a browser.
async fn room_page_in_browser(room: &Room, person: &Person) -> String {
    let browser = room.app.new_browser();
    common::accounts::post_form(
        &browser,
        "/sign-in",
        &[
            ("email", &person.email),
            ("password", common::accounts::PASSWORD),
        ],
    )
    .await;
    browser
        .get(&format!("/sessions/{}/room", room.session_id))
        .await
        .text()
        .await
        .unwrap()
}

/// An HTML page as `token`'s holder sees it.
async fn page_as(app: &TestApp, token: &str, path: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .get(app.url(path))
        .bearer_auth(token)
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn reports_are_reviewed_and_handled_in_pages_and_each_reading_is_logged() {
    let room = room().await;
    let (mut writer, _) = connect(&room, &room.members[0], 0).await;
    let (mut reporter, _) = connect(&room, &room.members[1], 0).await;
    send(
        &mut writer,
        json!({ "type": "send", "client_id": "c1", "text": "something hurtful" }),
    )
    .await;
    next_of(&mut writer, "ack").await;
    send(
        &mut reporter,
        json!({ "type": "report", "seq": 1, "reason": "this hurt" }),
    )
    .await;
    next_of(&mut reporter, "reported").await;

    let facilitator = bearer(&room.app, &room.facilitator).await;
    let (status, html) = page_as(&room.app, &facilitator, "/reports").await;
    assert_eq!(status, 200);
    assert!(html.contains("something hurtful") && html.contains("this hurt"));
    assert!(
        !html.contains("Reported by"),
        "facilitators do not see who reported"
    );
    assert!(
        !html.contains("Mark as handled"),
        "only staff handle reports"
    );
    let family = bearer(&room.app, &room.members[0]).await;
    assert_eq!(page_as(&room.app, &family, "/reports").await.0, 404);

    let admin = create_person(&room.app, "admin@example.org", &[Role::Admin]).await;
    let staff = bearer(&room.app, &admin).await;
    let (_, html) = page_as(&room.app, &staff, "/reports").await;
    assert!(
        html.contains("Reported by") && html.contains("One open report"),
        "{html}"
    );
    let marker = "action=\"/reports/";
    let start = html.find(marker).unwrap() + marker.len();
    let report_id = &html[start..start + 36];
    let handled = reqwest::Client::new()
        .post(room.app.url(&format!("/reports/{report_id}/handle")))
        .bearer_auth(&staff)
        .form(&[("outcome", "Talked with the member")])
        .send()
        .await
        .unwrap();
    assert!(handled.status().is_success() || handled.status().is_redirection());
    let (_, html) = page_as(&room.app, &staff, "/reports").await;
    assert!(html.contains("Nothing waits for review.") && html.contains("Talked with the member"));

    let (_, log) = page_as(&room.app, &staff, "/admin/security-log").await;
    assert!(
        log.contains("Chat reports viewed"),
        "staff reading reports is logged"
    );
    let (status, log) = page_as(
        &room.app,
        &staff,
        &format!("/staff/sessions/{}/moderation", room.session_id),
    )
    .await;
    assert_eq!(status, 200);
    assert!(log.contains("Started the session"), "{log}");
}

#[tokio::test]
async fn staff_keep_crisis_contacts_per_language_and_the_room_shows_them() {
    let room = room().await;
    let admin = create_person(&room.app, "admin@example.org", &[Role::Admin]).await;
    let token = bearer(&room.app, &admin).await;
    let add = |body: Value| {
        let (app, token) = (&room.app, &token);
        async move {
            reqwest::Client::new()
                .post(app.url("/api/v1/crisis-contacts"))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(add(json!({ "language": "en", "name": "Example helpline", "phone": "+358 9 000 000", "hours": "24/7" })).await, 201);
    assert_eq!(
        add(json!({ "language": "fi", "name": "Esimerkkipuhelin", "phone": "09 000 001" })).await,
        201
    );
    assert_eq!(
        add(json!({ "language": "xx", "name": "", "phone": "call me" })).await,
        400
    );
    let families = reqwest::Client::new()
        .post(room.app.url("/api/v1/crisis-contacts"))
        .bearer_auth(bearer(&room.app, &room.members[0]).await)
        .json(&json!({ "language": "en", "name": "Fake", "phone": "123" }))
        .send()
        .await
        .unwrap();
    assert_eq!(families.status(), 403, "only staff edit the list");
    let english: Value = room
        .app
        .get("/api/v1/crisis-contacts?lang=en")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(english.as_array().unwrap().len(), 1);
    assert_eq!(english[0]["name"], "Example helpline");

    // The member's profile language is English: the room lists the English contact and 112.
    let html = room_page_in_browser(&room, &room.members[0]).await;
    assert!(
        html.contains("Example helpline") && html.contains(r#"href="tel:+3589000000""#),
        "{html}"
    );
    assert!(!html.contains("Esimerkkipuhelin"));
    assert!(html.contains("112"));

    // The same list kept in a page: a wrong phone number is refused and the form keeps what
    // was typed; a good one is added; one is removed.
    let add_form = |fields: Vec<(&'static str, &'static str)>| {
        let (app, token) = (&room.app, &token);
        async move {
            reqwest::Client::new()
                .post(app.url("/staff/crisis-contacts"))
                .bearer_auth(token)
                .header("Accept-Language", "en")
                .form(&fields)
                .send()
                .await
                .unwrap()
        }
    };
    let refused = add_form(vec![
        ("language", "ar"),
        ("name", "Khat"),
        ("phone", "call me"),
    ])
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Give a phone number") && html.contains(r#"value="Khat""#));
    let added = add_form(vec![
        ("language", "ar"),
        ("name", "Khat"),
        ("phone", "09 000 002"),
    ])
    .await;
    assert!(added.status().is_redirection() || added.status().is_success());
    let (_, html) = page_as(&room.app, &token, "/staff/crisis-contacts").await;
    assert!(html.contains("Khat") && html.contains("Esimerkkipuhelin"));
    let marker = "action=\"/staff/crisis-contacts/";
    let start = html.find(marker).unwrap() + marker.len();
    let id = &html[start..start + 36];
    reqwest::Client::new()
        .post(room.app.url(&format!("/staff/crisis-contacts/{id}/delete")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let (_, html) = page_as(&room.app, &token, "/staff/crisis-contacts").await;
    assert_eq!(html.matches("/delete\"").count(), 2, "one of three removed");
    let families = page_as(
        &room.app,
        &bearer(&room.app, &room.members[0]).await,
        "/staff/crisis-contacts",
    )
    .await;
    assert_eq!(families.0, 403);
}

#[tokio::test]
async fn members_write_only_while_a_facilitator_has_started_the_session_and_is_present() {
    let (sink, url) = common::smtp::SmtpSink::start().await;
    let app = common::spawn_app_with(|env| {
        env.insert("SMTP_URL".to_owned(), url);
        // Alerted at the first check after the facilitator has gone.
        env.insert("SILTA_UNATTENDED_ALERT_SECONDS".to_owned(), "0".to_owned());
    })
    .await;
    let room = unattended_room(app).await;
    let (mut member, welcome) = connect(&room, &room.members[0], 0).await;
    assert_eq!(welcome["rules"]["started"], false);
    assert_eq!(welcome["people"][0]["name"], "Test Person");
    send(
        &mut member,
        json!({ "type": "send", "client_id": "early", "text": "hello?" }),
    )
    .await;
    let refused = next_of(&mut member, "not_started").await;
    assert_eq!(refused["client_id"], "early", "the client knows which send");
    assert!(refused["message"].as_str().unwrap().contains("facilitator"));

    // The facilitator comes in and starts: everyone sees both.
    let (mut facilitator, _) = connect(&room, &room.facilitator, 0).await;
    let present = next_of(&mut member, "presence").await;
    assert!(
        present["people"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["facilitator"] == true),
        "{present}"
    );
    send(&mut facilitator, json!({ "type": "start_session" })).await;
    assert_eq!(next_of(&mut member, "room").await["started"], true);
    send(
        &mut member,
        json!({ "type": "send", "client_id": "now", "text": "hello!" }),
    )
    .await;
    assert_eq!(next_of(&mut member, "ack").await["seq"], 1);

    // The facilitator's connection drops: read-only, and staff are told once.
    drop(facilitator);
    let left = next_of(&mut member, "presence").await;
    assert!(
        left["people"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["facilitator"] == false),
        "{left}"
    );
    send(
        &mut member,
        json!({ "type": "send", "client_id": "alone", "text": "anyone?" }),
    )
    .await;
    assert_eq!(
        next_of(&mut member, "unattended").await["client_id"],
        "alone"
    );
    let alert =
        common::accounts::last_mail_text(&room.app, &sink, &room.coordinator.email, 0).await;
    assert!(alert.contains("Chat"), "names the group: {alert}");
    assert!(alert.contains(&format!("/sessions/{}/room", room.session_id)));

    // It reopens when a facilitator returns, and closes for writing when the session ends.
    let (mut facilitator, _) = connect(&room, &room.facilitator, 1).await;
    send(
        &mut member,
        json!({ "type": "send", "client_id": "back", "text": "welcome back" }),
    )
    .await;
    assert_eq!(next_of(&mut member, "ack").await["seq"], 2);
    send(&mut facilitator, json!({ "type": "end_session" })).await;
    let ended = next_of(&mut member, "room").await;
    assert_eq!(ended["ended"], true);
    send(
        &mut member,
        json!({ "type": "send", "client_id": "late", "text": "bye" }),
    )
    .await;
    next_of(&mut member, "ended").await;
    room.app.run_pending_jobs().await;
    let alerts = sink
        .received()
        .iter()
        .filter(|m| m.to.contains(&room.coordinator.email))
        .count();
    assert_eq!(alerts, 1, "one alert for one absence");
    let log: Value = reqwest::Client::new()
        .get(
            room.app
                .url(&format!("/api/v1/sessions/{}/moderation", room.session_id)),
        )
        .bearer_auth(bearer(&room.app, &room.coordinator).await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"start_session") && actions.contains(&"end_session"));
}

#[tokio::test]
async fn members_enter_a_room_only_around_its_session_time() {
    let room = room().await;
    let later = Room {
        session_id: room.later_session_id.clone(),
        ..room
    };
    let refused = connect_with(&later, &later.members[0], Some(&later.app.address)).await;
    match refused {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), 403)
        }
        other => panic!("expected 403, got {:?}", other.map(|_| ())),
    }
    let (_, welcome) = connect(&later, &later.facilitator, 0).await;
    assert_eq!(welcome["type"], "welcome", "facilitators may prepare early");

    let html = room_page_in_browser(&later, &later.members[0]).await;
    assert!(html.contains("The room opens at"), "{html}");
    assert!(
        !html.contains("chat.js"),
        "no connection before the room opens"
    );
}

/// A `silta serve` process of its own on the room's database and data folder, on a free
/// port, sharing the room's public URL (and so its tokens' issuer).
fn serve_process(room: &Room) -> (std::process::Child, TestApp) {
    serve_process_with(room, |_| {})
}

/// Like `serve_process`, with the command adjusted before it starts (its output, settings).
fn serve_process_with(
    room: &Room,
    adjust: impl FnOnce(&mut std::process::Command),
) -> (std::process::Child, TestApp) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut env = room.app.env.clone();
    env.insert("SILTA_BIND".to_owned(), format!("127.0.0.1:{port}"));
    env.insert("SILTA_PUBLIC_URL".to_owned(), room.app.address.clone());
    env.insert("RUST_LOG".to_owned(), "warn".to_owned());
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_silta"));
    command.arg("serve").env_clear().envs(&env);
    adjust(&mut command);
    let child = command.spawn().unwrap();
    let mut node = room.app.clone();
    node.address = format!("http://127.0.0.1:{port}");
    (child, node)
}

#[tokio::test]
async fn a_server_killed_right_after_acknowledging_keeps_every_acknowledged_message() {
    // Each member sends a full burst (the flood limit allows five at once).
    const MESSAGES_EACH: usize = 5;
    let room = unattended_room(spawn_app().await).await;
    let (mut server, node) = serve_process(&room);
    node.wait_until_ready().await;
    host(&room, &node).await;
    let mut sockets = Vec::new();
    for member in &room.members {
        let token = bearer(&room.app, member).await;
        let mut socket = connect_to(&node, &room, &token, None).await.unwrap();
        hello(&mut socket).await;
        for n in 0..MESSAGES_EACH {
            let client_id = format!("{}-{n}", member.id);
            send(
                &mut socket,
                json!({ "type": "send", "client_id": client_id, "text": format!("message {client_id}") }),
            )
            .await;
        }
        sockets.push(socket);
    }
    let mut acknowledged = Vec::new();
    for socket in &mut sockets {
        for _ in 0..MESSAGES_EACH {
            let ack = next_of(socket, "ack").await;
            acknowledged.push((
                ack["seq"].as_i64().unwrap(),
                format!("message {}", ack["client_id"].as_str().unwrap()),
            ));
        }
    }
    // No shutdown of any kind: the process dies the moment the last ack has arrived.
    server.kill().unwrap();
    server.wait().unwrap();

    let (mut restarted, node) = serve_process(&room);
    node.wait_until_ready().await;
    let stored: Vec<Value> = reqwest::Client::new()
        .get(node.url(&format!(
            "/api/v1/sessions/{}/messages?after=0",
            room.session_id
        )))
        .bearer_auth(bearer(&room.app, &room.facilitator).await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    restarted.kill().unwrap();
    restarted.wait().unwrap();
    let stored: Vec<(i64, String)> = stored
        .iter()
        .map(|m| {
            (
                m["seq"].as_i64().unwrap(),
                m["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    acknowledged.sort();
    assert_eq!(stored, acknowledged);
}

/// The user ids of the people in a `welcome` or `presence` frame, sorted.
fn present_ids(frame: &Value) -> Vec<String> {
    let mut ids: Vec<String> = frame["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["user_id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

/// A room on a node that renews its presence lease every second (so a lease runs out in
/// three), with its facilitator in it.
async fn room_renewing_presence_every_second() -> (Room, Socket) {
    let app = common::spawn_app_with(|env| {
        env.insert("SILTA_CHAT_PRESENCE_SECONDS".to_owned(), "1".to_owned());
    })
    .await;
    let room = unattended_room(app).await;
    let (facilitator, _) = connect(&room, &room.facilitator, 0).await;
    (room, facilitator)
}

#[tokio::test]
async fn the_people_of_a_node_that_died_leave_its_rooms_for_everyone_else() {
    let (room, mut facilitator) = room_renewing_presence_every_second().await;
    let (mut other_node, node) = serve_process(&room);
    node.wait_until_ready().await;
    let far = &room.members[0];
    let mut far_socket = connect_to(&node, &room, &bearer(&room.app, far).await, None)
        .await
        .unwrap();
    hello(&mut far_socket).await;

    // Someone entering on this node sees who is on the other one.
    let (_near, welcome) = connect(&room, &room.members[1], 0).await;
    let mut everyone = vec![
        room.facilitator.id.clone(),
        far.id.clone(),
        room.members[1].id.clone(),
    ];
    everyone.sort();
    assert_eq!(present_ids(&welcome), everyone);

    // The other node dies without a word: its lease runs out (three seconds) and this node
    // takes its people out of the room.
    other_node.kill().unwrap();
    other_node.wait().unwrap();
    let still_here = [&room.facilitator, &room.members[1]];
    assert!(
        shows_present(&mut facilitator, &still_here).await,
        "the far member is still shown as present"
    );
}

#[tokio::test]
async fn arrivals_and_departures_at_one_moment_end_in_the_right_presence() {
    let room = unattended_room(spawn_app().await).await;
    let (mut facilitator, _) = connect(&room, &room.facilitator, 0).await;
    let [first, second] = [&room.members[0], &room.members[1]];

    // Both members arrive at once, on two connections each: presence changes that close
    // together go out together, and what goes out last is who is there.
    let connections =
        futures_util::future::join_all((0..4).map(|i| connect(&room, &room.members[i % 2], 0)))
            .await;
    assert!(
        shows_present(&mut facilitator, &[&room.facilitator, first, second]).await,
        "everyone who arrived is shown"
    );

    // Three connections leave at once; the first member stays on the one left.
    let mut connections = connections.into_iter();
    let _staying = connections.next().unwrap();
    drop(connections);
    assert!(
        shows_present(&mut facilitator, &[&room.facilitator, first]).await,
        "the second member is shown gone, the first still there"
    );
}

/// Whether `socket` is told, within 15 s, that exactly `people` are in the room.
async fn shows_present(socket: &mut Socket, people: &[&Person]) -> bool {
    let mut expected: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    expected.sort();
    let told = tokio::time::timeout(Duration::from_secs(15), async {
        while let Some(Ok(message)) = socket.next().await {
            if let Message::Text(text) = message {
                let frame: Value = serde_json::from_str(&text).unwrap();
                if frame["type"] == "presence" && present_ids(&frame) == expected {
                    return true;
                }
            }
        }
        false
    })
    .await;
    told == Ok(true)
}

#[tokio::test]
async fn a_node_taken_for_stopped_after_a_stall_puts_its_people_back_in_the_room() {
    use diesel::prelude::*;
    use silta::db::schema::{chat_nodes, room_presence};
    let (room, mut facilitator) = room_renewing_presence_every_second().await;
    let (_member, _) = connect(&room, &room.members[0], 0).await;
    let everyone = [&room.facilitator, &room.members[0]];
    assert!(shows_present(&mut facilitator, &everyone).await);

    // What another node does when this one stalls past its lease: it removes the lease and
    // this node's people.
    room.app
        .state
        .db
        .run(|conn| {
            diesel::delete(chat_nodes::table).execute(conn)?;
            Ok(diesel::delete(room_presence::table).execute(conn)?)
        })
        .await
        .unwrap();
    assert!(stored_presence(&room).await.is_empty());

    // At its next refresh the node finds its lease gone, takes it anew, and its connections
    // enter again: both are shown present, without reconnecting.
    assert!(
        shows_present(&mut facilitator, &everyone).await,
        "the people of the stalled node are not back in the room"
    );
    let present = stored_presence(&room).await;
    assert_eq!(present.len(), 2, "{present:?}");
}

/// The room's presence as the database holds it now.
async fn stored_presence(room: &Room) -> Vec<silta::chat::presence::Present> {
    let session_id = room.session_id.clone();
    room.app
        .state
        .db
        .run(move |conn| {
            Ok(silta::chat::presence::in_room(
                conn,
                &session_id,
                silta::clock::now(),
            )?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn everyone_entering_at_once_gets_in_while_the_node_takes_its_lease() {
    use diesel::prelude::*;
    use silta::db::schema::chat_nodes;
    let room = unattended_room(spawn_app().await).await;
    // As on a node that has just started: no lease yet, so the first entries all take it.
    room.app
        .state
        .db
        .run(|conn| Ok(diesel::delete(chat_nodes::table).execute(conn)?))
        .await
        .unwrap();
    let member = &room.members[0];
    let token = bearer(&room.app, member).await;
    let entries = (0..8).map(|_| {
        let (room, token) = (&room, token.clone());
        async move {
            let mut socket = connect_to(&room.app, room, &token, None).await.unwrap();
            let welcome = hello(&mut socket).await;
            (socket, welcome)
        }
    });
    let entered = futures_util::future::join_all(entries).await;
    for (_, welcome) in &entered {
        assert_eq!(welcome["type"], "welcome", "{welcome}");
        assert_eq!(present_ids(welcome), vec![member.id.clone()], "{welcome}");
    }
}

#[tokio::test]
async fn members_are_shown_out_when_the_rooms_time_is_over_and_facilitators_stay() {
    use diesel::prelude::*;
    use silta::db::schema::group_sessions;
    let app = common::spawn_app_with(|env| {
        env.insert("SILTA_ROOM_OPENS_MINUTES_BEFORE".to_owned(), "0".to_owned());
    })
    .await;
    let room = unattended_room(app).await;
    // The session began an hour ago and ends in two seconds.
    let session_id = room.session_id.clone();
    room.app
        .state
        .db
        .run(move |conn| {
            let now = silta::clock::now();
            Ok(diesel::update(group_sessions::table.find(&session_id))
                .set((
                    group_sessions::starts_at.eq(now - chrono::TimeDelta::hours(1)),
                    group_sessions::ends_at.eq(now + chrono::TimeDelta::seconds(2)),
                ))
                .execute(conn)?)
        })
        .await
        .unwrap();
    let (mut facilitator, _) = connect(&room, &room.facilitator, 0).await;
    let mut member = connect_with(&room, &room.members[0], Some(&room.app.address))
        .await
        .unwrap();
    assert_eq!(hello(&mut member).await["type"], "welcome");

    // The heartbeat (every 15 s) notices that the time is over.
    let reason = close_reason(&mut member, Duration::from_secs(20)).await;
    assert_eq!(reason.as_deref(), Some("over"), "the member is shown out");
    send(&mut facilitator, json!({ "type": "start_session" })).await;
    assert_eq!(next_of(&mut facilitator, "room").await["started"], true);
    let refused = connect_with(&room, &room.members[1], Some(&room.app.address)).await;
    assert!(refused.is_err(), "nobody enters after the time");
}
