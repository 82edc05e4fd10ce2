//! What a PTV service channel gives a service: a place to visit (`ServiceLocation`), a place
//! online (`EChannel`), a number to call (`Phone`) or a web page (`WebPage`), with opening hours.

use super::format::{Channel, Phone, ServiceHour, text_in};
use crate::directory::import::batch::{Contact, Hours, Location, clock_time, weekday};
use crate::directory::import::coordinates::wgs84;

/// The order a channel's one-language fields are read in.
const ORDER: [&str; 3] = ["fi", "sv", "en"];

/// What one channel adds to a service.
#[derive(Debug, Default)]
pub struct Reached {
    pub location: Option<Location>,
    pub contact: Option<Contact>,
    pub hours: Vec<Hours>,
    pub url: String,
}

/// `+358 9 310 12345` from a prefix and a number.
fn phone_number(phone: &Phone) -> String {
    format!("{} {}", phone.prefix_number.trim(), phone.number.trim())
        .trim()
        .to_owned()
}

fn first_url(channel: &Channel) -> String {
    ORDER
        .iter()
        .find_map(|language| {
            channel
                .web_pages
                .iter()
                .find(|p| p.language == *language && !p.url.trim().is_empty())
        })
        .or_else(|| channel.web_pages.iter().find(|p| !p.url.trim().is_empty()))
        .map(|p| p.url.trim().to_owned())
        .unwrap_or_default()
}

/// A contact from the channel's phone numbers and mail addresses, if it has either.
fn contact(channel: &Channel, name: &str) -> Option<Contact> {
    let phones = channel.phone_numbers.iter().chain(&channel.support_phones);
    let phone = phones.clone().next();
    let email = channel
        .emails
        .iter()
        .chain(&channel.support_emails)
        .map(|e| e.value.trim())
        .find(|e| !e.is_empty())
        .unwrap_or_default()
        .to_owned();
    if phone.is_none() && email.is_empty() {
        return None;
    }
    Some(Contact {
        name: name.to_owned(),
        title: String::new(),
        email,
        phone: phone.map(phone_number).unwrap_or_default(),
        note: phone
            .map(|p| p.additional_information.trim().to_owned())
            .unwrap_or_default(),
    })
}

fn place(channel: &Channel, organisation: &str, name: &str) -> Location {
    let address = channel
        .addresses
        .iter()
        .filter(|a| a.kind.is_empty() || a.kind == "Location" || a.kind == "Visiting")
        .find_map(|a| a.street_address.as_ref());
    let mut location = Location {
        source_id: channel.id.to_lowercase(),
        organisation: organisation.to_owned(),
        kind: "physical",
        name: name.to_owned(),
        ..Location::default()
    };
    if let Some(street) = address {
        location.street = format!(
            "{} {}",
            text_in(&street.street, &[], &ORDER),
            street.street_number.trim()
        )
        .trim()
        .to_owned();
        location.postal_code = street.postal_code.trim().to_owned();
        location.post_office = text_in(&street.post_office, &[], &ORDER);
        location.municipality_code = street
            .municipality
            .as_ref()
            .and_then(|m| crate::regions::municipality(m.code.trim()))
            .map(|m| m.code.to_owned())
            .unwrap_or_default();
        location.directions = text_in(&street.additional_information, &[], &ORDER);
        let parsed = (
            street.latitude.trim().parse::<f64>(),
            street.longitude.trim().parse::<f64>(),
        );
        if let (Ok(north), Ok(east)) = parsed
            && let Some((lat, lon)) = wgs84(north, east)
        {
            location.latitude = Some(lat);
            location.longitude = Some(lon);
        }
    }
    location
}

/// The usual weekly hours of `hours` (exceptional days and closed periods left out).
fn weekly(hours: &[ServiceHour], location: Option<&str>) -> Vec<Hours> {
    let at = |weekday: i32, opens: &str, closes: &str| Hours {
        location: location.map(str::to_owned),
        weekday,
        opens_at: opens.to_owned(),
        closes_at: closes.to_owned(),
    };
    let mut found = Vec::new();
    for hour in hours {
        let usual = hour.service_hour_type.is_empty() || hour.service_hour_type == "DaysOfTheWeek";
        if !usual || hour.is_closed {
            continue;
        }
        if hour.is_always_open {
            found.extend((1..=7).map(|day| at(day, "00:00", "24:00")));
            continue;
        }
        for opening in &hour.opening_hour {
            let (Some(from), Some(opens), Some(closes)) = (
                weekday(&opening.day_from),
                clock_time(&opening.from),
                clock_time(&opening.to),
            ) else {
                continue;
            };
            let to = weekday(&opening.day_to).unwrap_or(from);
            let mut day = from;
            loop {
                found.push(at(day, &opens, &closes));
                if day == to {
                    break;
                }
                day = day % 7 + 1;
            }
        }
    }
    found
}

/// What `channel` adds to a service of `organisation` (the channel's own organisation when
/// the import knows it, else the service's).
pub fn reach(channel: &Channel, organisation: &str) -> Reached {
    let name = text_in(&channel.service_channel_names, &["Name", ""], &ORDER);
    let source_id = channel.id.to_lowercase();
    match channel.service_channel_type.as_str() {
        "ServiceLocation" => Reached {
            location: Some(place(channel, organisation, &name)),
            contact: contact(channel, &name),
            hours: weekly(&channel.service_hours, Some(&source_id)),
            url: String::new(),
        },
        "EChannel" => {
            let url = first_url(channel);
            let location = Location {
                source_id: source_id.clone(),
                organisation: organisation.to_owned(),
                kind: "virtual",
                name: name.clone(),
                url: url.clone(),
                directions: text_in(&channel.service_channel_descriptions, &["Summary"], &ORDER),
                ..Location::default()
            };
            Reached {
                location: Some(location),
                contact: contact(channel, &name),
                hours: weekly(&channel.service_hours, Some(&source_id)),
                url,
            }
        }
        "Phone" => Reached {
            contact: contact(channel, &name),
            hours: weekly(&channel.service_hours, None),
            ..Reached::default()
        },
        "WebPage" => Reached {
            url: first_url(channel),
            ..Reached::default()
        },
        _ => Reached::default(),
    }
}
