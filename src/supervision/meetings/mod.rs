//! Supervision meetings: a supervisor gathers the facilitators they supervise into a circle
//! (groups' private group: its sessions, reminders, attendance and chat room, private to the
//! circle), schedules meetings once or weekly, and records who attended. What a facilitator
//! attended counts for the lapse rule (`lapse`) and toward renewal; notes per facilitator
//! live in `notes`.

pub mod api;
pub mod demo;
pub mod lapse;
pub mod notes;
pub mod pages;
pub mod routes;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::access;
use super::schema::supervision_circles as circles;
use crate::accounts::service::{self as accounts, Person};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::groups::circles::{self as group_circles, NewCircle, Purpose};
use crate::groups::schedule::WeeklySeries;
use crate::state::AppState;

pub const MAX_NAME: usize = 200;

/// A new circle's name and facilitators.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct CircleInput {
    #[schema(max_length = 200)]
    pub name: String,
    /// Facilitators the supervisor supervises.
    pub facilitators: Vec<String>,
}

/// Meetings to schedule: one (`weeks` 1) or weekly at the same Helsinki time.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct MeetingInput {
    #[schema(example = "2027-01-14")]
    pub date: String,
    #[schema(example = "17:00")]
    pub start_time: String,
    #[schema(minimum = 15, maximum = 480)]
    pub duration_minutes: u32,
    #[schema(minimum = 1, maximum = 52)]
    pub weeks: u32,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Meeting {
    pub session_id: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub past: bool,
    /// Who was present (for the supervisor; the facilitator sees only themself).
    pub present: Vec<String>,
    pub room: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CircleView {
    pub id: String,
    pub name: String,
    pub supervisor: Person,
    pub members: Vec<Person>,
    pub meetings: Vec<Meeting>,
    /// Whether the reader leads it (may schedule and record attendance).
    pub leads: bool,
}

/// The people by id with their display names, in the order given.
fn people(conn: &mut AnyConnection, ids: Vec<String>) -> Result<Vec<Person>, AppError> {
    let names = accounts::display_names(conn, &ids)?;
    Ok(ids
        .into_iter()
        .map(|id| Person {
            display_name: names.get(&id).cloned().unwrap_or_default(),
            id,
        })
        .collect())
}

fn check_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        let id = if name.is_empty() {
            "field-required"
        } else {
            "field-too-long"
        };
        let args = vec![("max", crate::i18n::ArgValue::Number(MAX_NAME as f64))];
        return Err(AppError::invalid(vec![FieldError::new("name", id, args)]));
    }
    Ok(name.to_owned())
}

/// The facilitators, each one `me` supervises; invalid otherwise.
fn supervised(
    conn: &mut AnyConnection,
    me: &SignedIn,
    facilitators: &[String],
) -> Result<Vec<String>, AppError> {
    let mine = access::supervised_by(conn, me)?;
    let mut chosen: Vec<String> = facilitators.iter().map(|f| f.trim().to_owned()).collect();
    chosen.sort();
    chosen.dedup();
    if chosen.is_empty() || chosen.iter().any(|f| !mine.contains(f)) {
        return Err(AppError::invalid(vec![FieldError::new(
            "facilitators",
            "supervision-circle-facilitators-invalid",
            vec![],
        )]));
    }
    Ok(chosen)
}

/// A supervisor makes a circle of facilitators they supervise; returns its id.
pub async fn create(
    state: &AppState,
    me: &SignedIn,
    input: CircleInput,
) -> Result<String, AppError> {
    let name = check_name(&input.name)?;
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let members = supervised(conn, &me, &input.facilitators)?;
                let at = now();
                let id = group_circles::create(
                    conn,
                    &NewCircle {
                        purpose: Purpose::Supervision,
                        name: &name,
                        language: me.language.code,
                        leader: &me.user_id,
                        created_by: &me.user_id,
                    },
                    at,
                )?;
                group_circles::set_members(conn, &id, &members, at)?;
                diesel::insert_into(circles::table)
                    .values((
                        circles::circle_id.eq(&id),
                        circles::supervisor_id.eq(&me.user_id),
                        circles::name.eq(&name),
                        circles::created_at.eq(at),
                    ))
                    .execute(conn)?;
                Ok(id)
            })
        })
        .await
}

/// The circle's supervisor, when `circle_id` is a supervision circle.
fn supervisor_of(conn: &mut AnyConnection, circle_id: &str) -> Result<Option<String>, AppError> {
    Ok(circles::table
        .find(circle_id)
        .select(circles::supervisor_id)
        .first(conn)
        .optional()?)
}

/// The circle's supervisor schedules meetings; their count.
pub async fn schedule(
    state: &AppState,
    me: &SignedIn,
    circle_id: &str,
    input: MeetingInput,
) -> Result<usize, AppError> {
    let series = WeeklySeries::parse(
        &input.date,
        &input.start_time,
        input.duration_minutes,
        input.weeks,
    )
    .ok_or_else(|| {
        AppError::invalid(vec![FieldError::new(
            "date",
            "supervision-meeting-time-invalid",
            vec![],
        )])
    })?;
    let (me, circle) = (me.user_id.clone(), circle_id.to_owned());
    state
        .db
        .run(move |conn| {
            if supervisor_of(conn, &circle)?.as_deref() != Some(me.as_str()) {
                return Err(AppError::not_found());
            }
            crate::db::transaction(conn, |conn| {
                Ok(group_circles::schedule(conn, &circle, &series, now())?.len())
            })
        })
        .await
}

