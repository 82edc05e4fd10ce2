//! What the pages and the API show of networks and their meetings.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::accounts::service::Person;

/// The area a network serves.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkArea {
    /// `county` (a wellbeing services county) or `municipality`.
    pub kind: String,
    /// Statistics Finland's code.
    pub code: String,
    /// Its name in the reader's language.
    pub name: String,
}

/// A participant, and who does what: workers with what they do and, for municipal partners,
/// the organisation and services they work for; family representatives by name only.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkParticipant {
    pub user_id: String,
    pub display_name: String,
    /// `partner`, `facilitator`, `staff` or `family`.
    pub kind: String,
    /// What they do, in their own words (not for family representatives).
    pub works_as: Option<String>,
    pub organisations: Vec<String>,
    pub services: Vec<String>,
}

/// A meeting in a network's list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkMeetingSummary {
    pub session_id: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub past: bool,
    /// The meeting's room.
    pub room: String,
    /// How many actions agreed at it are still open.
    pub open_actions: usize,
}

/// A network as a participant or its staff see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkView {
    pub id: String,
    pub name: String,
    pub area: NetworkArea,
    pub organiser: Person,
    pub participants: Vec<NetworkParticipant>,
    pub meetings: Vec<NetworkMeetingSummary>,
    /// Whether the reader keeps it (may invite, schedule and write the minutes).
    pub manages: bool,
}

/// A network in a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkRow {
    pub id: String,
    pub name: String,
    pub area: NetworkArea,
    pub participants: usize,
    pub next_meeting: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkAgendaItem {
    pub position: i32,
    pub text: String,
}

/// An action agreed at a meeting.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkAction {
    pub id: String,
    pub text: String,
    pub owner: Person,
    pub due_on: Option<NaiveDate>,
    /// `open`, `done` or `dropped`.
    pub status: String,
    /// The meeting it was agreed at.
    pub agreed_at: String,
    pub agreed_on: DateTime<Utc>,
    /// The meeting where it was followed up, once it was.
    pub followed_up_in: Option<String>,
    /// Whether the reader may change its status (its owner, or the network's staff).
    pub may_update: bool,
}

/// A meeting with its agenda, who takes part, its notes and actions, and the actions of
/// earlier meetings it follows up.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkMeeting {
    pub session_id: String,
    pub network_id: String,
    pub network_name: String,
    pub area: NetworkArea,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub past: bool,
    pub room: String,
    pub agenda: Vec<NetworkAgendaItem>,
    pub participants: Vec<NetworkParticipant>,
    pub notes: String,
    /// Whether the reader may still write the notes (staff, until some days after it).
    pub notes_editable: bool,
    /// Agreed at this meeting.
    pub actions: Vec<NetworkAction>,
    /// Agreed at earlier meetings: still open, or followed up at this one.
    pub follow_ups: Vec<NetworkAction>,
    pub manages: bool,
}

/// An open action of the reader's, for their home page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkOwnAction {
    pub id: String,
    pub text: String,
    pub due_on: Option<NaiveDate>,
    pub network_id: String,
    pub network_name: String,
    pub session_id: String,
    pub overdue: bool,
}
