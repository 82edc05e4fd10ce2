//! Stored chat messages and the moderation log.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, moderation_log, users};

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
        erased: author_id == crate::personal_data::STAND_IN,
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
        .get_result::<Option<i64>>(conn)
        .map(|seq| seq.unwrap_or(0))
}

/// The stored messages among `keys` ((room, author, client id) of a batch's drafts): what a
/// retried send returns instead of a second copy. One statement for the batch.
pub fn sent_before(
    conn: &mut AnyConnection,
    rooms: &[String],
    keys: &[super::batch::Key],
) -> QueryResult<HashMap<super::batch::Key, MessageOut>> {
    let wanted: HashSet<&super::batch::Key> = keys.iter().collect();
    let clients: Vec<&str> = keys.iter().map(|(_, _, client)| client.as_str()).collect();
    let rows: Vec<(String, String, Row)> = chat_messages::table
        .inner_join(users::table.on(users::id.eq(chat_messages::author_id)))
        .filter(chat_messages::session_id.eq_any(rooms))
        .filter(chat_messages::client_id.eq_any(clients))
        .select((chat_messages::session_id, chat_messages::client_id, COLUMNS))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(room, client, row)| ((room, row.3.clone(), client), row))
        .filter(|(key, _)| wanted.contains(key))
        .map(|(key, row)| (key, out(row)))
        .collect())
}

/// A message on its way to storage, as a connection hands it to the writer.
#[derive(Debug, Clone)]
pub struct Draft {
    pub room: String,
    pub author_id: String,
    pub author_name: String,
    pub client_id: String,
    pub text: String,
    /// A facilitator of the group or staff: the room's rules do not apply.
    pub moderator: bool,
}

/// A stored message (`true` when new, `false` for the earlier copy of a retried client id),
/// or why the room's rules refused it.
pub type Outcome = Result<(MessageOut, bool), Refusal>;

/// Stores drafts with their rooms' next sequence numbers; run in a transaction (see
/// [`super::batch::store`]).
pub fn store_batch(
    conn: &mut AnyConnection,
    drafts: &[Draft],
    now: NaiveDateTime,
) -> QueryResult<Vec<Outcome>> {
    super::batch::store(conn, drafts, now)
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
#[derive(Debug, Queryable, serde::Serialize, utoipa::ToSchema)]
pub struct ModerationEntry {
    pub id: String,
    pub at: NaiveDateTime,
    pub actor: String,
    pub action: String,
    pub seq: Option<i64>,
    pub reason: Option<String>,
}

/// Every action the moderation log holds.
pub const ACTIONS: &[&str] = &[
    "remove_message",
    "mute",
    "remove_member",
    "lock",
    "unlock",
    "slow_mode",
    "start_session",
    "end_session",
];

type Backend = <AnyConnection as Connection>::Backend;

fn moderation_of<'a>(
    session_id: &str,
    action: Option<&str>,
) -> moderation_log::BoxedQuery<'a, Backend> {
    let mut query = moderation_log::table
        .filter(moderation_log::session_id.eq(session_id.to_owned()))
        .into_boxed();
    if let Some(action) = action {
        query = query.filter(moderation_log::action.eq(action.to_owned()));
    }
    query
}

/// How many actions of the session's log match.
pub fn moderation_count(
    conn: &mut AnyConnection,
    session_id: &str,
    action: Option<&str>,
) -> QueryResult<i64> {
    moderation_of(session_id, action).count().get_result(conn)
}

/// Up to `limit` actions of a session's moderation log from `position`, newest first; `actor`
/// is the actor's id here (the service puts names in).
pub fn moderation_page(
    conn: &mut AnyConnection,
    session_id: &str,
    action: Option<&str>,
    position: &crate::paging::Position,
    limit: i64,
) -> QueryResult<Vec<ModerationEntry>> {
    let page = crate::keyset_page!(
        moderation_of(session_id, action),
        moderation_log::created_at,
        moderation_log::id,
        position,
        limit
    );
    page.select((
        moderation_log::id,
        moderation_log::created_at,
        moderation_log::actor_id,
        moderation_log::action,
        moderation_log::target_seq,
        moderation_log::reason,
    ))
    .load(conn)
}
