//! The personal data supervision keeps about facilitators, declared for the privacy feature:
//! the session reports they filed (with their concern and what came of it), supervisors'
//! comments on them, volunteer hours, the supervision notes about them and who supervises
//! them. Supervisors and other staff appear by pseudonym. A note the supervisor did not share
//! is listed with its date but without its text (see `notes`).

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde_json::{Value, json};

use super::model::{Concern, Report};
use super::schema::{
    concerns, report_comments, report_themes, session_report_themes, session_reports,
    supervision_assignments, supervision_notes, volunteer_hours,
};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::personal_data::{
    Kind, LawfulBasis, PersonalData, Pseudonyms, Retention, Subject, at, at_opt,
};
use crate::registry::Registry;

/// A kind kept five years (see `purge`); the supervisor while they are assigned.
const fn kind(key: &'static str, title: &'static str, purpose: &'static str) -> Kind {
    Kind {
        key,
        title,
        purpose,
        basis: LawfulBasis::LegitimateInterests,
        retention: Retention::Days {
            days: super::purge::KEPT_DAYS,
        },
        tables: &[],
    }
}

pub fn register(reg: &mut Registry) {
    let kinds = vec![
        Kind {
            tables: &["session_reports", "session_report_themes", "concerns"],
            retention: Retention::DaysAfterClosing {
                days: super::purge::KEPT_DAYS,
            },
            ..kind(
                "supervision.reports",
                "privacy-kind-supervision-reports",
                "privacy-purpose-of-supervision-reports",
            )
        },
        Kind {
            tables: &["report_comments"],
            retention: Retention::DaysAfterClosing {
                days: super::purge::KEPT_DAYS,
            },
            ..kind(
                "supervision.comments",
                "privacy-kind-supervision-comments",
                "privacy-purpose-of-supervision-comments",
            )
        },
        Kind {
            tables: &["volunteer_hours"],
            ..kind(
                "supervision.hours",
                "privacy-kind-supervision-hours",
                "privacy-purpose-of-supervision-hours",
            )
        },
        Kind {
            tables: &["supervision_notes"],
            ..kind(
                "supervision.notes",
                "privacy-kind-supervision-notes",
                "privacy-purpose-of-supervision-notes",
            )
        },
        Kind {
            tables: &["supervision_assignments"],
            retention: Retention::WhileAccount,
            ..kind(
                "supervision.supervisor",
                "privacy-kind-supervision-supervisor",
                "privacy-purpose-of-supervision-supervisor",
            )
        },
    ];
    reg.personal_data(PersonalData {
        feature: "supervision",
        kinds,
        export,
        erase: super::erase::erase,
        purge: Some(super::purge::purge),
    });
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let me = subject.user_id.as_str();
    let supervisor: Vec<(String, NaiveDateTime)> = supervision_assignments::table
        .filter(supervision_assignments::facilitator_id.eq(me))
        .select((
            supervision_assignments::supervisor_id,
            supervision_assignments::assigned_at,
        ))
        .load(conn)?;
    Ok(json!({
        "reports": reports(conn, subject, names)?,
        "comments": comments(conn, subject, names)?,
        "hours": hours(conn, subject, names)?,
        "notes": notes(conn, subject, names)?,
        "supervisor": supervisor.into_iter().map(|(who, since)| json!({
            "supervisor": names.name(subject, &who), "since": at(since),
        })).collect::<Vec<_>>(),
    }))
}

