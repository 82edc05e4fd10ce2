//! The send budget: a burst of `SEND_BURST` messages, then one per `SEND_REFILL`, for each
//! person in each room, whatever connections and nodes they write from.
//!
//! It is kept with the messages: each stored message carries the moment its author's budget in
//! the room is full again (`budget_full_at`), the state of a token bucket in one number. The
//! writer reads the budgets that are not full yet of every room of a batch in one statement, with
//! the rooms' other
//! state and inside the transaction that stores, so every node sees every other node's spending
//! and nothing more is written than the messages themselves. Fan-out is not touched. Deleting
//! messages (retention, days later) deletes no budget that still counts.
//!
//! Connections keep a cheap copy of the rule each (`connection::SendBudget`), so that a flood
//! from one socket is refused before it reaches the writer.

use std::collections::HashMap;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::protocol::{SEND_BURST, SEND_REFILL};
use crate::db::AnyConnection;
use crate::db::schema::chat_messages;

/// The budgets of a room's people as the writer holds them while it stores one batch.
#[derive(Debug, Default)]
pub struct SendBudgets {
    /// When each person's budget is full again; people not here have a full budget.
    full_at: HashMap<String, NaiveDateTime>,
}

fn refill() -> TimeDelta {
    TimeDelta::from_std(SEND_REFILL).unwrap_or(TimeDelta::MAX)
}

impl SendBudgets {
    /// The budgets that are not full at `now` in each of `rooms`, in one statement.
    pub fn load_all(
        conn: &mut AnyConnection,
        rooms: &[String],
        now: NaiveDateTime,
    ) -> QueryResult<HashMap<String, Self>> {
        let spent: Vec<(String, String, Option<NaiveDateTime>)> = chat_messages::table
            .filter(chat_messages::session_id.eq_any(rooms))
            .filter(chat_messages::budget_full_at.gt(now))
            .group_by((chat_messages::session_id, chat_messages::author_id))
            .select((
                chat_messages::session_id,
                chat_messages::author_id,
                diesel::dsl::max(chat_messages::budget_full_at),
            ))
            .load(conn)?;
        let mut all: HashMap<String, Self> = rooms
            .iter()
            .map(|room| (room.clone(), Self::default()))
            .collect();
        for (room, author, full_at) in spent {
            if let (Some(budgets), Some(full_at)) = (all.get_mut(&room), full_at) {
                budgets.full_at.insert(author, full_at);
            }
        }
        Ok(all)
    }

    /// Spends one message of `author`'s budget at `now`: the moment it is full again, to be
    /// stored with the message, or `None` when it is spent (nothing changes then).
    pub fn take(&mut self, author: &str, now: NaiveDateTime) -> Option<NaiveDateTime> {
        let full_at = self.full_at.get(author).copied().unwrap_or(now).max(now);
        // `SEND_BURST - 1` messages' worth may be outstanding, and one more is taken now.
        let outstanding = refill() * (i32::from(SEND_BURST) - 1);
        if full_at > now + outstanding {
            return None;
        }
        let after = full_at + refill();
        self.full_at.insert(author.to_owned(), after);
        Some(after)
    }
}

#[cfg(test)]
mod tests {
    use super::{SendBudgets, refill};

    #[test]
    fn a_burst_then_one_per_refill_per_person() {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 3)
            .and_then(|d| d.and_hms_opt(18, 0, 0))
            .unwrap_or_default();
        let mut budgets = SendBudgets::default();
        let burst: Vec<_> = (0..6).map(|_| budgets.take("a", now)).collect();
        assert!(burst[..5].iter().all(Option::is_some), "{burst:?}");
        assert_eq!(burst[5], None, "the sixth at once is refused");
        assert!(
            budgets.take("b", now).is_some(),
            "another person has their own"
        );
        let later = now + refill();
        assert!(
            budgets.take("a", later).is_some(),
            "one more after a refill"
        );
        assert_eq!(budgets.take("a", later), None);
    }
}
