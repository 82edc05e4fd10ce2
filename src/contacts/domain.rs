//! What a named contact is made of, and the limits on what people write.

use serde::Deserialize;
use utoipa::ToSchema;

use crate::error::{AppError, FieldError};
use crate::i18n::ArgValue;

/// The roles a contact may have for a group, each with a Fluent name `contacts-role-<key>`.
pub const ROLES: &[&str] = &[
    "family_worker",
    "child_health_nurse",
    "family_centre_worker",
    "early_education_social_worker",
    "other",
];

/// Longest note on how to reach a contact, in characters.
pub const MAX_REACH: usize = 300;
/// Longest topic line of a visit ("answers questions about sleep").
pub const MAX_TOPIC: usize = 120;
/// Longest message of an advice thread.
pub const MAX_MESSAGE: usize = 2000;

/// The Fluent id of a role's name.
pub fn role_message(role: &str) -> String {
    format!("contacts-role-{}", role.replace('_', "-"))
}

pub fn too_long(field: &'static str, max: usize) -> FieldError {
    FieldError::new(
        field,
        "field-too-long",
        vec![("max", ArgValue::Number(max as f64))],
    )
}

/// Trims a required text and checks its length, adding the field's error to `errors`.
pub fn required_text(
    errors: &mut Vec<FieldError>,
    field: &'static str,
    text: &str,
    max: usize,
) -> String {
    let text = text.trim();
    if text.is_empty() {
        errors.push(FieldError::new(field, "field-required", vec![]));
    } else if text.chars().count() > max {
        errors.push(too_long(field, max));
    }
    text.to_owned()
}

/// A partner to link to a group.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, ToSchema)]
#[serde(default)]
pub struct NewContact {
    /// The municipal partner account.
    pub partner_id: String,
    /// One of `family_worker`, `child_health_nurse`, `family_centre_worker`,
    /// `early_education_social_worker`, `other`.
    pub role: String,
    /// One of the services of the partner's organisation; the first one when left out.
    pub service_id: Option<String>,
    /// The languages the contact speaks (codes of the family languages).
    pub languages: Vec<String>,
    /// How to reach them (a phone time, an address).
    #[schema(max_length = 300)]
    pub reach: String,
}

impl NewContact {
    /// The checked input: trimmed texts, known role and languages.
    pub fn check(mut self) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        self.partner_id = self.partner_id.trim().to_owned();
        if self.partner_id.is_empty() {
            errors.push(FieldError::new("partner_id", "field-required", vec![]));
        }
        if !ROLES.contains(&self.role.as_str()) {
            errors.push(FieldError::new("role", "field-invalid-value", vec![]));
        }
        let known = |l: &String| crate::accounts::domain::family_language_name(l).is_some();
        if !self.languages.iter().all(known) {
            errors.push(FieldError::new("languages", "field-invalid-value", vec![]));
        }
        self.languages.sort();
        self.languages.dedup();
        self.reach = self.reach.trim().to_owned();
        if self.reach.chars().count() > MAX_REACH {
            errors.push(too_long("reach", MAX_REACH));
        }
        self.service_id = self.service_id.filter(|s| !s.trim().is_empty());
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

/// A message of an advice thread.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, ToSchema)]
#[serde(default)]
pub struct NewMessage {
    #[schema(max_length = 2000)]
    pub body: String,
}

impl NewMessage {
    pub fn check(&self) -> Result<String, AppError> {
        let mut errors = Vec::new();
        let body = required_text(&mut errors, "body", &self.body, MAX_MESSAGE);
        if errors.is_empty() {
            Ok(body)
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

/// A contact invited to a session as a visiting expert.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, ToSchema)]
#[serde(default)]
pub struct NewGuest {
    /// The partner account; it must be one of the group's contacts.
    pub partner_id: String,
    /// What they come for ("answers questions about sleep").
    #[schema(max_length = 120)]
    pub topic: String,
}

impl NewGuest {
    pub fn check(&self) -> Result<(String, String), AppError> {
        let mut errors = Vec::new();
        let partner = self.partner_id.trim().to_owned();
        if partner.is_empty() {
            errors.push(FieldError::new("partner_id", "field-required", vec![]));
        }
        let topic = required_text(&mut errors, "topic", &self.topic, MAX_TOPIC);
        if errors.is_empty() {
            Ok((partner, topic))
        } else {
            Err(AppError::invalid(errors))
        }
    }
}
