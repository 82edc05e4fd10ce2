//! Stored chat messages and the moderation log.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, group_sessions, moderation_log, users};

use super::protocol::MessageOut;
use super::rules::Refusal;

type Columns = (
    chat_messages::seq,
    chat_messages::id,
    users::display_name,
    chat_messages::author_id,
    chat_messages::body,
    chat_messages::created_at,
    chat_messages::removed_at,
);
const COLUMNS: Columns = (
    chat_messages::seq,
    chat_messages::id,
    users::display_name,
    chat_messages::author_id,
    chat_messages::body,
    chat_messages::created_at,
    chat_messages::removed_at,
);
type Row = (
    i64,
    String,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

/// A removed message keeps its place (and number) but not its text.
fn out((seq, id, author, author_id, text, at, removed_at): Row) -> MessageOut {
    let removed = removed_at.is_some();
    MessageOut {
        seq,
        id,
        author,
        author_id,
        text: if removed { String::new() } else { text },
        at: at.and_utc(),
        removed,
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
        .select(COLUMNS)
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
        .select(COLUMNS)
        .first(conn)
        .optional()?;
    Ok(row.map(out))
}

/// Stores a message with the session's next sequence number, unless this author already sent
/// this client id (then the stored one is returned, not new). A new message must pass the
/// room's rules (`allowed`). Run in a transaction.
pub fn store(
    conn: &mut AnyConnection,
    session_id: &str,
    author_id: &str,
    client_id: &str,
    body: &str,
    now: NaiveDateTime,
    allowed: impl FnOnce(&mut AnyConnection) -> QueryResult<Result<(), Refusal>>,
) -> QueryResult<Result<(MessageOut, bool), Refusal>> {
    // Serialises writers of this session: the row lock on PostgreSQL, the write lock on SQLite.
    diesel::update(group_sessions::table.find(session_id))
        .set(group_sessions::id.eq(session_id))
        .execute(conn)?;
    if let Some(existing) = by_client_id(conn, session_id, author_id, client_id)? {
        return Ok(Ok((existing, false)));
    }
    if let Err(refusal) = allowed(conn)? {
        return Ok(Err(refusal));
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
    Ok(Ok((stored, true)))
}

/// Removes a message's text for everyone; false when there is no such message.
pub fn remove(
    conn: &mut AnyConnection,
    session_id: &str,
    seq: i64,
    actor_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        chat_messages::table
            .filter(chat_messages::session_id.eq(session_id))
            .filter(chat_messages::seq.eq(seq))
            .filter(chat_messages::removed_at.is_null()),
    )
    .set((
        chat_messages::removed_at.eq(Some(now)),
        chat_messages::removed_by.eq(Some(actor_id)),
        // The text itself is gone, not just hidden.
        chat_messages::body.eq(""),
    ))
    .execute(conn)
    .map(|n| n > 0)
}

/// Records a moderation action; `reason` is the moderator's own words, kept for staff.
pub fn log_action(
    conn: &mut AnyConnection,
    session_id: &str,
    actor_id: &str,
    action: &str,
    target_seq: Option<i64>,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(moderation_log::table)
        .values((
            moderation_log::id.eq(uuid::Uuid::new_v4().to_string()),
            moderation_log::session_id.eq(session_id),
            moderation_log::actor_id.eq(actor_id),
            moderation_log::action.eq(action),
            moderation_log::target_seq.eq(target_seq),
            moderation_log::reason.eq(reason),
            moderation_log::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// One moderation action as staff read it.
#[derive(Debug, Queryable, serde::Serialize)]
pub struct ModerationEntry {
    pub at: NaiveDateTime,
    pub actor: String,
    pub action: String,
    pub seq: Option<i64>,
    pub reason: Option<String>,
}

/// The moderation log of a session, newest first.
pub fn moderation_history(
    conn: &mut AnyConnection,
    session_id: &str,
) -> QueryResult<Vec<ModerationEntry>> {
    moderation_log::table
        .inner_join(users::table.on(users::id.eq(moderation_log::actor_id)))
        .filter(moderation_log::session_id.eq(session_id))
        .order(moderation_log::created_at.desc())
        .select((
            moderation_log::created_at,
            users::display_name,
            moderation_log::action,
            moderation_log::target_seq,
            moderation_log::reason,
        ))
        .load(conn)
}
