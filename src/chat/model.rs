//! Stored chat messages.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, group_sessions, users};

use super::protocol::MessageOut;

type Row = (i64, String, String, String, String, NaiveDateTime);

fn out((seq, id, author, author_id, text, at): Row) -> MessageOut {
    MessageOut {
        seq,
        id,
        author,
        author_id,
        text,
        at: at.and_utc(),
    }
}

/// Messages of a session after `after_seq`, oldest first, at most `limit`.
pub fn since(
    conn: &mut AnyConnection,
    session_id: &str,
    after_seq: i64,
    limit: i64,
) -> QueryResult<Vec<MessageOut>> {
    let rows: Vec<Row> = chat_messages::table
        .inner_join(users::table.on(users::id.eq(chat_messages::author_id)))
        .filter(chat_messages::session_id.eq(session_id))
        .filter(chat_messages::seq.gt(after_seq))
        .order(chat_messages::seq)
        .limit(limit)
        .select((
            chat_messages::seq,
            chat_messages::id,
            users::display_name,
            chat_messages::author_id,
            chat_messages::body,
            chat_messages::created_at,
        ))
        .load(conn)?;
    Ok(rows.into_iter().map(out).collect())
}

pub fn last_seq(conn: &mut AnyConnection, session_id: &str) -> QueryResult<i64> {
    chat_messages::table
        .filter(chat_messages::session_id.eq(session_id))
        .select(diesel::dsl::max(chat_messages::seq))
        .first::<Option<i64>>(conn)
        .map(|seq| seq.unwrap_or(0))
}

fn by_client_id(
    conn: &mut AnyConnection,
    session_id: &str,
    author_id: &str,
    client_id: &str,
) -> QueryResult<Option<MessageOut>> {
    let row: Option<Row> = chat_messages::table
        .inner_join(users::table.on(users::id.eq(chat_messages::author_id)))
        .filter(chat_messages::session_id.eq(session_id))
        .filter(chat_messages::author_id.eq(author_id))
        .filter(chat_messages::client_id.eq(client_id))
        .select((
            chat_messages::seq,
            chat_messages::id,
            users::display_name,
            chat_messages::author_id,
            chat_messages::body,
            chat_messages::created_at,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(out))
}

/// Stores a message with the session's next sequence number, unless this author already sent
/// this client id; returns the stored message and whether it is new. Run in a transaction.
pub fn store(
    conn: &mut AnyConnection,
    session_id: &str,
    author_id: &str,
    client_id: &str,
    body: &str,
    now: NaiveDateTime,
) -> QueryResult<(MessageOut, bool)> {
    // Serialises writers of this session: the row lock on PostgreSQL, the write lock on SQLite.
    diesel::update(group_sessions::table.find(session_id))
        .set(group_sessions::id.eq(session_id))
        .execute(conn)?;
    if let Some(existing) = by_client_id(conn, session_id, author_id, client_id)? {
        return Ok((existing, false));
    }
    let seq = last_seq(conn, session_id)? + 1;
    diesel::insert_into(chat_messages::table)
        .values((
            chat_messages::id.eq(uuid::Uuid::new_v4().to_string()),
            chat_messages::session_id.eq(session_id),
            chat_messages::seq.eq(seq),
            chat_messages::author_id.eq(author_id),
            chat_messages::client_id.eq(client_id),
            chat_messages::body.eq(body),
            chat_messages::created_at.eq(now),
        ))
        .execute(conn)?;
    let stored = by_client_id(conn, session_id, author_id, client_id)?
        .ok_or(diesel::result::Error::NotFound)?;
    Ok((stored, true))
}
