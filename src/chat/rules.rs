//! What facilitators decide for a room: locked, slow mode, muted and removed members. Checked
//! in the same database call that stores a message, so every node enforces the same rules.

use std::collections::HashMap;

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
    /// The facilitator has not started the session yet.
    NotStarted,
    Ended,
    /// No facilitator is in the room: members read, nobody writes.
    Unattended,
    Locked,
    Muted,
    SlowMode,
    /// The person's send budget in the room is spent for now (on any of their connections).
    TooFast,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Settings {
    pub locked: bool,
    pub slow_mode_seconds: i32,
    /// The facilitator started the session (and has not ended it).
    pub started: bool,
    pub ended: bool,
}

/// A room's settings row as stored: locked, slow mode, started at, ended at.
type SettingsRow = (bool, i32, Option<NaiveDateTime>, Option<NaiveDateTime>);
const SETTINGS_COLUMNS: (
    room_settings::locked,
    room_settings::slow_mode_seconds,
    room_settings::started_at,
    room_settings::ended_at,
) = (
    room_settings::locked,
    room_settings::slow_mode_seconds,
    room_settings::started_at,
    room_settings::ended_at,
);

impl Settings {
    /// A room without a settings row has the defaults.
    fn from_row(row: Option<SettingsRow>) -> Self {
        row.map(
            |(locked, slow_mode_seconds, started_at, ended_at)| Settings {
                locked,
                slow_mode_seconds,
                started: started_at.is_some() && ended_at.is_none(),
                ended: ended_at.is_some(),
            },
        )
        .unwrap_or_default()
    }
}

pub fn settings(conn: &mut AnyConnection, session_id: &str) -> QueryResult<Settings> {
    Ok(Settings::from_row(
        room_settings::table
            .find(session_id)
            .select(SETTINGS_COLUMNS)
            .first(conn)
            .optional()?,
    ))
}

/// A room's settings row exists from the first time a facilitator changes anything.
fn ensure_settings_row(conn: &mut AnyConnection, session_id: &str) -> QueryResult<()> {
    let exists: i64 = room_settings::table
        .find(session_id)
        .count()
        .get_result(conn)?;
    if exists == 0 {
        diesel::insert_into(room_settings::table)
            .values(room_settings::session_id.eq(session_id))
            .execute(conn)?;
    }
    Ok(())
}

pub fn save_settings(
    conn: &mut AnyConnection,
    session_id: &str,
    settings: Settings,
) -> QueryResult<()> {
    ensure_settings_row(conn, session_id)?;
    diesel::update(room_settings::table.find(session_id))
        .set((
            room_settings::locked.eq(settings.locked),
            room_settings::slow_mode_seconds.eq(settings.slow_mode_seconds),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Starts the session (again, after an end) or ends it.
pub fn set_started(
    conn: &mut AnyConnection,
    session_id: &str,
    started: bool,
    now: NaiveDateTime,
) -> QueryResult<Settings> {
    ensure_settings_row(conn, session_id)?;
    let row = room_settings::table.find(session_id);
    if started {
        diesel::update(row)
            .set((
                room_settings::started_at.eq(Some(now)),
                room_settings::ended_at.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?;
    } else {
        diesel::update(row)
            .set(room_settings::ended_at.eq(Some(now)))
            .execute(conn)?;
    }
    settings(conn, session_id)
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

/// A restriction still in force at `now`: without an end (the whole session), or ending later.
fn in_force(
    now: NaiveDateTime,
) -> diesel::dsl::Or<
    diesel::dsl::IsNull<room_restrictions::until>,
    diesel::dsl::Gt<room_restrictions::until, NaiveDateTime>,
> {
    room_restrictions::until
        .is_null()
        .or(room_restrictions::until.gt(now))
}

fn restricted(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    kind: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let found: i64 = room_restrictions::table
        .filter(room_restrictions::session_id.eq(session_id))
        .filter(room_restrictions::user_id.eq(user_id))
        .filter(room_restrictions::kind.eq(kind))
        .filter(in_force(now))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

pub fn is_removed(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    restricted(conn, session_id, user_id, REMOVED, now)
}

/// What a room allows right now, read once for every message of a batch: the settings, whether
/// a facilitator is present, who is muted. Slow mode, which depends on each author's last
/// message, is checked per message in [`RoomGate::admits`].
#[derive(Debug, Clone)]
pub struct RoomGate {
    settings: Settings,
    attended: bool,
    /// Members muted now.
    muted: Vec<String>,
}

impl RoomGate {
    /// The gates of `rooms`, in three statements whatever their count (settings, who is
    /// present, who is muted): the writer reads them for every batch.
    pub fn load_all(
        conn: &mut AnyConnection,
        rooms: &[String],
        now: NaiveDateTime,
    ) -> QueryResult<HashMap<String, Self>> {
        let settings: HashMap<String, SettingsRow> = room_settings::table
            .filter(room_settings::session_id.eq_any(rooms))
            .select((room_settings::session_id, SETTINGS_COLUMNS))
            .load::<(String, SettingsRow)>(conn)?
            .into_iter()
            .collect();
        let attended = super::presence::attended_among(conn, rooms, now)?;
        let mut muted: HashMap<String, Vec<String>> = HashMap::new();
        let restrictions: Vec<(String, String)> = room_restrictions::table
            .filter(room_restrictions::session_id.eq_any(rooms))
            .filter(room_restrictions::kind.eq(MUTE))
            .filter(in_force(now))
            .select((room_restrictions::session_id, room_restrictions::user_id))
            .load(conn)?;
        for (room, user) in restrictions {
            muted.entry(room).or_default().push(user);
        }
        Ok(rooms
            .iter()
            .map(|room| {
                let gate = Self {
                    settings: Settings::from_row(settings.get(room).copied()),
                    attended: attended.contains(room),
                    muted: muted.remove(room).unwrap_or_default(),
                };
                (room.clone(), gate)
            })
            .collect())
    }

    /// Whether `author` may send now; moderators are never refused.
    /// `wrote_in_batch`: the author has a message in the batch being stored (not yet written,
    /// so slow mode cannot find it in the table).
    pub fn admits(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
        (author, moderator, wrote_in_batch): (&str, bool, bool),
        now: NaiveDateTime,
    ) -> QueryResult<Result<(), Refusal>> {
        let settings = self.settings;
        if moderator {
            return Ok(Ok(()));
        }
        if settings.ended {
            return Ok(Err(Refusal::Ended));
        }
        if !settings.started {
            return Ok(Err(Refusal::NotStarted));
        }
        if !self.attended {
            return Ok(Err(Refusal::Unattended));
        }
        if settings.locked {
            return Ok(Err(Refusal::Locked));
        }
        if self.muted.iter().any(|muted| muted == author) {
            return Ok(Err(Refusal::Muted));
        }
        if settings.slow_mode_seconds > 0 {
            if wrote_in_batch {
                return Ok(Err(Refusal::SlowMode));
            }
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
}
