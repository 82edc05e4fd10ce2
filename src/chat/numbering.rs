//! A room's message numbers: 1, 2, 3… without gaps, and never one twice. The last number
//! given is kept in `room_sequences`, apart from the messages, so deleting messages (retention)
//! never lowers it.

use std::collections::HashMap;

use diesel::dsl::max;
use diesel::prelude::*;
use diesel::upsert::excluded;

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, room_sequences};

/// A room's numbers as the writer holds them while it stores one batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoomNumbers {
    /// The last number given in the room.
    pub last: i64,
    /// What the room's counter holds; `None`: it has none yet.
    counted: Option<i64>,
}

impl RoomNumbers {
    /// From the room's counter and the highest number among its stored messages: the higher of
    /// the two, so that messages stored without the counter (by an older version) count too.
    pub fn new(counted: Option<i64>, highest_stored: Option<i64>) -> Self {
        Self {
            last: counted.unwrap_or(0).max(highest_stored.unwrap_or(0)),
            counted,
        }
    }

    /// The numbers of `rooms`, in two statements whatever their count: the counters, and for
    /// rooms without one the highest stored message. A room's counter, once it has one, is
    /// written in every transaction that numbers its messages (and was filled from the stored
    /// messages when counters came, migration 000007), so it is never behind them.
    pub fn load_all(
        conn: &mut AnyConnection,
        rooms: &[String],
    ) -> QueryResult<HashMap<String, Self>> {
        let counted: HashMap<String, i64> = room_sequences::table
            .filter(room_sequences::session_id.eq_any(rooms))
            .select((room_sequences::session_id, room_sequences::last_seq))
            .load::<(String, i64)>(conn)?
            .into_iter()
            .collect();
        let uncounted: Vec<&String> = rooms
            .iter()
            .filter(|room| !counted.contains_key(*room))
            .collect();
        let highest: HashMap<String, Option<i64>> = if uncounted.is_empty() {
            HashMap::new()
        } else {
            chat_messages::table
                .filter(chat_messages::session_id.eq_any(uncounted))
                .group_by(chat_messages::session_id)
                .select((chat_messages::session_id, max(chat_messages::seq)))
                .load::<(String, Option<i64>)>(conn)?
                .into_iter()
                .collect()
        };
        Ok(rooms
            .iter()
            .map(|room| {
                let numbers = Self::new(
                    counted.get(room).copied(),
                    highest.get(room).copied().flatten(),
                );
                (room.clone(), numbers)
            })
            .collect())
    }

    /// Keeps the last numbers given in the rooms' counters: one statement for the batch, none
    /// when nothing new was numbered. Runs in the transaction that stored the messages, after
    /// the rooms were locked for it (see `chat::batch`).
    pub fn save_all(conn: &mut AnyConnection, rooms: &HashMap<String, Self>) -> QueryResult<()> {
        let changed: Vec<_> = rooms
            .iter()
            .filter(|(_, numbers)| numbers.counted.unwrap_or(0) < numbers.last)
            .map(|(room, numbers)| {
                (
                    room_sequences::session_id.eq(room),
                    room_sequences::last_seq.eq(numbers.last),
                )
            })
            .collect();
        if changed.is_empty() {
            return Ok(());
        }
        crate::on_backend!(conn, |c| diesel::insert_into(room_sequences::table)
            .values(&changed)
            .on_conflict(room_sequences::session_id)
            .do_update()
            .set(room_sequences::last_seq.eq(excluded(room_sequences::last_seq)))
            .execute(c))
        .map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::RoomNumbers;

    #[test]
    fn numbers_go_on_from_the_higher_of_the_counter_and_the_stored_messages() {
        assert_eq!(RoomNumbers::new(None, None).last, 0);
        assert_eq!(RoomNumbers::new(Some(7), None).last, 7, "messages deleted");
        assert_eq!(
            RoomNumbers::new(None, Some(3)).last,
            3,
            "stored before the counter"
        );
        assert_eq!(RoomNumbers::new(Some(7), Some(9)).last, 9);
        assert_eq!(RoomNumbers::new(Some(9), Some(7)).last, 9);
    }
}
