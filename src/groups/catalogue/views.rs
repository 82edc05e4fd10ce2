//! Groups as lists and pages show them.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDateTime};
use serde::Serialize;

use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::domain::MemberStatus;
use crate::groups::model::{self, Group, GroupSession, GroupText};
use crate::groups::schedule::{self, GROUP_TIME_ZONE};

/// A group as a list or a page shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupView {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The language the name and description are written in.
    pub text_language: String,
    pub spoken_languages: Vec<String>,
    pub topics: Vec<String>,
    pub audience: String,
    pub region: String,
    pub capacity: i32,
    pub members: i64,
    pub seats_left: i64,
    pub join_policy: String,
    pub status: String,
    pub next_session: Option<SessionView>,
    /// The session under way, or else the next one: the room members and facilitators go to.
    pub current_session: Option<SessionView>,
    pub sessions: Vec<SessionView>,
    pub my_status: Option<MemberStatus>,
    /// Whether the viewer leads this group (one of its facilitators).
    pub leads: bool,
    /// On one group's page: whether a facilitator with a valid certificate leads it (all that
    /// families see of training). Not given in lists.
    pub trained: Option<bool>,
}

/// A session of a group.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SessionView {
    pub id: String,
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub ends_at: chrono::DateTime<chrono::Utc>,
    /// Local (Helsinki) date and time, for people.
    pub local_start: String,
    pub local_end: String,
    pub weekday: u32,
    pub cancelled: bool,
    pub cancel_reason: Option<String>,
    /// Ended already (groups keep their history).
    pub past: bool,
}

impl SessionView {
    fn from_row(session: &GroupSession) -> Self {
        let local = schedule::utc_to_local(session.starts_at, GROUP_TIME_ZONE);
        Self {
            id: session.id.clone(),
            starts_at: session.starts_at.and_utc(),
            ends_at: session.ends_at.and_utc(),
            local_start: local.format("%Y-%m-%d %H:%M").to_string(),
            local_end: schedule::utc_to_local(session.ends_at, GROUP_TIME_ZONE)
                .format("%H:%M")
                .to_string(),
            weekday: local.weekday().number_from_monday(),
            cancelled: session.cancelled_at.is_some(),
            cancel_reason: session.cancel_reason.clone(),
            past: session.ends_at <= now(),
        }
    }
}

/// Picks the text in the reader's language, else one in a language of the service most
/// readers here know, else the first one written.
pub(in crate::groups) fn best_text<'a>(
    texts: &'a [GroupText],
    lang: &str,
) -> Option<&'a GroupText> {
    [lang, "en", "fi", "sv"]
        .iter()
        .find_map(|wanted| texts.iter().find(|t| t.language == *wanted))
        .or_else(|| texts.first())
}

/// Builds views of groups with one query per table, not per group.
pub(in crate::groups) fn views(
    conn: &mut AnyConnection,
    groups: Vec<Group>,
    lang: &str,
    viewer: Option<&str>,
) -> Result<Vec<GroupView>, AppError> {
    let ids: Vec<String> = groups.iter().map(|g| g.id.clone()).collect();
    let mut parts = Parts::load(conn, &ids, viewer)?;
    let now = now();
    Ok(groups
        .into_iter()
        .map(|group| parts.view(group, lang, now))
        .collect())
}

/// What the views of some groups are made of, by group id.
struct Parts {
    texts: HashMap<String, Vec<GroupText>>,
    sessions: HashMap<String, Vec<GroupSession>>,
    counts: HashMap<String, i64>,
    /// The viewer's membership statuses.
    mine: HashMap<String, String>,
}

impl Parts {
    fn load(
        conn: &mut AnyConnection,
        ids: &[String],
        viewer: Option<&str>,
    ) -> Result<Self, AppError> {
        let mut texts: HashMap<String, Vec<GroupText>> = HashMap::new();
        for text in model::texts(conn, ids)? {
            texts.entry(text.group_id.clone()).or_default().push(text);
        }
        let mut sessions: HashMap<String, Vec<GroupSession>> = HashMap::new();
        for session in model::sessions(conn, ids)? {
            sessions
                .entry(session.group_id.clone())
                .or_default()
                .push(session);
        }
        let counts = model::member_counts(conn, ids)?.into_iter().collect();
        let mine = match viewer {
            Some(user) => model::memberships_of(conn, user)?.into_iter().collect(),
            None => HashMap::new(),
        };
        Ok(Self {
            texts,
            sessions,
            counts,
            mine,
        })
    }

    fn view(&mut self, group: Group, lang: &str, now: NaiveDateTime) -> GroupView {
        let group_texts = self.texts.remove(&group.id).unwrap_or_default();
        let text = best_text(&group_texts, lang);
        let group_sessions: Vec<SessionView> = self
            .sessions
            .remove(&group.id)
            .unwrap_or_default()
            .iter()
            .map(SessionView::from_row)
            .collect();
        let members = self.counts.get(&group.id).copied().unwrap_or(0);
        GroupView {
            name: text.map(|t| t.name.clone()).unwrap_or_default(),
            description: text.map(|t| t.description.clone()).unwrap_or_default(),
            text_language: text.map(|t| t.language.clone()).unwrap_or_default(),
            spoken_languages: group
                .spoken_languages
                .split(',')
                .map(str::to_owned)
                .collect(),
            topics: group.topics.split(',').map(str::to_owned).collect(),
            audience: group.audience,
            region: group.region,
            capacity: group.capacity,
            members,
            seats_left: (i64::from(group.capacity) - members).max(0),
            join_policy: group.join_policy,
            status: group.status,
            next_session: group_sessions
                .iter()
                .find(|s| !s.cancelled && s.starts_at.naive_utc() > now)
                .cloned(),
            current_session: group_sessions
                .iter()
                .find(|s| !s.cancelled && s.ends_at.naive_utc() > now)
                .cloned(),
            sessions: group_sessions,
            my_status: self
                .mine
                .get(&group.id)
                .and_then(|s| MemberStatus::parse(s)),
            leads: false,
            id: group.id,
            trained: None,
        }
    }
}
