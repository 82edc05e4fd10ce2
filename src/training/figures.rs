//! Training's figures for the dashboard: facilitators by status at the end of each period
//! (or now, for the current one): in training, certified, certified but expiring within 60
//! days, lapsed (a certificate once, none valid now). Counts of volunteers, not families.

use std::collections::HashSet;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::schema::{training_certificates as certs, training_enrolments as enrol};
use crate::clock::now;
use crate::error::AppError;
use crate::figures::{Period, Series, Unit};
use crate::registry::Registry;
use crate::state::AppState;

/// Within this many days of expiry a certificate counts as expiring.
const EXPIRING_DAYS: i64 = 60;

type CertRow = (String, NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>);

/// (in training, certified, expiring, lapsed) at `at`.
fn statuses(
    certificates: &[CertRow],
    enrolled: &[(String, NaiveDateTime)],
    at: NaiveDateTime,
) -> [f64; 4] {
    let issued: HashSet<&str> = certificates
        .iter()
        .filter(|(_, issued, ..)| *issued <= at)
        .map(|(user, ..)| user.as_str())
        .collect();
    let valid = |(_, issued, expires, revoked): &&CertRow| {
        *issued <= at && *expires > at && revoked.is_none_or(|r| r > at)
    };
    let certified: HashSet<&str> = certificates
        .iter()
        .filter(valid)
        .map(|(user, ..)| user.as_str())
        .collect();
    // Expiring: every valid certificate of the person ends within the window.
    let lasting: HashSet<&str> = certificates
        .iter()
        .filter(valid)
        .filter(|(_, _, expires, _)| *expires > at + TimeDelta::days(EXPIRING_DAYS))
        .map(|(user, ..)| user.as_str())
        .collect();
    let training: HashSet<&str> = enrolled
        .iter()
        .filter(|(user, since)| *since <= at && !issued.contains(user.as_str()))
        .map(|(user, _)| user.as_str())
        .collect();
    let count = |n: usize| n as f64;
    [
        count(training.len()),
        count(certified.len()),
        count(certified.difference(&lasting).count()),
        count(issued.difference(&certified).count()),
    ]
}

pub async fn figures(state: AppState, period: Period) -> Result<Vec<Series>, AppError> {
    state
        .db
        .run(move |conn| {
            let certificates: Vec<CertRow> = certs::table
                .select((
                    certs::user_id,
                    certs::issued_at,
                    certs::expires_at,
                    certs::revoked_at,
                ))
                .load(conn)?;
            let enrolled: Vec<(String, NaiveDateTime)> = enrol::table
                .select((enrol::user_id, enrol::created_at))
                .load(conn)?;
            let at = now();
            let mut values = [
                period.zeroes(),
                period.zeroes(),
                period.zeroes(),
                period.zeroes(),
            ];
            for (i, end) in period.ends().into_iter().enumerate() {
                let counted = statuses(&certificates, &enrolled, end.min(at));
                for (series, value) in values.iter_mut().zip(counted) {
                    series[i] = value;
                }
            }
            let [training, certified, expiring, lapsed] = values;
            let series = |key, title, values| Series {
                key,
                title,
                unit: Unit::Count,
                about_families: false,
                values,
            };
            Ok(vec![
                series(
                    "training.in_training",
                    "figures-facilitators-in-training",
                    training,
                ),
                series(
                    "training.certified",
                    "figures-facilitators-certified",
                    certified,
                ),
                series(
                    "training.expiring",
                    "figures-facilitators-expiring",
                    expiring,
                ),
                series("training.lapsed", "figures-facilitators-lapsed", lapsed),
            ])
        })
        .await
}

pub fn register(reg: &mut Registry) {
    reg.figures(figures);
}
