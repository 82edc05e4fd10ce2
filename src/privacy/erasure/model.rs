//! The `privacy_erasures` and `privacy_protected` tables: each request to erase an account
//! (open while its grace period runs or while it waits for an administrator), and what an
//! erasure kept because the law or a claim needs it.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::personal_data::Protected;

diesel::table! {
    privacy_erasures (id) {
        id -> Text,
        user_id -> Nullable<Text>,
        channel -> Text,
        recorded_by -> Nullable<Text>,
        note -> Text,
        approved_by -> Nullable<Text>,
        approved_at -> Nullable<Timestamp>,
        requested_at -> Timestamp,
        due_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
        refused_at -> Nullable<Timestamp>,
        done_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    privacy_protected (id) {
        id -> Text,
        erasure_id -> Text,
        table_name -> Text,
        record_id -> Text,
        reason -> Text,
        keep_until -> Timestamp,
        created_at -> Timestamp,
    }
}

diesel::joinable!(privacy_protected -> privacy_erasures (erasure_id));
diesel::allow_tables_to_appear_in_same_query!(privacy_erasures, privacy_protected);

/// The person asked themself, after signing in again.
pub const SELF: &str = "self";
/// Staff recorded a request made by phone; an administrator approves it.
pub const PHONE: &str = "phone";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = privacy_erasures)]
pub struct Request {
    pub id: String,
    pub user_id: Option<String>,
    pub channel: String,
    pub recorded_by: Option<String>,
    pub note: String,
    pub approved_by: Option<String>,
    pub requested_at: NaiveDateTime,
    pub due_at: Option<NaiveDateTime>,
}

/// A request is open until it is done, cancelled or refused.
macro_rules! open {
    () => {
        privacy_erasures::done_at
            .is_null()
            .and(privacy_erasures::cancelled_at.is_null())
            .and(privacy_erasures::refused_at.is_null())
    };
}

pub struct NewRequest<'a> {
    pub user_id: &'a str,
    pub channel: &'a str,
    pub recorded_by: Option<&'a str>,
    pub note: &'a str,
    pub due_at: Option<NaiveDateTime>,
}

