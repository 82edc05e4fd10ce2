//! Writing a checked service: its own row, then its texts in fi/sv/en, languages, areas,
//! categories, locations, contacts and opening hours, replaced as a whole in one transaction
//! (the summaries in the families' languages are left as they are).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::form::{CheckedService, LocationRow};
use crate::db::AnyConnection;
use crate::directory::rows::{self, TextParts};
use crate::directory::schema::{
    directory_contacts, directory_hours, directory_locations, directory_service_locations,
    directory_services,
};
use crate::directory::service::ENTRY_LANGUAGES;

/// What staff add by hand is recorded with this source (imports name their file's).
pub const STAFF_SOURCE: &str = "staff";

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub fn insert_service(
    conn: &mut AnyConnection,
    id: &str,
    s: &CheckedService,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(directory_services::table)
        .values((
            directory_services::id.eq(id),
            directory_services::organisation_id.eq(&s.organisation_id),
            directory_services::source.eq(STAFF_SOURCE),
            directory_services::source_id.eq(id),
            directory_services::status.eq(&s.status),
            directory_services::created_at.eq(now),
            directory_services::updated_at.eq(now),
        ))
        .execute(conn)?;
    write(conn, id, s, now)
}

/// Writes everything of `s` to the existing service `id`.
pub fn write(
    conn: &mut AnyConnection,
    id: &str,
    s: &CheckedService,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(directory_services::table.find(id))
        .set((
            directory_services::organisation_id.eq(&s.organisation_id),
            directory_services::status.eq(&s.status),
            directory_services::email.eq(&s.email),
            directory_services::url.eq(&s.url),
            directory_services::phone.eq(&s.phone),
            directory_services::referral_email.eq(&s.referral_email),
            directory_services::minimum_age.eq(s.minimum_age),
            directory_services::maximum_age.eq(s.maximum_age),
            directory_services::last_checked.eq(s.last_checked),
            directory_services::updated_at.eq(now),
        ))
        .execute(conn)?;
    write_texts(conn, id, s, now)?;
    write_lists(conn, id, s)?;
    let locations = write_locations(conn, id, &s.organisation_id, &s.locations, now)?;
    write_contacts_and_hours(conn, id, s, &locations)
}

fn write_texts(
    conn: &mut AnyConnection,
    id: &str,
    s: &CheckedService,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let given: Vec<TextParts> = s
        .texts
        .iter()
        .map(|t| TextParts {
            language: t.language,
            name: &t.name,
            summary: &t.summary,
            description: &t.description,
            eligibility: &t.eligibility,
            how_to_apply: &t.how_to_apply,
        })
        .collect();
    rows::replace_texts(conn, id, &ENTRY_LANGUAGES, &given, now)
}

fn write_lists(conn: &mut AnyConnection, id: &str, s: &CheckedService) -> QueryResult<()> {
    rows::replace_languages(conn, id, &s.languages)?;
    rows::replace_areas(conn, id, &s.areas)?;
    rows::replace_categories(conn, id, &s.categories)
}

/// Updates the organisation's locations the rows name and adds the new ones; the service is
/// then linked to exactly these. Returns their ids, in the rows' order.
fn write_locations(
    conn: &mut AnyConnection,
    service_id: &str,
    organisation_id: &str,
    rows: &[LocationRow],
    now: NaiveDateTime,
) -> QueryResult<Vec<String>> {
    use directory_locations as l;
    let known: Vec<String> = l::table
        .filter(l::organisation_id.eq(organisation_id))
        .select(l::id)
        .load(conn)?;
    let mut ids = Vec::new();
    for row in rows {
        let values = (
            l::kind.eq(if row.street.is_empty() {
                "virtual"
            } else {
                "physical"
            }),
            l::name.eq(&row.name),
            l::street.eq(&row.street),
            l::postal_code.eq(&row.postal_code),
            l::post_office.eq(&row.post_office),
            l::municipality_code.eq(&row.municipality_code),
            l::url.eq(&row.url),
            l::directions.eq(&row.directions),
            l::updated_at.eq(now),
        );
        let id = match row.id.as_ref().filter(|id| known.contains(id)) {
            Some(id) => {
                diesel::update(l::table.find(id))
                    .set(values)
                    .execute(conn)?;
                id.clone()
            }
            None => {
                let id = new_id();
                diesel::insert_into(l::table)
                    .values((
                        l::id.eq(&id),
                        l::organisation_id.eq(organisation_id),
                        l::source.eq(STAFF_SOURCE),
                        l::source_id.eq(&id),
                        values,
                    ))
                    .execute(conn)?;
                id
            }
        };
        ids.push(id);
    }
    use directory_service_locations as links;
    diesel::delete(links::table.filter(links::service_id.eq(service_id))).execute(conn)?;
    for id in &ids {
        diesel::insert_into(links::table)
            .values((links::service_id.eq(service_id), links::location_id.eq(id)))
            .execute(conn)?;
    }
    Ok(ids)
}

fn write_contacts_and_hours(
    conn: &mut AnyConnection,
    id: &str,
    s: &CheckedService,
    locations: &[String],
) -> QueryResult<()> {
    use directory_contacts as c;
    use directory_hours as h;
    diesel::delete(c::table.filter(c::service_id.eq(id))).execute(conn)?;
    for (position, contact) in (0..).zip(&s.contacts) {
        diesel::insert_into(c::table)
            .values((
                c::id.eq(new_id()),
                c::service_id.eq(id),
                c::name.eq(&contact.name),
                c::title.eq(&contact.title),
                c::email.eq(&contact.email),
                c::phone.eq(&contact.phone),
                c::note.eq(&contact.note),
                c::position.eq(position),
            ))
            .execute(conn)?;
    }
    diesel::delete(h::table.filter(h::service_id.eq(id))).execute(conn)?;
    for hours in &s.hours {
        let location = hours.location_id.as_ref().filter(|l| locations.contains(l));
        diesel::insert_into(h::table)
            .values((
                h::id.eq(new_id()),
                h::service_id.eq(id),
                h::location_id.eq(location),
                h::weekday.eq(hours.weekday),
                h::opens_at.eq(&hours.opens_at),
                h::closes_at.eq(&hours.closes_at),
            ))
            .execute(conn)?;
    }
    Ok(())
}
