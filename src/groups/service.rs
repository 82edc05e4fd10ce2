//! What groups answer for their own use cases and for the features above them (chat): who
//! leads a group, who belongs to it, what it is called. Other features ask here and never read
//! groups' tables.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDateTime;
use diesel::QueryResult;

use super::catalogue::views::best_text;
use super::domain::MemberStatus;
use super::model;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;

/// Whether a person is qualified to lead and moderate (a higher feature, training, answers
/// with the person's certificate). Groups ask it through [`Gate`] and never name who answers.
pub trait Qualifies: Send + Sync {
    fn qualified(&self, conn: &mut AnyConnection, user_id: &str) -> Result<bool, AppError>;
}

/// The qualification question as the registry's answer: everyone qualifies when no feature
/// provided one.
#[derive(Clone, Default)]
pub struct Gate(Option<Arc<dyn Qualifies>>);

impl Gate {
    pub fn of(state: &AppState) -> Self {
        Self(state.provided.get::<Arc<dyn Qualifies>>())
    }

    pub fn qualified(&self, conn: &mut AnyConnection, user_id: &str) -> Result<bool, AppError> {
        match &self.0 {
            Some(answer) => answer.qualified(conn, user_id),
            None => Ok(true),
        }
    }
}

/// The people who lead a group: its qualified facilitators, and staff who manage groups.
#[derive(Debug, Clone)]
pub struct Leaders {
    facilitators: Vec<String>,
    qualified: Vec<String>,
}

impl Leaders {
    /// The gate applies to peer groups, where families are; a circle's leaders are the staff
    /// who hold it (a trainer, a supervisor) and lead it as they are.
    pub fn of(conn: &mut AnyConnection, gate: &Gate, group_id: &str) -> Result<Self, AppError> {
        let facilitators = model::facilitator_ids(conn, group_id)?;
        let circle = model::purpose(conn, group_id)?.is_some_and(|p| p != model::PEER);
        let mut qualified = Vec::new();
        for id in &facilitators {
            if circle || gate.qualified(conn, id)? {
                qualified.push(id.clone());
            }
        }
        Ok(Self {
            facilitators,
            qualified,
        })
    }

    /// Staff who manage groups, or a qualified facilitator of this group.
    pub fn include(&self, me: &SignedIn) -> bool {
        me.can(Permission::ManageGroups) || self.qualified.contains(&me.user_id)
    }

    /// A facilitator of this group, qualified or not (they may still enter its room).
    pub fn listed(&self, user_id: &str) -> bool {
        self.facilitators.iter().any(|f| f == user_id)
    }

    /// How many facilitators the group has (staff are not counted).
    pub fn facilitators(&self) -> usize {
        self.facilitators.len()
    }

    /// Whether a qualified facilitator leads the group (what families see).
    pub fn trained(&self) -> bool {
        !self.qualified.is_empty()
    }
}

/// Whether `me` may lead the group: staff who manage groups, or a qualified facilitator of it.
pub fn may_lead(
    conn: &mut AnyConnection,
    gate: &Gate,
    me: &SignedIn,
    group_id: &str,
) -> Result<bool, AppError> {
    Ok(Leaders::of(conn, gate, group_id)?.include(me))
}

/// The groups `user_id` is listed as facilitator of, with their names in `lang`.
pub fn groups_led_by(
    conn: &mut AnyConnection,
    user_id: &str,
    lang: &str,
) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    for group_id in model::groups_facilitated_by(conn, user_id)? {
        let name = name_of(conn, &group_id, lang)?;
        out.push((group_id, name));
    }
    Ok(out)
}

/// Whether `user_id` has a seat in the group (not waiting, not asking).
pub fn is_member(
    conn: &mut AnyConnection,
    group_id: &str,
    user_id: &str,
) -> Result<bool, AppError> {
    Ok(model::membership(conn, group_id, user_id)?.as_deref()
        == Some(MemberStatus::Member.as_str()))
}

/// (user id, display name) of the people who have a seat in the group, for features that
/// authorise the reader themselves (a referral worker choosing the family of a concern).
pub fn seated(conn: &mut AnyConnection, group_id: &str) -> Result<Vec<(String, String)>, AppError> {
    Ok(model::roster(conn, group_id)?
        .into_iter()
        .filter(|(_, _, status)| status == MemberStatus::Member.as_str())
        .map(|(id, name, _)| (id, name))
        .collect())
}

/// A group's name in the reader's language.
pub fn name_of(conn: &mut AnyConnection, group_id: &str, lang: &str) -> Result<String, AppError> {
    let texts = model::texts(conn, &[group_id.to_owned()])?;
    Ok(best_text(&texts, lang)
        .map(|t| t.name.clone())
        .unwrap_or_default())
}

/// The names of these groups in the reader's language, by group id (unknown ids are left out).
pub fn names_of(
    conn: &mut AnyConnection,
    group_ids: &[String],
    lang: &str,
) -> Result<HashMap<String, String>, AppError> {
    let texts = model::texts(conn, group_ids)?;
    Ok(group_ids
        .iter()
        .filter_map(|id| {
            let mine: Vec<_> = texts
                .iter()
                .filter(|t| &t.group_id == id)
                .cloned()
                .collect();
            best_text(&mine, lang).map(|t| (id.clone(), t.name.clone()))
        })
        .collect())
}

/// A session as the features above groups see it.
#[derive(Debug, Clone)]
pub struct SessionRef {
    pub id: String,
    pub group_id: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
}

