//! A service's parts as an import rewrites them: its texts in the languages the import speaks
//! for, languages, areas, locations, contacts and hours; categories only when the import
//! suggests some (otherwise those staff chose stay).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::batch::{Batch, Service};
use crate::db::AnyConnection;
use crate::directory::rows::{self, TextParts};
use crate::directory::schema::{directory_contacts, directory_hours, directory_service_locations};

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Rewrites the parts of the service `id` from `service`.
pub fn replace(
    conn: &mut AnyConnection,
    id: &str,
    batch: &Batch,
    service: &Service,
    locations: &HashMap<String, String>,
    categories: &[String],
    now: NaiveDateTime,
) -> QueryResult<()> {
    texts(conn, id, batch, service, now)?;
    rows::replace_languages(conn, id, &service.languages)?;
    rows::replace_areas(conn, id, &service.areas)?;
    chosen_categories(conn, id, service, categories)?;
    places(conn, id, service, locations)?;
    contacts(conn, id, service)?;
    Ok(())
}

fn texts(
    conn: &mut AnyConnection,
    id: &str,
    batch: &Batch,
    service: &Service,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let replaced: Vec<&str> = batch.text_languages.iter().map(String::as_str).collect();
    let given: Vec<TextParts> = service
        .texts
        .iter()
        .map(|t| TextParts {
            language: &t.language,
            name: &t.name,
            summary: &t.summary,
            description: &t.description,
            eligibility: &t.eligibility,
            how_to_apply: &t.how_to_apply,
        })
        .collect();
    rows::replace_texts(conn, id, &replaced, &given, now)
}

fn chosen_categories(
    conn: &mut AnyConnection,
    id: &str,
    service: &Service,
    known: &[String],
) -> QueryResult<()> {
    let chosen: Vec<String> = service
        .categories
        .iter()
        .filter(|c| known.contains(c))
        .cloned()
        .collect();
    if chosen.is_empty() {
        return Ok(());
    }
    rows::replace_categories(conn, id, &chosen)
}

/// The service's locations and opening hours (of the service, or of it at a location).
fn places(
    conn: &mut AnyConnection,
    id: &str,
    service: &Service,
    locations: &HashMap<String, String>,
) -> QueryResult<()> {
    diesel::delete(
        directory_service_locations::table.filter(directory_service_locations::service_id.eq(id)),
    )
    .execute(conn)?;
    let mut linked: Vec<&String> = service
        .locations
        .iter()
        .filter_map(|source_id| locations.get(source_id))
        .collect();
    linked.sort();
    linked.dedup();
    for location_id in linked {
        diesel::insert_into(directory_service_locations::table)
            .values((
                directory_service_locations::service_id.eq(id),
                directory_service_locations::location_id.eq(location_id),
            ))
            .execute(conn)?;
    }
    diesel::delete(directory_hours::table.filter(directory_hours::service_id.eq(id)))
        .execute(conn)?;
    for hours in &service.hours {
        let location_id = match &hours.location {
            Some(source_id) => match locations.get(source_id) {
                Some(location_id) => Some(location_id),
                None => continue,
            },
            None => None,
        };
        diesel::insert_into(directory_hours::table)
            .values((
                directory_hours::id.eq(new_id()),
                directory_hours::service_id.eq(id),
                directory_hours::location_id.eq(location_id),
                directory_hours::weekday.eq(hours.weekday),
                directory_hours::opens_at.eq(&hours.opens_at),
                directory_hours::closes_at.eq(&hours.closes_at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn contacts(conn: &mut AnyConnection, id: &str, service: &Service) -> QueryResult<()> {
    diesel::delete(directory_contacts::table.filter(directory_contacts::service_id.eq(id)))
        .execute(conn)?;
    for (position, contact) in service.contacts.iter().enumerate() {
        diesel::insert_into(directory_contacts::table)
            .values((
                directory_contacts::id.eq(new_id()),
                directory_contacts::service_id.eq(id),
                directory_contacts::name.eq(&contact.name),
                directory_contacts::title.eq(&contact.title),
                directory_contacts::email.eq(&contact.email),
                directory_contacts::phone.eq(&contact.phone),
                directory_contacts::note.eq(&contact.note),
                directory_contacts::position.eq(i32::try_from(position).unwrap_or(i32::MAX)),
            ))
            .execute(conn)?;
    }
    Ok(())
}
