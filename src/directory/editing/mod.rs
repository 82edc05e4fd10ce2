//! Staff keep the directory by hand: organisations and their services, checked whole and
//! written in one transaction per save. Imported entries are edited the same way.

pub mod check;
pub mod form;
pub mod list;
pub mod organisations;
pub mod save;

use diesel::prelude::*;

use self::form::{CheckedService, ServiceForm};
use super::entry::{self, Entry};
use super::schema::{directory_organisations, directory_services};
use super::service::ENTRY_LANGUAGES;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::{AnyConnection, transaction};
use crate::error::{AppError, FieldError};
use crate::state::AppState;

/// The day in Finland, which "checked today" records.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Helsinki)
        .date_naive()
}

/// Checks the form against what the database holds (the organisation, the categories a
/// service may be put in: the active ones and those it already has).
fn checked(
    conn: &mut AnyConnection,
    form: &ServiceForm,
    service_id: Option<&str>,
) -> Result<CheckedService, AppError> {
    let mut categories = super::categories::active_ids(conn)?;
    if let Some(id) = service_id {
        categories.extend(super::categories::of_service(conn, id)?);
    }
    let service = form.check(&categories)?;
    let organisation = directory_organisations::table
        .find(&service.organisation_id)
        .select(directory_organisations::id)
        .first::<String>(conn)
        .optional()?;
    if organisation.is_none() {
        return Err(AppError::invalid(vec![FieldError::new(
            "organisation_id",
            "field-choice-unknown",
            vec![],
        )]));
    }
    Ok(service)
}

/// Adds a service by hand; its id.
pub async fn create(
    state: &AppState,
    me: &SignedIn,
    form: ServiceForm,
) -> Result<String, AppError> {
    let actor = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let service = checked(conn, &form, None)?;
            let id = save::new_id();
            transaction(conn, |conn| {
                save::insert_service(conn, &id, &service, now())
            })?;
            tracing::info!(service = %id, actor = %actor, "directory service added");
            Ok(id)
        })
        .await
}

/// Saves the whole form over the service `id`.
pub async fn update(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    form: ServiceForm,
) -> Result<(), AppError> {
    let (id, actor) = (id.to_owned(), me.user_id.clone());
    state
        .db
        .run(move |conn| {
            exists(conn, &id)?;
            let service = checked(conn, &form, Some(&id))?;
            transaction(conn, |conn| save::write(conn, &id, &service, now()))?;
            tracing::info!(service = %id, actor = %actor, "directory service saved");
            Ok(())
        })
        .await
}

fn exists(conn: &mut AnyConnection, id: &str) -> Result<(), AppError> {
    directory_services::table
        .find(id)
        .select(directory_services::id)
        .first::<String>(conn)
        .optional()?
        .map(|_| ())
        .ok_or_else(AppError::not_found)
}

/// Records that staff checked the entry today (the form's day can set it back).
pub async fn mark_checked(state: &AppState, id: &str) -> Result<(), AppError> {
    let id = id.to_owned();
    state
        .db
        .run(move |conn| {
            let found = diesel::update(directory_services::table.find(&id))
                .set((
                    directory_services::last_checked.eq(Some(today())),
                    directory_services::updated_at.eq(now()),
                ))
                .execute(conn)?;
            if found == 0 {
                return Err(AppError::not_found());
            }
            Ok(())
        })
        .await
}

/// The whole entry of one service; not found when there is none.
pub async fn entry(state: &AppState, id: &str) -> Result<Entry, AppError> {
    let ids = vec![id.to_owned()];
    state
        .db
        .run(move |conn| {
            entry::load(conn, &ids)?
                .pop()
                .ok_or_else(AppError::not_found)
        })
        .await
}

/// The form filled with a saved entry.
pub fn form_of(entry: &Entry) -> ServiceForm {
    let s = &entry.service;
    let text = |f: fn(&entry::Text) -> &String| -> Vec<String> {
        ENTRY_LANGUAGES
            .iter()
            .map(|lang| {
                entry
                    .texts
                    .iter()
                    .find(|t| t.language == *lang)
                    .map(|t| f(t).clone())
                    .unwrap_or_default()
            })
            .collect()
    };
    let area = |kind: &str| -> Vec<String> {
        entry
            .areas
            .iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, c)| c.clone())
            .collect()
    };
    let age = |a: Option<i32>| a.map(|a| a.to_string()).unwrap_or_default();
    let mut form = ServiceForm {
        organisation_id: s.organisation_id.clone(),
        status: s.status.clone(),
        email: s.email.clone(),
        url: s.url.clone(),
        phone: s.phone.clone(),
        referral_email: s.referral_email.clone(),
        minimum_age: age(s.minimum_age),
        maximum_age: age(s.maximum_age),
        last_checked: s.last_checked.map(|d| d.to_string()).unwrap_or_default(),
        name: text(|t| &t.name),
        summary: text(|t| &t.summary),
        description: text(|t| &t.description),
        eligibility: text(|t| &t.eligibility),
        how_to_apply: text(|t| &t.how_to_apply),
        languages: entry.languages.clone(),
        country: if area("country").is_empty() { "" } else { "1" }.to_owned(),
        counties: area("county"),
        municipalities: area("municipality"),
        categories: entry.categories.iter().map(|c| c.id.clone()).collect(),
        ..ServiceForm::default()
    };
    rows_of(entry, &mut form);
    form
}

fn rows_of(entry: &Entry, form: &mut ServiceForm) {
    for l in &entry.locations {
        form.location_id.push(l.id.clone());
        form.location_name.push(l.name.clone());
        form.location_street.push(l.street.clone());
        form.location_postal_code.push(l.postal_code.clone());
        form.location_post_office.push(l.post_office.clone());
        form.location_municipality.push(l.municipality_code.clone());
        form.location_url.push(l.url.clone());
        form.location_directions.push(l.directions.clone());
    }
    for c in &entry.contacts {
        form.contact_name.push(c.name.clone());
        form.contact_title.push(c.title.clone());
        form.contact_email.push(c.email.clone());
        form.contact_phone.push(c.phone.clone());
        form.contact_note.push(c.note.clone());
    }
    for h in &entry.hours {
        form.hours_weekday.push(h.weekday.to_string());
        form.hours_opens.push(h.opens_at.clone());
        form.hours_closes.push(h.closes_at.clone());
        form.hours_location
            .push(h.location_id.clone().unwrap_or_default());
    }
}
