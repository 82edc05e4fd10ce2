//! Circles: private groups a higher feature holds for its own people — a training cohort's
//! live sessions, a supervisor's circle of facilitators. They reuse groups' sessions, reminders,
//! attendance and chat rooms, and are never listed, joined or counted as peer groups; their
//! leaders (a trainer, a supervisor) lead without the certification gate. The feature that
//! holds a circle keeps what it means in its own tables and calls only these functions.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::catalogue::validate::schedule_invalid;
use super::domain::MemberStatus;
use super::held::{SessionRow, session_ref};
use super::model::{self, NewGroup};
use super::schedule::{self, GROUP_TIME_ZONE, WeeklySeries};
use super::service::SessionRef;
use crate::db::AnyConnection;
use crate::db::schema::{
    group_facilitators, group_sessions, memberships, peer_groups, session_attendance,
};
use crate::error::{AppError, FieldError};

/// What a circle is for; stored as the group's purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Training,
    Supervision,
    Network,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Training => "training",
            Self::Supervision => "supervision",
            Self::Network => "network",
        }
    }
}

/// A new circle: its name (in the language it was written in), who leads it and who made it.
pub struct NewCircle<'a> {
    pub purpose: Purpose,
    pub name: &'a str,
    pub language: &'a str,
    pub leader: &'a str,
    pub created_by: &'a str,
}

/// The most people a circle holds.
const CIRCLE_CAPACITY: i32 = 100;

/// Makes a circle with its leader; returns its id. Call inside the caller's transaction.
pub fn create(
    conn: &mut AnyConnection,
    new: &NewCircle,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    let id = uuid::Uuid::new_v4().to_string();
    model::insert_group(
        conn,
        &NewGroup {
            id: &id,
            spoken_languages: new.language,
            topics: "",
            audience: "",
            region: super::domain::ONLINE,
            capacity: CIRCLE_CAPACITY,
            join_policy: super::domain::JoinPolicy::Invitation.as_str(),
            status: super::domain::GroupStatus::Running.as_str(),
            created_by: new.created_by,
        },
        now,
    )?;
    diesel::update(peer_groups::table.find(&id))
        .set(peer_groups::purpose.eq(new.purpose.as_str()))
        .execute(conn)?;
    model::insert_text(conn, &id, new.language, new.name, "")?;
    model::add_facilitator(conn, &id, new.leader)?;
    Ok(id)
}

/// Makes the circle's members exactly `people`: the missing get a seat, the others leave.
pub fn set_members(
    conn: &mut AnyConnection,
    circle_id: &str,
    people: &[String],
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let current = members(conn, circle_id)?;
    for gone in current.iter().filter(|id| !people.contains(id)) {
        model::set_membership(conn, circle_id, gone, MemberStatus::Left.as_str(), now)?;
    }
    for person in people.iter().filter(|id| !current.contains(id)) {
        model::set_membership(conn, circle_id, person, MemberStatus::Member.as_str(), now)?;
    }
    Ok(())
}

/// Adds a leader beside the first (a second trainer or supervisor).
pub fn add_leader(
    conn: &mut AnyConnection,
    circle_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    let listed = group_facilitators::table
        .find((circle_id, user_id))
        .count()
        .get_result::<i64>(conn)?;
    if listed == 0 {
        model::add_facilitator(conn, circle_id, user_id)?;
    }
    Ok(())
}

/// Schedules the circle's sessions (one, or weekly at the same local time), in time order.
pub fn schedule(
    conn: &mut AnyConnection,
    circle_id: &str,
    series: &WeeklySeries,
    now: NaiveDateTime,
) -> Result<Vec<SessionRef>, AppError> {
    let times = schedule::occurrences(series, GROUP_TIME_ZONE)
        .map_err(|_| AppError::invalid(vec![schedule_invalid("weeks")]))?;
    if times.first().is_some_and(|(start, _)| *start <= now) {
        return Err(AppError::invalid(vec![FieldError::new(
            "first_date",
            "group-schedule-in-past",
            vec![],
        )]));
    }
    times
        .into_iter()
        .map(|(starts_at, ends_at)| {
            Ok(SessionRef {
                id: model::insert_session(conn, circle_id, starts_at, ends_at, now)?,
                group_id: circle_id.to_owned(),
                starts_at,
                ends_at,
            })
        })
        .collect()
}

/// The circle's sessions that were not cancelled, in time order.
pub fn sessions(conn: &mut AnyConnection, circle_id: &str) -> Result<Vec<SessionRef>, AppError> {
    let rows: Vec<SessionRow> = group_sessions::table
        .filter(group_sessions::group_id.eq(circle_id))
        .filter(group_sessions::cancelled_at.is_null())
        .order((group_sessions::starts_at, group_sessions::id))
        .select((
            group_sessions::id,
            group_sessions::group_id,
            group_sessions::starts_at,
            group_sessions::ends_at,
        ))
        .load(conn)?;
    Ok(rows.into_iter().map(session_ref).collect())
}

/// The sessions of these circles that `user_id` was marked present at, in time order.
pub fn attended(
    conn: &mut AnyConnection,
    circle_ids: &[String],
    user_id: &str,
) -> Result<Vec<SessionRef>, AppError> {
    let rows: Vec<SessionRow> = group_sessions::table
        .inner_join(
            session_attendance::table.on(session_attendance::session_id.eq(group_sessions::id)),
        )
        .filter(group_sessions::group_id.eq_any(circle_ids))
        .filter(group_sessions::cancelled_at.is_null())
        .filter(session_attendance::user_id.eq(user_id))
        .filter(session_attendance::present.eq(true))
        .order((group_sessions::starts_at, group_sessions::id))
        .select((
            group_sessions::id,
            group_sessions::group_id,
            group_sessions::starts_at,
            group_sessions::ends_at,
        ))
        .load(conn)?;
    Ok(rows.into_iter().map(session_ref).collect())
}

/// The circle's members (not its leaders).
pub fn members(conn: &mut AnyConnection, circle_id: &str) -> Result<Vec<String>, AppError> {
    Ok(memberships::table
        .filter(memberships::group_id.eq(circle_id))
        .filter(memberships::status.eq(MemberStatus::Member.as_str()))
        .order(memberships::created_at)
        .select(memberships::user_id)
        .load(conn)?)
}

/// Records a session that already took place (the demo's past meetings, imports); scheduling
/// refuses the past.
pub fn add_past_session(
    conn: &mut AnyConnection,
    circle_id: &str,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    Ok(model::insert_session(
        conn, circle_id, starts_at, ends_at, now,
    )?)
}

/// Who was present at which session of circles of `purpose` that ended in `[from, to)`.
pub fn attendance_between(
    conn: &mut AnyConnection,
    purpose: Purpose,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> Result<Vec<(String, SessionRef)>, AppError> {
    let circles = peer_groups::table
        .filter(peer_groups::purpose.eq(purpose.as_str()))
        .select(peer_groups::id);
    let rows: Vec<(String, SessionRow)> = session_attendance::table
        .inner_join(group_sessions::table.on(group_sessions::id.eq(session_attendance::session_id)))
        .filter(group_sessions::group_id.eq_any(circles))
        .filter(group_sessions::cancelled_at.is_null())
        .filter(group_sessions::ends_at.ge(from))
        .filter(group_sessions::ends_at.lt(to))
        .filter(session_attendance::present.eq(true))
        .select((
            session_attendance::user_id,
            (
                group_sessions::id,
                group_sessions::group_id,
                group_sessions::starts_at,
                group_sessions::ends_at,
            ),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(user, row)| (user, session_ref(row)))
        .collect())
}
