//! Stored chat messages and the moderation log.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, moderation_log, users};

use super::budget::SendBudgets;
use super::numbering::RoomNumbers;
use super::protocol::MessageOut;
use super::rules::{Refusal, RoomGate};

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

/// Stores drafts with their rooms' next sequence numbers, each in the order given within its
/// room; run in a transaction. A client id this author already sent returns the stored message
/// instead of a second copy. On PostgreSQL the rooms' session rows are locked in sorted order,
/// so two nodes' batches never wait on each other in a cycle; each room's rules, numbers and
/// send budgets are read once per batch, and its counter written once.
pub fn store_batch(
    conn: &mut AnyConnection,
    drafts: &[Draft],
    now: NaiveDateTime,
) -> QueryResult<Vec<Outcome>> {
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    // Stable: a room's messages keep the order in which they arrived.
    order.sort_by(|&a, &b| drafts[a].room.cmp(&drafts[b].room));
    let mut outcomes: Vec<Option<Outcome>> = vec![None; drafts.len()];
    for room_drafts in order.chunk_by(|&a, &b| drafts[a].room == drafts[b].room) {
        let room = &drafts[room_drafts[0]].room;
        if conn.is_postgres() {
            // SQLite's write lock, held since the transaction began, already serialises writers.
            crate::groups::service::lock_session(conn, room)?;
        }
        let (gate, numbers) = RoomGate::load(conn, room, now)?;
        let mut state = RoomState {
            gate,
            numbers,
            budgets: SendBudgets::load(conn, room, now)?,
        };
        for &index in room_drafts {
            outcomes[index] = Some(store_one(conn, &drafts[index], &mut state, now)?);
        }
        state.numbers.save(conn, room)?;
    }
    outcomes
        .into_iter()
        .map(|outcome| outcome.ok_or(diesel::result::Error::NotFound))
        .collect()
}

/// What the writer holds of one room while it stores a batch's messages for it.
struct RoomState {
    gate: RoomGate,
    numbers: RoomNumbers,
    budgets: SendBudgets,
}

/// Stores one draft: a retried client id costs nothing, then the room's rules apply, then the
/// author's send budget.
fn store_one(
    conn: &mut AnyConnection,
    draft: &Draft,
    room: &mut RoomState,
    now: NaiveDateTime,
) -> QueryResult<Outcome> {
    if let Some(existing) = by_client_id(conn, &draft.room, &draft.author_id, &draft.client_id)? {
        return Ok(Ok((existing, false)));
    }
    let admitted = room
        .gate
        .admits(conn, &draft.room, &draft.author_id, draft.moderator, now)?;
    if let Err(refusal) = admitted {
        return Ok(Err(refusal));
    }
    let Some(budget_full_at) = room.budgets.take(&draft.author_id, now) else {
        return Ok(Err(Refusal::TooFast));
    };
    let seq = room.numbers.last + 1;
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(chat_messages::table)
        .values((
            chat_messages::id.eq(&id),
            chat_messages::session_id.eq(&draft.room),
            chat_messages::seq.eq(seq),
            chat_messages::author_id.eq(&draft.author_id),
            chat_messages::client_id.eq(&draft.client_id),
            chat_messages::body.eq(&draft.text),
            chat_messages::created_at.eq(now),
            chat_messages::budget_full_at.eq(Some(budget_full_at)),
        ))
        .execute(conn)?;
    room.numbers.last = seq;
    Ok(Ok((
        MessageOut {
            seq,
            id,
            author: draft.author_name.clone(),
            author_id: draft.author_id.clone(),
            text: draft.text.clone(),
            at: now.and_utc(),
            removed: false,
            erased: false,
        },
        true,
    )))
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
