//! Sessions that took place, as the features above groups see them (supervision's session
//! reports): which peer-group sessions ended in a period, who led them, how many of the group came.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::service::SessionRef;
use crate::db::AnyConnection;
use crate::db::schema::{group_facilitators, group_sessions, memberships, session_attendance};
use crate::error::AppError;

/// A session that took place, with the facilitators of its group.
#[derive(Debug, Clone)]
pub struct LedSession {
    pub session: SessionRef,
    pub facilitators: Vec<String>,
}

pub(super) type SessionRow = (String, String, NaiveDateTime, NaiveDateTime);

pub(super) fn session_ref((id, group_id, starts_at, ends_at): SessionRow) -> SessionRef {
    SessionRef {
        id,
        group_id,
        starts_at,
        ends_at,
    }
}

/// Sessions (not cancelled) that ended in `[from, to)`, oldest first, each with its
/// facilitators; only those `facilitator` leads when one is given.
pub fn ended_between(
    conn: &mut AnyConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
    facilitator: Option<&str>,
) -> Result<Vec<LedSession>, AppError> {
    let mut query = group_sessions::table
        .filter(group_sessions::cancelled_at.is_null())
        .filter(group_sessions::group_id.eq_any(super::model::peer_group_ids()))
        .filter(group_sessions::ends_at.ge(from))
        .filter(group_sessions::ends_at.lt(to))
        .order((group_sessions::ends_at, group_sessions::id))
        .select((
            group_sessions::id,
            group_sessions::group_id,
            group_sessions::starts_at,
            group_sessions::ends_at,
        ))
        .into_boxed();
    if let Some(user_id) = facilitator {
        let led = group_facilitators::table
            .filter(group_facilitators::user_id.eq(user_id.to_owned()))
            .select(group_facilitators::group_id);
        query = query.filter(group_sessions::group_id.eq_any(led));
    }
    let sessions: Vec<SessionRow> = query.load(conn)?;
    let group_ids: Vec<&String> = sessions.iter().map(|s| &s.1).collect();
    let leads: Vec<(String, String)> = group_facilitators::table
        .filter(group_facilitators::group_id.eq_any(group_ids))
        .select((group_facilitators::group_id, group_facilitators::user_id))
        .load(conn)?;
    Ok(sessions
        .into_iter()
        .map(|row| {
            let facilitators = leads
                .iter()
                .filter(|(group, _)| *group == row.1)
                .map(|(_, user)| user.clone())
                .collect();
            LedSession {
                session: session_ref(row),
                facilitators,
            }
        })
        .collect())
}

/// A held session by id with its facilitators; None when there is none or it was cancelled.
pub fn led_session(
    conn: &mut AnyConnection,
    session_id: &str,
) -> Result<Option<LedSession>, AppError> {
    let row: Option<SessionRow> = group_sessions::table
        .find(session_id)
        .filter(group_sessions::cancelled_at.is_null())
        .select((
            group_sessions::id,
            group_sessions::group_id,
            group_sessions::starts_at,
            group_sessions::ends_at,
        ))
        .first(conn)
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    let facilitators = super::model::facilitator_ids(conn, &row.1)?;
    Ok(Some(LedSession {
        session: session_ref(row),
        facilitators,
    }))
}

/// How many of the group's members were marked present, and how many members it has.
pub fn attendance_count(
    conn: &mut AnyConnection,
    session_id: &str,
    group_id: &str,
) -> Result<(i64, i64), AppError> {
    let members: i64 = memberships::table
        .filter(memberships::group_id.eq(group_id))
        .filter(memberships::status.eq("member"))
        .count()
        .get_result(conn)?;
    let present: i64 = session_attendance::table
        .filter(session_attendance::session_id.eq(session_id))
        .filter(session_attendance::present.eq(true))
        .count()
        .get_result(conn)?;
    Ok((present, members))
}

/// Who was marked present at a session (by the room's presence or by a leader).
pub fn present_at(conn: &mut AnyConnection, session_id: &str) -> Result<Vec<String>, AppError> {
    Ok(session_attendance::table
        .filter(session_attendance::session_id.eq(session_id))
        .filter(session_attendance::present.eq(true))
        .select(session_attendance::user_id)
        .load(conn)?)
}
