//! The parts of PTV Open API v11 JSON the directory reads (`V11VmOpenApiService`,
//! `V11VmOpenApiServiceLocationChannel`, `V11VmOpenApiElectronicChannel`, the phone and web
//! page channels). Everything else in the files is ignored; PTV writes `null` for many empty
//! lists, which reads as empty here.

use serde::Deserialize;

use crate::directory::import::nullable;

/// A text in one language, with its kind (`Name`, `Summary`, `Description`, …).
#[derive(Debug, Deserialize)]
pub struct Localized {
    pub language: String,
    #[serde(default, deserialize_with = "nullable")]
    pub value: String,
    #[serde(rename = "type", default, deserialize_with = "nullable")]
    pub kind: String,
}

/// An item from a classification (service class, ontology term).
#[derive(Debug, Deserialize)]
pub struct Finto {
    #[serde(default, deserialize_with = "nullable")]
    pub name: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub uri: String,
}

#[derive(Debug, Deserialize)]
pub struct Municipality {
    pub code: String,
}

#[derive(Debug, Deserialize)]
pub struct Area {
    /// `Municipality`, `Region`, `BusinessSubRegion`, `HospitalDistrict`, or (in newer data)
    /// a wellbeing services county.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, deserialize_with = "nullable")]
    pub code: String,
    #[serde(default, deserialize_with = "nullable")]
    pub municipalities: Vec<Municipality>,
}

/// An id with a name: a linked channel, service or organisation.
#[derive(Debug, Deserialize)]
pub struct Item {
    pub id: String,
    #[serde(default, deserialize_with = "nullable")]
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelLink {
    pub service_channel: Item,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceOrganization {
    /// `Responsible`, `Producer` or `OtherResponsible`.
    #[serde(default, deserialize_with = "nullable")]
    pub role_type: String,
    pub organization: Option<Item>,
}

/// `V11VmOpenApiService`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub id: String,
    pub service_names: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_descriptions: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub languages: Vec<String>,
    /// `Nationwide`, `NationwideExceptAlandIslands` or `LimitedType`.
    #[serde(default, deserialize_with = "nullable")]
    pub area_type: String,
    #[serde(default, deserialize_with = "nullable")]
    pub areas: Vec<Area>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_classes: Vec<Finto>,
    #[serde(default, deserialize_with = "nullable")]
    pub ontology_terms: Vec<Finto>,
    #[serde(default, deserialize_with = "nullable")]
    pub requirements: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_channels: Vec<ChannelLink>,
    #[serde(default, deserialize_with = "nullable")]
    pub organizations: Vec<ServiceOrganization>,
    #[serde(default, deserialize_with = "nullable")]
    pub publishing_status: String,
    /// When it was last changed (UTC), e.g. `2025-10-02T08:15:00Z`.
    #[serde(default, deserialize_with = "nullable")]
    pub modified: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Phone {
    #[serde(default, deserialize_with = "nullable")]
    pub prefix_number: String,
    pub number: String,
    #[serde(default, deserialize_with = "nullable")]
    pub additional_information: String,
}

#[derive(Debug, Deserialize)]
pub struct WebPage {
    #[serde(default, deserialize_with = "nullable")]
    pub url: String,
    #[serde(default, deserialize_with = "nullable")]
    pub language: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreetAddress {
    #[serde(default, deserialize_with = "nullable")]
    pub street: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub street_number: String,
    #[serde(default, deserialize_with = "nullable")]
    pub postal_code: String,
    #[serde(default, deserialize_with = "nullable")]
    pub post_office: Vec<Localized>,
    pub municipality: Option<Municipality>,
    #[serde(default, deserialize_with = "nullable")]
    pub additional_information: Vec<Localized>,
    /// TM35FIN northing (or WGS84 degrees), as text.
    #[serde(default, deserialize_with = "nullable")]
    pub latitude: String,
    #[serde(default, deserialize_with = "nullable")]
    pub longitude: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// `Location` (visiting) or `Postal`.
    #[serde(rename = "type", default, deserialize_with = "nullable")]
    pub kind: String,
    pub street_address: Option<StreetAddress>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpeningHour {
    pub day_from: String,
    #[serde(default, deserialize_with = "nullable")]
    pub day_to: String,
    #[serde(default, deserialize_with = "nullable")]
    pub from: String,
    #[serde(default, deserialize_with = "nullable")]
    pub to: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceHour {
    /// `DaysOfTheWeek` (the usual week), `Exceptional` or `OverMidnight`.
    #[serde(default, deserialize_with = "nullable")]
    pub service_hour_type: String,
    #[serde(default, deserialize_with = "nullable")]
    pub is_closed: bool,
    #[serde(default, deserialize_with = "nullable")]
    pub is_always_open: bool,
    #[serde(default, deserialize_with = "nullable")]
    pub opening_hour: Vec<OpeningHour>,
}

#[derive(Debug, Deserialize)]
pub struct ServiceLink {
    pub service: Item,
}

/// A service channel of any kind (`serviceChannelType`: `ServiceLocation`, `EChannel`,
/// `Phone`, `WebPage`, `PrintableForm`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Channel {
    pub id: String,
    pub service_channel_type: String,
    #[serde(default, deserialize_with = "nullable")]
    pub organization_id: String,
    #[serde(default, deserialize_with = "nullable")]
    pub service_channel_names: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_channel_descriptions: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub web_pages: Vec<WebPage>,
    #[serde(default, deserialize_with = "nullable")]
    pub addresses: Vec<Address>,
    #[serde(default, deserialize_with = "nullable")]
    pub phone_numbers: Vec<Phone>,
    #[serde(default, deserialize_with = "nullable")]
    pub support_phones: Vec<Phone>,
    #[serde(default, deserialize_with = "nullable")]
    pub emails: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub support_emails: Vec<Localized>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_hours: Vec<ServiceHour>,
    #[serde(default, deserialize_with = "nullable")]
    pub services: Vec<ServiceLink>,
}

/// The text of `items` in the first of `languages` that has one.
pub fn text_in(items: &[Localized], kinds: &[&str], languages: &[&str]) -> String {
    languages
        .iter()
        .find_map(|language| {
            items.iter().find(|i| {
                i.language == *language
                    && !i.value.trim().is_empty()
                    && (kinds.is_empty() || kinds.contains(&i.kind.as_str()))
            })
        })
        .map(|i| i.value.trim().to_owned())
        .unwrap_or_default()
}
