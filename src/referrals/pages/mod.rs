//! Pages of referrals: the referral worker's (`worker`), the family's (`family`) and the
//! service's, through a partner account or the referral's link (`service`). They call the
//! same use cases as the JSON API.

pub mod family;
pub mod service;
pub mod worker;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::domain::{Change, DeclineReason, Outcome, Status};
use crate::error::{AppError, ErrorKind, FieldError};
use crate::web::Page;

/// What the status forms offer: every decline reason and outcome.
fn choices() -> Value {
    context! {
        decline_reasons => DeclineReason::ALL.map(DeclineReason::as_str),
        outcomes => Outcome::ALL.map(Outcome::as_str),
    }
}

/// Renders `template` again with the refusal shown above it: field errors beside their
/// fields, a conflict (not a draft, no consent) as the form's error.
fn refused(
    page: &Page,
    template: &str,
    vars: Value,
    error: AppError,
) -> Result<HttpResponse, AppError> {
    if error.kind() != ErrorKind::Conflict {
        return page.render_form_error(template, vars, error);
    }
    let form_error = error.message().map(|m| {
        page.state
            .i18n
            .translate_with(page.locale.code(), m.id, &m.args)
    });
    let mut response = page.render(template, context! { form_error, ..vars })?;
    *response.status_mut() = StatusCode::CONFLICT;
    Ok(response)
}

/// A status form as posted.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct ChangeForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    decline_reason: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    note: String,
}

impl ChangeForm {
    fn parse(&self) -> Result<Change, AppError> {
        let status = Status::parse(&self.status).ok_or_else(|| {
            AppError::invalid(vec![FieldError::new("status", "field-required", vec![])])
        })?;
        Ok(Change {
            status,
            decline_reason: DeclineReason::parse(&self.decline_reason),
            outcome: Outcome::parse(&self.outcome),
            note: self.note.clone(),
        })
    }
}

/// A notice named in the query string after a redirect (`?done=sent`).
#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

impl Done {
    /// The notice's Fluent id, for the few the pages know.
    fn notice(&self, known: &[(&str, &'static str)]) -> Option<&'static str> {
        let done = self.done.as_deref()?;
        known
            .iter()
            .find(|(key, _)| *key == done)
            .map(|(_, id)| *id)
    }
}
