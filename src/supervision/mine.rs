//! A facilitator's own side: the sessions that wait for a report and the reports filed.

use serde::Serialize;
use utoipa::ToSchema;

use super::access::Reader;
use super::model;
use super::reports::due_for;
use super::views::{self, ConcernStatus, DueReport, Names, ReportSummary};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::error::AppError;
use crate::state::AppState;

/// How many of one's own reports are listed.
const FILED: i64 = 50;

#[derive(Debug, Serialize, ToSchema)]
pub struct MyReports {
    pub due: Vec<DueReport>,
    /// Newest first; a concern shows only whether it was received and handled.
    pub filed: Vec<ReportSummary>,
}

pub async fn mine(state: &AppState, me: &SignedIn) -> Result<MyReports, AppError> {
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            let due = due_for(conn, &me, now())?;
            let rows = model::newest_reports(conn, Some(std::slice::from_ref(&me.user_id)), FILED)?;
            let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
            let concerns = model::concerns_of(conn, &ids)?;
            let groups = rows.iter().map(|r| r.group_id.clone());
            let names = Names::load(
                conn,
                groups,
                std::slice::from_ref(&me.user_id),
                me.language.code,
            )?;
            let filed = rows
                .iter()
                .map(|r| {
                    let concern = concerns.iter().find(|c| c.report_id == r.id);
                    ReportSummary {
                        concern_status: concern.map(|c| ConcernStatus::of(c, Reader::Author)),
                        ..views::summary(r, None, &names)
                    }
                })
                .collect();
            Ok(MyReports { due, filed })
        })
        .await
}
