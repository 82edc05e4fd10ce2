//! Queries on supervision's own tables.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{
    concerns, report_comments, report_themes, session_report_themes, session_reports,
    supervision_assignments,
};
use crate::db::AnyConnection;

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = session_reports)]
pub struct Report {
    pub id: String,
    pub session_id: String,
    pub group_id: String,
    pub facilitator_id: String,
    pub present: i32,
    pub members: i32,
    pub went: String,
    pub concern: String,
    pub concern_note: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = concerns)]
pub struct Concern {
    pub report_id: String,
    pub level: String,
    pub raised_at: NaiveDateTime,
    pub acknowledged_at: Option<NaiveDateTime>,
    pub acknowledged_by: Option<String>,
    pub escalated_at: Option<NaiveDateTime>,
    pub handled_at: Option<NaiveDateTime>,
    pub handled_by: Option<String>,
    pub outcome: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = report_themes)]
pub struct Theme {
    pub id: String,
    pub theme_key: Option<String>,
    pub label: Option<String>,
    pub archived_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = report_comments)]
pub struct Comment {
    pub id: String,
    pub report_id: String,
    pub author_id: String,
    pub body: String,
    pub created_at: NaiveDateTime,
}

pub fn report(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Report>> {
    session_reports::table
        .find(id)
        .select(Report::as_select())
        .first(conn)
        .optional()
}

/// The reports of these sessions.
pub fn reports_of_sessions(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<Vec<Report>> {
    session_reports::table
        .filter(session_reports::session_id.eq_any(ids))
        .select(Report::as_select())
        .load(conn)
}

/// The newest reports, of these facilitators only when `facilitators` is given.
pub fn newest_reports(
    conn: &mut AnyConnection,
    facilitators: Option<&[String]>,
    limit: i64,
) -> QueryResult<Vec<Report>> {
    let mut query = session_reports::table
        .select(Report::as_select())
        .order((session_reports::created_at.desc(), session_reports::id))
        .limit(limit)
        .into_boxed();
    if let Some(ids) = facilitators {
        query = query.filter(session_reports::facilitator_id.eq_any(ids.to_vec()));
    }
    query.load(conn)
}

/// Reports filed in `[from, until)`.
pub fn reports_between(
    conn: &mut AnyConnection,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<Report>> {
    session_reports::table
        .filter(session_reports::created_at.ge(from))
        .filter(session_reports::created_at.lt(until))
        .select(Report::as_select())
        .load(conn)
}

pub fn insert_report(conn: &mut AnyConnection, report: &Report) -> QueryResult<()> {
    diesel::insert_into(session_reports::table)
        .values((
            session_reports::id.eq(&report.id),
            session_reports::session_id.eq(&report.session_id),
            session_reports::group_id.eq(&report.group_id),
            session_reports::facilitator_id.eq(&report.facilitator_id),
            session_reports::present.eq(report.present),
            session_reports::members.eq(report.members),
            session_reports::went.eq(&report.went),
            session_reports::concern.eq(&report.concern),
            session_reports::concern_note.eq(&report.concern_note),
            session_reports::created_at.eq(report.created_at),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn set_report_themes(
    conn: &mut AnyConnection,
    report_id: &str,
    themes: &[String],
) -> QueryResult<()> {
    for theme in themes {
        diesel::insert_into(session_report_themes::table)
            .values((
                session_report_themes::report_id.eq(report_id),
                session_report_themes::theme_id.eq(theme),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The theme ids of each of these reports.
pub fn themes_of(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<Vec<(String, String)>> {
    session_report_themes::table
        .filter(session_report_themes::report_id.eq_any(ids))
        .select((
            session_report_themes::report_id,
            session_report_themes::theme_id,
        ))
        .load(conn)
}

/// Every theme in the list's order, the archived ones too.
pub fn themes(conn: &mut AnyConnection) -> QueryResult<Vec<Theme>> {
    report_themes::table
        .order((report_themes::position, report_themes::id))
        .select(Theme::as_select())
        .load(conn)
}

pub fn insert_theme(conn: &mut AnyConnection, id: &str, label: &str) -> QueryResult<()> {
    let last: Option<i32> = report_themes::table
        .select(diesel::dsl::max(report_themes::position))
        .first(conn)?;
    diesel::insert_into(report_themes::table)
        .values((
            report_themes::id.eq(id),
            report_themes::label.eq(Some(label)),
            report_themes::position.eq(last.unwrap_or(0) + 1),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Archives or restores a theme; false when there is no such theme.
pub fn set_theme_archived(
    conn: &mut AnyConnection,
    id: &str,
    at: Option<NaiveDateTime>,
) -> QueryResult<bool> {
    diesel::update(report_themes::table.find(id))
        .set(report_themes::archived_at.eq(at))
        .execute(conn)
        .map(|n| n == 1)
}

pub fn insert_concern(
    conn: &mut AnyConnection,
    report_id: &str,
    level: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(concerns::table)
        .values((
            concerns::report_id.eq(report_id),
            concerns::level.eq(level),
            concerns::raised_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn concerns_of(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<Vec<Concern>> {
    concerns::table
        .filter(concerns::report_id.eq_any(ids))
        .select(Concern::as_select())
        .load(conn)
}

/// Concerns not yet handled, urgent and unacknowledged first, then oldest first.
pub fn open_concerns(conn: &mut AnyConnection) -> QueryResult<Vec<Concern>> {
    concerns::table
        .filter(concerns::handled_at.is_null())
        .order((concerns::raised_at, concerns::report_id))
        .select(Concern::as_select())
        .load(conn)
}

/// Marks an unacknowledged concern acknowledged; false when it was already.
pub fn acknowledge(
    conn: &mut AnyConnection,
    report_id: &str,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        concerns::table
            .find(report_id)
            .filter(concerns::acknowledged_at.is_null()),
    )
    .set((
        concerns::acknowledged_at.eq(Some(now)),
        concerns::acknowledged_by.eq(Some(by)),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Marks an open concern handled (acknowledging it too); false when it was handled already.
pub fn handle(
    conn: &mut AnyConnection,
    report_id: &str,
    by: &str,
    outcome: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    acknowledge(conn, report_id, by, now)?;
    diesel::update(
        concerns::table
            .find(report_id)
            .filter(concerns::handled_at.is_null()),
    )
    .set((
        concerns::handled_at.eq(Some(now)),
        concerns::handled_by.eq(Some(by)),
        concerns::outcome.eq(Some(outcome)),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Urgent concerns raised before `raised_before` that nobody acknowledged or escalated.
pub fn unanswered_urgent(
    conn: &mut AnyConnection,
    raised_before: NaiveDateTime,
) -> QueryResult<Vec<String>> {
    concerns::table
        .filter(concerns::level.eq("urgent"))
        .filter(concerns::acknowledged_at.is_null())
        .filter(concerns::escalated_at.is_null())
        .filter(concerns::raised_at.le(raised_before))
        .select(concerns::report_id)
        .load(conn)
}

/// Marks a concern escalated; true only for the one caller that did it (so one node mails).
pub fn mark_escalated(
    conn: &mut AnyConnection,
    report_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        concerns::table
            .find(report_id)
            .filter(concerns::escalated_at.is_null())
            .filter(concerns::acknowledged_at.is_null()),
    )
    .set(concerns::escalated_at.eq(Some(now)))
    .execute(conn)
    .map(|n| n == 1)
}

pub fn insert_comment(conn: &mut AnyConnection, comment: &Comment) -> QueryResult<()> {
    diesel::insert_into(report_comments::table)
        .values((
            report_comments::id.eq(&comment.id),
            report_comments::report_id.eq(&comment.report_id),
            report_comments::author_id.eq(&comment.author_id),
            report_comments::body.eq(&comment.body),
            report_comments::created_at.eq(comment.created_at),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn comments(conn: &mut AnyConnection, report_id: &str) -> QueryResult<Vec<Comment>> {
    report_comments::table
        .filter(report_comments::report_id.eq(report_id))
        .order((report_comments::created_at, report_comments::id))
        .select(Comment::as_select())
        .load(conn)
}

/// Records that a session's report was asked for; true only the first time.
pub fn mark_reminded(
    conn: &mut AnyConnection,
    session_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let mark = if conn.is_postgres() { '$' } else { '?' };
    let sql = format!(
        "INSERT INTO report_reminders (session_id, sent_at) VALUES ({mark}1, {mark}2) \
         ON CONFLICT (session_id) DO NOTHING"
    );
    diesel::sql_query(sql)
        .bind::<diesel::sql_types::Text, _>(session_id)
        .bind::<diesel::sql_types::Timestamp, _>(now)
        .execute(conn)
        .map(|n| n == 1)
}

/// The supervisor of each facilitator who has one.
pub fn assignments(conn: &mut AnyConnection) -> QueryResult<Vec<(String, String)>> {
    supervision_assignments::table
        .select((
            supervision_assignments::facilitator_id,
            supervision_assignments::supervisor_id,
        ))
        .load(conn)
}

pub fn supervisor_of(conn: &mut AnyConnection, facilitator: &str) -> QueryResult<Option<String>> {
    supervision_assignments::table
        .find(facilitator)
        .select(supervision_assignments::supervisor_id)
        .first(conn)
        .optional()
}

/// Sets (or, with None, removes) a facilitator's supervisor.
pub fn assign(
    conn: &mut AnyConnection,
    facilitator: &str,
    supervisor: Option<&str>,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(supervision_assignments::table.find(facilitator)).execute(conn)?;
    if let Some(supervisor) = supervisor {
        diesel::insert_into(supervision_assignments::table)
            .values((
                supervision_assignments::facilitator_id.eq(facilitator),
                supervision_assignments::supervisor_id.eq(supervisor),
                supervision_assignments::assigned_by.eq(by),
                supervision_assignments::assigned_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}
