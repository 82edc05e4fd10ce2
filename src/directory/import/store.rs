//! Writing a [`Batch`]: rows are found by `(source, source_id)` and updated, or added; what
//! the source no longer lists is marked inactive (services, organisations) or unlinked
//! (locations). One transaction per import, so a failed import changes nothing.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::Report;
use super::batch::{Batch, Location, Organisation, Service};
use crate::db::AnyConnection;
use crate::directory::schema::{
    directory_categories, directory_hours, directory_locations, directory_organisations,
    directory_service_locations, directory_services,
};

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Writes `batch` in one transaction and says what changed.
pub fn apply(conn: &mut AnyConnection, batch: &Batch, now: NaiveDateTime) -> QueryResult<Report> {
    crate::db::transaction(conn, |conn| {
        let organisations = organisations(conn, batch, now)?;
        let locations = locations(conn, batch, &organisations, now)?;
        let known_categories: Vec<String> = directory_categories::table
            .filter(directory_categories::archived_at.is_null())
            .select(directory_categories::id)
            .load(conn)?;
        let mut report = Report {
            organisations: organisations.len(),
            locations: locations.len(),
            warnings: batch.warnings.clone(),
            ..Report::default()
        };
        for service in &batch.services {
            let ids = Ids {
                organisations: &organisations,
                locations: &locations,
                categories: &known_categories,
            };
            if upsert_service(conn, batch, service, &ids, now)? {
                report.added += 1;
            } else {
                report.updated += 1;
            }
        }
        report.inactivated = retire(conn, batch, now)?;
        Ok(report)
    })
}

/// The Silta ids the source's ids stand for.
struct Ids<'a> {
    organisations: &'a HashMap<String, String>,
    locations: &'a HashMap<String, String>,
    categories: &'a [String],
}

#[derive(AsChangeset)]
#[diesel(table_name = directory_organisations)]
struct OrganisationChanges<'a> {
    name_fi: Option<&'a str>,
    name_sv: Option<&'a str>,
    name_en: Option<&'a str>,
    description: &'a str,
    email: &'a str,
    website: &'a str,
    status: &'a str,
    updated_at: NaiveDateTime,
}

fn name_in<'a>(organisation: &'a Organisation, language: &str) -> Option<&'a str> {
    organisation
        .names
        .iter()
        .find(|(l, _)| l == language)
        .map(|(_, n)| n.as_str())
}

/// Source id → Silta id of every organisation in the batch.
fn organisations(
    conn: &mut AnyConnection,
    batch: &Batch,
    now: NaiveDateTime,
) -> QueryResult<HashMap<String, String>> {
    let mut ids = HashMap::new();
    for organisation in &batch.organisations {
        let changes = OrganisationChanges {
            name_fi: name_in(organisation, "fi"),
            name_sv: name_in(organisation, "sv"),
            name_en: name_in(organisation, "en"),
            description: &organisation.description,
            email: &organisation.email,
            website: &organisation.website,
            status: "active",
            updated_at: now,
        };
        let found: Option<String> = directory_organisations::table
            .filter(directory_organisations::source.eq(&batch.source))
            .filter(directory_organisations::source_id.eq(&organisation.source_id))
            .select(directory_organisations::id)
            .first(conn)
            .optional()?;
        let id = match found {
            Some(id) => {
                diesel::update(directory_organisations::table.find(&id))
                    .set(&changes)
                    .execute(conn)?;
                id
            }
            None => {
                let id = new_id();
                let first = organisation.names.first().map(|(_, n)| n.as_str());
                diesel::insert_into(directory_organisations::table)
                    .values((
                        directory_organisations::id.eq(&id),
                        directory_organisations::source.eq(&batch.source),
                        directory_organisations::source_id.eq(&organisation.source_id),
                        directory_organisations::name_fi
                            .eq(changes.name_fi.or(first).unwrap_or_default()),
                        directory_organisations::created_at.eq(now),
                        directory_organisations::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                diesel::update(directory_organisations::table.find(&id))
                    .set(&changes)
                    .execute(conn)?;
                id
            }
        };
        ids.insert(organisation.source_id.clone(), id);
    }
    Ok(ids)
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = directory_locations, treat_none_as_null = true)]
struct LocationChanges<'a> {
    organisation_id: &'a str,
    kind: &'a str,
    name: &'a str,
    street: &'a str,
    postal_code: &'a str,
    post_office: &'a str,
    municipality_code: &'a str,
    url: &'a str,
    latitude: Option<f64>,
    longitude: Option<f64>,
    directions: &'a str,
    updated_at: NaiveDateTime,
}

fn location_changes<'a>(
    location: &'a Location,
    organisation_id: &'a str,
    now: NaiveDateTime,
) -> LocationChanges<'a> {
    LocationChanges {
        organisation_id,
        kind: location.kind,
        name: &location.name,
        street: &location.street,
        postal_code: &location.postal_code,
        post_office: &location.post_office,
        municipality_code: &location.municipality_code,
        url: &location.url,
        latitude: location.latitude,
        longitude: location.longitude,
        directions: &location.directions,
        updated_at: now,
    }
}

