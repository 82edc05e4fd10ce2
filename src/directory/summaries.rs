//! Short summaries of a service in the families' languages, written by staff and marked
//! reviewed by a staff member (the same or another). Who wrote and who reviewed it, and when,
//! are kept; changing a reviewed summary clears its review; emptying it removes it.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::editing::check::Check;
use super::editing::form::{MAX_NAME, MAX_SUMMARY};
use super::schema::{directory_service_texts as texts, directory_services};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::{AnyConnection, transaction};
use crate::error::AppError;
use crate::state::AppState;

/// The families' languages a summary is written in.
pub const FAMILY_LANGUAGES: [&str; 6] = ["ar", "so", "ru", "uk", "fa", "et"];

/// A summary as staff see it (every family language, written or not).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SummaryView {
    pub language: String,
    pub name: String,
    pub summary: String,
    pub written: bool,
    pub written_by: Option<String>,
    pub updated_at: Option<DateTime<Utc>>,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct SummaryInput {
    /// The service's name in this language; the Finnish (or Swedish, English) name if empty.
    #[schema(max_length = 200)]
    pub name: String,
    /// Empty removes the summary.
    #[schema(max_length = 500)]
    pub summary: String,
}

type Row = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<NaiveDateTime>,
    NaiveDateTime,
);

fn service_exists(conn: &mut AnyConnection, id: &str) -> Result<(), AppError> {
    directory_services::table
        .find(id)
        .select(directory_services::id)
        .first::<String>(conn)
        .optional()?
        .map(|_| ())
        .ok_or_else(AppError::not_found)
}

fn family_language(language: &str) -> Result<&'static str, AppError> {
    FAMILY_LANGUAGES
        .into_iter()
        .find(|l| *l == language)
        .ok_or_else(AppError::not_found)
}

/// The summaries of a service in every family language; not found when there is no service.
pub async fn of_service(state: &AppState, service_id: &str) -> Result<Vec<SummaryView>, AppError> {
    let id = service_id.to_owned();
    state
        .db
        .run(move |conn| {
            service_exists(conn, &id)?;
            let rows: Vec<Row> = texts::table
                .filter(texts::service_id.eq(&id))
                .filter(texts::language.eq_any(FAMILY_LANGUAGES))
                .select((
                    texts::language,
                    texts::name,
                    texts::summary,
                    texts::written_by,
                    texts::reviewed_by,
                    texts::reviewed_at,
                    texts::updated_at,
                ))
                .load(conn)?;
            let people: Vec<String> = rows
                .iter()
                .flat_map(|r| [r.3.clone(), r.4.clone()])
                .flatten()
                .collect();
            let names = crate::accounts::service::display_names(conn, &people)?;
            Ok(views(rows, &names))
        })
        .await
}

fn views(rows: Vec<Row>, names: &HashMap<String, String>) -> Vec<SummaryView> {
    let name_of = |id: &Option<String>| id.as_ref().and_then(|id| names.get(id).cloned());
    FAMILY_LANGUAGES
        .iter()
        .map(|lang| match rows.iter().find(|r| r.0 == *lang) {
            Some((language, name, summary, written_by, reviewed_by, reviewed_at, updated)) => {
                SummaryView {
                    language: language.clone(),
                    name: name.clone(),
                    summary: summary.clone(),
                    written: true,
                    written_by: name_of(written_by),
                    updated_at: Some(updated.and_utc()),
                    reviewed_by: name_of(reviewed_by),
                    reviewed_at: reviewed_at.map(|at| at.and_utc()),
                }
            }
            None => SummaryView {
                language: (*lang).to_owned(),
                name: String::new(),
                summary: String::new(),
                written: false,
                written_by: None,
                updated_at: None,
                reviewed_by: None,
                reviewed_at: None,
            },
        })
        .collect()
}

/// Writes (or with an empty summary removes) the summary in `language`. A change clears the
/// review; saving the same text again keeps it.
pub async fn write(
    state: &AppState,
    me: &SignedIn,
    service_id: &str,
    language: &str,
    input: SummaryInput,
) -> Result<(), AppError> {
    let language = family_language(language)?;
    let mut check = Check::new();
    let name = check.text("name", &input.name, MAX_NAME);
    let summary = check.text("summary", &input.summary, MAX_SUMMARY);
    check.done(())?;
    let (id, author) = (service_id.to_owned(), me.user_id.clone());
    state
        .db
        .run(move |conn| {
            service_exists(conn, &id)?;
            transaction(conn, |conn| {
                let row = texts::table.find((&id, language));
                let current: Option<(String, String)> = row
                    .select((texts::name, texts::summary))
                    .first(conn)
                    .optional()?;
                match current {
                    _ if summary.is_empty() => {
                        diesel::delete(row).execute(conn)?;
                    }
                    Some(same) if same == (name.clone(), summary.clone()) => {}
                    Some(_) => {
                        diesel::update(row)
                            .set((
                                texts::name.eq(&name),
                                texts::summary.eq(&summary),
                                texts::written_by.eq(&author),
                                texts::reviewed_by.eq(None::<String>),
                                texts::reviewed_at.eq(None::<NaiveDateTime>),
                                texts::updated_at.eq(now()),
                            ))
                            .execute(conn)?;
                    }
                    None => {
                        diesel::insert_into(texts::table)
                            .values((
                                texts::service_id.eq(&id),
                                texts::language.eq(language),
                                texts::name.eq(&name),
                                texts::summary.eq(&summary),
                                texts::written_by.eq(&author),
                                texts::updated_at.eq(now()),
                            ))
                            .execute(conn)?;
                    }
                }
                Ok::<_, AppError>(())
            })
        })
        .await
}

/// Marks the summary in `language` reviewed by `me` now, or takes the review back; not found
/// when there is no such summary.
pub async fn review(
    state: &AppState,
    me: &SignedIn,
    service_id: &str,
    language: &str,
    reviewed: bool,
) -> Result<(), AppError> {
    let language = family_language(language)?;
    let (id, reviewer) = (service_id.to_owned(), me.user_id.clone());
    let (by, at) = if reviewed {
        (Some(reviewer), Some(now()))
    } else {
        (None, None)
    };
    state
        .db
        .run(move |conn| {
            let found = diesel::update(texts::table.find((&id, language)))
                .set((texts::reviewed_by.eq(by), texts::reviewed_at.eq(at)))
                .execute(conn)?;
            if found == 0 {
                return Err(AppError::not_found());
            }
            Ok(())
        })
        .await
}
