//! A room's message numbers only go up: deleting messages never makes a number come again.

use diesel::prelude::*;
use silta::db::schema::chat_messages;

use super::*;

/// Sends `texts` one after the other and waits for each acknowledgement; their numbers.
async fn send_all(socket: &mut Socket, texts: &[&str]) -> Vec<i64> {
    let mut seqs = Vec::new();
    for text in texts {
        send(
            socket,
            json!({ "type": "send", "client_id": text, "text": text }),
        )
        .await;
        seqs.push(next_of(socket, "ack").await["seq"].as_i64().unwrap());
    }
    seqs
}

#[tokio::test]
async fn after_retention_empties_a_room_its_numbers_go_on_from_the_last() {
    let room = room().await;
    let (mut writer, _) = connect(&room, &room.members[0], 0).await;
    assert_eq!(send_all(&mut writer, &["first", "second"]).await, [1, 2]);
    let (reader, _) = connect(&room, &room.members[1], 2).await;
    drop(reader);

    // Both messages are past the retention period: retention deletes every message of the room.
    let session_id = room.session_id.clone();
    let deleted = room
        .app
        .state
        .db
        .run(move |conn| {
            let now = silta::clock::now();
            diesel::update(chat_messages::table.filter(chat_messages::session_id.eq(&session_id)))
                .set(chat_messages::created_at.eq(now - chrono::TimeDelta::days(8)))
                .execute(conn)?;
            silta::chat::retention::apply(conn, now, 7)
        })
        .await
        .unwrap();
    assert_eq!(deleted, 2, "the room is empty");

    let after = send_all(&mut writer, &["after the clean-up"]).await;
    // The reader comes back with the last number it has, and gets exactly the new message.
    let (_, welcome) = connect(&room, &room.members[1], 2).await;
    let messages: Vec<(i64, &str)> = welcome["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["seq"].as_i64().unwrap(), m["text"].as_str().unwrap()))
        .collect();
    assert_eq!(messages, [(3, "after the clean-up")], "{welcome}");
    assert_eq!(after, [3]);
}

/// Takes the counter's migration back and applies it again, as on a database upgraded from a
/// version without it: its table is rebuilt from the stored messages.
fn migrate_the_counter_again(conn: &mut silta::db::AnyConnection) {
    let backend = if conn.is_postgres() {
        "postgres"
    } else {
        "sqlite"
    };
    let source = diesel_migrations::FileBasedMigrations::from_path(format!(
        "{}/migrations/{backend}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    match conn {
        silta::db::AnyConnection::Postgres(pg) => migrate_again(pg, &source),
        silta::db::AnyConnection::Sqlite(lite) => migrate_again(lite, &source),
    }
}

fn migrate_again<DB, C>(conn: &mut C, source: &diesel_migrations::FileBasedMigrations)
where
    DB: diesel::backend::Backend,
    C: diesel_migrations::MigrationHarness<DB>,
    diesel_migrations::FileBasedMigrations: diesel::migration::MigrationSource<DB>,
{
    let migrations = diesel::migration::MigrationSource::<DB>::migrations(source).unwrap();
    let counter = migrations
        .iter()
        .find(|m| m.name().to_string().ends_with("_room_sequences"))
        .expect("the counter's migration");
    conn.revert_migration(counter.as_ref()).unwrap();
    conn.run_migration(counter.as_ref()).unwrap();
}

#[tokio::test]
async fn the_counter_starts_from_the_messages_stored_before_it() {
    use silta::db::schema::room_sequences;
    let room = room().await;
    let (mut writer, _) = connect(&room, &room.members[0], 0).await;
    assert_eq!(send_all(&mut writer, &["one", "two"]).await, [1, 2]);
    let session_id = room.session_id.clone();
    let counted: i64 = room
        .app
        .state
        .db
        .run(move |conn| {
            migrate_the_counter_again(conn);
            Ok(room_sequences::table
                .find(&session_id)
                .select(room_sequences::last_seq)
                .first(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(counted, 2);
    assert_eq!(send_all(&mut writer, &["three"]).await, [3]);
}
