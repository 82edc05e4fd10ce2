//! What accounts announce after a change has committed; other features react (chat closes
//! the live connections that no longer hold).

use crate::events::Event;

/// Which of a person's sessions ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    One(String),
    All,
    /// Every session but this one (a password change keeps the session that asked).
    AllBut(String),
}

/// A person's sessions ended: signed out, suspended, a device removed, a password changed.
#[derive(Debug, Clone)]
pub struct SessionsEnded {
    pub user: String,
    pub which: Ended,
}

impl Event for SessionsEnded {}

/// What a person may do changed (their roles): whatever they hold open is checked again.
#[derive(Debug, Clone)]
pub struct AccessChanged {
    pub user: String,
}

impl Event for AccessChanged {}
