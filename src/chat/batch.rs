//! Storing a batch of messages, however many rooms they are for, in a fixed number of
//! statements: the rooms' rows are locked, their rules, numbers and send budgets read, and the
//! authors' earlier copies of retried messages found, one statement each for the whole batch;
//! then the new messages are written in one insert and the rooms' counters in one upsert. On
//! PostgreSQL every statement is a round trip, and a batch of messages for a few hundred rooms
//! used to cost seven per message (benches/RESULTS.md).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::budget::SendBudgets;
use super::model::{Draft, Outcome, sent_before};
use super::numbering::RoomNumbers;
use super::protocol::MessageOut;
use super::rules::{Refusal, RoomGate};
use crate::db::AnyConnection;
use crate::db::schema::chat_messages;

/// A message's place in the batch: its room, its author and the client's id for it.
pub type Key = (String, String, String);

fn key_of(draft: &Draft) -> Key {
    (
        draft.room.clone(),
        draft.author_id.clone(),
        draft.client_id.clone(),
    )
}

#[derive(Insertable)]
#[diesel(table_name = chat_messages)]
struct NewMessage {
    id: String,
    session_id: String,
    seq: i64,
    author_id: String,
    client_id: String,
    body: String,
    created_at: NaiveDateTime,
    budget_full_at: Option<NaiveDateTime>,
}

/// What the writer holds of the batch's rooms while it numbers their messages.
struct Batch {
    gates: HashMap<String, RoomGate>,
    numbers: HashMap<String, RoomNumbers>,
    budgets: HashMap<String, SendBudgets>,
    /// Messages already stored (earlier, or earlier in this batch), by their key.
    stored: HashMap<Key, MessageOut>,
    /// (room, author) of the new messages of this batch, for slow mode.
    wrote: HashSet<(String, String)>,
    new: Vec<NewMessage>,
}

/// Stores drafts with their rooms' next sequence numbers, each room's in the order given; run
/// in a transaction. A client id this author already sent returns the stored message instead
/// of a second copy. On PostgreSQL the rooms' session rows are locked first, in sorted order,
/// so two nodes' batches never wait on each other in a cycle.
pub fn store(
    conn: &mut AnyConnection,
    drafts: &[Draft],
    now: NaiveDateTime,
) -> QueryResult<Vec<Outcome>> {
    let mut rooms: Vec<String> = drafts.iter().map(|draft| draft.room.clone()).collect();
    rooms.sort_unstable();
    rooms.dedup();
    crate::groups::service::lock_sessions(conn, &rooms)?;
    let keys: Vec<Key> = drafts.iter().map(key_of).collect();
    let mut batch = Batch {
        gates: RoomGate::load_all(conn, &rooms, now)?,
        numbers: RoomNumbers::load_all(conn, &rooms)?,
        budgets: SendBudgets::load_all(conn, &rooms, now)?,
        stored: sent_before(conn, &rooms, &keys)?,
        wrote: HashSet::new(),
        new: Vec::new(),
    };
    let mut outcomes = Vec::with_capacity(drafts.len());
    for (draft, key) in drafts.iter().zip(keys) {
        outcomes.push(batch.take(conn, draft, key, now)?);
    }
    if !batch.new.is_empty() {
        crate::on_backend!(conn, |c| diesel::insert_into(chat_messages::table)
            .values(&batch.new)
            .execute(c))?;
    }
    RoomNumbers::save_all(conn, &batch.numbers)?;
    Ok(outcomes)
}

impl Batch {
    /// Numbers one draft: a retried client id costs nothing, then the room's rules apply, then
    /// the author's send budget.
    fn take(
        &mut self,
        conn: &mut AnyConnection,
        draft: &Draft,
        key: Key,
        now: NaiveDateTime,
    ) -> QueryResult<Outcome> {
        if let Some(existing) = self.stored.get(&key) {
            return Ok(Ok((existing.clone(), false)));
        }
        let room = &draft.room;
        let (Some(gate), Some(numbers), Some(budgets)) = (
            self.gates.get(room),
            self.numbers.get_mut(room),
            self.budgets.get_mut(room),
        ) else {
            return Err(diesel::result::Error::NotFound);
        };
        let wrote = self
            .wrote
            .contains(&(room.clone(), draft.author_id.clone()));
        let author = (draft.author_id.as_str(), draft.moderator, wrote);
        if let Err(refusal) = gate.admits(conn, room, author, now)? {
            return Ok(Err(refusal));
        }
        let Some(budget_full_at) = budgets.take(&draft.author_id, now) else {
            return Ok(Err(Refusal::TooFast));
        };
        numbers.last += 1;
        let message = MessageOut {
            seq: numbers.last,
            id: uuid::Uuid::new_v4().to_string(),
            author: draft.author_name.clone(),
            author_id: draft.author_id.clone(),
            text: draft.text.clone(),
            at: now.and_utc(),
            removed: false,
            erased: false,
        };
        self.new.push(NewMessage {
            id: message.id.clone(),
            session_id: room.clone(),
            seq: message.seq,
            author_id: draft.author_id.clone(),
            client_id: draft.client_id.clone(),
            body: draft.text.clone(),
            created_at: now,
            budget_full_at: Some(budget_full_at),
        });
        self.wrote.insert((room.clone(), draft.author_id.clone()));
        self.stored.insert(key, message.clone());
        Ok(Ok((message, true)))
    }
}
