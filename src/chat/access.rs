//! Who may enter a session's room, and when.

use std::sync::Arc;

use super::rules;
use crate::auth::CurrentUser;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service::{self as groups, Leaders};
use crate::state::AppState;

/// How someone may take part in a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Member,
    /// A facilitator of the group, or staff who manage groups.
    Moderator,
    /// Someone invited to this one session (a visiting expert): writes like a member, never
    /// moderates, and is out when the session ends.
    Guest,
}

/// Who is a session's guest (a higher feature, contacts, answers with its visiting experts).
/// Chat asks it through [`Visitors`] and never names who answers.
pub trait Guests: Send + Sync {
    /// Whether `user_id` is invited to the session's room as a guest.
    fn invited(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
        user_id: &str,
    ) -> Result<bool, AppError>;
    /// The session's guests, to label them in the room.
    fn of_session(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
    ) -> Result<Vec<String>, AppError>;
    /// A guest entered the room at `at` (the visit is recorded by whoever invited them).
    fn entered(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
        user_id: &str,
        at: chrono::NaiveDateTime,
    ) -> Result<(), AppError>;
}

/// The guest question as the registry's answer: nobody is a guest when no feature provided one.
#[derive(Clone, Default)]
pub struct Visitors(Option<Arc<dyn Guests>>);

impl Visitors {
    pub fn of(state: &AppState) -> Self {
        Self(state.provided.get::<Arc<dyn Guests>>())
    }

    pub fn invited(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
        user_id: &str,
    ) -> Result<bool, AppError> {
        match &self.0 {
            Some(answer) => answer.invited(conn, session_id, user_id),
            None => Ok(false),
        }
    }

    pub fn of_session(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
    ) -> Result<Vec<String>, AppError> {
        match &self.0 {
            Some(answer) => answer.of_session(conn, session_id),
            None => Ok(Vec::new()),
        }
    }

    pub fn entered(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
        user_id: &str,
        at: chrono::NaiveDateTime,
    ) -> Result<(), AppError> {
        match &self.0 {
            Some(answer) => answer.entered(conn, session_id, user_id, at),
            None => Ok(()),
        }
    }

    /// Marks the guests among the people in a room.
    pub fn label(
        &self,
        conn: &mut AnyConnection,
        session_id: &str,
        people: &mut [super::presence::Present],
    ) -> Result<(), AppError> {
        if self.0.is_none() {
            return Ok(());
        }
        let guests = self.of_session(conn, session_id)?;
        for person in people.iter_mut() {
            person.guest = guests.contains(&person.user_id);
        }
        Ok(())
    }
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

    /// When members must leave the room (guests when the session ends); facilitators and
    /// staff may stay.
    pub fn open_until(&self, lead: chrono::TimeDelta) -> Option<chrono::NaiveDateTime> {
        match self.part {
            Part::Moderator => None,
            Part::Member => Some(self.ends_at + lead),
            Part::Guest => Some(self.ends_at),
        }
    }
}

/// Members of the session's group, its facilitators, staff who manage groups and the
/// session's guests may enter.
pub async fn authorise(
    state: &AppState,
    me: &CurrentUser,
    session_id: &str,
) -> Result<Access, AppError> {
    let (me, session_id) = (me.0.clone(), session_id.to_owned());
    let (gate, visitors) = (groups::Gate::of(state), Visitors::of(state));
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
            } else if visitors.invited(conn, &session_id, &me.user_id)? {
                Part::Guest
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
