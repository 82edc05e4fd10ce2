//! The send budget (a burst of five, then one a second) is a person's in a room, whatever
//! connections, and on whatever nodes, they write from.

use super::*;

/// Sends `count` messages at once and reads their answers: how many were acknowledged and how
/// many refused as too fast. Anything else fails the test.
async fn burst(socket: &mut Socket, prefix: &str, count: usize) -> (usize, usize) {
    for n in 0..count {
        send(
            socket,
            json!({ "type": "send", "client_id": format!("{prefix}{n}"), "text": "quick" }),
        )
        .await;
    }
    let (mut acked, mut slowed) = (0, 0);
    while acked + slowed < count {
        let frame = next(socket).await;
        match (frame["type"].as_str(), frame["code"].as_str()) {
            (Some("ack"), _) => acked += 1,
            (Some("error"), Some("slow_down")) => slowed += 1,
            (Some("message") | Some("reload"), _) => {}
            other => panic!("unexpected answer {other:?}: {frame}"),
        }
    }
    (acked, slowed)
}

/// `first` spends the member's whole burst; right after, `second`, another connection of the
/// same member, is refused: it has no burst of its own. (A token comes back each second, so
/// unless the machine stalls for seconds between the two bursts, some of the second are refused.)
async fn second_connection_shares_the_burst(mut first: Socket, mut second: Socket) {
    hello(&mut first).await;
    hello(&mut second).await;
    assert_eq!(
        burst(
            &mut first,
            "a",
            usize::from(silta::chat::protocol::SEND_BURST)
        )
        .await,
        (5, 0),
        "a full burst"
    );
    let (_, slowed) = burst(&mut second, "b", 5).await;
    assert!(slowed > 0, "the second connection had a burst of its own");
}

#[tokio::test]
async fn two_connections_of_one_person_share_one_send_budget() {
    let room = room().await;
    let member = &room.members[0];
    let first = connect_with(&room, member, None).await.unwrap();
    let second = connect_with(&room, member, None).await.unwrap();
    second_connection_shares_the_burst(first, second).await;
}

/// On two nodes (through Redis when `SILTA_TEST_REDIS_URL` is set; without it they share only
/// the database, which is where the budget is kept).
#[tokio::test]
async fn one_persons_connections_on_two_nodes_share_one_send_budget() {
    let redis_url = std::env::var("SILTA_TEST_REDIS_URL").ok();
    let first = common::spawn_app_with(|env| {
        if let Some(url) = redis_url {
            env.insert("REDIS_URL".to_owned(), url);
        }
    })
    .await;
    let second_node = common::spawn_second_node(&first).await;
    let room = room_on(first).await;
    let token = bearer(&room.app, &room.members[0]).await;
    let on_first = connect_to(&room.app, &room, &token, None).await.unwrap();
    let on_second = connect_to(&second_node, &room, &token, None).await.unwrap();
    second_connection_shares_the_burst(on_first, on_second).await;
}

/// `count` more members of the room's group, each joined as the first two were.
pub(super) async fn more_members(room: &Room, count: usize) -> Vec<Person> {
    use diesel::prelude::*;
    use silta::db::schema::group_sessions;
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
    let mut members = Vec::new();
    for n in 0..count {
        let person = create_person(
            &room.app,
            &format!("member{n}@example.org"),
            &[Role::Family],
        )
        .await;
        let joined = reqwest::Client::new()
            .post(room.app.url(&format!("/api/v1/groups/{group_id}/join")))
            .bearer_auth(bearer(&room.app, &person).await)
            .send()
            .await
            .unwrap();
        assert!(joined.status().is_success());
        members.push(person);
    }
    members
}