fn reports(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<(Report, Option<Concern>)> = session_reports::table
        .left_join(concerns::table)
        .filter(session_reports::facilitator_id.eq(&subject.user_id))
        .order(session_reports::created_at)
        .select((Report::as_select(), Option::<Concern>::as_select()))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|(r, _)| r.id.clone()).collect();
    let themes = themes_of(conn, &ids)?;
    let group_ids: Vec<String> = rows.iter().map(|(r, _)| r.group_id.clone()).collect();
    let group_names = groups::names_of(conn, &group_ids, &subject.language)?;
    Ok(rows
        .into_iter()
        .map(|(r, concern)| {
            let concern = concern.unwrap_or_else(|| Concern {
                report_id: r.id.clone(),
                level: String::new(),
                raised_at: r.created_at,
                acknowledged_at: None,
                acknowledged_by: None,
                escalated_at: None,
                handled_at: None,
                handled_by: None,
                outcome: None,
            });
            json!({
                "group": group_names.get(&r.group_id).cloned().unwrap_or_default(),
                "filed_at": at(r.created_at), "present": r.present, "members": r.members,
                "themes": themes.get(&r.id).cloned().unwrap_or_default(),
                "how_it_went": r.went, "concern": r.concern, "concern_note": r.concern_note,
                "acknowledged_at": at_opt(concern.acknowledged_at),
                "acknowledged_by": concern.acknowledged_by.map(|a| names.name(subject, &a)),
                "escalated_at": at_opt(concern.escalated_at),
                "handled_at": at_opt(concern.handled_at),
                "handled_by": concern.handled_by.map(|a| names.name(subject, &a)),
                "outcome": concern.outcome,
            })
        })
        .collect())
}

/// Each report's themes, by its key (`theme-sleep`) or the label staff wrote.
fn themes_of(
    conn: &mut AnyConnection,
    reports: &[String],
) -> Result<HashMap<String, Vec<String>>, AppError> {
    let rows: Vec<(String, Option<String>, Option<String>)> = session_report_themes::table
        .inner_join(report_themes::table)
        .filter(session_report_themes::report_id.eq_any(reports))
        .order(report_themes::position)
        .select((
            session_report_themes::report_id,
            report_themes::theme_key,
            report_themes::label,
        ))
        .load(conn)?;
    let mut themes: HashMap<String, Vec<String>> = HashMap::new();
    for (report, key, label) in rows {
        themes
            .entry(report)
            .or_default()
            .push(key.or(label).unwrap_or_default());
    }
    Ok(themes)
}

fn comments(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<(NaiveDateTime, String, String, NaiveDateTime)> = report_comments::table
        .inner_join(session_reports::table.on(session_reports::id.eq(report_comments::report_id)))
        .filter(session_reports::facilitator_id.eq(&subject.user_id))
        .order(report_comments::created_at)
        .select((
            session_reports::created_at,
            report_comments::author_id,
            report_comments::body,
            report_comments::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(report_filed, author, body, created)| {
            json!({
                "report_filed_at": at(report_filed), "author": names.name(subject, &author),
                "text": body, "written_at": at(created),
            })
        })
        .collect())
}

type HoursRow = (
    NaiveDate,
    String,
    i32,
    String,
    String,
    Option<String>,
    Option<NaiveDateTime>,
    NaiveDateTime,
);

fn hours(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<HoursRow> = volunteer_hours::table
        .filter(volunteer_hours::facilitator_id.eq(&subject.user_id))
        .order((volunteer_hours::worked_on, volunteer_hours::created_at))
        .select((
            volunteer_hours::worked_on,
            volunteer_hours::kind,
            volunteer_hours::minutes,
            volunteer_hours::note,
            volunteer_hours::status,
            volunteer_hours::decided_by,
            volunteer_hours::decided_at,
            volunteer_hours::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(day, kind, minutes, note, status, by, decided, created)| {
            json!({
                "worked_on": day.to_string(), "kind": kind, "minutes": minutes, "note": note,
                "status": status, "decided_by": by.map(|b| names.name(subject, &b)),
                "decided_at": at_opt(decided), "recorded_at": at(created),
            })
        })
        .collect())
}

/// The supervisors' notes about the person. A note its supervisor kept to themself is listed
/// without its text: whether that text must be given out is for the data protection officer
/// to decide case by case (GDPR art. 15(4)), not for an automatic copy.
fn notes(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<(String, String, bool, NaiveDateTime)> = supervision_notes::table
        .filter(supervision_notes::facilitator_id.eq(&subject.user_id))
        .order(supervision_notes::created_at)
        .select((
            supervision_notes::author_id,
            supervision_notes::body,
            supervision_notes::shared,
            supervision_notes::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(author, body, shared, created)| {
            json!({
                "author": names.name(subject, &author), "written_at": at(created),
                "shared_with_you": shared, "text": shared.then_some(body),
            })
        })
        .collect())
}
