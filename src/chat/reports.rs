//! Reports of messages: a review queue for the group's facilitators and for staff. The reported
//! person is never told who reported; facilitators (volunteers) do not see it either.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::model;
use crate::accounts::model::security;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::db::schema::{chat_reports, group_facilitators, group_sessions, users};
use crate::error::AppError;
use crate::state::AppState;

/// Messages before and after the reported one kept with the report.
const CONTEXT: i64 = 3;

/// Stores a report of message `seq` with its context; returns false if there is no such message.
pub fn file(
    conn: &mut AnyConnection,
    session_id: &str,
    seq: i64,
    reporter: &str,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    let context = model::since(
        conn,
        session_id,
        (seq - CONTEXT - 1).max(0),
        2 * CONTEXT + 1,
    )?;
    if !context.iter().any(|m| m.seq == seq) {
        return Ok(false);
    }
    diesel::insert_into(chat_reports::table)
        .values((
            chat_reports::id.eq(uuid::Uuid::new_v4().to_string()),
            chat_reports::session_id.eq(session_id),
            chat_reports::seq.eq(seq),
            chat_reports::reporter_id.eq(reporter),
            chat_reports::reason.eq(reason),
            chat_reports::context.eq(serde_json::to_string(&context).map_err(AppError::internal)?),
            chat_reports::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

#[derive(Debug, Serialize)]
pub struct ReportView {
    pub id: String,
    pub session_id: String,
    pub group_id: String,
    pub session_starts_at: chrono::DateTime<chrono::Utc>,
    pub seq: i64,
    pub reason: Option<String>,
    pub context: serde_json::Value,
    pub outcome: Option<String>,
    pub handled: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Staff only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reporter_id: Option<String>,
    /// Staff only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reporter_name: Option<String>,
}

type Row = (
    String,
    String,
    String,
    NaiveDateTime,
    i64,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<NaiveDateTime>,
    NaiveDateTime,
);

/// Open and handled reports the viewer may review: staff see all, facilitators their groups'.
/// Every reading is recorded in the security log: reports quote families' messages.
pub async fn queue(state: &AppState, me: &SignedIn) -> Result<Vec<ReportView>, AppError> {
    let (me, staff) = (me.clone(), me.can(Permission::ManageGroups));
    state
        .db
        .run(move |conn| {
            let mut query = chat_reports::table
                .inner_join(
                    group_sessions::table.on(group_sessions::id.eq(chat_reports::session_id)),
                )
                .select((
                    chat_reports::id,
                    chat_reports::session_id,
                    group_sessions::group_id,
                    group_sessions::starts_at,
                    chat_reports::seq,
                    chat_reports::reporter_id,
                    chat_reports::reason,
                    chat_reports::context,
                    chat_reports::outcome,
                    chat_reports::handled_at,
                    chat_reports::created_at,
                ))
                .order(chat_reports::created_at.desc())
                .limit(200)
                .into_boxed();
            if !staff {
                let mine = group_facilitators::table
                    .filter(group_facilitators::user_id.eq(me.user_id.clone()))
                    .select(group_facilitators::group_id);
                query = query.filter(group_sessions::group_id.eq_any(mine));
            }
            let rows: Vec<Row> = query.load(conn)?;
            let names = if staff {
                let ids: Vec<&String> = rows.iter().map(|row| &row.5).collect();
                users::table
                    .filter(users::id.eq_any(ids))
                    .select((users::id, users::display_name))
                    .load::<(String, String)>(conn)?
                    .into_iter()
                    .collect()
            } else {
                std::collections::HashMap::new()
            };
            security::record(
                conn,
                security::EventKind::ReportsViewed,
                None,
                Some(&me.user_id),
                &format!("{} reports", rows.len()),
                now(),
            )?;
            Ok(rows
                .into_iter()
                .map(|row| view(row, staff, &names))
                .collect())
        })
        .await
}

fn view(row: Row, staff: bool, names: &std::collections::HashMap<String, String>) -> ReportView {
    let (
        id,
        session_id,
        group_id,
        starts_at,
        seq,
        reporter,
        reason,
        context,
        outcome,
        handled_at,
        created_at,
    ) = row;
    ReportView {
        id,
        session_id,
        group_id,
        session_starts_at: starts_at.and_utc(),
        seq,
        reason,
        context: serde_json::from_str(&context).unwrap_or_default(),
        outcome,
        handled: handled_at.is_some(),
        created_at: created_at.and_utc(),
        reporter_name: staff.then(|| names.get(&reporter).cloned()).flatten(),
        reporter_id: staff.then_some(reporter),
    }
}

/// Staff close a report with an outcome.
pub async fn handle(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    outcome: &str,
) -> Result<(), AppError> {
    let outcome: String = outcome.trim().chars().take(1000).collect();
    if outcome.is_empty() {
        return Err(AppError::bad_request("chat-report-outcome-missing"));
    }
    let (id, actor) = (id.to_owned(), me.user_id.clone());
    state
        .db
        .run(move |conn| {
            let updated = diesel::update(
                chat_reports::table
                    .find(&id)
                    .filter(chat_reports::handled_at.is_null()),
            )
            .set((
                chat_reports::outcome.eq(Some(outcome)),
                chat_reports::handled_by.eq(Some(actor)),
                chat_reports::handled_at.eq(Some(now())),
            ))
            .execute(conn)?;
            if updated == 0 {
                Err(AppError::not_found())
            } else {
                Ok(())
            }
        })
        .await
}
