//! Reading PTV (Suomi.fi service register) Open API v11 files: Service and ServiceChannel
//! objects, alone, in a list or in a page (`itemList`), in any number of files read as one
//! import. Texts come in Finnish, Swedish and English only.

mod channel;
mod format;

use std::collections::HashMap;

use chrono::NaiveDate;

use super::batch::{Batch, Organisation, Service, Text, language_code};
use super::categories::{categories_for, category_of_class};
use super::{ImportError, SourceFile, item, items, parse_json};
use format::{Area, Channel, text_in};

const SOURCE: &str = "ptv";
const LANGUAGES: [&str; 3] = ["fi", "sv", "en"];

/// A service as read, with where it was in which file.
struct Found {
    file: String,
    path: String,
    service: format::Service,
}

/// The path of a field of the item at `prefix`.
fn at(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_owned()
    } else {
        format!("{prefix}.{field}")
    }
}

pub fn read(files: &[SourceFile]) -> Result<Batch, ImportError> {
    let mut found = Vec::new();
    let mut channels: HashMap<String, Channel> = HashMap::new();
    for (file, text) in files {
        let value = parse_json(file, text)?;
        let listed = items(&value, "itemList").ok_or_else(|| {
            ImportError::file(
                file,
                "",
                "expected a PTV Service or ServiceChannel, a list of them, or a page with itemList",
            )
        })?;
        for (path, value) in listed {
            let object = value.as_object();
            if object.is_some_and(|o| o.contains_key("serviceChannelType")) {
                let channel: Channel = item(file, &path, value)?;
                channels.insert(channel.id.to_lowercase(), channel);
            } else if object.is_some_and(|o| o.contains_key("serviceNames")) {
                let service = item(file, &path, value)?;
                found.push(Found {
                    file: file.clone(),
                    path,
                    service,
                });
            } else {
                return Err(ImportError::file(
                    file,
                    path,
                    "neither a PTV Service (serviceNames) nor a ServiceChannel (serviceChannelType)",
                ));
            }
        }
    }
    let mut batch = Batch {
        source: SOURCE.to_owned(),
        text_languages: LANGUAGES.iter().map(|l| (*l).to_owned()).collect(),
        ..Batch::default()
    };
    for one in &found {
        let service = service(&mut batch, one, &channels)?;
        if batch
            .services
            .iter()
            .any(|s| s.source_id == service.source_id)
        {
            batch.warnings.push(format!(
                "{}: {}: service {} is listed twice; the first one was read",
                one.file, one.path, service.source_id
            ));
            continue;
        }
        batch.services.push(service);
    }
    Ok(batch)
}

fn texts(service: &format::Service) -> Vec<Text> {
    LANGUAGES
        .iter()
        .filter_map(|language| {
            let only = [*language];
            let name = text_in(&service.service_names, &["Name", ""], &only);
            let descriptions = &service.service_descriptions;
            (!name.is_empty()).then(|| Text {
                language: (*language).to_owned(),
                name,
                summary: text_in(descriptions, &["Summary"], &only),
                description: text_in(descriptions, &["Description"], &only),
                eligibility: text_in(&service.requirements, &[], &only),
                how_to_apply: text_in(descriptions, &["UserInstruction"], &only),
            })
        })
        .collect()
}

/// The responsible organisation (or the first one named) of the service.
fn organisation(one: &Found) -> Result<Organisation, ImportError> {
    let organisations = &one.service.organizations;
    organisations
        .iter()
        .filter(|o| o.role_type == "Responsible")
        .chain(organisations)
        .find_map(|o| o.organization.as_ref())
        .filter(|o| !o.id.trim().is_empty())
        .map(|o| Organisation {
            source_id: o.id.trim().to_lowercase(),
            names: vec![("fi".to_owned(), o.name.trim().to_owned())],
            ..Organisation::default()
        })
        .ok_or_else(|| {
            ImportError::file(
                &one.file,
                at(&one.path, "organizations"),
                "no responsible organisation",
            )
        })
}

fn service(
    batch: &mut Batch,
    one: &Found,
    channels: &HashMap<String, Channel>,
) -> Result<Service, ImportError> {
    let ptv = &one.service;
    let source_id = ptv.id.trim().to_lowercase();
    if source_id.is_empty() {
        return Err(ImportError::file(
            &one.file,
            at(&one.path, "id"),
            "empty id",
        ));
    }
    let texts = texts(ptv);
    if texts.is_empty() {
        return Err(ImportError::file(
            &one.file,
            at(&one.path, "serviceNames"),
            "no name in Finnish, Swedish or English",
        ));
    }
    let organisation = organisation(one)?;
    let organisation_id = organisation.source_id.clone();
    batch.add_organisation(organisation);
    let mut service = Service {
        source_id,
        organisation: organisation_id,
        status: match ptv.publishing_status.as_str() {
            "Deleted" | "Archived" | "Withdrawn" | "Removed" => "inactive",
            _ => "active",
        },
        last_checked: ptv
            .modified
            .get(..10)
            .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()),
        texts,
        languages: languages(one)?,
        areas: areas(one)?,
        categories: categories(ptv),
        ..Service::default()
    };
    linked_channels(batch, &mut service, ptv, channels);
    Ok(service)
}

