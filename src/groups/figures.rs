//! Groups' figures for the dashboard: sessions held, the share of marked members who came,
//! and how many families took part (a small count about families is hidden by the core).

use std::collections::HashSet;

use diesel::prelude::*;

use crate::accounts::service as accounts;
use crate::db::AnyConnection;
use crate::db::schema::{group_sessions, session_attendance};
use crate::error::AppError;
use crate::figures::{Period, Series, Unit};
use crate::groups::model::peer_group_ids;
use crate::registry::Registry;
use crate::state::AppState;

type Mark = (chrono::NaiveDateTime, String, Option<bool>);

fn count(conn: &mut AnyConnection, period: &Period) -> Result<Series, AppError> {
    let until = period.until().min(crate::clock::now());
    let starts: Vec<chrono::NaiveDateTime> = group_sessions::table
        .filter(group_sessions::cancelled_at.is_null())
        .filter(group_sessions::group_id.eq_any(peer_group_ids()))
        .filter(group_sessions::starts_at.ge(period.from()))
        .filter(group_sessions::starts_at.lt(until))
        .select(group_sessions::starts_at)
        .load(conn)?;
    let mut values = period.zeroes();
    for at in starts {
        if let Some(i) = period.index_of(at) {
            values[i] += 1.0;
        }
    }
    Ok(Series {
        key: "groups.sessions_held",
        title: "figures-sessions-held",
        unit: Unit::Count,
        about_families: false,
        values,
    })
}

fn marks(conn: &mut AnyConnection, period: &Period) -> Result<Vec<Mark>, AppError> {
    Ok(session_attendance::table
        .inner_join(group_sessions::table.on(group_sessions::id.eq(session_attendance::session_id)))
        .filter(group_sessions::cancelled_at.is_null())
        .filter(group_sessions::group_id.eq_any(peer_group_ids()))
        .filter(group_sessions::starts_at.ge(period.from()))
        .filter(group_sessions::starts_at.lt(period.until()))
        .filter(session_attendance::present.is_not_null())
        .select((
            group_sessions::starts_at,
            session_attendance::user_id,
            session_attendance::present,
        ))
        .load(conn)?)
}

fn attendance(period: &Period, marks: &[Mark]) -> Series {
    let (mut present, mut marked) = (period.zeroes(), period.zeroes());
    for (at, _, came) in marks {
        if let Some(i) = period.index_of(*at) {
            marked[i] += 1.0;
            if *came == Some(true) {
                present[i] += 1.0;
            }
        }
    }
    let values = present
        .iter()
        .zip(&marked)
        .map(|(p, m)| {
            if *m > 0.0 {
                (p / m * 100.0).round()
            } else {
                0.0
            }
        })
        .collect();
    Series {
        key: "groups.attendance_rate",
        title: "figures-attendance-rate",
        unit: Unit::Percent,
        about_families: false,
        values,
    }
}

fn families(conn: &mut AnyConnection, period: &Period, marks: &[Mark]) -> Result<Series, AppError> {
    let people: Vec<String> = marks.iter().map(|(_, user, _)| user.clone()).collect();
    let family_of = accounts::families_of(conn, &people)?;
    let mut seen: Vec<HashSet<&String>> = vec![HashSet::new(); period.starts.len()];
    for (at, user, came) in marks {
        if let (Some(i), Some(true), Some(family)) =
            (period.index_of(*at), came, family_of.get(user))
        {
            seen[i].insert(family);
        }
    }
    let values = seen.iter().map(|s| s.len() as f64).collect();
    Ok(Series {
        key: "groups.families_active",
        title: "figures-families-active",
        unit: Unit::Count,
        about_families: true,
        values,
    })
}

pub async fn figures(state: AppState, period: Period) -> Result<Vec<Series>, AppError> {
    state
        .db
        .run(move |conn| {
            let marks = marks(conn, &period)?;
            Ok(vec![
                count(conn, &period)?,
                attendance(&period, &marks),
                families(conn, &period, &marks)?,
            ])
        })
        .await
}

pub fn register(reg: &mut Registry) {
    reg.figures(figures);
}
