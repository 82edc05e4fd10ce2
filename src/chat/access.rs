//! Who may enter a session's room, and when.

use super::rules;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::groups::service::{self as groups, Leaders};
use crate::state::AppState;

/// How someone may take part in a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Member,
    /// A facilitator of the group, or staff who manage groups.
    Moderator,
}

/// Someone's way into a session's room.
#[derive(Debug, Clone)]
pub struct Access {
    pub part: Part,
    pub group_id: String,
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
    let gate = groups::Gate::of(state);
    state
        .db
        .run(move |conn| {
            let session =
                groups::held_session(conn, &session_id)?.ok_or_else(AppError::not_found)?;
            let member = groups::is_member(conn, &session.group_id, &me.user_id)?;
            let leaders = Leaders::of(conn, &gate, &session.group_id)?;
            if rules::is_removed(conn, &session_id, &me.user_id, crate::clock::now())? {
                return Err(AppError::not_found());
            }
            let part = if leaders.include(&me) {
                Part::Moderator
            } else if member || leaders.listed(&me.user_id) {
                // A facilitator without a valid certificate takes part, but does not moderate.
                Part::Member
            } else {
                return Err(AppError::not_found());
            };
            Ok(Access {
                part,
                people: usize::try_from(session.capacity).unwrap_or(0) + leaders.facilitators(),
                group_id: session.group_id,
                starts_at: session.starts_at,
                ends_at: session.ends_at,
            })
        })
        .await
}
