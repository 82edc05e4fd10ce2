//! Referrals' figures for the dashboard: referrals sent per bucket, and those sent in the
//! period by the service's category, by where they stand (the outcome once closed) and by the
//! family's wellbeing services county. Every count is about families: below five it is shown
//! as "fewer than 5".

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::referrals;
use crate::accounts::service as accounts;
use crate::db::AnyConnection;
use crate::directory::service as directory;
use crate::error::AppError;
use crate::figures::{Breakdown, Period, Row, RowLabel, Series, Unit};
use crate::registry::Registry;
use crate::state::AppState;

/// (service, family, status, outcome, sent at) of the referrals sent in the period.
type Sent = (
    String,
    String,
    String,
    Option<String>,
    Option<NaiveDateTime>,
);

fn sent_in(conn: &mut AnyConnection, period: &Period) -> QueryResult<Vec<Sent>> {
    referrals::table
        .filter(referrals::sent_at.ge(period.from()))
        .filter(referrals::sent_at.lt(period.until()))
        .select((
            referrals::service_id,
            referrals::family_id,
            referrals::status,
            referrals::outcome,
            referrals::sent_at,
        ))
        .load(conn)
}

/// Where a referral stands, as the dashboard names it: the outcome once closed.
fn standing(status: &str, outcome: Option<&str>) -> String {
    let what = match (status, outcome) {
        ("closed", Some(outcome)) => outcome,
        ("declined" | "cancelled", _) => status,
        _ => "open",
    };
    format!("figures-referral-{}", what.replace('_', "-"))
}

fn rows(counts: BTreeMap<String, (RowLabel, f64)>) -> Vec<Row> {
    counts
        .into_values()
        .map(|(label, value)| Row { label, value })
        .collect()
}

fn by_category(conn: &mut AnyConnection, sent: &[Sent]) -> Result<Vec<Row>, AppError> {
    let services: Vec<String> = sent.iter().map(|s| s.0.clone()).collect();
    let of: Vec<(String, String)> = directory::categories_of(conn, &services)?;
    let mut counts: BTreeMap<String, (RowLabel, f64)> = BTreeMap::new();
    for (position, category) in directory::categories(conn)?.into_iter().enumerate() {
        let value = sent
            .iter()
            .filter(|s| {
                of.iter()
                    .any(|(svc, cat)| *svc == s.0 && *cat == category.id)
            })
            .count() as f64;
        if value == 0.0 {
            continue;
        }
        let label = match (category.key, category.label) {
            (Some(key), _) => RowLabel::Message(directory::category_message_id(&key)),
            (None, label) => RowLabel::Text(label.unwrap_or(category.id)),
        };
        counts.insert(format!("{position:04}"), (label, value));
    }
    Ok(rows(counts))
}

fn by_county(conn: &mut AnyConnection, sent: &[Sent]) -> Result<Vec<Row>, AppError> {
    let families: Vec<String> = sent.iter().map(|s| s.1.clone()).collect();
    let homes: HashMap<String, String> = accounts::family_municipalities(conn, &families)?;
    let mut counts: BTreeMap<String, (RowLabel, f64)> = BTreeMap::new();
    for (_, family, ..) in sent {
        let county = homes
            .get(family)
            .and_then(|code| crate::regions::municipality(code))
            .and_then(|m| m.county());
        let (key, label) = match county {
            Some(c) => (c.code.to_owned(), RowLabel::County(c.code.to_owned())),
            None => (
                "~".to_owned(),
                RowLabel::Message("figures-county-none".to_owned()),
            ),
        };
        counts.entry(key).or_insert((label, 0.0)).1 += 1.0;
    }
    Ok(rows(counts))
}

fn by_standing(sent: &[Sent]) -> Vec<Row> {
    let mut counts: BTreeMap<String, (RowLabel, f64)> = BTreeMap::new();
    for (_, _, status, outcome, _) in sent {
        let id = standing(status, outcome.as_deref());
        counts
            .entry(id.clone())
            .or_insert((RowLabel::Message(id), 0.0))
            .1 += 1.0;
    }
    rows(counts)
}

fn breakdown(
    key: &'static str,
    title: &'static str,
    dimension: &'static str,
    rows: Vec<Row>,
) -> Breakdown {
    Breakdown {
        key,
        title,
        dimension,
        about_families: true,
        rows,
    }
}

pub async fn breakdowns(state: AppState, period: Period) -> Result<Vec<Breakdown>, AppError> {
    state
        .db
        .run(move |conn| {
            let sent = sent_in(conn, &period)?;
            Ok(vec![
                breakdown(
                    "referrals.by_category",
                    "figures-referrals-by-category",
                    "figures-category",
                    by_category(conn, &sent)?,
                ),
                breakdown(
                    "referrals.by_outcome",
                    "figures-referrals-by-outcome",
                    "figures-outcome",
                    by_standing(&sent),
                ),
                breakdown(
                    "referrals.by_county",
                    "figures-referrals-by-county",
                    "figures-county",
                    by_county(conn, &sent)?,
                ),
            ])
        })
        .await
}

pub async fn series(state: AppState, period: Period) -> Result<Vec<Series>, AppError> {
    state
        .db
        .run(move |conn| {
            let mut values = period.zeroes();
            for (.., sent_at) in sent_in(conn, &period)? {
                if let Some(i) = sent_at.and_then(|at| period.index_of(at)) {
                    values[i] += 1.0;
                }
            }
            Ok(vec![Series {
                key: "referrals.sent",
                title: "figures-referrals-sent",
                unit: Unit::Count,
                about_families: true,
                values,
            }])
        })
        .await
}

pub fn register(reg: &mut Registry) {
    reg.figures(series).breakdowns(breakdowns);
}
