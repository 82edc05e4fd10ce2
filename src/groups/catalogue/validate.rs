//! Checking what staff write about a new group before anything is stored.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::accounts::domain::family_language_name;
use crate::clock::now;
use crate::error::{AppError, FieldError};
use crate::groups::domain::{AUDIENCES, JoinPolicy, ONLINE, TOPICS};
use crate::groups::schedule::{self, GROUP_TIME_ZONE, WeeklySeries};
use crate::i18n::ArgValue;

pub const NAME_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 4_000;
pub const CAPACITY_MAX: i32 = 50;

/// A group's name and description in one language.
#[derive(Debug, Clone)]
pub struct TextInput {
    pub language: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct NewGroupInput {
    pub texts: Vec<TextInput>,
    pub spoken_languages: Vec<String>,
    pub topics: Vec<String>,
    pub audience: String,
    pub region: String,
    pub capacity: i32,
    pub join_policy: String,
    pub facilitator_emails: Vec<String>,
    pub first_date: String,
    pub start_time: String,
    pub duration_minutes: u32,
    pub weeks: u32,
    pub publish: bool,
}

pub(super) struct ValidGroup {
    pub(super) texts: Vec<TextInput>,
    pub(super) spoken_languages: Vec<String>,
    pub(super) topics: Vec<String>,
    pub(super) audience: String,
    pub(super) region: String,
    pub(super) capacity: i32,
    pub(super) join_policy: JoinPolicy,
    pub(super) sessions: Vec<(NaiveDateTime, NaiveDateTime)>,
}

pub(super) fn validate(input: &NewGroupInput) -> Result<ValidGroup, AppError> {
    let mut errors = Vec::new();
    let texts = valid_texts(&input.texts, &mut errors);
    match crate::accounts::domain::parse_family_languages(&input.spoken_languages) {
        Ok(_) => {}
        Err(mut error) => {
            error.field = "spoken_languages".into();
            errors.push(error);
        }
    }
    if input.topics.is_empty() || input.topics.iter().any(|t| !TOPICS.contains(&t.as_str())) {
        errors.push(FieldError::new("topics", "group-topics-invalid", vec![]));
    }
    if !AUDIENCES.contains(&input.audience.as_str()) {
        errors.push(FieldError::new(
            "audience",
            "group-audience-invalid",
            vec![],
        ));
    }
    if input.region != ONLINE && crate::regions::municipality(&input.region).is_none() {
        errors.push(FieldError::new(
            "region",
            "field-municipality-unknown",
            vec![],
        ));
    }
    if !(1..=CAPACITY_MAX).contains(&input.capacity) {
        errors.push(FieldError::new(
            "capacity",
            "group-capacity-invalid",
            vec![("max", ArgValue::Number(f64::from(CAPACITY_MAX)))],
        ));
    }
    let join_policy = JoinPolicy::parse(&input.join_policy);
    if join_policy.is_none() {
        errors.push(FieldError::new(
            "join_policy",
            "group-join-policy-invalid",
            vec![],
        ));
    }
    let sessions = valid_sessions(input, &mut errors);
    match (errors.is_empty(), join_policy, sessions) {
        (true, Some(join_policy), Some(sessions)) => Ok(ValidGroup {
            texts,
            spoken_languages: input.spoken_languages.clone(),
            topics: input.topics.clone(),
            audience: input.audience.clone(),
            region: input.region.clone(),
            capacity: input.capacity,
            join_policy,
            sessions,
        }),
        _ => Err(AppError::invalid(errors)),
    }
}

fn name_invalid() -> FieldError {
    FieldError::new(
        "name",
        "group-name-invalid",
        vec![("max", ArgValue::Number(NAME_MAX as f64))],
    )
}

/// The texts written (trimmed), at least one; blank ones are left out.
fn valid_texts(texts: &[TextInput], errors: &mut Vec<FieldError>) -> Vec<TextInput> {
    let mut valid = Vec::new();
    for text in texts {
        let name = text.name.trim();
        let description = text.description.trim();
        if name.is_empty() && description.is_empty() {
            continue;
        }
        if crate::i18n::language(&text.language).is_none()
            && family_language_name(&text.language).is_none()
        {
            errors.push(FieldError::new(
                "texts",
                "group-text-language-unknown",
                vec![],
            ));
        } else if name.is_empty() || name.chars().count() > NAME_MAX {
            errors.push(name_invalid());
        } else if description.chars().count() > DESCRIPTION_MAX {
            errors.push(FieldError::new(
                "description",
                "group-description-too-long",
                vec![("max", ArgValue::Number(DESCRIPTION_MAX as f64))],
            ));
        } else {
            valid.push(TextInput {
                language: text.language.clone(),
                name: name.to_owned(),
                description: description.to_owned(),
            });
        }
    }
    if valid.is_empty() && errors.is_empty() {
        errors.push(name_invalid());
    }
    valid
}

pub(crate) fn schedule_invalid(field_name: &'static str) -> FieldError {
    FieldError::new(
        field_name,
        "group-schedule-invalid",
        vec![("max", ArgValue::Number(f64::from(schedule::MAX_WEEKS)))],
    )
}

/// The weekly sessions (start, end) in UTC, the first of them in the future.
fn valid_sessions(
    input: &NewGroupInput,
    errors: &mut Vec<FieldError>,
) -> Option<Vec<(NaiveDateTime, NaiveDateTime)>> {
    let date = NaiveDate::parse_from_str(input.first_date.trim(), "%Y-%m-%d").ok();
    let time = NaiveTime::parse_from_str(input.start_time.trim(), "%H:%M").ok();
    let (Some(first_date), Some(start)) = (date, time) else {
        errors.push(schedule_invalid("first_date"));
        return None;
    };
    let series = WeeklySeries {
        first_date,
        start,
        duration_minutes: input.duration_minutes,
        weeks: input.weeks,
    };
    match schedule::occurrences(&series, GROUP_TIME_ZONE) {
        Ok(sessions) if sessions.first().is_some_and(|(start, _)| *start > now()) => Some(sessions),
        Ok(_) => {
            errors.push(FieldError::new(
                "first_date",
                "group-schedule-in-past",
                vec![],
            ));
            None
        }
        Err(_) => {
            errors.push(schedule_invalid("weeks"));
            None
        }
    }
}
