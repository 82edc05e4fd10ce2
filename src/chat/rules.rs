//! What facilitators decide for a room: locked, slow mode, muted and removed members. Checked
//! in the same database call that stores a message, so every node enforces the same rules.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, room_restrictions, room_settings};

pub const MUTE: &str = "mute";
pub const REMOVED: &str = "removed";
pub const MAX_MUTE_MINUTES: i64 = 24 * 60;
pub const MAX_SLOW_MODE_SECONDS: i32 = 600;

/// Why a message may not be sent now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Locked,
    Muted,
    SlowMode,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Settings {
    pub locked: bool,
    pub slow_mode_seconds: i32,
}

pub fn settings(conn: &mut AnyConnection, session_id: &str) -> QueryResult<Settings> {
    Ok(room_settings::table
        .find(session_id)
        .select((room_settings::locked, room_settings::slow_mode_seconds))
        .first::<(bool, i32)>(conn)
        .optional()?
        .map(|(locked, slow_mode_seconds)| Settings {
            locked,
            slow_mode_seconds,
        })
        .unwrap_or_default())
}

pub fn save_settings(
    conn: &mut AnyConnection,
    session_id: &str,
    settings: Settings,
) -> QueryResult<()> {
    let updated = diesel::update(room_settings::table.find(session_id))
        .set((
            room_settings::locked.eq(settings.locked),
            room_settings::slow_mode_seconds.eq(settings.slow_mode_seconds),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(room_settings::table)
            .values((
                room_settings::session_id.eq(session_id),
                room_settings::locked.eq(settings.locked),
                room_settings::slow_mode_seconds.eq(settings.slow_mode_seconds),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Mutes until a time, or removes from the room (`until` None: for the whole session).
pub fn restrict(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    kind: &str,
    until: Option<NaiveDateTime>,
) -> QueryResult<()> {
    diesel::delete(room_restrictions::table.find((session_id, user_id, kind))).execute(conn)?;
    diesel::insert_into(room_restrictions::table)
        .values((
            room_restrictions::session_id.eq(session_id),
            room_restrictions::user_id.eq(user_id),
            room_restrictions::kind.eq(kind),
            room_restrictions::until.eq(until),
        ))
        .execute(conn)
        .map(|_| ())
}

fn restricted(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    kind: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let until: Option<Option<NaiveDateTime>> = room_restrictions::table
        .find((session_id, user_id, kind))
        .select(room_restrictions::until)
        .first(conn)
        .optional()?;
    Ok(match until {
        None => false,
        Some(None) => true,
        Some(Some(until)) => until > now,
    })
}

pub fn is_removed(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    restricted(conn, session_id, user_id, REMOVED, now)
}

/// Whether `author` may send now; moderators are never refused.
pub fn may_send(
    conn: &mut AnyConnection,
    session_id: &str,
    author: &str,
    moderator: bool,
    now: NaiveDateTime,
) -> QueryResult<Result<(), Refusal>> {
    if moderator {
        return Ok(Ok(()));
    }
    let settings = settings(conn, session_id)?;
    if settings.locked {
        return Ok(Err(Refusal::Locked));
    }
    if restricted(conn, session_id, author, MUTE, now)? {
        return Ok(Err(Refusal::Muted));
    }
    if settings.slow_mode_seconds > 0 {
        let since = now - TimeDelta::seconds(i64::from(settings.slow_mode_seconds));
        let recent: i64 = chat_messages::table
            .filter(chat_messages::session_id.eq(session_id))
            .filter(chat_messages::author_id.eq(author))
            .filter(chat_messages::created_at.gt(since))
            .count()
            .get_result(conn)?;
        if recent > 0 {
            return Ok(Err(Refusal::SlowMode));
        }
    }
    Ok(Ok(()))
}