/// Source id → Silta id of every location in the batch whose organisation is known.
fn locations(
    conn: &mut AnyConnection,
    batch: &Batch,
    organisations: &HashMap<String, String>,
    now: NaiveDateTime,
) -> QueryResult<HashMap<String, String>> {
    let mut ids = HashMap::new();
    for location in &batch.locations {
        let Some(organisation_id) = organisations.get(&location.organisation) else {
            continue;
        };
        let changes = location_changes(location, organisation_id, now);
        let found: Option<String> = directory_locations::table
            .filter(directory_locations::source.eq(&batch.source))
            .filter(directory_locations::source_id.eq(&location.source_id))
            .select(directory_locations::id)
            .first(conn)
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => {
                let id = new_id();
                diesel::insert_into(directory_locations::table)
                    .values((
                        directory_locations::id.eq(&id),
                        directory_locations::source.eq(&batch.source),
                        directory_locations::source_id.eq(&location.source_id),
                        &changes,
                    ))
                    .execute(conn)?;
                id
            }
        };
        diesel::update(directory_locations::table.find(&id))
            .set(&changes)
            .execute(conn)?;
        ids.insert(location.source_id.clone(), id);
    }
    Ok(ids)
}

#[derive(AsChangeset, Insertable)]
#[diesel(table_name = directory_services, treat_none_as_null = true)]
struct ServiceChanges<'a> {
    organisation_id: &'a str,
    status: &'a str,
    email: &'a str,
    url: &'a str,
    phone: &'a str,
    minimum_age: Option<i32>,
    maximum_age: Option<i32>,
    last_checked: Option<NaiveDate>,
    updated_at: NaiveDateTime,
}

/// Writes one service and its parts; `true` when it was new.
fn upsert_service(
    conn: &mut AnyConnection,
    batch: &Batch,
    service: &Service,
    ids: &Ids<'_>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let Some(organisation_id) = ids.organisations.get(&service.organisation) else {
        return Err(diesel::result::Error::NotFound);
    };
    let changes = ServiceChanges {
        organisation_id,
        status: service.status,
        email: &service.email,
        url: &service.url,
        phone: &service.phone,
        minimum_age: service.minimum_age,
        maximum_age: service.maximum_age,
        last_checked: service.last_checked,
        updated_at: now,
    };
    let found: Option<String> = directory_services::table
        .filter(directory_services::source.eq(&batch.source))
        .filter(directory_services::source_id.eq(&service.source_id))
        .select(directory_services::id)
        .first(conn)
        .optional()?;
    let added = found.is_none();
    let id = match found {
        Some(id) => {
            diesel::update(directory_services::table.find(&id))
                .set(&changes)
                .execute(conn)?;
            id
        }
        None => {
            let id = new_id();
            diesel::insert_into(directory_services::table)
                .values((
                    directory_services::id.eq(&id),
                    directory_services::source.eq(&batch.source),
                    directory_services::source_id.eq(&service.source_id),
                    directory_services::created_at.eq(now),
                    &changes,
                ))
                .execute(conn)?;
            id
        }
    };
    super::parts::replace(
        conn,
        &id,
        batch,
        service,
        ids.locations,
        ids.categories,
        now,
    )?;
    Ok(added)
}

/// Marks the source's services and organisations the batch no longer lists inactive, and
/// unlinks its locations that are gone. Returns how many services became inactive.
fn retire(conn: &mut AnyConnection, batch: &Batch, now: NaiveDateTime) -> QueryResult<usize> {
    let listed: Vec<&str> = batch
        .services
        .iter()
        .map(|s| s.source_id.as_str())
        .collect();
    let retired = diesel::update(
        directory_services::table
            .filter(directory_services::source.eq(&batch.source))
            .filter(directory_services::source_id.ne_all(&listed))
            .filter(directory_services::status.ne("inactive")),
    )
    .set((
        directory_services::status.eq("inactive"),
        directory_services::updated_at.eq(now),
    ))
    .execute(conn)?;
    let organisations: Vec<&str> = batch
        .organisations
        .iter()
        .map(|o| o.source_id.as_str())
        .collect();
    diesel::update(
        directory_organisations::table
            .filter(directory_organisations::source.eq(&batch.source))
            .filter(directory_organisations::source_id.ne_all(&organisations))
            .filter(directory_organisations::status.ne("inactive")),
    )
    .set((
        directory_organisations::status.eq("inactive"),
        directory_organisations::updated_at.eq(now),
    ))
    .execute(conn)?;
    let places: Vec<&str> = batch
        .locations
        .iter()
        .map(|l| l.source_id.as_str())
        .collect();
    let gone = directory_locations::table
        .filter(directory_locations::source.eq(&batch.source))
        .filter(directory_locations::source_id.ne_all(&places))
        .select(directory_locations::id);
    diesel::delete(
        directory_service_locations::table
            .filter(directory_service_locations::location_id.eq_any(gone)),
    )
    .execute(conn)?;
    diesel::delete(
        directory_hours::table.filter(
            directory_hours::location_id.eq_any(
                directory_locations::table
                    .filter(directory_locations::source.eq(&batch.source))
                    .filter(directory_locations::source_id.ne_all(&places))
                    .select(directory_locations::id.nullable()),
            ),
        ),
    )
    .execute(conn)?;
    Ok(retired)
}
