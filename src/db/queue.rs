//! Claiming due work from a table, safely on many nodes.
//!
//! A work table has the columns `id`, `run_at`, `attempts`, `locked_by`, `locked_until` and
//! `done_at`. A node claims a batch by stamping rows with its name and a lease; a node that dies
//! mid-batch loses its lease and another node picks the rows up again.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text, Timestamp};

use super::AnyConnection;

/// A table holding claimable work.
#[derive(Debug, Clone, Copy)]
pub struct WorkTable(&'static str);

impl WorkTable {
    /// A feature's own work table (its name is never taken from input).
    pub const fn new(table: &'static str) -> Self {
        Self(table)
    }

    pub const MAIL_OUTBOX: Self = Self("mail_outbox");
    pub const SESSION_REMINDERS: Self = Self("session_reminders");
}

#[derive(QueryableByName)]
struct ClaimedId {
    #[diesel(sql_type = Text)]
    id: String,
}

/// Claims up to `limit` due, unleased rows for `worker` until `lease_until`; returns their ids.
/// Each claim counts as an attempt.
pub fn claim_due(
    conn: &mut AnyConnection,
    table: WorkTable,
    worker: &str,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<String>> {
    let WorkTable(table) = table;
    // PostgreSQL: SKIP LOCKED lets concurrent nodes take disjoint batches without waiting.
    // SQLite: a single writer at a time makes the UPDATE … WHERE id IN (SELECT …) atomic.
    let (mark, lock_clause) = if conn.is_postgres() {
        ('$', "FOR UPDATE SKIP LOCKED")
    } else {
        ('?', "")
    };
    let sql = format!(
        "UPDATE {table} SET locked_by = {mark}1, locked_until = {mark}2, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM {table} \
             WHERE done_at IS NULL AND run_at <= {mark}3 \
               AND (locked_until IS NULL OR locked_until < {mark}3) \
             ORDER BY run_at LIMIT {mark}4 {lock_clause}) \
         RETURNING id"
    );
    let rows: Vec<ClaimedId> = diesel::sql_query(sql)
        .bind::<Text, _>(worker)
        .bind::<Timestamp, _>(lease_until)
        .bind::<Timestamp, _>(now)
        .bind::<BigInt, _>(limit)
        .load(conn)?;
    Ok(rows.into_iter().map(|r| r.id).collect())
}
