//! A service's whole entry, read in one go for its page, the HSDS answer and the staff form:
//! its organisation, texts in every language it has, languages, areas, categories, locations,
//! contacts and opening hours. Queries are one per table for any number of services.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{
    directory_categories, directory_contacts, directory_hours, directory_locations,
    directory_organisations, directory_service_areas, directory_service_categories,
    directory_service_languages, directory_service_locations, directory_service_texts,
    directory_services,
};
use crate::db::AnyConnection;

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = directory_organisations)]
pub struct Organisation {
    pub id: String,
    pub source: String,
    pub source_id: String,
    pub name_fi: String,
    pub name_sv: String,
    pub name_en: String,
    pub description: String,
    pub email: String,
    pub website: String,
    pub referral_email: String,
    pub status: String,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = directory_services)]
pub struct Service {
    pub id: String,
    pub organisation_id: String,
    pub source: String,
    pub source_id: String,
    pub status: String,
    pub email: String,
    pub url: String,
    pub phone: String,
    pub referral_email: String,
    pub minimum_age: Option<i32>,
    pub maximum_age: Option<i32>,
    pub last_checked: Option<NaiveDate>,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = directory_service_texts)]
pub struct Text {
    pub service_id: String,
    pub language: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub eligibility: String,
    pub how_to_apply: String,
    pub written_by: Option<String>,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = directory_locations)]
pub struct Location {
    pub id: String,
    pub source_id: String,
    pub kind: String,
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub post_office: String,
    pub municipality_code: String,
    pub url: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub directions: String,
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = directory_contacts)]
pub struct Contact {
    pub id: String,
    pub service_id: String,
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub note: String,
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = directory_hours)]
pub struct Hours {
    pub id: String,
    pub service_id: String,
    pub location_id: Option<String>,
    pub weekday: i32,
    pub opens_at: String,
    pub closes_at: String,
}

/// A category as a service carries it: seeded ones have a key, staff's own a label.
#[derive(Debug, Clone, Queryable, serde::Serialize)]
pub struct Category {
    pub id: String,
    pub key: Option<String>,
    pub label: Option<String>,
}

/// Everything the directory holds about one service.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    pub service: Service,
    pub organisation: Organisation,
    pub texts: Vec<Text>,
    pub languages: Vec<String>,
    /// `(kind, code)`: `municipality`, `county` or `country`.
    pub areas: Vec<(String, String)>,
    pub categories: Vec<Category>,
    pub locations: Vec<Location>,
    pub contacts: Vec<Contact>,
    pub hours: Vec<Hours>,
}

impl Entry {
    /// The text to show a reader of `language`, falling back to fi, sv, en in that order.
    pub fn text_for(&self, language: &str) -> Option<&Text> {
        super::service::text_order(language)
            .into_iter()
            .find_map(|lang| self.texts.iter().find(|t| t.language == lang))
    }
}

/// The entries of `ids`, in the order of `ids`; unknown ids are left out.
pub fn load(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<Vec<Entry>> {
    let services: Vec<(Service, Organisation)> = directory_services::table
        .inner_join(directory_organisations::table)
        .filter(directory_services::id.eq_any(ids))
        .select((Service::as_select(), Organisation::as_select()))
        .load(conn)?;
    let texts: Vec<Text> = directory_service_texts::table
        .filter(directory_service_texts::service_id.eq_any(ids))
        .order(directory_service_texts::language)
        .select(Text::as_select())
        .load(conn)?;
    let languages: Vec<(String, String)> = directory_service_languages::table
        .filter(directory_service_languages::service_id.eq_any(ids))
        .order(directory_service_languages::language)
        .load(conn)?;
    let areas: Vec<(String, String, String)> = directory_service_areas::table
        .filter(directory_service_areas::service_id.eq_any(ids))
        .order((directory_service_areas::kind, directory_service_areas::code))
        .load(conn)?;
    let categories: Vec<(String, Category)> = directory_service_categories::table
        .inner_join(directory_categories::table)
        .filter(directory_service_categories::service_id.eq_any(ids))
        .order(directory_categories::position)
        .select((
            directory_service_categories::service_id,
            (
                directory_categories::id,
                directory_categories::category_key,
                directory_categories::label,
            ),
        ))
        .load(conn)?;
    let locations: Vec<(String, Location)> = directory_service_locations::table
        .inner_join(directory_locations::table)
        .filter(directory_service_locations::service_id.eq_any(ids))
        .order(directory_locations::name)
        .select((
            directory_service_locations::service_id,
            Location::as_select(),
        ))
        .load(conn)?;
    let contacts: Vec<Contact> = directory_contacts::table
        .filter(directory_contacts::service_id.eq_any(ids))
        .order(directory_contacts::position)
        .select(Contact::as_select())
        .load(conn)?;
    let hours: Vec<Hours> = directory_hours::table
        .filter(directory_hours::service_id.eq_any(ids))
        .order((directory_hours::weekday, directory_hours::opens_at))
        .select(Hours::as_select())
        .load(conn)?;
    let mut entries: Vec<Entry> = services
        .into_iter()
        .map(|(service, organisation)| {
            let id = service.id.clone();
            let of = |s: &String| *s == id;
            Entry {
                texts: texts
                    .iter()
                    .filter(|t| of(&t.service_id))
                    .cloned()
                    .collect(),
                languages: pick(&languages, &of, |(_, l)| l.clone()),
                areas: areas
                    .iter()
                    .filter(|(s, _, _)| of(s))
                    .map(|(_, k, c)| (k.clone(), c.clone()))
                    .collect(),
                categories: pick(&categories, &of, |(_, c)| c.clone()),
                locations: pick(&locations, &of, |(_, l)| l.clone()),
                contacts: contacts
                    .iter()
                    .filter(|c| of(&c.service_id))
                    .cloned()
                    .collect(),
                hours: hours
                    .iter()
                    .filter(|h| of(&h.service_id))
                    .cloned()
                    .collect(),
                service,
                organisation,
            }
        })
        .collect();
    entries.sort_by_key(|e| ids.iter().position(|id| *id == e.service.id));
    Ok(entries)
}

/// The values of `(service_id, value)` rows that belong to the service `of` accepts.
fn pick<T, V>(
    rows: &[(String, T)],
    of: &impl Fn(&String) -> bool,
    value: impl Fn(&(String, T)) -> V,
) -> Vec<V> {
    rows.iter().filter(|row| of(&row.0)).map(value).collect()
}
