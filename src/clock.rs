//! The one clock every feature reads, so times are taken the same way everywhere.

use chrono::{NaiveDateTime, Utc};

/// The current time in UTC, as stored in the database.
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}
