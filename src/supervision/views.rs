//! Reports as their readers see them, built from the rows and the names other features give.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::access::Reader;
use super::domain::{ConcernLevel, REPORT_DUE};
use super::model::{self, Concern, Report};
use crate::accounts::service as accounts;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service::{self as groups, LedSession};

fn utc(at: NaiveDateTime) -> DateTime<Utc> {
    at.and_utc()
}

/// Where a concern stands. The facilitator sees only that it was received and whether it was
/// handled; supervisors see who acknowledged it, the escalation and the outcome.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConcernStatus {
    pub acknowledged: bool,
    pub handled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub escalated_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handled_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

impl ConcernStatus {
    pub fn of(concern: &Concern, reader: Reader) -> Self {
        let staff = reader == Reader::Supervisor;
        Self {
            acknowledged: concern.acknowledged_at.is_some(),
            handled: concern.handled_at.is_some(),
            acknowledged_at: concern.acknowledged_at.filter(|_| staff).map(utc),
            escalated_at: concern.escalated_at.filter(|_| staff).map(utc),
            handled_at: concern.handled_at.filter(|_| staff).map(utc),
            outcome: concern.outcome.clone().filter(|_| staff),
        }
    }
}

/// A supervisor's comment to the facilitator.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommentView {
    pub author_name: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// A session report, for the facilitator who filed it or their supervisor.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportView {
    pub id: String,
    pub session_id: String,
    pub group_id: String,
    pub group_name: String,
    pub facilitator_id: String,
    pub facilitator_name: String,
    pub present: i32,
    pub members: i32,
    /// Theme ids (`GET /api/v1/report-themes`).
    pub themes: Vec<String>,
    pub went: String,
    pub concern: ConcernLevel,
    pub concern_note: String,
    pub created_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concern_status: Option<ConcernStatus>,
    pub comments: Vec<CommentView>,
}

/// A line of a supervisor's queue: no free text, so the queue itself reveals little.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportSummary {
    pub id: String,
    pub group_name: String,
    pub facilitator_name: String,
    pub concern: ConcernLevel,
    pub created_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concern_status: Option<ConcernStatus>,
}

/// A session whose report is still to be filed.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DueReport {
    pub session_id: String,
    pub group_id: String,
    pub group_name: String,
    pub starts_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub overdue: bool,
    /// Facilitators' names (for the supervisor's list of overdue reports).
    pub facilitator_names: Vec<String>,
}

/// Names of groups and people, looked up once for a whole page.
pub struct Names {
    groups: HashMap<String, String>,
    people: HashMap<String, String>,
}

impl Names {
    pub fn load(
        conn: &mut AnyConnection,
        group_ids: impl IntoIterator<Item = String>,
        people: &[String],
        lang: &str,
    ) -> Result<Self, AppError> {
        let mut groups = HashMap::new();
        for id in group_ids {
            if let std::collections::hash_map::Entry::Vacant(slot) = groups.entry(id) {
                let name = groups::name_of(conn, slot.key(), lang)?;
                slot.insert(name);
            }
        }
        Ok(Self {
            groups,
            people: accounts::display_names(conn, people)?,
        })
    }

    pub fn group(&self, id: &str) -> String {
        self.groups.get(id).cloned().unwrap_or_default()
    }

    pub fn person(&self, id: &str) -> String {
        self.people.get(id).cloned().unwrap_or_default()
    }
}

pub fn due_report(led: &LedSession, names: &Names, now: NaiveDateTime) -> DueReport {
    let due_at = led.session.ends_at + REPORT_DUE;
    DueReport {
        session_id: led.session.id.clone(),
        group_id: led.session.group_id.clone(),
        group_name: names.group(&led.session.group_id),
        starts_at: utc(led.session.starts_at),
        due_at: utc(due_at),
        overdue: due_at < now,
        facilitator_names: led.facilitators.iter().map(|f| names.person(f)).collect(),
    }
}

pub fn summary(report: &Report, concern: Option<&Concern>, names: &Names) -> ReportSummary {
    ReportSummary {
        id: report.id.clone(),
        group_name: names.group(&report.group_id),
        facilitator_name: names.person(&report.facilitator_id),
        concern: ConcernLevel::parse(&report.concern).unwrap_or(ConcernLevel::None),
        created_at: utc(report.created_at),
        concern_status: concern.map(|c| ConcernStatus::of(c, Reader::Supervisor)),
    }
}

/// The whole report as `reader` may see it.
pub fn full(
    conn: &mut AnyConnection,
    report: Report,
    reader: Reader,
    lang: &str,
) -> Result<ReportView, AppError> {
    let ids = [report.id.clone()];
    let themes = model::themes_of(conn, &ids)?
        .into_iter()
        .map(|(_, theme)| theme)
        .collect();
    let concern = model::concerns_of(conn, &ids)?.into_iter().next();
    let comments = model::comments(conn, &report.id)?;
    let mut people: Vec<String> = comments.iter().map(|c| c.author_id.clone()).collect();
    people.push(report.facilitator_id.clone());
    let names = Names::load(conn, [report.group_id.clone()], &people, lang)?;
    Ok(ReportView {
        group_name: names.group(&report.group_id),
        facilitator_name: names.person(&report.facilitator_id),
        concern: ConcernLevel::parse(&report.concern).unwrap_or(ConcernLevel::None),
        concern_status: concern.as_ref().map(|c| ConcernStatus::of(c, reader)),
        comments: comments
            .into_iter()
            .map(|c| CommentView {
                author_name: names.person(&c.author_id),
                body: c.body,
                created_at: utc(c.created_at),
            })
            .collect(),
        themes,
        created_at: utc(report.created_at),
        id: report.id,
        session_id: report.session_id,
        group_id: report.group_id,
        facilitator_id: report.facilitator_id,
        present: report.present,
        members: report.members,
        went: report.went,
        concern_note: report.concern_note,
    })
}
