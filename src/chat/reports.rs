//! Reports of messages: a review queue for the group's facilitators and for staff. The reported
//! person is never told who reported; facilitators (volunteers) do not see it either.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::model;
use crate::accounts::service::{self as accounts, SecurityEvent};
use crate::auth::SignedIn;
use crate::auth::policy::{Permission, Role};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::db::schema::chat_reports;
use crate::error::AppError;
use crate::groups::service::{self as groups, SessionRef};
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

/// A reported message with what was said around it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
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

/// Who reviews which reports: the one rule for the queue's page and its API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reviewer {
    /// Staff who manage groups: every report, with who reported it.
    Staff,
    /// Facilitators: the reports of the groups they lead, without who reported.
    Facilitator,
}

impl Reviewer {
    /// None: the person reviews no reports.
    pub fn of(me: &SignedIn) -> Option<Self> {
        if me.can(Permission::ManageGroups) {
            Some(Self::Staff)
        } else if me.has_role(Role::Facilitator) {
            Some(Self::Facilitator)
        } else {
            None
        }
    }
}

type Row = (
    String,
    String,
    i64,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<NaiveDateTime>,
    NaiveDateTime,
);

/// The newest reports, of the given sessions only when there are `sessions`.
fn newest(conn: &mut AnyConnection, sessions: Option<&[String]>) -> Result<Vec<Row>, AppError> {
    let mut query = chat_reports::table
        .select((
            chat_reports::id,
            chat_reports::session_id,
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
    if let Some(sessions) = sessions {
        query = query.filter(chat_reports::session_id.eq_any(sessions));
    }
    Ok(query.load(conn)?)
}

/// Open and handled reports the viewer may review (see [`Reviewer`]); nothing for others.
/// Every reading is recorded in the security log: reports quote families' messages.
pub async fn queue(state: &AppState, me: &SignedIn) -> Result<Vec<ReportView>, AppError> {
    let (me, reviewer) = (me.clone(), Reviewer::of(me));
    state
        .db
        .run(move |conn| {
            let rows = match reviewer {
                Some(Reviewer::Staff) => newest(conn, None)?,
                Some(Reviewer::Facilitator) => {
                    let led = groups::sessions_led_by(conn, &me.user_id)?;
                    newest(conn, Some(&led))?
                }
                None => Vec::new(),
            };
            let ids: Vec<String> = rows.iter().map(|row| row.1.clone()).collect();
            let sessions: HashMap<String, SessionRef> = groups::sessions_by_id(conn, &ids)?
                .into_iter()
                .map(|session| (session.id.clone(), session))
                .collect();
            let staff = reviewer == Some(Reviewer::Staff);
            let names = if staff {
                let reporters: Vec<String> = rows.iter().map(|row| row.3.clone()).collect();
                accounts::display_names(conn, &reporters)?
            } else {
                HashMap::new()
            };
            let views: Vec<ReportView> = rows
                .into_iter()
                .filter_map(|row| {
                    let session = sessions.get(&row.1)?;
                    Some(view(row, session, staff, &names))
                })
                .collect();
            accounts::record_security_event(
                conn,
                SecurityEvent::ReportsViewed,
                None,
                Some(&me.user_id),
                &format!("{} reports", views.len()),
                now(),
            )?;
            Ok(views)
        })
        .await
}

fn view(
    row: Row,
    session: &SessionRef,
    staff: bool,
    names: &HashMap<String, String>,
) -> ReportView {
    let (id, session_id, seq, reporter, reason, context, outcome, handled_at, created_at) = row;
    ReportView {
        id,
        session_id,
        group_id: session.group_id.clone(),
        session_starts_at: session.starts_at.and_utc(),
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
