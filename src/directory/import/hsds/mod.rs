//! Reading Open Referral HSDS 3.0 JSON: fully nested services (with their organisation and
//! service-at-locations), as a list, one service, or an API page (`contents`). HSDS has one
//! language per record, so the operator says which language the file's texts are in.

mod format;

use chrono::NaiveDate;

use super::batch::{
    self, Batch, Contact, Hours, Location, Organisation, Service, Text, language_code,
};
use super::categories::categories_for;
use super::{ImportError, SourceFile, item, items, parse_json};

const SOURCE: &str = "hsds";

/// Where a service was, to name paths in errors.
struct At<'a> {
    file: &'a str,
    path: &'a str,
}

impl At<'_> {
    fn field(&self, field: &str) -> String {
        if self.path.is_empty() {
            field.to_owned()
        } else {
            format!("{}.{field}", self.path)
        }
    }

    fn error(&self, field: &str, message: impl Into<String>) -> ImportError {
        ImportError::file(self.file, self.field(field), message)
    }
}

pub fn read((file, text): &SourceFile, language: &str) -> Result<Batch, ImportError> {
    if !crate::directory::service::ENTRY_LANGUAGES.contains(&language) {
        return Err(ImportError::file(
            file,
            "",
            format!("texts can be imported in fi, sv or en, not {language:?}"),
        ));
    }
    let value = parse_json(file, text)?;
    let listed = items(&value, "contents").ok_or_else(|| {
        ImportError::file(
            file,
            "",
            "expected an HSDS service, a list of services, or a page with contents",
        )
    })?;
    let mut batch = Batch {
        source: SOURCE.to_owned(),
        text_languages: vec![language.to_owned()],
        ..Batch::default()
    };
    for (path, value) in listed {
        let at = At { file, path: &path };
        let hsds: format::Service = item(file, &path, value)?;
        let service = service(&mut batch, &at, hsds, language)?;
        if batch
            .services
            .iter()
            .any(|s| s.source_id == service.source_id)
        {
            return Err(at.error(
                "id",
                format!("service {} is listed twice", service.source_id),
            ));
        }
        batch.services.push(service);
    }
    Ok(batch)
}

fn status(at: &At<'_>, status: &str) -> Result<&'static str, ImportError> {
    match status.trim().to_ascii_lowercase().as_str() {
        "active" => Ok("active"),
        "temporarily closed" | "temporarily_closed" => Ok("temporarily_closed"),
        "inactive" | "defunct" => Ok("inactive"),
        other => Err(at.error(
            "status",
            format!("{other:?} is not active, inactive, defunct or temporarily closed"),
        )),
    }
}

fn age(at: &At<'_>, field: &str, age: Option<f64>) -> Result<Option<i32>, ImportError> {
    match age {
        None => Ok(None),
        Some(years) if (0.0..=130.0).contains(&years) => Ok(Some(years.round() as i32)),
        Some(years) => Err(at.error(field, format!("{years} is not an age"))),
    }
}

fn service(
    batch: &mut Batch,
    at: &At<'_>,
    hsds: format::Service,
    language: &str,
) -> Result<Service, ImportError> {
    let source_id = hsds.id.trim().to_owned();
    if source_id.is_empty() {
        return Err(at.error("id", "empty id"));
    }
    if hsds.name.trim().is_empty() {
        return Err(at.error("name", "empty name"));
    }
    let organisation = hsds
        .organization
        .as_ref()
        .filter(|o| !o.id.trim().is_empty())
        .ok_or_else(|| at.error("organization", "no organization with an id"))?;
    batch.add_organisation(Organisation {
        source_id: organisation.id.trim().to_owned(),
        names: vec![(language.to_owned(), organisation.name.trim().to_owned())],
        description: organisation.description.trim().to_owned(),
        email: organisation.email.trim().to_owned(),
        website: organisation.website.trim().to_owned(),
    });
    let mut service = Service {
        source_id,
        organisation: organisation.id.trim().to_owned(),
        status: status(at, &hsds.status)?,
        email: hsds.email.trim().to_owned(),
        url: hsds.url.trim().to_owned(),
        phone: hsds
            .phones
            .first()
            .map(|p| p.number.trim().to_owned())
            .unwrap_or_default(),
        minimum_age: age(at, "minimum_age", hsds.minimum_age)?,
        maximum_age: age(at, "maximum_age", hsds.maximum_age)?,
        last_checked: NaiveDate::parse_from_str(hsds.assured_date.trim(), "%Y-%m-%d").ok(),
        languages: languages(at, &hsds.languages)?,
        areas: areas(at, &hsds.service_areas)?,
        categories: categories(&hsds),
        ..Service::default()
    };
    service.texts = vec![Text {
        language: language.to_owned(),
        name: hsds.name.trim().to_owned(),
        summary: String::new(),
        description: hsds.description.trim().to_owned(),
        eligibility: hsds.eligibility_description.trim().to_owned(),
        how_to_apply: hsds.application_process.trim().to_owned(),
    }];
    service.contacts = hsds.phones.iter().skip(1).map(phone_contact).collect();
    service.contacts.extend(hsds.contacts.iter().map(contact));
    service.hours = weekly(&hsds.schedules, None);
    for (i, at_location) in hsds.service_at_locations.iter().enumerate() {
        let field = format!("service_at_locations[{i}].location");
        located(batch, &mut service, at, &field, at_location)?;
    }
    Ok(service)
}

fn languages(at: &At<'_>, languages: &[format::Language]) -> Result<Vec<String>, ImportError> {
    languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            language_code(&l.code).ok_or_else(|| {
                let what = if l.code.is_empty() { &l.name } else { &l.code };
                at.error(
                    &format!("languages[{i}].code"),
                    format!("{what:?} is not an ISO 639 language code"),
                )
            })
        })
        .collect()
}

