//! Reports of messages: a review queue for the group's facilitators and for staff. The reported
//! person is never told who reported; facilitators (volunteers) do not see it either.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::model;
use super::readings;
use crate::accounts::service::{self as accounts, SecurityEvent};
use crate::auth::SignedIn;
use crate::auth::policy::{Permission, Role};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::db::schema::chat_reports;
use crate::error::{AppError, FieldError};
use crate::groups::service::{self as groups, SessionRef};
use crate::paging::{Cursor, Page, PageRequest};
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
#[schema(as = MessageReportView)]
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

/// What the queue is narrowed to.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportFilters {
    /// `open` or `handled`; empty or left out: both.
    #[param(schema_with = standing)]
    pub status: Option<String>,
    /// A group's id: the reports of its sessions.
    #[param(max_length = 100)]
    pub group: Option<String>,
}

fn standing() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(&["", "open", "handled"])
}

fn chosen(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl ReportFilters {
    /// `Some(true)`: handled only, `Some(false)`: open only.
    fn handled(&self) -> Result<Option<bool>, AppError> {
        if let Some(error) = crate::paging::too_long("group", &self.group, 100) {
            return Err(AppError::invalid(vec![error]));
        }
        match self.status.as_deref() {
            None | Some("") => Ok(None),
            Some("open") => Ok(Some(false)),
            Some("handled") => Ok(Some(true)),
            Some(_) => Err(AppError::invalid(vec![FieldError::new(
                "status",
                "field-choice-unknown",
                vec![],
            )])),
        }
    }
}

type Backend = <AnyConnection as Connection>::Backend;

/// Reports, of the given sessions only when there are `sessions`, open or handled.
fn reports<'a>(
    sessions: Option<Vec<String>>,
    handled: Option<bool>,
) -> chat_reports::BoxedQuery<'a, Backend> {
    let mut query = chat_reports::table.into_boxed();
    if let Some(sessions) = sessions {
        query = query.filter(chat_reports::session_id.eq_any(sessions));
    }
    match handled {
        Some(true) => query.filter(chat_reports::handled_at.is_not_null()),
        Some(false) => query.filter(chat_reports::handled_at.is_null()),
        None => query,
    }
}

/// The sessions whose reports the reviewer sees, narrowed to one group: `None` is all.
fn sessions_seen(
    conn: &mut AnyConnection,
    me: &SignedIn,
    reviewer: Reviewer,
    group: Option<&str>,
) -> Result<Option<Vec<String>>, AppError> {
    let led = match reviewer {
        Reviewer::Staff => None,
        Reviewer::Facilitator => Some(groups::sessions_led_by(conn, &me.user_id)?),
    };
    let Some(group) = group else {
        return Ok(led);
    };
    let of_group = groups::session_ids_of_group(conn, group)?;
    Ok(Some(match led {
        None => of_group,
        Some(led) => of_group.into_iter().filter(|s| led.contains(s)).collect(),
    }))
}

/// A page of the reports the viewer may review (see [`Reviewer`]), newest first; an empty
/// page for others. Every reading is recorded in the security log, and in the access logs of
/// the families the reports quote (and, for staff, of the reporters).
pub async fn queue(
    state: &AppState,
    me: &SignedIn,
    filters: ReportFilters,
    paging: PageRequest,
) -> Result<Page<ReportView>, AppError> {
    let handled = filters.handled()?;
    let paging = paging.check()?;
    let (me, reviewer) = (me.clone(), Reviewer::of(me));
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (total, rows, page) = match reviewer {
                    None => (0, Vec::new(), 1),
                    Some(reviewer) => {
                        let seen = sessions_seen(conn, &me, reviewer, chosen(&filters.group))?;
                        load(conn, seen, handled, &paging)?
                    }
                };
                let staff = reviewer == Some(Reviewer::Staff);
                let page = paging.page_of(
                    rows,
                    total,
                    page,
                    |row| Cursor::new(row.8, row.0.clone()),
                    |rows| {
                        let shown = rows.iter().map(|r| (r.0.as_str(), r.3.as_str(), &*r.5));
                        readings::log(conn, &me, staff, shown)?;
                        views(conn, rows, staff)
                    },
                )?;
                accounts::record_security_event(
                    conn,
                    SecurityEvent::ReportsViewed,
                    None,
                    Some(&me.user_id),
                    &format!("{} reports", page.items.len()),
                    now(),
                )?;
                Ok(page)
            })
        })
        .await
}

/// The total, the rows of the page asked for (one more when there is a next) and its number.
fn load(
    conn: &mut AnyConnection,
    seen: Option<Vec<String>>,
    handled: Option<bool>,
    paging: &crate::paging::Checked,
) -> Result<(i64, Vec<Row>, i64), AppError> {
    let total = reports(seen.clone(), handled).count().get_result(conn)?;
    let (position, page) = paging.position(total);
    let rows: Vec<Row> = crate::keyset_page!(
        reports(seen, handled),
        chat_reports::created_at,
        chat_reports::id,
        &position,
        paging.limit + 1
    )
    .select(COLUMNS)
    .load(conn)?;
    Ok((total, rows, page))
}

const COLUMNS: (
    chat_reports::id,
    chat_reports::session_id,
    chat_reports::seq,
    chat_reports::reporter_id,
    chat_reports::reason,
    chat_reports::context,
    chat_reports::outcome,
    chat_reports::handled_at,
    chat_reports::created_at,
) = (
    chat_reports::id,
    chat_reports::session_id,
    chat_reports::seq,
    chat_reports::reporter_id,
    chat_reports::reason,
    chat_reports::context,
    chat_reports::outcome,
    chat_reports::handled_at,
    chat_reports::created_at,
);

/// The rows of a page as reviewers read them, with their sessions and (for staff) reporters.
fn views(
    conn: &mut AnyConnection,
    rows: Vec<Row>,
    staff: bool,
) -> Result<Vec<ReportView>, AppError> {
    let ids: Vec<String> = rows.iter().map(|row| row.1.clone()).collect();
    let sessions: HashMap<String, SessionRef> = groups::sessions_by_id(conn, &ids)?
        .into_iter()
        .map(|session| (session.id.clone(), session))
        .collect();
    let names = if staff {
        let reporters: Vec<String> = rows.iter().map(|row| row.3.clone()).collect();
        accounts::display_names(conn, &reporters)?
    } else {
        HashMap::new()
    };
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let session = sessions.get(&row.1)?;
            Some(view(row, session, staff, &names))
        })
        .collect())
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
