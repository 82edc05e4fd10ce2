//! What a session report says and the rules a report must meet before anything is written.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppError, FieldError};
use crate::i18n::ArgValue;

/// How long a facilitator has to report after a session ends.
pub const REPORT_DUE: chrono::TimeDelta = chrono::TimeDelta::hours(48);
/// A facilitator is reminded once, this long after the session ended.
pub const REMIND_AFTER: chrono::TimeDelta = chrono::TimeDelta::hours(24);
/// Sessions that ended longer ago than this are no longer asked for a report.
pub const REPORT_WINDOW: chrono::TimeDelta = chrono::TimeDelta::days(14);
pub const MAX_WENT: usize = 4_000;
pub const MAX_CONCERN_NOTE: usize = 2_000;
pub const MAX_COMMENT: usize = 2_000;
pub const MAX_OUTCOME: usize = 1_000;
pub const MAX_THEME_LABEL: usize = 80;

/// How worried the facilitator is after the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConcernLevel {
    None,
    Some,
    /// The supervisor on duty is told at once and must acknowledge it.
    Urgent,
}

impl ConcernLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Some => "some",
            Self::Urgent => "urgent",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "none" => Some(Self::None),
            "some" => Some(Self::Some),
            "urgent" => Some(Self::Urgent),
            _ => None,
        }
    }
}

/// A session report as the facilitator files it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewReport {
    /// How many members took part; prefilled from the attendance marks.
    #[schema(minimum = 0, maximum = 1000)]
    pub present: i32,
    /// Ids of themes from `GET /api/v1/report-themes`.
    #[serde(default)]
    pub themes: Vec<String>,
    /// How the session went.
    #[schema(max_length = 4000)]
    pub went: String,
    pub concern: ConcernLevel,
    /// What the supervisor needs to know, and nothing more: no diagnoses. Required unless
    /// the concern is `none`.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub concern_note: String,
}

fn too_long(field: &'static str, max: usize) -> FieldError {
    FieldError::new(
        field,
        "field-too-long",
        vec![("max", ArgValue::Number(max as f64))],
    )
}

impl NewReport {
    /// Trims the texts and checks every field against the limits and the themes that exist.
    pub fn check(mut self, themes: &[String]) -> Result<Self, AppError> {
        self.went = self.went.trim().to_owned();
        self.concern_note = self.concern_note.trim().to_owned();
        self.themes.sort();
        self.themes.dedup();
        let mut errors = Vec::new();
        if !(0..=1000).contains(&self.present) {
            errors.push(FieldError::new("present", "field-invalid-value", vec![]));
        }
        if self.themes.iter().any(|t| !themes.contains(t)) {
            errors.push(FieldError::new("themes", "field-choice-unknown", vec![]));
        }
        if self.went.chars().count() > MAX_WENT {
            errors.push(too_long("went", MAX_WENT));
        }
        if self.concern_note.chars().count() > MAX_CONCERN_NOTE {
            errors.push(too_long("concern_note", MAX_CONCERN_NOTE));
        } else if self.concern != ConcernLevel::None && self.concern_note.is_empty() {
            errors.push(FieldError::new(
                "concern_note",
                "report-concern-note-required",
                vec![],
            ));
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

/// A short text a person writes (a comment, an outcome), trimmed and checked.
pub fn short_text(field: &'static str, text: &str, max: usize) -> Result<String, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::invalid(vec![FieldError::new(
            field,
            "field-required",
            vec![],
        )]));
    }
    if text.chars().count() > max {
        return Err(AppError::invalid(vec![too_long(field, max)]));
    }
    Ok(text.to_owned())
}
