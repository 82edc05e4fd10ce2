//! Feedback on the dashboard: answers per month, the share who found their session useful and
//! who felt safe (from 5 answers in a bucket), answers and what families need next by group.
//! Every count about families follows the fewer-than-5 rule of the dashboard.

use std::collections::{BTreeMap, HashMap};

use chrono::{Months, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::domain::NEEDS;
use super::schema::feedback_answers as answers;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::figures::{Breakdown, Period, Row, RowLabel, SMALL_COUNT, Series, Unit};
use crate::groups::schedule::{GROUP_TIME_ZONE, local_to_utc};
use crate::groups::service as groups;
use crate::registry::Registry;
use crate::state::AppState;

/// The UTC bounds of a Helsinki calendar month starting on `month`.
pub fn month_bounds(month: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
    let midnight =
        |d: NaiveDate| local_to_utc(d.and_hms_opt(0, 0, 0).unwrap_or_default(), GROUP_TIME_ZONE);
    (midnight(month), midnight(month + Months::new(1)))
}

/// An answer as the figures read it: when its session ended, its group, the scores.
struct Answered {
    ended: NaiveDateTime,
    group_id: String,
    useful: Option<i16>,
    safe: Option<String>,
    needs: String,
}

/// Session, group, usefulness, safety, needs.
type AnswerRow = (String, String, Option<i16>, Option<String>, String);

fn answered_in(conn: &mut AnyConnection, period: &Period) -> Result<Vec<Answered>, AppError> {
    // A month either side: a bucket is cut by the session's end, the month by its local date.
    let from = period.from().date() - Months::new(1);
    let until = period.until().date() + Months::new(1);
    let rows: Vec<AnswerRow> = answers::table
        .filter(answers::month.ge(from))
        .filter(answers::month.lt(until))
        .select((
            answers::session_id,
            answers::group_id,
            answers::useful,
            answers::safe,
            answers::needs,
        ))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let ended: HashMap<String, NaiveDateTime> = groups::sessions_by_id(conn, &ids)?
        .into_iter()
        .map(|s| (s.id, s.ends_at))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|(session, group_id, useful, safe, needs)| {
            Some(Answered {
                ended: *ended.get(&session)?,
                group_id,
                useful,
                safe,
                needs,
            })
        })
        .collect())
}

/// The share (%) of answers in each bucket for which `yes` holds, among those where it is
/// answered at all; 0 for a bucket with fewer than 5 such answers.
fn share(
    key: &'static str,
    title: &'static str,
    period: &Period,
    all: &[Answered],
    yes: impl Fn(&Answered) -> Option<bool>,
) -> Series {
    let (mut hits, mut counted) = (period.zeroes(), period.zeroes());
    for a in all {
        if let (Some(i), Some(hit)) = (period.index_of(a.ended), yes(a)) {
            counted[i] += 1.0;
            hits[i] += f64::from(u8::from(hit));
        }
    }
    let values = hits
        .iter()
        .zip(&counted)
        .map(|(h, c)| {
            if *c >= SMALL_COUNT {
                (h / c * 100.0).round()
            } else {
                0.0
            }
        })
        .collect();
    Series {
        key,
        title,
        unit: Unit::Percent,
        about_families: false,
        values,
    }
}

pub async fn series(state: AppState, period: Period) -> Result<Vec<Series>, AppError> {
    state
        .db
        .run(move |conn| {
            let all = answered_in(conn, &period)?;
            let mut values = period.zeroes();
            for i in all.iter().filter_map(|a| period.index_of(a.ended)) {
                values[i] += 1.0;
            }
            Ok(vec![
                Series {
                    key: "feedback.answers",
                    title: "figures-feedback-answers",
                    unit: Unit::Count,
                    about_families: true,
                    values,
                },
                share(
                    "feedback.useful",
                    "figures-feedback-useful",
                    &period,
                    &all,
                    |a| a.useful.map(|u| u >= 4),
                ),
                share(
                    "feedback.safe",
                    "figures-feedback-safe",
                    &period,
                    &all,
                    |a| a.safe.as_deref().map(|s| s == "yes"),
                ),
            ])
        })
        .await
}

fn by_group(conn: &mut AnyConnection, all: &[&Answered]) -> Result<Vec<Row>, AppError> {
    let mut counts: BTreeMap<&str, f64> = BTreeMap::new();
    for a in all {
        *counts.entry(a.group_id.as_str()).or_default() += 1.0;
    }
    let mut rows = Vec::new();
    for (group, value) in counts {
        let name = groups::name_of(conn, group, "fi")?;
        rows.push(Row {
            label: RowLabel::Text(name),
            value,
        });
    }
    rows.sort_by(|a, b| b.value.total_cmp(&a.value));
    Ok(rows)
}

fn by_need(all: &[&Answered]) -> Vec<Row> {
    NEEDS
        .iter()
        .map(|need| Row {
            label: RowLabel::Message(format!("feedback-need-{need}")),
            value: all
                .iter()
                .filter(|a| a.needs.split(',').any(|n| n == *need))
                .count() as f64,
        })
        .collect()
}

pub async fn breakdowns(state: AppState, period: Period) -> Result<Vec<Breakdown>, AppError> {
    state
        .db
        .run(move |conn| {
            let all = answered_in(conn, &period)?;
            let inside: Vec<&Answered> = all
                .iter()
                .filter(|a| period.index_of(a.ended).is_some())
                .collect();
            let breakdown = |key, title, dimension, rows| Breakdown {
                key,
                title,
                dimension,
                about_families: true,
                rows,
            };
            Ok(vec![
                breakdown(
                    "feedback.by_group",
                    "figures-feedback-by-group",
                    "figures-feedback-group",
                    by_group(conn, &inside)?,
                ),
                breakdown(
                    "feedback.needs",
                    "figures-feedback-needs",
                    "figures-feedback-need",
                    by_need(&inside),
                ),
            ])
        })
        .await
}

pub fn register(reg: &mut Registry) {
    reg.figures(series).breakdowns(breakdowns);
}
