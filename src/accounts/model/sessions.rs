//! Sign-in sessions: every token is bound to one of these rows.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::new_id;
use crate::db::AnyConnection;
use crate::db::schema::{sessions, users};

use super::users::User;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sessions)]
pub struct Session {
    pub id: String,
    pub user_id: String,
    pub device: String,
    pub second_factor_passed: bool,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

pub const LIFETIME: TimeDelta = TimeDelta::days(30);
/// Last-seen times are written at most this often, not on every request.
const TOUCH_EVERY: TimeDelta = TimeDelta::minutes(5);

pub fn create(
    conn: &mut AnyConnection,
    user_id: &str,
    device: &str,
    second_factor_passed: bool,
    now: NaiveDateTime,
) -> QueryResult<Session> {
    let session = Session {
        id: new_id(),
        user_id: user_id.to_owned(),
        device: device.chars().take(120).collect(),
        second_factor_passed,
        created_at: now,
        last_seen_at: now,
        expires_at: now + LIFETIME,
        revoked_at: None,
    };
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(&session.id),
            sessions::user_id.eq(&session.user_id),
            sessions::device.eq(&session.device),
            sessions::second_factor_passed.eq(session.second_factor_passed),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::expires_at.eq(session.expires_at),
        ))
        .execute(conn)?;
    Ok(session)
}

/// The session and its user, if the session is live and the account not suspended.
pub fn find_live(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<(Session, User)>> {
    let found: Option<(Session, User)> = sessions::table
        .inner_join(users::table)
        .filter(sessions::id.eq(session_id))
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now))
        .filter(users::suspended_at.is_null())
        .select((Session::as_select(), User::as_select()))
        .first(conn)
        .optional()?;
    if let Some((session, _)) = &found
        && now - session.last_seen_at > TOUCH_EVERY
    {
        diesel::update(sessions::table.find(&session.id))
            .set(sessions::last_seen_at.eq(now))
            .execute(conn)?;
    }
    Ok(found)
}

pub fn list_live(
    conn: &mut AnyConnection,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<Vec<Session>> {
    sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now))
        .order(sessions::last_seen_at.desc())
        .select(Session::as_select())
        .load(conn)
}

pub fn pass_second_factor(conn: &mut AnyConnection, session_id: &str) -> QueryResult<()> {
    diesel::update(sessions::table.find(session_id))
        .set(sessions::second_factor_passed.eq(true))
        .execute(conn)
        .map(|_| ())
}

/// Revokes one of the user's sessions; false when it is not theirs or already ended.
pub fn revoke(
    conn: &mut AnyConnection,
    user_id: &str,
    session_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        sessions::table
            .find(session_id)
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Some(now)))
    .execute(conn)
    .map(|n| n > 0)
}

/// Revokes every session of a user, except `keep` when given.
pub fn revoke_all(
    conn: &mut AnyConnection,
    user_id: &str,
    keep: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::revoked_at.is_null())
            .filter(sessions::id.ne(keep.unwrap_or(""))),
    )
    .set(sessions::revoked_at.eq(Some(now)))
    .execute(conn)
}

pub fn purge_ended_before(conn: &mut AnyConnection, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(
        sessions::table.filter(
            sessions::expires_at
                .lt(cutoff)
                .or(sessions::revoked_at.lt(cutoff)),
        ),
    )
    .execute(conn)
}