/// A session that takes place (is not cancelled), with the number of families its group seats.
#[derive(Debug, Clone)]
pub struct HeldSession {
    pub group_id: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub capacity: i32,
}

/// The session, unless there is none or it was cancelled.
pub fn held_session(
    conn: &mut AnyConnection,
    session_id: &str,
) -> Result<Option<HeldSession>, AppError> {
    Ok(
        model::held_session(conn, session_id)?.map(|(group_id, starts_at, ends_at, capacity)| {
            HeldSession {
                group_id,
                starts_at,
                ends_at,
                capacity,
            }
        }),
    )
}

/// The group a session belongs to.
pub fn group_of_session(
    conn: &mut AnyConnection,
    session_id: &str,
) -> Result<Option<String>, AppError> {
    Ok(model::session_group(conn, session_id)?)
}

/// The sessions with these ids (cancelled ones too), in no particular order.
pub fn sessions_by_id(
    conn: &mut AnyConnection,
    ids: &[String],
) -> Result<Vec<SessionRef>, AppError> {
    Ok(model::sessions_by_id(conn, ids)?
        .into_iter()
        .map(|s| SessionRef {
            id: s.id,
            group_id: s.group_id,
            starts_at: s.starts_at,
            ends_at: s.ends_at,
        })
        .collect())
}

/// The ids of the sessions of the groups `user_id` facilitates.
pub fn sessions_led_by(conn: &mut AnyConnection, user_id: &str) -> Result<Vec<String>, AppError> {
    Ok(model::session_ids_led_by(conn, user_id)?)
}

/// The ids of a group's sessions (cancelled ones too).
pub fn session_ids_of_group(
    conn: &mut AnyConnection,
    group_id: &str,
) -> Result<Vec<String>, AppError> {
    Ok(model::session_ids_of_group(conn, group_id)?)
}

/// Holds the rows of the sessions until the transaction ends, in the order of their ids, so
/// that work on them (such as numbering their chat messages) is done one transaction at a time
/// on PostgreSQL (SQLite's write lock already serialises writers).
pub fn lock_sessions(conn: &mut AnyConnection, session_ids: &[String]) -> QueryResult<()> {
    model::lock_sessions(conn, session_ids)
}

/// A group's sessions and how many days their chat messages are kept.
#[derive(Debug, Clone)]
pub struct ChatRetention {
    /// None: the configured default.
    pub days: Option<i32>,
    pub sessions: Vec<String>,
}

/// Every group's chat retention, with its sessions.
pub fn chat_retention(conn: &mut AnyConnection) -> Result<Vec<ChatRetention>, AppError> {
    let mut sessions: HashMap<String, Vec<String>> = HashMap::new();
    for (group_id, session_id) in super::retention::all_session_ids(conn)? {
        sessions.entry(group_id).or_default().push(session_id);
    }
    Ok(super::retention::chat_retention_days(conn)?
        .into_iter()
        .map(|(group_id, days)| ChatRetention {
            days,
            sessions: sessions.remove(&group_id).unwrap_or_default(),
        })
        .collect())
}

/// Sets how many days a group's chat messages are kept; false when there is no such group.
pub fn set_chat_retention_days(
    conn: &mut AnyConnection,
    group_id: &str,
    days: i32,
) -> Result<bool, AppError> {
    Ok(super::retention::set_chat_retention_days(
        conn, group_id, days,
    )?)
}

pub use super::held::{
    LedSession, attendance_count, ended_between as ended_sessions, led_session, present_at,
};
pub use super::sessions::note_presence;

/// The day a moment falls on in the groups' time zone (Helsinki).
pub fn local_date(utc: NaiveDateTime) -> chrono::NaiveDate {
    super::schedule::utc_to_local(utc, super::schedule::GROUP_TIME_ZONE).date()
}

/// What a higher feature adds to a group's page and its session reminders, in the reader's
/// language (contacts: a visiting expert at a session, the group's named contacts). Groups
/// show it and never name who answers.
pub trait PageNotes: Send + Sync {
    /// A line for each of these sessions that has one, by session id.
    fn session_notes(
        &self,
        conn: &mut AnyConnection,
        session_ids: &[String],
        lang: &str,
    ) -> Result<HashMap<String, String>, AppError>;
    /// Links the group's page offers this reader: (path, label).
    fn group_links(
        &self,
        conn: &mut AnyConnection,
        group_id: &str,
        reader: Option<&SignedIn>,
        lang: &str,
    ) -> Result<Vec<(String, String)>, AppError>;
}

/// The notes as the registry's answer: none when no feature provided them.
#[derive(Clone, Default)]
pub struct Notes(Option<Arc<dyn PageNotes>>);

impl Notes {
    pub fn of(state: &AppState) -> Self {
        Self(state.provided.get::<Arc<dyn PageNotes>>())
    }

    pub fn session_notes(
        &self,
        conn: &mut AnyConnection,
        session_ids: &[String],
        lang: &str,
    ) -> Result<HashMap<String, String>, AppError> {
        match &self.0 {
            Some(notes) => notes.session_notes(conn, session_ids, lang),
            None => Ok(HashMap::new()),
        }
    }

    pub fn group_links(
        &self,
        conn: &mut AnyConnection,
        group_id: &str,
        reader: Option<&SignedIn>,
        lang: &str,
    ) -> Result<Vec<(String, String)>, AppError> {
        match &self.0 {
            Some(notes) => notes.group_links(conn, group_id, reader, lang),
            None => Ok(Vec::new()),
        }
    }
}
