//! A supervisor's queue (urgent concerns first, then open concerns, overdue reports and the
//! newest reports of their facilitators) and the coordinators' list of escalated concerns.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::access::supervised_by;
use super::domain::{REPORT_DUE, REPORT_WINDOW};
use super::model::{self, Concern, Report};
use super::reports::without_report;
use super::views::{self, DueReport, Names, ReportSummary};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::state::AppState;

/// How many of the newest reports the queue shows.
const RECENT: i64 = 20;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SupervisionQueue {
    /// Urgent concerns nobody has acknowledged yet.
    pub urgent: Vec<ReportSummary>,
    /// Other concerns not yet handled.
    pub concerns: Vec<ReportSummary>,
    /// Sessions whose report is more than 48 hours late.
    pub overdue: Vec<DueReport>,
    pub recent: Vec<ReportSummary>,
}

/// Open concerns with their reports, of these facilitators only.
fn open_of(
    conn: &mut AnyConnection,
    facilitators: &[String],
) -> Result<Vec<(Report, Concern)>, AppError> {
    let open = model::open_concerns(conn)?;
    let mut pairs = Vec::new();
    for concern in open {
        if let Some(report) = model::report(conn, &concern.report_id)?
            && facilitators.contains(&report.facilitator_id)
        {
            pairs.push((report, concern));
        }
    }
    Ok(pairs)
}

pub async fn queue(state: &AppState, me: &SignedIn) -> Result<SupervisionQueue, AppError> {
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            let now = now();
            let mine = supervised_by(conn, &me)?;
            let open = open_of(conn, &mine)?;
            let recent = model::newest_reports(conn, Some(&mine), RECENT)?;
            let ended = groups::ended_sessions(conn, now - REPORT_WINDOW, now - REPORT_DUE, None)?;
            let overdue: Vec<_> = without_report(conn, ended)?
                .into_iter()
                .filter(|l| l.facilitators.iter().any(|f| mine.contains(f)))
                .collect();
            let groups = open
                .iter()
                .map(|(r, _)| r.group_id.clone())
                .chain(recent.iter().map(|r| r.group_id.clone()))
                .chain(overdue.iter().map(|l| l.session.group_id.clone()));
            let people: Vec<String> = mine.clone();
            let names = Names::load(conn, groups.collect::<Vec<_>>(), &people, me.language.code)?;
            let (urgent, concerns): (Vec<_>, Vec<_>) = open
                .iter()
                .partition(|(_, c)| c.level == "urgent" && c.acknowledged_at.is_none());
            let concerns_of = model::concerns_of(
                conn,
                &recent.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
            )?;
            Ok(SupervisionQueue {
                urgent: urgent
                    .iter()
                    .map(|(r, c)| views::summary(r, Some(c), &names))
                    .collect(),
                concerns: concerns
                    .iter()
                    .map(|(r, c)| views::summary(r, Some(c), &names))
                    .collect(),
                overdue: overdue
                    .iter()
                    .map(|l| views::due_report(l, &names, now))
                    .collect(),
                recent: recent
                    .iter()
                    .map(|r| {
                        views::summary(r, concerns_of.iter().find(|c| c.report_id == r.id), &names)
                    })
                    .collect(),
            })
        })
        .await
}

/// An urgent concern nobody acknowledged in time, as coordinators see it: who to call, not
/// what was written.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Escalation {
    pub report_id: String,
    pub group_name: String,
    pub facilitator_name: String,
    /// The facilitator's supervisor; none: every supervisor was told.
    pub supervisor_name: Option<String>,
    pub raised_at: DateTime<Utc>,
    pub escalated_at: DateTime<Utc>,
}

pub async fn escalations(
    state: &AppState,
    lang: &'static str,
) -> Result<Vec<Escalation>, AppError> {
    state
        .db
        .run(move |conn| {
            let mut rows = Vec::new();
            for concern in model::open_concerns(conn)? {
                let (Some(escalated_at), None) = (concern.escalated_at, concern.acknowledged_at)
                else {
                    continue;
                };
                let Some(report) = model::report(conn, &concern.report_id)? else {
                    continue;
                };
                let supervisor = model::supervisor_of(conn, &report.facilitator_id)?;
                let people: Vec<String> = [Some(report.facilitator_id.clone()), supervisor.clone()]
                    .into_iter()
                    .flatten()
                    .collect();
                let names = Names::load(conn, [report.group_id.clone()], &people, lang)?;
                rows.push(Escalation {
                    group_name: names.group(&report.group_id),
                    facilitator_name: names.person(&report.facilitator_id),
                    supervisor_name: supervisor.map(|s| names.person(&s)),
                    raised_at: concern.raised_at.and_utc(),
                    escalated_at: escalated_at.and_utc(),
                    report_id: report.id,
                });
            }
            Ok(rows)
        })
        .await
}
