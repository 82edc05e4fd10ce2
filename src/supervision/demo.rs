//! Demo supervision: reports on the demo groups' past sessions (most calm, some with a
//! concern, the newest of one group urgent and not yet acknowledged, one still to write), a
//! supervisor for the Arabic-speaking facilitator and a comment back.

use chrono::TimeDelta;

use super::domain::ConcernLevel;
use super::model::{self, Comment, Report};
use crate::accounts::service as accounts;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service::{self as groups, LedSession};
use crate::state::AppState;

const WENT: &[&str] = &[
    "A warm session. Parents compared bedtime routines in two languages.",
    "Quieter than usual; two new members introduced themselves.",
    "Lively talk about grandparents and holidays in two countries.",
    "We practised how to talk with the day-care staff about the home language.",
];

/// Every fifth report has some concern; the newest of the first group is urgent.
fn level(index: usize, newest_of_first: bool) -> ConcernLevel {
    if newest_of_first {
        ConcernLevel::Urgent
    } else if index % 5 == 4 {
        ConcernLevel::Some
    } else {
        ConcernLevel::None
    }
}

fn demo_report(
    led: &LedSession,
    index: usize,
    level: ConcernLevel,
    members: i64,
) -> Option<Report> {
    let facilitator = led.facilitators.first()?.clone();
    let note = match level {
        ConcernLevel::None => "",
        ConcernLevel::Some => {
            "A parent seemed very tired and alone; I suggested we talk after the next session."
        }
        ConcernLevel::Urgent => {
            "A mother said she is afraid at home and does not know where to turn."
        }
    };
    Some(Report {
        id: model::new_id(),
        session_id: led.session.id.clone(),
        group_id: led.session.group_id.clone(),
        facilitator_id: facilitator,
        members: i32::try_from(members).unwrap_or(0),
        present: i32::try_from(members - i64::try_from(index % 2).unwrap_or(0))
            .unwrap_or(0)
            .max(0),
        went: WENT[index % WENT.len()].to_owned(),
        concern: level.as_str().to_owned(),
        concern_note: note.to_owned(),
        created_at: (led.session.ends_at + TimeDelta::hours(3)).min(now()),
    })
}

fn write(conn: &mut AnyConnection, report: &Report, index: usize) -> Result<(), AppError> {
    model::insert_report(conn, report)?;
    let themes = [
        "theme-sleep",
        "theme-two-cultures",
        "theme-bilingual-children",
        "theme-daycare-school",
    ];
    model::set_report_themes(conn, &report.id, &[themes[index % themes.len()].to_owned()])?;
    if report.concern != ConcernLevel::None.as_str() {
        model::insert_concern(conn, &report.id, &report.concern, report.created_at)?;
    }
    Ok(())
}

/// Adds the demo reports unless there are reports already; returns how many were written.
pub async fn demo_supervision(state: &AppState) -> Result<usize, AppError> {
    state
        .db
        .run(|conn| {
            crate::db::transaction(conn, |conn| {
                if !model::newest_reports(conn, None, 1)?.is_empty() {
                    return Ok(0);
                }
                let now = now();
                let past = groups::ended_sessions(conn, now - TimeDelta::weeks(14), now, None)?;
                let Some(first_group) = past.first().map(|l| l.session.group_id.clone()) else {
                    return Ok(0);
                };
                let newest_of_first = past
                    .iter()
                    .rfind(|l| l.session.group_id == first_group)
                    .map(|l| l.session.id.clone());
                // The newest session of every other group is still to be reported.
                let to_write: Vec<&String> = past
                    .iter()
                    .filter(|l| l.session.group_id != first_group)
                    .filter(|l| {
                        !past.iter().any(|o| {
                            o.session.group_id == l.session.group_id
                                && o.session.ends_at > l.session.ends_at
                        })
                    })
                    .map(|l| &l.session.id)
                    .collect();
                let mut written = 0;
                for (index, led) in past.iter().enumerate() {
                    if to_write.contains(&&led.session.id) {
                        continue;
                    }
                    let urgent = Some(&led.session.id) == newest_of_first.as_ref();
                    let (_, members) =
                        groups::attendance_count(conn, &led.session.id, &led.session.group_id)?;
                    if let Some(report) = demo_report(led, index, level(index, urgent), members) {
                        write(conn, &report, index)?;
                        written += 1;
                    }
                }
                assign_and_comment(conn, &past)?;
                Ok(written)
            })
        })
        .await
}

/// The demo supervisor follows the first group's facilitator and thanks them once.
fn assign_and_comment(conn: &mut AnyConnection, past: &[LedSession]) -> Result<(), AppError> {
    let supervisors = accounts::people_with_role(conn, Role::Supervisor)?;
    let (Some(supervisor), Some(first)) = (supervisors.first(), past.first()) else {
        return Ok(());
    };
    let Some(facilitator) = first.facilitators.first() else {
        return Ok(());
    };
    model::assign(
        conn,
        facilitator,
        Some(&supervisor.id),
        &supervisor.id,
        now(),
    )?;
    if let Some(report) =
        model::reports_of_sessions(conn, std::slice::from_ref(&first.session.id))?.first()
    {
        model::insert_comment(
            conn,
            &Comment {
                id: model::new_id(),
                report_id: report.id.clone(),
                author_id: supervisor.id.clone(),
                body: "Thank you, this is a good start for the group. Let us talk about the quiet members in supervision.".to_owned(),
                created_at: report.created_at + TimeDelta::hours(20),
            },
        )?;
    }
    Ok(())
}
