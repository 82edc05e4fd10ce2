//! The chat protocol, version 1: JSON text frames over a websocket.
//! Written down for client authors in `src/chat/PROTOCOL.md`.

use serde::{Deserialize, Serialize};

pub const VERSION: u32 = 1;
/// Longest message text, in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// Largest websocket frame accepted from a client, in bytes.
pub const MAX_FRAME_BYTES: usize = 32 * 1024;
/// A client that missed more than this many messages reloads the history instead.
pub const MAX_CATCH_UP: i64 = 500;
/// A person may send a burst of this many messages in a room, then one per `SEND_REFILL`.
pub const SEND_BURST: u8 = 5;
pub const SEND_REFILL: std::time::Duration = std::time::Duration::from_secs(1);

/// Frames a client sends.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientFrame {
    /// First frame: the protocol version and the last sequence number the client has (0: none).
    Hello {
        v: u32,
        last_seq: i64,
    },
    /// A message. `client_id` is chosen by the client; resending the same id never stores twice.
    Send {
        client_id: String,
        text: String,
    },
    /// Anyone in the room: report message `seq` to the facilitators and staff.
    Report {
        seq: i64,
        reason: Option<String>,
    },
    /// Facilitators and staff: remove message `seq` for everyone, with an optional reason.
    Remove {
        seq: i64,
        reason: Option<String>,
    },
    /// Facilitators and staff: `user_id` may not write for `minutes` (1 to 1440).
    Mute {
        user_id: String,
        minutes: i64,
        reason: Option<String>,
    },
    /// Facilitators and staff: `user_id` leaves this session's room and cannot come back.
    RemoveMember {
        user_id: String,
        reason: Option<String>,
    },
    /// Facilitators and staff: only facilitators write while the room is locked.
    Lock {
        locked: bool,
        reason: Option<String>,
    },
    /// Facilitators and staff: one message per `seconds` per member (0 turns it off).
    SlowMode {
        seconds: i32,
        reason: Option<String>,
    },
    /// Facilitators and staff: members may write from now on (also after an end: reopens).
    StartSession,
    /// Facilitators and staff: the session is over; the room stays readable.
    EndSession,
    Ping,
}

/// A stored message as every client sees it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct MessageOut {
    pub seq: i64,
    pub id: String,
    pub author: String,
    pub author_id: String,
    /// Empty when the message was removed.
    pub text: String,
    pub at: chrono::DateTime<chrono::Utc>,
    /// Removed by a facilitator: shown as a note in its place.
    pub removed: bool,
    /// Removed because its writer erased their account (then also `removed`).
    #[serde(default)]
    pub erased: bool,
}

/// Frames the server sends.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerFrame {
    /// Answer to `hello`: everything after the client's `last_seq`, in order.
    Welcome {
        v: u32,
        room: String,
        messages: Vec<MessageOut>,
        /// The room's rules now.
        rules: super::rules::Settings,
        /// Who is in the room now.
        people: Vec<super::presence::Present>,
    },
    /// The client missed too much: fetch the history again (`GET .../messages`).
    Reload {
        last_seq: i64,
    },
    Message {
        message: MessageOut,
    },
    /// Message `seq` was removed by a facilitator; clients replace it with a note.
    Removed {
        seq: i64,
    },
    /// Only to the reporter: the report of message `seq` was received.
    Reported {
        seq: i64,
    },
    /// The room's rules now, whenever a facilitator changes them.
    Room {
        #[serde(flatten)]
        rules: super::rules::Settings,
    },
    /// Who is in the room now, whenever someone comes or goes. `at` orders these frames:
    /// a client ignores one older than the last it applied.
    Presence {
        people: Vec<super::presence::Present>,
        at: i64,
    },
    /// `user_id` may not write until `until`.
    Muted {
        user_id: String,
        until: chrono::DateTime<chrono::Utc>,
    },
    /// `user_id` was removed from the room.
    MemberRemoved {
        user_id: String,
    },
    /// The message with this client id is stored as `seq` (also for a retried send).
    Ack {
        client_id: String,
        seq: i64,
    },
    Error {
        code: String,
        message: String,
        /// For a refused `send`: its client id. The message was not stored; resending the
        /// same id later is refused the same way until the reason passes.
        #[serde(skip_serializing_if = "Option::is_none")]
        client_id: Option<String>,
    },
    Pong,
}
