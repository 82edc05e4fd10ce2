//! Who has read a family's personal data: a row for every reading by someone other than the
//! family (staff, a facilitator, a municipal partner, a service through a referral's link),
//! saying who, in which role, what and why. Rows are only ever added; the family sees them on
//! its privacy page and a retention job removes them after the period the privacy feature sets.
//!
//! Features write here from inside the transaction that reads the data, so a reading that is
//! shown is a reading that is logged.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;

diesel::table! {
    access_log (id) {
        id -> Text,
        family_id -> Text,
        reader_id -> Nullable<Text>,
        reader_role -> Text,
        item_kind -> Text,
        item_id -> Text,
        purpose -> Text,
        read_at -> Timestamp,
    }
}

/// One reading of a family's data.
#[derive(Debug, Clone)]
pub struct Reading<'a> {
    pub family_id: &'a str,
    /// The account that read, or `None` for a service reading through a link.
    pub reader_id: Option<&'a str>,
    /// The role the reader read in (`referral_worker`, `municipal_partner`, `service_link`…).
    pub reader_role: &'a str,
    /// What was read (`referral`, `consent`…) and its id.
    pub item_kind: &'a str,
    pub item_id: &'a str,
    /// The purpose the screen serves (`referral_follow_up`…); a Fluent key suffix.
    pub purpose: &'a str,
}

/// A logged reading, as shown to the family.
#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = access_log)]
pub struct Logged {
    pub id: String,
    pub family_id: String,
    pub reader_id: Option<String>,
    pub reader_role: String,
    pub item_kind: String,
    pub item_id: String,
    pub purpose: String,
    pub read_at: NaiveDateTime,
}

pub fn record(conn: &mut AnyConnection, reading: &Reading, at: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(access_log::table)
        .values((
            access_log::id.eq(uuid::Uuid::new_v4().to_string()),
            access_log::family_id.eq(reading.family_id),
            access_log::reader_id.eq(reading.reader_id),
            access_log::reader_role.eq(reading.reader_role),
            access_log::item_kind.eq(reading.item_kind),
            access_log::item_id.eq(reading.item_id),
            access_log::purpose.eq(reading.purpose),
            access_log::read_at.eq(at),
        ))
        .execute(conn)
        .map(|_| ())
}

/// A screen that shows one reader the data of several families (a list, a roster): who reads,
/// in which role, what and why. Each family shown gets one row per reading of the screen,
/// however many of its items or people the screen shows.
#[derive(Debug, Clone)]
pub struct Screen<'a> {
    pub reader_id: &'a str,
    pub reader_role: &'a str,
    /// The reader's own family: its data is the reader's own, so it is not logged.
    pub own_family: Option<&'a str>,
    pub item_kind: &'a str,
    pub purpose: &'a str,
}

impl Screen<'_> {
    /// Writes the readings of the families in `shown`, pairs of (family id, id of the item
    /// read): one row per family, naming the first of its items.
    pub fn record<'s>(
        &self,
        conn: &mut AnyConnection,
        shown: impl IntoIterator<Item = (&'s str, &'s str)>,
        at: NaiveDateTime,
    ) -> QueryResult<()> {
        let mut logged: Vec<&str> = Vec::new();
        for (family_id, item_id) in shown {
            if self.own_family == Some(family_id) || logged.contains(&family_id) {
                continue;
            }
            logged.push(family_id);
            let reading = Reading {
                family_id,
                reader_id: Some(self.reader_id),
                reader_role: self.reader_role,
                item_kind: self.item_kind,
                item_id,
                purpose: self.purpose,
            };
            record(conn, &reading, at)?;
        }
        Ok(())
    }
}

/// A family's log, newest first.
pub fn of_family(
    conn: &mut AnyConnection,
    family_id: &str,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<Logged>, i64)> {
    let total = access_log::table
        .filter(access_log::family_id.eq(family_id))
        .count()
        .get_result(conn)?;
    let rows = access_log::table
        .filter(access_log::family_id.eq(family_id))
        .order((access_log::read_at.desc(), access_log::id.desc()))
        .offset(offset)
        .limit(limit)
        .select(Logged::as_select())
        .load(conn)?;
    Ok((rows, total))
}

/// Removes the rows read before `before`, at most `batch` of them; the number removed.
pub fn purge(conn: &mut AnyConnection, before: NaiveDateTime, batch: i64) -> QueryResult<usize> {
    let ids: Vec<String> = access_log::table
        .filter(access_log::read_at.lt(before))
        .order(access_log::read_at.asc())
        .limit(batch)
        .select(access_log::id)
        .load(conn)?;
    diesel::delete(access_log::table.filter(access_log::id.eq_any(&ids))).execute(conn)
}