/// A circle as `me` sees it: its supervisor, or one of its facilitators.
pub async fn circle(state: &AppState, me: &SignedIn, id: &str) -> Result<CircleView, AppError> {
    let (me, id) = (me.user_id.clone(), id.to_owned());
    state
        .db
        .run(move |conn| {
            let supervisor = supervisor_of(conn, &id)?.ok_or_else(AppError::not_found)?;
            let leads = supervisor == me;
            if !leads && !crate::groups::service::is_member(conn, &id, &me)? {
                return Err(AppError::not_found());
            }
            view(conn, &id, &supervisor, leads, &me)
        })
        .await
}

fn view(
    conn: &mut AnyConnection,
    id: &str,
    supervisor: &str,
    leads: bool,
    reader: &str,
) -> Result<CircleView, AppError> {
    let name: String = circles::table.find(id).select(circles::name).first(conn)?;
    let at = now();
    let mut meetings = Vec::new();
    for s in group_circles::sessions(conn, id)? {
        let mut present = crate::groups::service::present_at(conn, &s.id)?;
        if !leads {
            present.retain(|p| p == reader);
        }
        meetings.push(Meeting {
            room: format!("/sessions/{}/room", s.id),
            past: s.ends_at < at,
            session_id: s.id,
            starts_at: s.starts_at.and_utc(),
            ends_at: s.ends_at.and_utc(),
            present,
        });
    }
    let mut members = people(conn, vec![supervisor.to_owned()])?;
    let supervisor = members.remove(0);
    let member_ids = group_circles::members(conn, id)?;
    let members = people(conn, member_ids)?;
    Ok(CircleView {
        id: id.to_owned(),
        name,
        supervisor,
        members,
        meetings,
        leads,
    })
}

/// The circles `me` leads or belongs to, newest first.
pub async fn mine(state: &AppState, me: &SignedIn) -> Result<Vec<CircleView>, AppError> {
    let me = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let all: Vec<(String, String)> = circles::table
                .order(circles::created_at.desc())
                .select((circles::circle_id, circles::supervisor_id))
                .load(conn)?;
            let mut out = Vec::new();
            for (id, supervisor) in all {
                let leads = supervisor == me;
                if leads || crate::groups::service::is_member(conn, &id, &me)? {
                    out.push(view(conn, &id, &supervisor, leads, &me)?);
                }
            }
            Ok(out)
        })
        .await
}

/// When `user_id` last attended a supervision meeting (its end).
pub fn last_attended(
    conn: &mut AnyConnection,
    user_id: &str,
) -> Result<Option<NaiveDateTime>, AppError> {
    let ids: Vec<String> = circles::table.select(circles::circle_id).load(conn)?;
    Ok(group_circles::attended(conn, &ids, user_id)?
        .into_iter()
        .map(|s| s.ends_at)
        .filter(|end| *end <= now())
        .max())
}

/// How many supervision meetings `user_id` attended that ended after `since`.
pub fn attended_since(
    conn: &mut AnyConnection,
    user_id: &str,
    since: NaiveDateTime,
) -> Result<usize, AppError> {
    let ids: Vec<String> = circles::table.select(circles::circle_id).load(conn)?;
    let at = now();
    Ok(group_circles::attended(conn, &ids, user_id)?
        .into_iter()
        .filter(|s| s.ends_at > since && s.ends_at <= at)
        .count())
}

/// A facilitator's own supervision: their circles, their last meeting, when the lapse rule
/// takes their rights unless they attend one, and whether that is within the warning time.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OwnSupervision {
    pub circles: Vec<CircleView>,
    pub last_attended: Option<DateTime<Utc>>,
    pub lapses_at: Option<DateTime<Utc>>,
    pub warning: bool,
    pub lapsed: bool,
}

pub async fn own(state: &AppState, me: &SignedIn) -> Result<OwnSupervision, AppError> {
    let circles = mine(state, me).await?;
    let (user, months) = (me.user_id.clone(), state.config.supervision_lapse_months);
    let (last_attended, lapses_at) = state
        .db
        .run(move |conn| {
            Ok((
                last_attended(conn, &user)?,
                lapse::lapses_at(conn, &user, months)?,
            ))
        })
        .await?;
    let at = now();
    let warn_from = |end: NaiveDateTime| end - chrono::TimeDelta::days(lapse::WARN_DAYS);
    Ok(OwnSupervision {
        circles,
        last_attended: last_attended.map(|t| t.and_utc()),
        lapsed: lapses_at.is_some_and(|end| end <= at),
        warning: lapses_at.is_some_and(|end| warn_from(end) <= at && at < end),
        lapses_at: lapses_at.map(|t| t.and_utc()),
    })
}