fn areas(at: &At<'_>, areas: &[format::ServiceArea]) -> Result<Vec<(String, String)>, ImportError> {
    areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            crate::directory::hsds::area_from_uri(&area.uri)
                .or_else(|| crate::directory::hsds::area_from_name(&area.name))
                .ok_or_else(|| {
                    at.error(
                        &format!("service_areas[{i}]"),
                        format!(
                            "{:?} names no municipality, wellbeing services county or Finland",
                            if area.uri.is_empty() {
                                &area.name
                            } else {
                                &area.uri
                            }
                        ),
                    )
                })
        })
        .collect()
}

/// Categories from the taxonomy terms (a term whose code is a category's id, or whose name
/// suggests one) and the service's name.
fn categories(hsds: &format::Service) -> Vec<String> {
    let terms = hsds
        .attributes
        .iter()
        .filter_map(|a| a.taxonomy_term.as_ref());
    let mut found: Vec<String> = terms.clone().map(|t| t.code.trim().to_owned()).collect();
    found.extend(categories_for(
        terms.map(|t| t.name.as_str()).chain([hsds.name.as_str()]),
    ));
    found.retain(|c| !c.is_empty());
    found
}

fn phone_contact(phone: &format::Phone) -> Contact {
    Contact {
        phone: phone.number.trim().to_owned(),
        note: phone.description.trim().to_owned(),
        ..Contact::default()
    }
}

fn contact(contact: &format::Contact) -> Contact {
    Contact {
        name: contact.name.trim().to_owned(),
        title: contact.title.trim().to_owned(),
        email: contact.email.trim().to_owned(),
        phone: contact
            .phones
            .first()
            .map(|p| p.number.trim().to_owned())
            .unwrap_or_default(),
        note: String::new(),
    }
}

/// The weekly hours of RFC 5545-like schedules (`freq` WEEKLY, `byday` MO,TU…).
fn weekly(schedules: &[format::Schedule], location: Option<&str>) -> Vec<Hours> {
    let mut found = Vec::new();
    for schedule in schedules {
        let weekly = schedule.freq.is_empty() || schedule.freq.eq_ignore_ascii_case("WEEKLY");
        let (Some(opens), Some(closes)) = (
            batch::clock_time(&schedule.opens_at),
            batch::clock_time(&schedule.closes_at),
        ) else {
            continue;
        };
        if !weekly {
            continue;
        }
        for day in schedule.byday.split(',').filter_map(batch::weekday) {
            found.push(Hours {
                location: location.map(str::to_owned),
                weekday: day,
                opens_at: opens.clone(),
                closes_at: closes.clone(),
            });
        }
    }
    found
}

/// An HSDS location as the directory keeps it (the municipality from the address's city).
fn place_of(place: &format::Location, source_id: &str, organisation: &str) -> Location {
    let address = place
        .addresses
        .iter()
        .find(|a| a.address_type == "physical")
        .or_else(|| place.addresses.first());
    let coordinates = place
        .latitude
        .zip(place.longitude)
        .and_then(|(lat, lon)| super::coordinates::wgs84(lat, lon));
    let city = address.map(|a| a.city.trim()).unwrap_or_default();
    Location {
        source_id: source_id.to_owned(),
        organisation: organisation.to_owned(),
        kind: if place.location_type == "virtual" {
            "virtual"
        } else {
            "physical"
        },
        name: place.name.trim().to_owned(),
        street: address
            .map(|a| a.address_1.trim().to_owned())
            .unwrap_or_default(),
        postal_code: address
            .map(|a| a.postal_code.trim().to_owned())
            .unwrap_or_default(),
        post_office: city.to_owned(),
        municipality_code: batch::municipality_by_name(city)
            .unwrap_or_default()
            .to_owned(),
        url: place.url.trim().to_owned(),
        latitude: coordinates.map(|c| c.0),
        longitude: coordinates.map(|c| c.1),
        directions: place.transportation.trim().to_owned(),
    }
}

/// A service at a location: the place, its hours, phones and contacts.
fn located(
    batch: &mut Batch,
    service: &mut Service,
    at: &At<'_>,
    field: &str,
    at_location: &format::ServiceAtLocation,
) -> Result<(), ImportError> {
    let Some(place) = &at_location.location else {
        return Err(at.error(field, "no location"));
    };
    let source_id = place.id.trim().to_owned();
    if source_id.is_empty() {
        return Err(at.error(&format!("{field}.id"), "empty id"));
    }
    batch.add_location(place_of(place, &source_id, &service.organisation));
    service.locations.push(source_id.clone());
    service
        .hours
        .extend(weekly(&at_location.schedules, Some(&source_id)));
    service
        .contacts
        .extend(at_location.phones.iter().map(|p| Contact {
            name: place.name.trim().to_owned(),
            ..phone_contact(p)
        }));
    service
        .contacts
        .extend(at_location.contacts.iter().map(contact));
    Ok(())
}
