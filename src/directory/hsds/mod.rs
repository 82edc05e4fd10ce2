//! A directory entry as Open Referral HSDS 3.0 JSON, for others to reuse: the service with
//! its organisation, locations (with addresses), phones, weekly schedules, languages, service
//! areas (with the Finnish code lists' URIs), contacts and categories as taxonomy terms. Texts
//! are in the reader's language where the entry has it (then Finnish, Swedish, English).

pub mod read;
mod types;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
pub use types::*;

use super::entry::{Category, Entry, Hours, Location};
use crate::i18n::I18n;

const MUNICIPALITY_CODES: &str = "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/";
const COUNTY_CODES: &str = "http://uri.suomi.fi/codelist/jhs/hyvinvointialue_1_20230101/code/";
const COUNTRY_CODES: &str = "http://uri.suomi.fi/codelist/jhs/valtio_1_20120101/code/";
/// What the categories are called as a taxonomy.
pub const TAXONOMY: &str = "silta-directory-categories";

/// A stable id for a part that has none of its own (a phone, a language), from its owner.
fn derived_id(parts: &[&str]) -> String {
    let digest = Sha256::digest(parts.join("/").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .to_string()
}

fn given(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The URI of an area in the Finnish code lists.
pub fn area_uri(kind: &str, code: &str) -> String {
    match kind {
        "municipality" => format!("{MUNICIPALITY_CODES}{code}"),
        "county" => format!("{COUNTY_CODES}{code}"),
        _ => format!("{COUNTRY_CODES}{code}"),
    }
}

/// The area a code list URI names (any year's list): `(kind, code)`, checked.
pub fn area_from_uri(uri: &str) -> Option<(String, String)> {
    let (list, code) = uri.trim().rsplit_once("/code/")?;
    let list = list.rsplit('/').next()?;
    if list.starts_with("kunta") {
        let municipality = crate::regions::municipality(code)?;
        Some(("municipality".to_owned(), municipality.code.to_owned()))
    } else if list.starts_with("hyvinvointialue") {
        let county = crate::regions::county(code)?;
        Some(("county".to_owned(), county.code.to_owned()))
    } else if list.starts_with("valtio") && code.eq_ignore_ascii_case("FI") {
        Some(("country".to_owned(), "FI".to_owned()))
    } else {
        None
    }
}

/// The area a name names: a municipality or county in Finnish, Swedish or English, or Finland.
pub fn area_from_name(name: &str) -> Option<(String, String)> {
    let name = name.trim();
    let whole = [
        "suomi",
        "koko suomi",
        "finland",
        "hela finland",
        "whole country",
    ];
    if whole.iter().any(|w| w.eq_ignore_ascii_case(name)) {
        return Some(("country".to_owned(), "FI".to_owned()));
    }
    let municipality = crate::regions::municipalities()
        .iter()
        .find(|m| m.name_fi.eq_ignore_ascii_case(name) || m.name_sv.eq_ignore_ascii_case(name));
    if let Some(m) = municipality {
        return Some(("municipality".to_owned(), m.code.to_owned()));
    }
    crate::regions::counties()
        .iter()
        .find(|c| {
            [c.name_fi, c.name_sv, c.name_en]
                .iter()
                .any(|n| n.eq_ignore_ascii_case(name))
        })
        .map(|c| ("county".to_owned(), c.code.to_owned()))
}

fn area_name(i18n: &I18n, language: &str, kind: &str, code: &str) -> String {
    match kind {
        "municipality" => crate::regions::municipality(code).map(|m| m.name(language).to_owned()),
        "county" => crate::regions::county(code).map(|c| c.name(language).to_owned()),
        _ => Some(i18n.translate(language, "directory-data-area-country", None)),
    }
    .unwrap_or_else(|| code.to_owned())
}

/// A category's name in `language`: a seeded one's translation, or the label staff gave.
pub fn category_name(i18n: &I18n, language: &str, category: &Category) -> String {
    match (&category.key, &category.label) {
        (Some(key), _) => i18n.translate(language, &format!("directory-data-category-{key}"), None),
        (None, Some(label)) => label.clone(),
        (None, None) => category.id.clone(),
    }
}

const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Weekly schedules of the hours at `location` (`None`: the service's own), one per run of
/// days with the same times.
fn schedules(owner: &str, hours: &[Hours], location: Option<&str>) -> Vec<HsdsSchedule> {
    let mut groups: Vec<(&str, &str, Vec<i32>)> = Vec::new();
    for hour in hours
        .iter()
        .filter(|h| h.location_id.as_deref() == location)
    {
        match groups
            .iter_mut()
            .find(|(o, c, _)| *o == hour.opens_at && *c == hour.closes_at)
        {
            Some((_, _, days)) => days.push(hour.weekday),
            None => groups.push((&hour.opens_at, &hour.closes_at, vec![hour.weekday])),
        }
    }
    groups
        .into_iter()
        .map(|(opens_at, closes_at, mut days)| {
            days.sort_unstable();
            days.dedup();
            let byday: Vec<&str> = days
                .iter()
                .filter_map(|d| {
                    usize::try_from(d - 1)
                        .ok()
                        .and_then(|i| DAYS.get(i).copied())
                })
                .collect();
            let byday = byday.join(",");
            HsdsSchedule {
                id: derived_id(&[owner, location.unwrap_or(""), "schedule", opens_at, &byday]),
                freq: "WEEKLY",
                wkst: "MO",
                byday,
                opens_at: opens_at.to_owned(),
                closes_at: closes_at.to_owned(),
            }
        })
        .collect()
}

fn location(entry: &Entry, place: &Location, language: &str) -> HsdsServiceAtLocation {
    let physical = place.kind != "virtual";
    let municipality = crate::regions::municipality(&place.municipality_code);
    let addresses: Vec<HsdsAddress> = (physical && !place.street.is_empty())
        .then(|| HsdsAddress {
            id: derived_id(&[&place.id, "address"]),
            location_id: place.id.clone(),
            address_1: place.street.clone(),
            city: place.post_office.clone(),
            region: municipality.map(|m| m.name(language).to_owned()),
            state_province: municipality
                .and_then(|m| m.county())
                .map(|c| c.name(language).to_owned())
                .unwrap_or_default(),
            postal_code: place.postal_code.clone(),
            country: "FI",
            address_type: "physical",
        })
        .into_iter()
        .collect();
    HsdsServiceAtLocation {
        id: derived_id(&[&entry.service.id, &place.id]),
        service_id: entry.service.id.clone(),
        location_id: place.id.clone(),
        schedules: schedules(&entry.service.id, &entry.hours, Some(&place.id)),
        location: HsdsLocation {
            id: place.id.clone(),
            location_type: if physical { "physical" } else { "virtual" },
            organization_id: entry.organisation.id.clone(),
            name: given(&place.name),
            url: given(&place.url),
            transportation: given(&place.directions),
            latitude: place.latitude,
            longitude: place.longitude,
            physical_addresses: addresses.clone(),
            addresses,
        },
    }
}

fn phone(owner: &str, number: &str, description: &str) -> HsdsPhone {
    HsdsPhone {
        id: derived_id(&[owner, "phone", number]),
        number: number.to_owned(),
        description: given(description),
    }
}

fn parts(entry: &Entry, i18n: &I18n, language: &str) -> Parts {
    let id = entry.service.id.as_str();
    Parts {
        languages: entry
            .languages
            .iter()
            .map(|code| HsdsLanguage {
                id: derived_id(&[id, "language", code]),
                name: match crate::i18n::language(code) {
                    Some(known) => i18n.translate(known.code, "language-name", None),
                    None => code.clone(),
                },
                code: code.clone(),
            })
            .collect(),
        areas: entry
            .areas
            .iter()
            .map(|(kind, code)| HsdsServiceArea {
                id: derived_id(&[id, "area", kind, code]),
                name: area_name(i18n, language, kind, code),
                uri: area_uri(kind, code),
            })
            .collect(),
        contacts: entry
            .contacts
            .iter()
            .map(|c| HsdsContact {
                id: c.id.clone(),
                name: given(&c.name),
                title: given(&c.title),
                email: given(&c.email),
                phones: given(&c.phone)
                    .map(|number| phone(&c.id, &number, &c.note))
                    .into_iter()
                    .collect(),
            })
            .collect(),
        attributes: entry
            .categories
            .iter()
            .map(|c| HsdsAttribute {
                id: derived_id(&[id, "category", &c.id]),
                link_id: id.to_owned(),
                link_type: "service",
                link_entity: "service",
                taxonomy_term_id: c.id.clone(),
                taxonomy_term: HsdsTaxonomyTerm {
                    id: c.id.clone(),
                    code: c.id.clone(),
                    name: category_name(i18n, language, c),
                    description: String::new(),
                    taxonomy: TAXONOMY,
                },
            })
            .collect(),
    }
}

struct Parts {
    languages: Vec<HsdsLanguage>,
    areas: Vec<HsdsServiceArea>,
    contacts: Vec<HsdsContact>,
    attributes: Vec<HsdsAttribute>,
}

/// `entry` as an HSDS service, its texts in `language` where it has them.
pub fn service(entry: &Entry, i18n: &I18n, language: &str) -> HsdsService {
    let service = &entry.service;
    let organisation = &entry.organisation;
    let text = entry.text_for(language);
    let of_text = |pick: fn(&super::entry::Text) -> &String| text.map(pick).and_then(|t| given(t));
    let parts = parts(entry, i18n, language);
    HsdsService {
        id: service.id.clone(),
        organization_id: organisation.id.clone(),
        name: text.map(|t| t.name.clone()).unwrap_or_default(),
        description: of_text(|t| &t.description)
            .or_else(|| of_text(|t| &t.summary))
            .unwrap_or_default(),
        url: given(&service.url),
        email: given(&service.email),
        status: match service.status.as_str() {
            "active" => "active",
            "temporarily_closed" => "temporarily closed",
            _ => "inactive",
        },
        application_process: of_text(|t| &t.how_to_apply),
        eligibility_description: of_text(|t| &t.eligibility),
        minimum_age: service.minimum_age,
        maximum_age: service.maximum_age,
        assured_date: service.last_checked,
        last_modified: DateTime::<Utc>::from_naive_utc_and_offset(service.updated_at, Utc),
        organization: HsdsOrganization {
            id: organisation.id.clone(),
            name: super::service::organisation_name(
                organisation.name_fi.clone(),
                organisation.name_sv.clone(),
                organisation.name_en.clone(),
                language,
            ),
            description: organisation.description.clone(),
            email: given(&organisation.email),
            website: given(&organisation.website),
        },
        phones: given(&service.phone)
            .map(|number| phone(&service.id, &number, ""))
            .into_iter()
            .collect(),
        schedules: schedules(&service.id, &entry.hours, None),
        service_areas: parts.areas,
        service_at_locations: entry
            .locations
            .iter()
            .map(|place| location(entry, place, language))
            .collect(),
        languages: parts.languages,
        contacts: parts.contacts,
        attributes: parts.attributes,
    }
}
