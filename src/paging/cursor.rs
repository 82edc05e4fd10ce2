//! The keyset of a list newest first: `(created_at, id)` descending, so the order is total and
//! stable while rows are added, and a cursor is the last row's pair.

use chrono::{DateTime, NaiveDateTime};

/// The key of the last row of a page; opaque to clients (hex of `micros|id`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub created_at: NaiveDateTime,
    pub id: String,
}

impl Cursor {
    pub fn new(created_at: NaiveDateTime, id: impl Into<String>) -> Self {
        Self {
            created_at,
            id: id.into(),
        }
    }

    pub fn encode(&self) -> String {
        let micros = self.created_at.and_utc().timestamp_micros();
        hex::encode(format!("{micros}|{}", self.id))
    }

    /// The cursor written by [`Cursor::encode`]; `None` for anything else.
    pub fn decode(text: &str) -> Option<Self> {
        if text.len() > 200 {
            return None;
        }
        let bytes = hex::decode(text).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let (micros, id) = text.split_once('|')?;
        let created_at = DateTime::from_timestamp_micros(micros.parse().ok()?)?.naive_utc();
        Some(Self::new(created_at, id))
    }
}

/// Where a page of a list begins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    /// After the row with this key (a cursor).
    After(Cursor),
    /// After this many rows (a page number).
    Skip(i64),
}

/// Orders a boxed diesel query newest first by `($created, $id)` and cuts it at `$position`,
/// reading `$limit` rows; the same SQL on SQLite and PostgreSQL (a row-value comparison
/// spelled out, which both use with an index on `(created_at, id)`).
///
/// ```ignore
/// let rows = keyset_page!(query, users::created_at, users::id, &position, limit + 1).load(conn)?;
/// ```
#[macro_export]
macro_rules! keyset_page {
    ($query:expr, $created:expr, $id:expr, $position:expr, $limit:expr) => {{
        let query = $query.order(($created.desc(), $id.desc())).limit($limit);
        match $position {
            $crate::paging::Position::After(cursor) => query.filter(
                $created.lt(cursor.created_at).or($created
                    .eq(cursor.created_at)
                    .and($id.lt(cursor.id.clone()))),
            ),
            $crate::paging::Position::Skip(skip) => query.offset(*skip),
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_and_garbage_is_refused() {
        let at = DateTime::from_timestamp_micros(1_780_000_000_123_456)
            .map(|d| d.naive_utc())
            .unwrap_or_default();
        let cursor = Cursor::new(at, "g-1|x");
        assert_eq!(Cursor::decode(&cursor.encode()), Some(cursor));
        assert_eq!(Cursor::decode("not a cursor"), None);
        assert_eq!(Cursor::decode(&hex::encode("x|y")), None);
    }
}
