//! Rows and queries of a candidate's progress (completions, quiz attempts, tasks) and of
//! certificates and their reminders.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{
    training_attempts as attempts, training_certificates as certs, training_completions as done,
    training_reminders_sent as reminders, training_tasks as tasks,
};
use crate::db::AnyConnection;

/// Records a module as completed; completing it again changes nothing.
pub fn complete(
    conn: &mut AnyConnection,
    user: &str,
    module: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let exists = done::table
        .find((user, module))
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if !exists {
        diesel::insert_into(done::table)
            .values((
                done::user_id.eq(user),
                done::module_id.eq(module),
                done::completed_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// (module id, completed at) of the person's completions among `modules`.
pub fn completions(
    conn: &mut AnyConnection,
    user: &str,
    modules: &[String],
) -> QueryResult<Vec<(String, NaiveDateTime)>> {
    done::table
        .filter(done::user_id.eq(user))
        .filter(done::module_id.eq_any(modules))
        .select((done::module_id, done::completed_at))
        .load(conn)
}

/// (attempt number, counted) of every attempt: numbering continues after a reset.
pub fn attempts(
    conn: &mut AnyConnection,
    user: &str,
    module: &str,
) -> QueryResult<Vec<(i32, bool, bool)>> {
    attempts::table
        .filter(attempts::user_id.eq(user))
        .filter(attempts::module_id.eq(module))
        .order(attempts::attempt_no.asc())
        .select((attempts::attempt_no, attempts::passed, attempts::cleared))
        .load(conn)
}

pub fn insert_attempt(
    conn: &mut AnyConnection,
    user: &str,
    module: &str,
    attempt_no: i32,
    score: i32,
    passed: bool,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(attempts::table)
        .values((
            attempts::user_id.eq(user),
            attempts::module_id.eq(module),
            attempts::attempt_no.eq(attempt_no),
            attempts::score.eq(score),
            attempts::passed.eq(passed),
            attempts::cleared.eq(false),
            attempts::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A trainer's reset: earlier attempts no longer count against the limit.
pub fn clear_attempts(conn: &mut AnyConnection, user: &str, module: &str) -> QueryResult<usize> {
    diesel::update(
        attempts::table
            .filter(attempts::user_id.eq(user))
            .filter(attempts::module_id.eq(module)),
    )
    .set(attempts::cleared.eq(true))
    .execute(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tasks)]
pub struct Task {
    pub user_id: String,
    pub module_id: String,
    pub answer: String,
    pub status: String,
    pub feedback: String,
    pub updated_at: NaiveDateTime,
}

pub fn task(conn: &mut AnyConnection, user: &str, module: &str) -> QueryResult<Option<Task>> {
    tasks::table
        .find((user, module))
        .select(Task::as_select())
        .first(conn)
        .optional()
}

pub fn save_task(conn: &mut AnyConnection, t: &Task) -> QueryResult<()> {
    let updated = diesel::update(tasks::table.find((&t.user_id, &t.module_id)))
        .set((
            tasks::answer.eq(&t.answer),
            tasks::status.eq(&t.status),
            tasks::feedback.eq(&t.feedback),
            tasks::updated_at.eq(t.updated_at),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(tasks::table)
            .values((
                tasks::user_id.eq(&t.user_id),
                tasks::module_id.eq(&t.module_id),
                tasks::answer.eq(&t.answer),
                tasks::status.eq(&t.status),
                tasks::feedback.eq(&t.feedback),
                tasks::updated_at.eq(t.updated_at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Tasks waiting for a trainer, oldest first.
pub fn submitted_tasks(conn: &mut AnyConnection) -> QueryResult<Vec<Task>> {
    tasks::table
        .filter(tasks::status.eq("submitted"))
        .order(tasks::updated_at.asc())
        .select(Task::as_select())
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = certs)]
pub struct Certificate {
    pub id: String,
    pub user_id: String,
    pub course_id: Option<String>,
    pub kind: String,
    pub code: String,
    pub issued_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub lapsed_at: Option<NaiveDateTime>,
    pub replaced_by: Option<String>,
}

impl Certificate {
    pub fn valid_at(&self, now: NaiveDateTime) -> bool {
        self.revoked_at.is_none() && self.expires_at > now
    }
}

pub fn insert_certificate(conn: &mut AnyConnection, c: &Certificate) -> QueryResult<()> {
    diesel::insert_into(certs::table)
        .values((
            certs::id.eq(&c.id),
            certs::user_id.eq(&c.user_id),
            certs::course_id.eq(&c.course_id),
            certs::kind.eq(&c.kind),
            certs::code.eq(&c.code),
            certs::issued_at.eq(c.issued_at),
            certs::expires_at.eq(c.expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The person's certificates, newest first (the history).
pub fn certificates_of(conn: &mut AnyConnection, user: &str) -> QueryResult<Vec<Certificate>> {
    certs::table
        .filter(certs::user_id.eq(user))
        .order(certs::issued_at.desc())
        .select(Certificate::as_select())
        .load(conn)
}

pub fn has_valid(conn: &mut AnyConnection, user: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let n: i64 = certs::table
        .filter(certs::user_id.eq(user))
        .filter(certs::revoked_at.is_null())
        .filter(certs::expires_at.gt(now))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn by_code(conn: &mut AnyConnection, code: &str) -> QueryResult<Option<Certificate>> {
    certs::table
        .filter(certs::code.eq(code))
        .select(Certificate::as_select())
        .first(conn)
        .optional()
}

pub fn certificate(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Certificate>> {
    certs::table
        .find(id)
        .select(Certificate::as_select())
        .first(conn)
        .optional()
}

pub fn revoke(conn: &mut AnyConnection, id: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let n = diesel::update(certs::table.find(id).filter(certs::revoked_at.is_null()))
        .set(certs::revoked_at.eq(Some(now)))
        .execute(conn)?;
    Ok(n == 1)
}

pub fn set_replaced(conn: &mut AnyConnection, id: &str, by: &str) -> QueryResult<()> {
    diesel::update(certs::table.find(id))
        .set(certs::replaced_by.eq(Some(by)))
        .execute(conn)?;
    Ok(())
}

/// Certificates that expired or were revoked and whose lapse nobody has announced yet.
pub fn unannounced_lapses(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
) -> QueryResult<Vec<Certificate>> {
    certs::table
        .filter(certs::lapsed_at.is_null())
        .filter(
            certs::expires_at
                .le(now)
                .or(certs::revoked_at.is_not_null()),
        )
        .select(Certificate::as_select())
        .limit(100)
        .load(conn)
}

/// Claims the announcement of a lapse: true on exactly one node.
pub fn claim_lapse(conn: &mut AnyConnection, id: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let n = diesel::update(certs::table.find(id).filter(certs::lapsed_at.is_null()))
        .set(certs::lapsed_at.eq(Some(now)))
        .execute(conn)?;
    Ok(n == 1)
}

/// Valid certificates expiring before `until`, not yet reminded `days_before`.
pub fn due_reminders(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
    until: NaiveDateTime,
    days_before: i32,
) -> QueryResult<Vec<Certificate>> {
    let sent = reminders::table
        .filter(reminders::days_before.eq(days_before))
        .select(reminders::certificate_id);
    certs::table
        .filter(certs::revoked_at.is_null())
        .filter(certs::replaced_by.is_null())
        .filter(certs::expires_at.gt(now))
        .filter(certs::expires_at.le(until))
        .filter(certs::id.ne_all(sent))
        .select(Certificate::as_select())
        .limit(100)
        .load(conn)
}

/// Writes the sent-marker; a unique violation when another node already did (the primary
/// key decides), which rolls the caller's transaction back.
pub fn mark_reminded(
    conn: &mut AnyConnection,
    id: &str,
    days_before: i32,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(reminders::table)
        .values((
            reminders::certificate_id.eq(id),
            reminders::days_before.eq(days_before),
            reminders::sent_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Whether a database error is a unique-constraint violation (someone did it first).
pub fn is_duplicate(error: &diesel::result::Error) -> bool {
    matches!(
        error,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}
