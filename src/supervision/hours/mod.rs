//! Volunteer hours: sessions led become entries by themselves; a facilitator adds other work
//! with a note; a supervisor approves or rejects it (one by one or several at once); the
//! facilitator sees their total per year and staff download a CSV.

pub mod api;
mod model;
pub mod pages;

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::access::supervised_by;
use super::domain::short_text;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::groups::circles::{self, Purpose};
use crate::groups::service as groups;
use crate::state::AppState;
pub use model::Entry;

const DAY_MINUTES: i64 = 24 * 60;
pub const MAX_NOTE: usize = 500;
/// How far back sessions led are turned into hours.
const LOOK_BACK: TimeDelta = TimeDelta::days(30);

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EntryView {
    pub id: String,
    pub facilitator_name: String,
    /// `led` (a session), `other` (added by the facilitator).
    pub kind: String,
    pub worked_on: NaiveDate,
    pub minutes: i32,
    pub note: String,
    /// `pending`, `approved` or `rejected`.
    pub status: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewHours {
    pub worked_on: NaiveDate,
    #[schema(minimum = 1, maximum = 1440)]
    pub minutes: i32,
    #[schema(max_length = 500)]
    pub note: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyHours {
    pub year: i32,
    pub entries: Vec<EntryView>,
    /// Approved minutes of the year.
    pub approved_minutes: i64,
    pub pending_minutes: i64,
}

fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate), AppError> {
    let bad = || AppError::invalid(vec![FieldError::new("year", "field-invalid-value", vec![])]);
    let from = NaiveDate::from_ymd_opt(year, 1, 1)
        .filter(|_| (2020..=2100).contains(&year))
        .ok_or_else(bad)?;
    Ok((
        from,
        NaiveDate::from_ymd_opt(year + 1, 1, 1).ok_or_else(bad)?,
    ))
}

fn views(conn: &mut AnyConnection, entries: Vec<Entry>) -> Result<Vec<EntryView>, AppError> {
    let people: Vec<String> = entries.iter().map(|e| e.facilitator_id.clone()).collect();
    let names = accounts::display_names(conn, &people)?;
    Ok(entries
        .into_iter()
        .map(|e| EntryView {
            facilitator_name: names.get(&e.facilitator_id).cloned().unwrap_or_default(),
            id: e.id,
            kind: e.kind,
            worked_on: e.worked_on,
            minutes: e.minutes,
            note: e.note,
            status: e.status,
        })
        .collect())
}

/// Turns the sessions led, and the supervision meetings and live trainings attended, in the
/// last month into approved entries (each once).
pub async fn from_sessions(state: &AppState) -> Result<usize, AppError> {
    state
        .db
        .run(|conn| {
            let now = now();
            let mut added = from_circles(conn, now)?;
            for led in groups::ended_sessions(conn, now - LOOK_BACK, now, None)? {
                let minutes = (led.session.ends_at - led.session.starts_at).num_minutes();
                let day = groups::local_date(led.session.starts_at);
                for person in &led.facilitators {
                    let entry = entry(
                        person,
                        "led",
                        Some(&led.session.id),
                        day,
                        minutes,
                        "",
                        "approved",
                    );
                    added += usize::from(model::insert(conn, &entry)?);
                }
            }
            Ok(added)
        })
        .await
}

/// Supervision meetings and live trainings attended become entries of their kind.
fn from_circles(conn: &mut AnyConnection, now: NaiveDateTime) -> Result<usize, AppError> {
    let mut added = 0;
    for (purpose, kind) in [
        (Purpose::Supervision, "supervision"),
        (Purpose::Training, "training"),
    ] {
        for (person, session) in circles::attendance_between(conn, purpose, now - LOOK_BACK, now)? {
            let minutes = (session.ends_at - session.starts_at).num_minutes();
            let day = groups::local_date(session.starts_at);
            let entry = entry(
                &person,
                kind,
                Some(&session.id),
                day,
                minutes,
                "",
                "approved",
            );
            added += usize::from(model::insert(conn, &entry)?);
        }
    }
    Ok(added)
}

fn entry(
    person: &str,
    kind: &str,
    source: Option<&str>,
    day: NaiveDate,
    minutes: i64,
    note: &str,
    status: &str,
) -> Entry {
    Entry {
        id: super::model::new_id(),
        facilitator_id: person.to_owned(),
        kind: kind.to_owned(),
        source_id: source.map(str::to_owned),
        worked_on: day,
        minutes: i32::try_from(minutes.clamp(0, DAY_MINUTES)).unwrap_or(0),
        note: note.to_owned(),
        status: status.to_owned(),
        decided_by: None,
        decided_at: None,
        created_at: now(),
    }
}

pub async fn mine(state: &AppState, me: &SignedIn, year: Option<i32>) -> Result<MyHours, AppError> {
    let year = year.unwrap_or_else(|| now().year());
    let (from, until) = year_bounds(year)?;
    let me = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let entries = model::of_people(conn, std::slice::from_ref(&me), from, until)?;
            let sum = |status: &str| {
                entries
                    .iter()
                    .filter(|e| e.status == status)
                    .map(|e| i64::from(e.minutes))
                    .sum()
            };
            let (approved_minutes, pending_minutes) = (sum("approved"), sum("pending"));
            Ok(MyHours {
                year,
                entries: views(conn, entries)?,
                approved_minutes,
                pending_minutes,
            })
        })
        .await
}

