//! Checking what staff type into the directory's forms: every problem becomes a translated
//! field error naming its field, and all of them are collected before anything is written.

use std::borrow::Cow;

use crate::error::{AppError, FieldError, UserMessage};
use crate::i18n::ArgValue;

/// The field errors found so far.
#[derive(Debug, Default)]
pub struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an error for `field` (a name, or a row's field like `contact_phone[1]`).
    pub fn fail(&mut self, field: impl Into<Cow<'static, str>>, id: &'static str) {
        self.fail_with(field, id, Vec::new());
    }

    fn fail_with(
        &mut self,
        field: impl Into<Cow<'static, str>>,
        id: &'static str,
        args: Vec<(&'static str, ArgValue)>,
    ) {
        self.errors.push(FieldError {
            field: field.into(),
            message: UserMessage { id, args },
        });
    }

    /// A text of at most `max` characters, trimmed; may be empty.
    pub fn text(&mut self, field: impl Into<Cow<'static, str>>, value: &str, max: usize) -> String {
        let value = value.trim();
        if value.chars().count() > max {
            self.fail_with(
                field,
                "field-too-long",
                vec![("max", ArgValue::Number(max as f64))],
            );
        }
        value.to_owned()
    }

    /// Like [`Check::text`], but it must not be empty.
    pub fn required(
        &mut self,
        field: impl Into<Cow<'static, str>> + Clone,
        value: &str,
        max: usize,
    ) -> String {
        let text = self.text(field.clone(), value, max);
        if text.is_empty() {
            self.fail(field, "field-required");
        }
        text
    }

    /// An email address, or empty; stored in lower case.
    pub fn email(&mut self, field: impl Into<Cow<'static, str>>, value: &str) -> String {
        let value = value.trim();
        if value.is_empty() {
            return String::new();
        }
        match crate::accounts::domain::Email::parse(value) {
            Ok(email) => email.as_str().to_owned(),
            Err(_) => {
                self.fail(field, "field-email-invalid");
                value.to_owned()
            }
        }
    }

    /// A web address (`https://` or `http://`), or empty.
    pub fn url(&mut self, field: impl Into<Cow<'static, str>>, value: &str) -> String {
        let value = value.trim();
        let valid = value.is_empty()
            || (url::Url::parse(value).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
                && value.len() <= 500);
        if !valid {
            self.fail(field, "directory-url-invalid");
        }
        value.to_owned()
    }

    /// A whole number in `range`, or nothing when empty.
    pub fn number(
        &mut self,
        field: impl Into<Cow<'static, str>>,
        value: &str,
        range: std::ops::RangeInclusive<i32>,
    ) -> Option<i32> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match value.parse::<i32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                self.fail(field, "field-invalid-value");
                None
            }
        }
    }

    /// A day written `YYYY-MM-DD`, or nothing when empty.
    pub fn date(
        &mut self,
        field: impl Into<Cow<'static, str>>,
        value: &str,
    ) -> Option<chrono::NaiveDate> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let day = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
        if day.is_none() {
            self.fail(field, "field-date-invalid");
        }
        day
    }

    /// A time of day written `HH:MM`, as stored (`09:00`).
    pub fn time(&mut self, field: impl Into<Cow<'static, str>>, value: &str) -> String {
        match chrono::NaiveTime::parse_from_str(value.trim(), "%H:%M") {
            Ok(time) => time.format("%H:%M").to_string(),
            Err(_) => {
                self.fail(field, "directory-time-invalid");
                String::new()
            }
        }
    }

    /// Each of `values` must be one of `allowed`; duplicates are dropped.
    pub fn choices(
        &mut self,
        field: &'static str,
        values: &[String],
        allowed: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        let mut chosen: Vec<String> = values
            .iter()
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .collect();
        chosen.sort();
        chosen.dedup();
        if chosen.iter().any(|v| !allowed(v)) {
            self.fail(field, "field-choice-unknown");
        }
        chosen
    }

    /// The value when nothing failed, else every error found.
    pub fn done<T>(self, value: T) -> Result<T, AppError> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(AppError::invalid(self.errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_collected() {
        let mut check = Check::new();
        assert_eq!(check.required("name", "  Neuvola ", 10), "Neuvola");
        check.required("empty", " ", 10);
        check.text("long", "abcdef", 3);
        check.email("email", "not-an-address");
        check.url("url", "javascript:alert(1)");
        assert_eq!(check.number("age", "7", 0..=18), Some(7));
        check.number("age2", "99", 0..=18);
        assert_eq!(check.time("opens", "9:30"), "09:30");
        check.time("closes", "25:00");
        let fields: Vec<String> = check
            .done(())
            .err()
            .map(|e| e.fields().iter().map(|f| f.field.to_string()).collect())
            .unwrap_or_default();
        assert_eq!(fields, ["empty", "long", "email", "url", "age2", "closes"]);
    }
}