pub fn insert(
    conn: &mut AnyConnection,
    new: &NewRequest,
    now: NaiveDateTime,
) -> QueryResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(privacy_erasures::table)
        .values((
            privacy_erasures::id.eq(&id),
            privacy_erasures::user_id.eq(new.user_id),
            privacy_erasures::channel.eq(new.channel),
            privacy_erasures::recorded_by.eq(new.recorded_by),
            privacy_erasures::note.eq(new.note),
            privacy_erasures::requested_at.eq(now),
            privacy_erasures::due_at.eq(new.due_at),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The person's open request, if any.
pub fn open_of(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Option<Request>> {
    privacy_erasures::table
        .filter(privacy_erasures::user_id.eq(user_id))
        .filter(open!())
        .select(Request::as_select())
        .first(conn)
        .optional()
}

pub fn find_open(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Request>> {
    privacy_erasures::table
        .find(id)
        .filter(open!())
        .select(Request::as_select())
        .first(conn)
        .optional()
}

/// Phone requests waiting for an administrator, oldest first.
pub fn awaiting_approval(conn: &mut AnyConnection, limit: i64) -> QueryResult<Vec<Request>> {
    privacy_erasures::table
        .filter(open!())
        .filter(privacy_erasures::due_at.is_null())
        .order(privacy_erasures::requested_at)
        .limit(limit)
        .select(Request::as_select())
        .load(conn)
}

/// Requests whose grace period is over at `now`, at most `limit`.
pub fn due(conn: &mut AnyConnection, now: NaiveDateTime, limit: i64) -> QueryResult<Vec<Request>> {
    privacy_erasures::table
        .filter(open!())
        .filter(privacy_erasures::due_at.le(now))
        .order(privacy_erasures::due_at)
        .limit(limit)
        .select(Request::as_select())
        .load(conn)
}

pub fn approve(
    conn: &mut AnyConnection,
    id: &str,
    by: &str,
    now: NaiveDateTime,
    due_at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(privacy_erasures::table.find(id))
        .filter(open!())
        .filter(privacy_erasures::due_at.is_null())
        .set((
            privacy_erasures::approved_by.eq(by),
            privacy_erasures::approved_at.eq(now),
            privacy_erasures::due_at.eq(due_at),
        ))
        .execute(conn)
}

/// Ends an open request without erasing: `cancelled` by the person, or refused by staff.
pub fn close(
    conn: &mut AnyConnection,
    id: &str,
    refused: bool,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let target = privacy_erasures::table.find(id).filter(open!());
    if refused {
        diesel::update(target)
            .set(privacy_erasures::refused_at.eq(now))
            .execute(conn)
    } else {
        diesel::update(target)
            .set(privacy_erasures::cancelled_at.eq(now))
            .execute(conn)
    }
}

/// Marks the request done: from now on it names nobody.
pub fn mark_done(conn: &mut AnyConnection, id: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(privacy_erasures::table.find(id))
        .set((
            privacy_erasures::user_id.eq(None::<String>),
            privacy_erasures::note.eq(""),
            privacy_erasures::done_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The person's earlier requests no longer name them (their erasure is under way).
pub fn forget_person(conn: &mut AnyConnection, user_id: &str) -> QueryResult<()> {
    diesel::update(privacy_erasures::table.filter(privacy_erasures::user_id.eq(user_id)))
        .set((
            privacy_erasures::user_id.eq(None::<String>),
            privacy_erasures::note.eq(""),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn protect(
    conn: &mut AnyConnection,
    erasure_id: &str,
    kept: &[Protected],
    now: NaiveDateTime,
) -> QueryResult<()> {
    for record in kept {
        diesel::insert_into(privacy_protected::table)
            .values((
                privacy_protected::id.eq(uuid::Uuid::new_v4().to_string()),
                privacy_protected::erasure_id.eq(erasure_id),
                privacy_protected::table_name.eq(record.table),
                privacy_protected::record_id.eq(&record.record_id),
                privacy_protected::reason.eq(record.reason),
                privacy_protected::keep_until.eq(record.until),
                privacy_protected::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// What erasures kept, by reason: how many records and until when at most.
pub fn protected_summary(
    conn: &mut AnyConnection,
) -> QueryResult<Vec<(String, i64, Option<NaiveDateTime>)>> {
    use diesel::dsl::{count_star, max};
    privacy_protected::table
        .group_by(privacy_protected::reason)
        .select((
            privacy_protected::reason,
            count_star(),
            max(privacy_protected::keep_until),
        ))
        .load(conn)
}

/// Record ids by table name.
pub type ByTable = HashMap<String, Vec<String>>;

/// The records erasures keep at `now`, by table.
pub fn in_force(conn: &mut AnyConnection, now: NaiveDateTime) -> QueryResult<ByTable> {
    let rows: Vec<(String, String)> = privacy_protected::table
        .filter(privacy_protected::keep_until.ge(now))
        .select((privacy_protected::table_name, privacy_protected::record_id))
        .load(conn)?;
    Ok(by_table(rows))
}

/// Up to `limit` protections that ended before `now`: their ids, and their records by table.
pub fn ended(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<(Vec<String>, ByTable)> {
    let rows: Vec<(String, String, String)> = privacy_protected::table
        .filter(privacy_protected::keep_until.lt(now))
        .order(privacy_protected::keep_until)
        .limit(limit)
        .select((
            privacy_protected::id,
            privacy_protected::table_name,
            privacy_protected::record_id,
        ))
        .load(conn)?;
    let ids = rows.iter().map(|(id, _, _)| id.clone()).collect();
    Ok((ids, by_table(rows.into_iter().map(|(_, t, r)| (t, r)))))
}

/// Forgets protections whose records are gone.
pub fn forget(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<usize> {
    diesel::delete(privacy_protected::table.filter(privacy_protected::id.eq_any(ids))).execute(conn)
}

fn by_table(rows: impl IntoIterator<Item = (String, String)>) -> ByTable {
    let mut tables = ByTable::new();
    for (table, record) in rows {
        tables.entry(table).or_default().push(record);
    }
    tables
}