fn languages(one: &Found) -> Result<Vec<String>, ImportError> {
    let mut languages = Vec::new();
    for (i, code) in one.service.languages.iter().enumerate() {
        let code = language_code(code).ok_or_else(|| {
            let path = at(&one.path, &format!("languages[{i}]"));
            ImportError::file(&one.file, path, format!("{code:?} is not a language code"))
        })?;
        languages.push(code);
    }
    Ok(languages)
}

/// The categories of the service's classes, and those its names and terms suggest.
fn categories(ptv: &format::Service) -> Vec<String> {
    let words = ptv
        .service_classes
        .iter()
        .chain(&ptv.ontology_terms)
        .flat_map(|f| f.name.iter().map(|n| n.value.as_str()))
        .chain(ptv.service_names.iter().map(|n| n.value.as_str()));
    ptv.service_classes
        .iter()
        .filter_map(|class| category_of_class(&class.uri))
        .map(str::to_owned)
        .chain(categories_for(words))
        .collect()
}

/// A municipality's code, checked against the official list (a merged one gives the
/// municipality it joined).
fn municipality(one: &Found, path: String, code: &str) -> Result<(String, String), ImportError> {
    crate::regions::municipality(code.trim())
        .map(|m| ("municipality".to_owned(), m.code.to_owned()))
        .ok_or_else(|| {
            ImportError::file(
                &one.file,
                path,
                format!("{code:?} is not a municipality code"),
            )
        })
}

/// Where the service is offered: the whole country, or its municipalities and counties. Areas
/// of other kinds (regions, hospital districts) count as the municipalities they list.
fn areas(one: &Found) -> Result<Vec<(String, String)>, ImportError> {
    let ptv = &one.service;
    if ptv.area_type.starts_with("Nationwide") {
        return Ok(vec![("country".to_owned(), "FI".to_owned())]);
    }
    let mut found = Vec::new();
    for (i, area) in ptv.areas.iter().enumerate() {
        let path = at(&one.path, &format!("areas[{i}]"));
        found.extend(area_codes(one, &path, area)?);
    }
    Ok(found)
}

fn area_codes(one: &Found, path: &str, area: &Area) -> Result<Vec<(String, String)>, ImportError> {
    if area.kind == "Municipality" {
        return Ok(vec![municipality(one, format!("{path}.code"), &area.code)?]);
    }
    let county = area.kind.to_ascii_lowercase().contains("wellbeing");
    if county && let Some(county) = crate::regions::county(area.code.trim()) {
        return Ok(vec![("county".to_owned(), county.code.to_owned())]);
    }
    let mut found = Vec::new();
    for (j, listed) in area.municipalities.iter().enumerate() {
        let path = format!("{path}.municipalities[{j}].code");
        found.push(municipality(one, path, &listed.code)?);
    }
    if found.is_empty() {
        return Err(ImportError::file(
            &one.file,
            path,
            format!(
                "a {} area without municipalities cannot be placed",
                area.kind
            ),
        ));
    }
    Ok(found)
}

/// Locations, contacts, hours and a web address from the service's channels (linked from
/// either side).
fn linked_channels(
    batch: &mut Batch,
    service: &mut Service,
    ptv: &format::Service,
    channels: &HashMap<String, Channel>,
) {
    let mut ids: Vec<String> = ptv
        .service_channels
        .iter()
        .map(|link| link.service_channel.id.trim().to_lowercase())
        .collect();
    ids.extend(
        channels
            .values()
            .filter(|c| {
                c.services
                    .iter()
                    .any(|s| s.service.id.trim().eq_ignore_ascii_case(&service.source_id))
            })
            .map(|c| c.id.to_lowercase()),
    );
    ids.sort();
    ids.dedup();
    for id in ids {
        let Some(channel) = channels.get(&id) else {
            batch.warnings.push(format!(
                "service {} links channel {id}, which no file holds",
                service.source_id
            ));
            continue;
        };
        let own = channel.organization_id.trim().to_lowercase();
        let organisation = if batch.organisations.iter().any(|o| o.source_id == own) {
            own
        } else {
            service.organisation.clone()
        };
        let reached = channel::reach(channel, &organisation);
        if let Some(location) = reached.location {
            service.locations.push(location.source_id.clone());
            batch.add_location(location);
        }
        if let Some(contact) = reached.contact {
            if service.phone.is_empty() {
                service.phone = contact.phone.clone();
            }
            if service.email.is_empty() {
                service.email = contact.email.clone();
            }
            service.contacts.push(contact);
        }
        service.hours.extend(reached.hours);
        if service.url.is_empty() {
            service.url = reached.url;
        }
    }
}
