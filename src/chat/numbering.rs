//! A room's message numbers: 1, 2, 3… without gaps, and never one twice. The last number
//! given is kept in `room_sequences`, apart from the messages, so deleting messages (retention)
//! never lowers it.

use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::room_sequences;

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

    /// Keeps the last number given in the room's counter: one statement per room and batch,
    /// none when nothing new was numbered. Runs in the transaction that stored the messages,
    /// after the room was locked for it (see `model::store_batch`).
    pub fn save(&self, conn: &mut AnyConnection, session_id: &str) -> QueryResult<()> {
        match self.counted {
            Some(counted) if counted >= self.last => Ok(()),
            Some(_) => diesel::update(room_sequences::table.find(session_id))
                .set(room_sequences::last_seq.eq(self.last))
                .execute(conn)
                .map(|_| ()),
            None if self.last == 0 => Ok(()),
            None => diesel::insert_into(room_sequences::table)
                .values((
                    room_sequences::session_id.eq(session_id),
                    room_sequences::last_seq.eq(self.last),
                ))
                .execute(conn)
                .map(|_| ()),
        }
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
