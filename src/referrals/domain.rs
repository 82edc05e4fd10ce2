//! What a referral is made of and the rules it follows: its statuses and who may move it from
//! one to the next (`STATUSES.md` beside this file), the reasons a service declines, the
//! outcomes it closes with, and the limits of the texts a worker writes.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppError, FieldError};
use crate::i18n::ArgValue;

pub const MAX_REASON: usize = 2_000;
pub const MAX_HOPES: usize = 2_000;
pub const MAX_SUMMARY: usize = 4_000;
pub const MAX_NOTE: usize = 1_000;
/// The consent text shown to the family; a new wording gets a new version.
pub const CONSENT_TEXT_VERSION: &str = "referral-consent-1";
/// How long a consent lasts unless it is withdrawn.
pub const CONSENT_VALID: chrono::TimeDelta = chrono::TimeDelta::days(365);
/// How long a service's link to one referral works.
pub const LINK_VALID: chrono::TimeDelta = chrono::TimeDelta::days(14);
/// How long the family's "I got help" link works.
pub const HELP_LINK_VALID: chrono::TimeDelta = chrono::TimeDelta::days(90);

/// Where a referral stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Sent,
    Received,
    Accepted,
    Declined,
    Contacted,
    HelpStarted,
    Closed,
    Cancelled,
}

/// Who changes a referral, and through which door.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    Worker,
    /// A municipal partner of the service's organisation, in their Silta account.
    Partner,
    /// The service through the referral's expiring link.
    ServiceLink,
    /// A family adult in their account.
    Family,
    /// A family adult through the "I got help" link.
    FamilyLink,
    System,
}

impl Actor {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Worker => "worker",
            Self::Partner => "partner",
            Self::ServiceLink => "service_link",
            Self::Family => "family",
            Self::FamilyLink => "family_link",
            Self::System => "system",
        }
    }

    fn is_service(self) -> bool {
        matches!(self, Self::Partner | Self::ServiceLink)
    }

    fn is_family(self) -> bool {
        matches!(self, Self::Family | Self::FamilyLink)
    }
}

impl Status {
    pub const ALL: [Status; 9] = [
        Status::Draft,
        Status::Sent,
        Status::Received,
        Status::Accepted,
        Status::Declined,
        Status::Contacted,
        Status::HelpStarted,
        Status::Closed,
        Status::Cancelled,
    ];

    /// The open statuses' names: a draft, or with the service.
    pub const OPEN: [&'static str; 6] = [
        "draft",
        "sent",
        "received",
        "accepted",
        "contacted",
        "help_started",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sent => "sent",
            Self::Received => "received",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Contacted => "contacted",
            Self::HelpStarted => "help_started",
            Self::Closed => "closed",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Sent to the service and not yet at an end: the service is working on it.
    pub fn is_with_service(self) -> bool {
        matches!(
            self,
            Self::Sent | Self::Received | Self::Accepted | Self::Contacted | Self::HelpStarted
        )
    }

    /// Not yet at an end: a draft, or with the service.
    pub fn is_open(self) -> bool {
        self == Self::Draft || self.is_with_service()
    }

    /// Whether `actor` may move a referral from `self` to `to`. Sending (`draft → sent`) is
    /// also bound to a valid consent, which the send use case checks.
    pub fn allows(self, to: Status, actor: Actor) -> bool {
        use Status::*;
        match (self, to) {
            (Draft, Sent) => actor == Actor::Worker,
            (Sent, Received) => actor.is_service(),
            (Sent | Received, Accepted | Declined) => actor.is_service(),
            (Accepted, Contacted) => actor.is_service(),
            (Accepted | Contacted, HelpStarted) => actor.is_service(),
            (Accepted | Contacted | HelpStarted, Closed) => {
                actor.is_service() || actor == Actor::Worker || actor.is_family()
            }
            (Sent | Received, Closed) => actor == Actor::Worker || actor.is_family(),
            (Declined, Closed) => actor == Actor::Worker,
            (from, Cancelled) if from.is_open() => {
                matches!(actor, Actor::Worker | Actor::Family | Actor::System)
            }
            _ => false,
        }
    }

    /// The statuses `actor` may move a referral to from here, in their order.
    pub fn next_for(self, actor: Actor) -> Vec<Status> {
        Self::ALL
            .into_iter()
            .filter(|to| self.allows(*to, actor))
            .collect()
    }
}

/// Why a service declines a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeclineReason {
    NotEligible,
    NoCapacity,
    CouldNotContact,
    Other,
}

