//! Who may enter a session's room, and when.

use diesel::prelude::*;

use super::rules;
use crate::auth::CurrentUser;
use crate::auth::policy::Permission;
use crate::db::schema::{group_sessions, peer_groups};
use crate::error::AppError;
use crate::groups::model as groups;
use crate::state::AppState;

/// How someone may take part in a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Member,
    /// A facilitator of the group, or staff who manage groups.
    Moderator,
}

/// Someone's way into a session's room.
#[derive(Debug, Clone, Copy)]
pub struct Access {
    pub part: Part,
    pub starts_at: chrono::NaiveDateTime,
    pub ends_at: chrono::NaiveDateTime,
    /// The members and facilitators the group may hold (staff are not counted).
    pub people: usize,
}

/// When members may be in the room, relative to the session's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    NotYet,
    Open,
    Over,
}

impl Access {
    /// Facilitators and staff may always enter; members from a while before the start until
    /// as long after the end.
    pub fn window(&self, lead: chrono::TimeDelta, now: chrono::NaiveDateTime) -> Window {
        match self.open_until(lead) {
            None => Window::Open,
            Some(_) if now < self.starts_at - lead => Window::NotYet,
            Some(end) if now > end => Window::Over,
            Some(_) => Window::Open,
        }
    }

    /// When members must leave the room; facilitators and staff may stay.
    pub fn open_until(&self, lead: chrono::TimeDelta) -> Option<chrono::NaiveDateTime> {
        (self.part == Part::Member).then(|| self.ends_at + lead)
    }
}

/// Members of the session's group, its facilitators and staff who manage groups may enter.
pub async fn authorise(
    state: &AppState,
    me: &CurrentUser,
    session_id: &str,
) -> Result<Access, AppError> {
    let (me, session_id) = (me.0.clone(), session_id.to_owned());
    state
        .db
        .run(move |conn| {
            let session: Option<(String, chrono::NaiveDateTime, chrono::NaiveDateTime, i32)> =
                group_sessions::table
                    .inner_join(peer_groups::table)
                    .filter(group_sessions::id.eq(&session_id))
                    .filter(group_sessions::cancelled_at.is_null())
                    .select((
                        group_sessions::group_id,
                        group_sessions::starts_at,
                        group_sessions::ends_at,
                        peer_groups::capacity,
                    ))
                    .first(conn)
                    .optional()?;
            let (group_id, starts_at, ends_at, capacity) =
                session.ok_or_else(AppError::not_found)?;
            let member =
                groups::membership(conn, &group_id, &me.user_id)?.as_deref() == Some("member");
            let facilitators = groups::facilitator_ids(conn, &group_id)?;
            let facilitator = facilitators.contains(&me.user_id);
            if rules::is_removed(conn, &session_id, &me.user_id, crate::jobs::now())? {
                return Err(AppError::not_found());
            }
            let part = if facilitator || me.can(Permission::ManageGroups) {
                Part::Moderator
            } else if member {
                Part::Member
            } else {
                return Err(AppError::not_found());
            };
            Ok(Access {
                part,
                starts_at,
                ends_at,
                people: usize::try_from(capacity).unwrap_or(0) + facilitators.len(),
            })
        })
        .await
}
