//! The `privacy_exports` table: each copy of a person's data that was asked for, claimed by the
//! worker like every work table (`db::queue`), and kept as a record after its file is gone.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::queue::{self, WorkTable};

diesel::table! {
    privacy_exports (id) {
        id -> Text,
        user_id -> Text,
        requested_by -> Text,
        language -> Text,
        status -> Text,
        requested_at -> Timestamp,
        run_at -> Timestamp,
        attempts -> Integer,
        locked_by -> Nullable<Text>,
        locked_until -> Nullable<Timestamp>,
        done_at -> Nullable<Timestamp>,
        expires_at -> Nullable<Timestamp>,
        size_bytes -> Nullable<BigInt>,
    }
}

pub const TABLE: WorkTable = WorkTable::new("privacy_exports");

pub const PENDING: &str = "pending";
pub const READY: &str = "ready";
pub const FAILED: &str = "failed";
pub const EXPIRED: &str = "expired";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = privacy_exports)]
pub struct Export {
    pub id: String,
    pub user_id: String,
    pub requested_by: String,
    pub language: String,
    pub status: String,
    pub requested_at: NaiveDateTime,
    pub attempts: i32,
    pub locked_until: Option<NaiveDateTime>,
    pub done_at: Option<NaiveDateTime>,
    pub expires_at: Option<NaiveDateTime>,
    pub size_bytes: Option<i64>,
}

/// Records a new request; a unique violation means one is already pending for the person.
pub fn insert(
    conn: &mut AnyConnection,
    id: &str,
    user_id: &str,
    language: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(privacy_exports::table)
        .values((
            privacy_exports::id.eq(id),
            privacy_exports::user_id.eq(user_id),
            privacy_exports::requested_by.eq(user_id),
            privacy_exports::language.eq(language),
            privacy_exports::status.eq(PENDING),
            privacy_exports::requested_at.eq(now),
            privacy_exports::run_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn pending_of(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Option<Export>> {
    privacy_exports::table
        .filter(privacy_exports::user_id.eq(user_id))
        .filter(privacy_exports::status.eq(PENDING))
        .select(Export::as_select())
        .first(conn)
        .optional()
}

pub fn find(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Export>> {
    privacy_exports::table
        .find(id)
        .select(Export::as_select())
        .first(conn)
        .optional()
}

/// The person's latest requests, newest first.
pub fn of_user(conn: &mut AnyConnection, user_id: &str, limit: i64) -> QueryResult<Vec<Export>> {
    privacy_exports::table
        .filter(privacy_exports::user_id.eq(user_id))
        .order((
            privacy_exports::requested_at.desc(),
            privacy_exports::id.desc(),
        ))
        .limit(limit)
        .select(Export::as_select())
        .load(conn)
}

/// Claims up to `limit` pending exports for `worker` until `lease_until`.
pub fn claim(
    conn: &mut AnyConnection,
    worker: &str,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<Export>> {
    let ids = queue::claim_due(conn, TABLE, worker, now, lease_until, limit)?;
    privacy_exports::table
        .filter(privacy_exports::id.eq_any(&ids))
        .filter(privacy_exports::status.eq(PENDING))
        .select(Export::as_select())
        .load(conn)
}

pub fn mark_ready(
    conn: &mut AnyConnection,
    id: &str,
    size: i64,
    now: NaiveDateTime,
    kept: TimeDelta,
) -> QueryResult<()> {
    diesel::update(privacy_exports::table.find(id))
        .set((
            privacy_exports::status.eq(READY),
            privacy_exports::done_at.eq(Some(now)),
            privacy_exports::expires_at.eq(Some(now + kept)),
            privacy_exports::size_bytes.eq(Some(size)),
            privacy_exports::locked_by.eq(None::<String>),
            privacy_exports::locked_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)
        .map(|_| ())
}

/// A failed attempt: tried again at `retry_at`, or given up (`None`).
pub fn mark_failed(
    conn: &mut AnyConnection,
    id: &str,
    retry_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let released = (
        privacy_exports::locked_by.eq(None::<String>),
        privacy_exports::locked_until.eq(None::<NaiveDateTime>),
    );
    let target = privacy_exports::table.find(id);
    match retry_at {
        Some(at) => diesel::update(target)
            .set((privacy_exports::run_at.eq(at), released))
            .execute(conn),
        None => diesel::update(target)
            .set((
                privacy_exports::status.eq(FAILED),
                privacy_exports::done_at.eq(Some(now)),
                released,
            ))
            .execute(conn),
    }
    .map(|_| ())
}

/// Ready exports whose link has expired at `now`, at most `limit` ids.
pub fn expired(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<String>> {
    privacy_exports::table
        .filter(privacy_exports::status.eq(READY))
        .filter(privacy_exports::expires_at.le(now))
        .order(privacy_exports::expires_at)
        .limit(limit)
        .select(privacy_exports::id)
        .load(conn)
}

pub fn mark_expired(conn: &mut AnyConnection, id: &str) -> QueryResult<()> {
    diesel::update(privacy_exports::table.find(id))
        .filter(privacy_exports::status.eq(READY))
        .set(privacy_exports::status.eq(EXPIRED))
        .execute(conn)
        .map(|_| ())
}

/// Deletes up to `batch` finished records asked for before `before`; how many went.
pub fn purge(conn: &mut AnyConnection, before: NaiveDateTime, batch: i64) -> QueryResult<usize> {
    let ids: Vec<String> = privacy_exports::table
        .filter(privacy_exports::requested_at.lt(before))
        .filter(privacy_exports::status.ne(PENDING))
        .filter(privacy_exports::status.ne(READY))
        .limit(batch)
        .select(privacy_exports::id)
        .load(conn)?;
    diesel::delete(privacy_exports::table.filter(privacy_exports::id.eq_any(&ids))).execute(conn)
}

/// The records of the person's copies, for their own copy of their data.
pub fn all_of(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<Export>> {
    privacy_exports::table
        .filter(privacy_exports::user_id.eq(user_id))
        .order(privacy_exports::requested_at)
        .select(Export::as_select())
        .load(conn)
}