impl DeclineReason {
    pub const ALL: [DeclineReason; 4] = [
        Self::NotEligible,
        Self::NoCapacity,
        Self::CouldNotContact,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotEligible => "not_eligible",
            Self::NoCapacity => "no_capacity",
            Self::CouldNotContact => "could_not_contact",
            Self::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// How a referral ended for the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    GotHelp,
    CouldNotGetHelp,
    NoLongerInterested,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [
        Self::GotHelp,
        Self::CouldNotGetHelp,
        Self::NoLongerInterested,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::GotHelp => "got_help",
            Self::CouldNotGetHelp => "could_not_get_help",
            Self::NoLongerInterested => "no_longer_interested",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == text)
    }
}

/// A change of status asked for, with what the new status needs.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Change {
    pub status: Status,
    /// Required when declining.
    #[serde(default)]
    pub decline_reason: Option<DeclineReason>,
    /// Required when closing.
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// A short note for the history (never shown to the family).
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub note: String,
}

impl Change {
    /// Trims the note and checks that a decline has its reason and a close its outcome.
    pub fn check(mut self) -> Result<Self, AppError> {
        self.note = self.note.trim().to_owned();
        let mut errors = Vec::new();
        if self.note.chars().count() > MAX_NOTE {
            errors.push(too_long("note", MAX_NOTE));
        }
        if self.status == Status::Declined && self.decline_reason.is_none() {
            errors.push(FieldError::new("decline_reason", "field-required", vec![]));
        }
        if self.status == Status::Closed && self.outcome.is_none() {
            errors.push(FieldError::new("outcome", "field-required", vec![]));
        }
        if self.status != Status::Declined {
            self.decline_reason = None;
        }
        if self.status != Status::Closed {
            self.outcome = None;
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

fn too_long(field: &'static str, max: usize) -> FieldError {
    FieldError::new(
        field,
        "field-too-long",
        vec![("max", ArgValue::Number(max as f64))],
    )
}

/// The texts of a referral as its worker writes them, trimmed and checked together.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ToSchema)]
pub struct Texts {
    /// Why the family is referred.
    #[schema(max_length = 2000)]
    pub reason: String,
    /// What the family hopes for.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub hopes: String,
    /// A summary in the worker's words.
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub summary: String,
}

impl Texts {
    pub fn check(self, errors: &mut Vec<FieldError>) -> Self {
        let texts = Self {
            reason: self.reason.trim().to_owned(),
            hopes: self.hopes.trim().to_owned(),
            summary: self.summary.trim().to_owned(),
        };
        if texts.reason.is_empty() {
            errors.push(FieldError::new("reason", "field-required", vec![]));
        } else if texts.reason.chars().count() > MAX_REASON {
            errors.push(too_long("reason", MAX_REASON));
        }
        if texts.hopes.chars().count() > MAX_HOPES {
            errors.push(too_long("hopes", MAX_HOPES));
        }
        if texts.summary.chars().count() > MAX_SUMMARY {
            errors.push(too_long("summary", MAX_SUMMARY));
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loop_is_closed_only_by_those_allowed() {
        use Status::*;
        assert!(Draft.allows(Sent, Actor::Worker));
        assert!(!Draft.allows(Sent, Actor::Partner));
        assert!(Sent.allows(Received, Actor::ServiceLink));
        assert!(!Sent.allows(Accepted, Actor::Worker), "the service decides");
        assert!(Received.allows(Declined, Actor::Partner));
        assert!(
            !Declined.allows(Accepted, Actor::Partner),
            "a decline is final"
        );
        assert!(HelpStarted.allows(Closed, Actor::FamilyLink));
        assert!(Accepted.allows(Cancelled, Actor::Family));
        assert!(!Closed.allows(Cancelled, Actor::Worker));
        assert!(!Accepted.allows(Cancelled, Actor::Partner));
        assert_eq!(
            Accepted.next_for(Actor::Partner),
            vec![Contacted, HelpStarted, Closed]
        );
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
    }

    #[test]
    fn a_decline_needs_its_reason_and_a_close_its_outcome() {
        let change = |status| Change {
            status,
            decline_reason: None,
            outcome: None,
            note: String::new(),
        };
        assert!(change(Status::Declined).check().is_err());
        assert!(change(Status::Closed).check().is_err());
        assert!(change(Status::Accepted).check().is_ok());
    }
}
