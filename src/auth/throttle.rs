//! Rate limits shared by every node: a fixed-window counter per bucket in the database.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Text, Timestamp};

use crate::db::AnyConnection;
use crate::db::schema::rate_limits;
use crate::error::AppError;

/// How many attempts a bucket allows per window.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max: i32,
    pub window: TimeDelta,
}

impl Limit {
    pub const fn per_minutes(max: i32, minutes: i64) -> Self {
        Self {
            max,
            window: TimeDelta::minutes(minutes),
        }
    }
}

#[derive(QueryableByName)]
struct Counted {
    #[diesel(sql_type = Integer)]
    hits: i32,
    #[diesel(sql_type = Timestamp)]
    window_start: NaiveDateTime,
}

/// Counts one attempt in `bucket`; refuses with "try again in N minutes" past the limit.
pub fn hit(
    conn: &mut AnyConnection,
    bucket: &str,
    limit: Limit,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let mark = if conn.is_postgres() { '$' } else { '?' };
    // The same statement on both backends: an upsert that restarts an expired window.
    let sql = format!(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ({mark}1, {mark}2, 1) \
         ON CONFLICT (bucket) DO UPDATE SET \
           hits = CASE WHEN rate_limits.window_start <= {mark}3 THEN 1 ELSE rate_limits.hits + 1 END, \
           window_start = CASE WHEN rate_limits.window_start <= {mark}3 THEN {mark}2 ELSE rate_limits.window_start END \
         RETURNING hits, window_start"
    );
    let counted: Counted = diesel::sql_query(sql)
        .bind::<Text, _>(bucket)
        .bind::<Timestamp, _>(now)
        .bind::<Timestamp, _>(now - limit.window)
        .get_result(conn)?;
    if counted.hits > limit.max {
        let retry_after = (counted.window_start + limit.window - now)
            .num_seconds()
            .max(1) as u64;
        return Err(AppError::too_many_requests(retry_after));
    }
    Ok(())
}

/// Forgets a bucket, e.g. after a successful sign-in.
pub fn reset(conn: &mut AnyConnection, bucket: &str) -> QueryResult<()> {
    diesel::delete(rate_limits::table.find(bucket))
        .execute(conn)
        .map(|_| ())
}

/// Removes windows that ended long ago.
pub fn purge_before(conn: &mut AnyConnection, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(rate_limits::table.filter(rate_limits::window_start.lt(cutoff))).execute(conn)
}
