//! Gaps in what a client was sent are filled from storage, or the client is told to reload:
//! never are messages skipped without a word.

use diesel::prelude::*;
use silta::db::schema::chat_messages;

use super::*;

/// Stores messages `seqs` of the room by `author` as another node's writer would, without
/// their frames reaching this node. `created_at` is an SQL expression for their time.
async fn store_elsewhere(
    room: &Room,
    author: &Person,
    seqs: std::ops::RangeInclusive<i64>,
    created_at: &str,
) {
    let rows: Vec<String> = seqs
        .map(|seq| {
            format!(
                "('{}', '{}', {seq}, '{}', 'elsewhere-{seq}', 'stored elsewhere', {created_at})",
                uuid::Uuid::new_v4(),
                room.session_id,
                author.id
            )
        })
        .collect();
    let sql = format!(
        "INSERT INTO chat_messages (id, session_id, seq, author_id, client_id, body, created_at) \
         VALUES {}",
        rows.join(", ")
    );
    room.app
        .state
        .db
        .run(move |conn| Ok(diesel::sql_query(sql).execute(conn)?))
        .await
        .unwrap();
}

/// The numbers of the room's stored messages after `after`, as `person` reads its history.
async fn history_seqs(room: &Room, person: &Person, after: i64) -> Vec<i64> {
    let history: Value = reqwest::Client::new()
        .get(room.app.url(&format!(
            "/api/v1/sessions/{}/messages?after={after}",
            room.session_id
        )))
        .bearer_auth(bearer(&room.app, person).await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    history
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["seq"].as_i64().unwrap())
        .collect()
}

/// How the database failing to read the missed messages is brought about: message 1 is
/// stored (by "another node") with the time `'infinity'`, which PostgreSQL and SQLite both keep
/// in a TIMESTAMP column but which no chrono time can hold, so every read that includes it
/// fails, as a read that the database cannot answer does. It fails in this room only and only
/// for reads that reach that message: the writer, which reads no earlier messages back, goes on
/// storing, so the gap is made through the socket like any other. A renamed table or a failing
/// trigger would stop the writer too (triggers fire on writes, not on reads).
#[tokio::test]
async fn a_gap_that_storage_cannot_fill_tells_the_client_to_reload() {
    let room = room().await;
    let (mut writer, _) = connect(&room, &room.members[0], 0).await;
    let (mut reader, _) = connect(&room, &room.members[1], 0).await;
    store_elsewhere(&room, &room.members[0], 1..=1, "'infinity'").await;

    send(
        &mut writer,
        json!({ "type": "send", "client_id": "two", "text": "after the gap" }),
    )
    .await;
    assert_eq!(next_of(&mut writer, "ack").await["seq"], 2);
    assert_eq!(
        next(&mut reader).await,
        json!({ "type": "reload", "last_seq": 2 }),
        "the reader is told to reload, not left without message 1"
    );

    // Once storage reads again, the history holds both, and the room goes on live.
    let session_id = room.session_id.clone();
    room.app
        .state
        .db
        .run(move |conn| {
            Ok(diesel::update(
                chat_messages::table
                    .filter(chat_messages::session_id.eq(&session_id))
                    .filter(chat_messages::seq.eq(1)),
            )
            .set(chat_messages::created_at.eq(silta::clock::now()))
            .execute(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(history_seqs(&room, &room.members[1], 0).await, [1, 2]);
    send(
        &mut writer,
        json!({ "type": "send", "client_id": "three", "text": "and on" }),
    )
    .await;
    assert_eq!(next(&mut reader).await["message"]["seq"], 3);
}

/// More messages missing before a frame than one catch-up reads: the client reloads instead
/// of getting the first of them and never the rest.
#[tokio::test]
async fn a_gap_longer_than_a_catch_up_tells_the_client_to_reload() {
    let room = room().await;
    let (mut writer, _) = connect(&room, &room.members[0], 0).await;
    let (mut reader, _) = connect(&room, &room.members[1], 0).await;
    let missed = silta::chat::protocol::MAX_CATCH_UP + 1;
    store_elsewhere(&room, &room.members[0], 1..=missed, "CURRENT_TIMESTAMP").await;

    send(
        &mut writer,
        json!({ "type": "send", "client_id": "late", "text": "after many" }),
    )
    .await;
    assert_eq!(next_of(&mut writer, "ack").await["seq"], missed + 1);
    assert_eq!(
        next(&mut reader).await,
        json!({ "type": "reload", "last_seq": missed + 1 })
    );
    send(
        &mut writer,
        json!({ "type": "send", "client_id": "later", "text": "live again" }),
    )
    .await;
    assert_eq!(next(&mut reader).await["message"]["seq"], missed + 2);
}
