//! What a network's inputs may be: its area, what a participant takes part as, an action's
//! status, and the limits on texts.

use crate::auth::policy::Role;
use crate::error::FieldError;
use crate::i18n::ArgValue;

pub const MAX_NAME: usize = 200;
pub const MAX_WORKS_AS: usize = 200;
pub const MAX_AGENDA_ITEM: usize = 300;
pub const MAX_AGENDA_ITEMS: usize = 30;
pub const MAX_NOTES: usize = 8000;
pub const MAX_ACTION: usize = 500;
/// Days after a meeting ended during which its organisers may still correct its notes.
pub const NOTES_OPEN_DAYS: i64 = 14;

/// The area a network serves: a wellbeing services county or a municipality, by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    County(&'static crate::regions::County),
    Municipality(&'static crate::regions::Municipality),
}

impl Area {
    /// `county` or `municipality` with a code from the official lists; None otherwise.
    pub fn parse(kind: &str, code: &str) -> Option<Self> {
        match kind.trim() {
            "county" => crate::regions::county(code.trim()).map(Area::County),
            "municipality" => crate::regions::municipality(code.trim()).map(Area::Municipality),
            _ => None,
        }
    }

    pub fn kind(self) -> &'static str {
        match self {
            Area::County(_) => "county",
            Area::Municipality(_) => "municipality",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Area::County(c) => c.code,
            Area::Municipality(m) => m.code,
        }
    }

    pub fn name(self, language: &str) -> &'static str {
        match self {
            Area::County(c) => c.name(language),
            Area::Municipality(m) => m.name(language),
        }
    }
}

/// What a participant takes part as; checked against their account's roles when invited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Partner,
    Facilitator,
    Staff,
    Family,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Partner, Kind::Facilitator, Kind::Staff, Kind::Family];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Partner => "partner",
            Kind::Facilitator => "facilitator",
            Kind::Staff => "staff",
            Kind::Family => "family",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text.trim())
    }

    /// The roles one of which the account must have.
    pub fn roles(self) -> &'static [Role] {
        match self {
            Kind::Partner => &[Role::MunicipalPartner],
            Kind::Facilitator => &[Role::Facilitator],
            Kind::Staff => &[
                Role::Coordinator,
                Role::Supervisor,
                Role::ReferralWorker,
                Role::Trainer,
                Role::Admin,
            ],
            Kind::Family => &[Role::Family],
        }
    }
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Done,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Open, Status::Done, Status::Dropped];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text.trim())
    }
}

/// The text trimmed, or a field error: required (unless `optional`) and at most `max` long.
pub fn text(
    field: &'static str,
    value: &str,
    max: usize,
    optional: bool,
) -> Result<String, FieldError> {
    // PostgreSQL refuses a NUL in a text; no text here needs one.
    let value: String = value.trim().chars().filter(|c| *c != '\0').collect();
    if value.is_empty() && !optional {
        return Err(FieldError::new(field, "field-required", vec![]));
    }
    if value.chars().count() > max {
        let args = vec![("max", ArgValue::Number(max as f64))];
        return Err(FieldError::new(field, "field-too-long", args));
    }
    Ok(value)
}
