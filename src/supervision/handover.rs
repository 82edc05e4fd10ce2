//! Concerns handed over to referral workers: the open concerns ("some" or "urgent") a referral
//! worker may turn into a referral, and marking one handled by that referral. The facilitator
//! who raised it sees only that it was handled; the outcome names no referral.

use chrono::NaiveDateTime;

use super::model;
use crate::db::AnyConnection;
use crate::error::AppError;

/// The outcome written on a concern a referral came from (shown to staff only).
pub const REFERRAL_OUTCOME: &str = "A referral worker prepared a referral.";

/// An open concern, as a referral worker sees it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OpenConcern {
    pub report_id: String,
    pub level: String,
    pub note: String,
    pub group_id: String,
    pub session_id: String,
    pub raised_at: NaiveDateTime,
}

fn with_reports(
    conn: &mut AnyConnection,
    concerns: Vec<model::Concern>,
) -> Result<Vec<OpenConcern>, AppError> {
    let mut open = Vec::with_capacity(concerns.len());
    for concern in concerns {
        if let Some(report) = model::report(conn, &concern.report_id)? {
            open.push(OpenConcern {
                report_id: report.id,
                level: concern.level,
                note: report.concern_note,
                group_id: report.group_id,
                session_id: report.session_id,
                raised_at: concern.raised_at,
            });
        }
    }
    Ok(open)
}

/// Every concern nobody has handled yet, oldest first.
pub fn open(conn: &mut AnyConnection) -> Result<Vec<OpenConcern>, AppError> {
    let concerns = model::open_concerns(conn)?;
    with_reports(conn, concerns)
}

/// One open concern, or `None` when there is none or it was handled already.
pub fn open_one(
    conn: &mut AnyConnection,
    report_id: &str,
) -> Result<Option<OpenConcern>, AppError> {
    let concerns = model::concerns_of(conn, &[report_id.to_owned()])?
        .into_iter()
        .filter(|c| c.handled_at.is_none())
        .collect();
    Ok(with_reports(conn, concerns)?.pop())
}

/// Marks the concern handled by a referral `worker_id` prepared; false when it was handled
/// already (by a supervisor or another referral).
pub fn handled_by_referral(
    conn: &mut AnyConnection,
    report_id: &str,
    worker_id: &str,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    Ok(model::handle(
        conn,
        report_id,
        worker_id,
        REFERRAL_OUTCOME,
        now,
    )?)
}
