//! Supervision's figures: reports filed, reports more than 48 hours late, concerns by level.

use super::domain::REPORT_DUE;
use super::model;
use super::reports::without_report;
use crate::clock::now;
use crate::error::AppError;
use crate::figures::{Period, Series, Unit};
use crate::groups::service as groups;
use crate::registry::Registry;
use crate::state::AppState;

fn counted(
    key: &'static str,
    title: &'static str,
    period: &Period,
    times: impl Iterator<Item = chrono::NaiveDateTime>,
) -> Series {
    let mut values = period.zeroes();
    for at in times {
        if let Some(i) = period.index_of(at) {
            values[i] += 1.0;
        }
    }
    Series {
        key,
        title,
        unit: Unit::Count,
        about_families: false,
        values,
    }
}

pub async fn figures(state: AppState, period: Period) -> Result<Vec<Series>, AppError> {
    state
        .db
        .run(move |conn| {
            let reports = model::reports_between(conn, period.from(), period.until())?;
            let ids: Vec<String> = reports.iter().map(|r| r.id.clone()).collect();
            let concerns = model::concerns_of(conn, &ids)?;
            let late_before = (now() - REPORT_DUE).min(period.until());
            let ended = groups::ended_sessions(conn, period.from(), late_before, None)?;
            let overdue = without_report(conn, ended)?;
            let level = |wanted: &'static str| {
                concerns
                    .iter()
                    .filter(move |c| c.level == wanted)
                    .map(|c| c.raised_at)
            };
            Ok(vec![
                counted(
                    "supervision.reports_filed",
                    "figures-reports-filed",
                    &period,
                    reports.iter().map(|r| r.created_at),
                ),
                counted(
                    "supervision.reports_overdue",
                    "figures-reports-overdue",
                    &period,
                    overdue.iter().map(|l| l.session.ends_at),
                ),
                counted(
                    "supervision.concerns_some",
                    "figures-concerns-some",
                    &period,
                    level("some"),
                ),
                counted(
                    "supervision.concerns_urgent",
                    "figures-concerns-urgent",
                    &period,
                    level("urgent"),
                ),
            ])
        })
        .await
}

pub fn register(reg: &mut Registry) {
    reg.figures(figures);
}
