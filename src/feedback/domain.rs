//! What a family answers after a session, and the rules around it.

use chrono::TimeDelta;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppError, FieldError};
use crate::i18n::ArgValue;

/// How long after a session's end its feedback can be given.
pub const WINDOW: TimeDelta = TimeDelta::days(7);
/// Facilitators and supervisors see a session's answers only from this many on, so that no
/// answer can be read as one person's.
pub const SHOWN_FROM: i64 = 3;
pub const COMMENT_MAX: usize = 500;

/// "Did you feel safe to speak?"
pub const SAFE: [&str; 3] = ["yes", "partly", "no"];
/// "What would help you next?" (any number of them).
pub const NEEDS: [&str; 5] = [
    "more_talk",
    "expert_visit",
    "service_help",
    "practical_info",
    "nothing_now",
];

/// A member's answers; every question may be skipped, but not all of them.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
#[schema(as = FeedbackAnswerInput)]
pub struct AnswerInput {
    /// How useful the session was, 1 (not at all) to 5 (very).
    #[schema(minimum = 1, maximum = 5)]
    pub useful: Option<i16>,
    /// Whether one felt safe to speak: `yes`, `partly` or `no`.
    #[schema(example = "yes")]
    pub safe: Option<String>,
    /// What would help next: `more_talk`, `expert_visit`, `service_help`, `practical_info`,
    /// `nothing_now`.
    pub needs: Vec<String>,
    /// A line in one's own words, shown to staff only and without a name.
    #[schema(max_length = 500)]
    pub comment: String,
}

/// Answers checked whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub useful: Option<i16>,
    pub safe: Option<&'static str>,
    pub needs: Vec<&'static str>,
    pub comment: Option<String>,
}

fn known(list: &'static [&'static str], value: &str) -> Option<&'static str> {
    list.iter().copied().find(|v| *v == value)
}

impl AnswerInput {
    pub fn check(&self) -> Result<Answer, AppError> {
        let mut errors = Vec::new();
        if self.useful.is_some_and(|u| !(1..=5).contains(&u)) {
            errors.push(FieldError::new("useful", "field-invalid-value", vec![]));
        }
        let safe = self.safe.as_deref().filter(|s| !s.is_empty());
        let safe_known = safe.and_then(|s| known(&SAFE, s));
        if safe.is_some() && safe_known.is_none() {
            errors.push(FieldError::new("safe", "field-invalid-value", vec![]));
        }
        let mut needs: Vec<&'static str> = Vec::new();
        for need in self.needs.iter().filter(|n| !n.is_empty()) {
            match known(&NEEDS, need) {
                Some(n) if !needs.contains(&n) => needs.push(n),
                Some(_) => {}
                None => errors.push(FieldError::new("needs", "field-invalid-value", vec![])),
            }
        }
        let comment = self.comment.trim();
        if comment.chars().count() > COMMENT_MAX {
            errors.push(FieldError::new(
                "comment",
                "field-too-long",
                vec![("max", ArgValue::Number(COMMENT_MAX as f64))],
            ));
        }
        if comment.chars().any(|c| c.is_control() && c != '\n') {
            errors.push(FieldError::new("comment", "field-invalid-value", vec![]));
        }
        let answer = Answer {
            useful: self.useful,
            safe: safe_known,
            needs,
            comment: (!comment.is_empty()).then(|| comment.to_owned()),
        };
        if errors.is_empty() && answer == Answer::empty() {
            errors.push(FieldError::new("useful", "feedback-empty", vec![]));
        }
        if errors.is_empty() {
            Ok(answer)
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

impl Answer {
    fn empty() -> Self {
        Self {
            useful: None,
            safe: None,
            needs: Vec::new(),
            comment: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_may_be_skipped_but_not_all_and_unknown_choices_are_refused() {
        let empty = AnswerInput::default();
        assert!(empty.check().is_err());
        let one = AnswerInput {
            safe: Some("partly".into()),
            ..AnswerInput::default()
        };
        assert_eq!(one.check().ok().and_then(|a| a.safe), Some("partly"));
        let bad = AnswerInput {
            useful: Some(6),
            needs: vec!["more_talk".into(), "more_talk".into(), "pizza".into()],
            ..AnswerInput::default()
        };
        let fields: Vec<String> = bad
            .check()
            .err()
            .map(|e| e.fields().iter().map(|f| f.field.to_string()).collect())
            .unwrap_or_default();
        assert_eq!(fields, vec!["useful", "needs"]);
    }
}