/// A facilitator adds other work: a past or present day, at most 24 hours a day in all.
pub async fn add(state: &AppState, me: &SignedIn, new: NewHours) -> Result<String, AppError> {
    let note = short_text("note", &new.note, MAX_NOTE)?;
    let today = groups::local_date(now());
    if new.worked_on > today {
        return Err(AppError::invalid(vec![FieldError::new(
            "worked_on",
            "hours-in-the-future",
            vec![],
        )]));
    }
    if !(1..=1440).contains(&new.minutes) {
        return Err(AppError::invalid(vec![FieldError::new(
            "minutes",
            "hours-minutes-invalid",
            vec![],
        )]));
    }
    let me = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let taken = model::minutes_on(conn, &me, new.worked_on)?;
                if taken + i64::from(new.minutes) > DAY_MINUTES {
                    return Err(AppError::invalid(vec![FieldError::new(
                        "minutes",
                        "hours-over-a-day",
                        vec![],
                    )]));
                }
                let entry = entry(
                    &me,
                    "other",
                    None,
                    new.worked_on,
                    i64::from(new.minutes),
                    &note,
                    "pending",
                );
                model::insert(conn, &entry)?;
                Ok(entry.id)
            })
        })
        .await
}

/// Entries waiting for `me` (a supervisor) to decide, oldest first.
pub async fn waiting(state: &AppState, me: &SignedIn) -> Result<Vec<EntryView>, AppError> {
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            let mine = supervised_by(conn, &me)?;
            let entries = model::pending(conn, &mine)?;
            views(conn, entries)
        })
        .await
}

/// Approves or rejects pending entries of `me`'s facilitators; returns how many were decided.
pub async fn decide(
    state: &AppState,
    me: &SignedIn,
    ids: Vec<String>,
    approve: bool,
) -> Result<usize, AppError> {
    if ids.is_empty() || ids.len() > 500 {
        return Err(AppError::invalid(vec![FieldError::new(
            "ids",
            "field-invalid-value",
            vec![],
        )]));
    }
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            let mine = supervised_by(conn, &me)?;
            let status = if approve { "approved" } else { "rejected" };
            Ok(model::decide(
                conn,
                &ids,
                &mine,
                status,
                &me.user_id,
                now(),
            )?)
        })
        .await
}

/// Every approved entry of a year as CSV rows (staff).
pub async fn csv(state: &AppState, year: i32) -> Result<String, AppError> {
    let (from, until) = year_bounds(year)?;
    let entries = state
        .db
        .run(move |conn| {
            let entries = model::approved_between(conn, from, until)?;
            views(conn, entries)
        })
        .await?;
    let mut text = String::from("date,facilitator,kind,minutes,note\n");
    for e in entries {
        let field = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        text.push_str(&format!(
            "{},{},{},{},{}\n",
            e.worked_on,
            field(&e.facilitator_name),
            e.kind,
            e.minutes,
            field(&e.note)
        ));
    }
    Ok(text)
}

/// Approved hours per bucket, for the dashboard.
pub async fn figures(
    state: AppState,
    period: crate::figures::Period,
) -> Result<Vec<crate::figures::Series>, AppError> {
    let (from, until) = (period.from().date(), period.until().date());
    let entries = state
        .db
        .run(move |conn| Ok(model::approved_between(conn, from, until)?))
        .await?;
    let mut values = period.zeroes();
    for e in entries {
        if let Some(i) = period.index_of(e.worked_on.and_hms_opt(12, 0, 0).unwrap_or_default()) {
            values[i] += f64::from(e.minutes) / 60.0;
        }
    }
    let values = values.into_iter().map(f64::round).collect();
    Ok(vec![crate::figures::Series {
        key: "supervision.volunteer_hours",
        title: "figures-volunteer-hours",
        unit: crate::figures::Unit::Count,
        about_families: false,
        values,
    }])
}

/// A demo entry of other work, waiting for a supervisor's decision.
pub(crate) fn demo_pending(
    conn: &mut AnyConnection,
    person: &str,
    day: NaiveDate,
    minutes: i64,
    note: &str,
) -> Result<bool, AppError> {
    let entry = entry(person, "other", None, day, minutes, note, "pending");
    Ok(model::insert(conn, &entry)?)
}
