//! What supervision announces after a change has committed. A later feature (referrals) can
//! listen to `ConcernRaised` to offer a referral draft.

use crate::events::Event;

/// A session report raised a concern (some or urgent).
#[derive(Debug, Clone)]
pub struct ConcernRaised {
    pub report_id: String,
    pub facilitator: String,
    pub urgent: bool,
}

impl Event for ConcernRaised {}

/// A supervisor marked a concern handled.
#[derive(Debug, Clone)]
pub struct ConcernHandled {
    pub report_id: String,
}

impl Event for ConcernHandled {}
