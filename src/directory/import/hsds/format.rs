//! The parts of an Open Referral HSDS 3.0 service (fully nested, as `GET /services/{id}`
//! answers it) that the directory reads. Unknown fields are ignored; `null` reads as empty.

use serde::Deserialize;

use crate::directory::import::nullable;

#[derive(Debug, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    #[serde(default, deserialize_with = "nullable")]
    pub description: String,
    #[serde(default, deserialize_with = "nullable")]
    pub email: String,
    #[serde(default, deserialize_with = "nullable")]
    pub website: String,
}

#[derive(Debug, Deserialize)]
pub struct Phone {
    pub number: String,
    #[serde(default, deserialize_with = "nullable")]
    pub description: String,
}

#[derive(Debug, Deserialize)]
pub struct Schedule {
    /// `WEEKLY` (or empty); other frequencies are not weekly hours.
    #[serde(default, deserialize_with = "nullable")]
    pub freq: String,
    /// e.g. `MO,TU,WE`.
    #[serde(default, deserialize_with = "nullable")]
    pub byday: String,
    #[serde(default, deserialize_with = "nullable")]
    pub opens_at: String,
    #[serde(default, deserialize_with = "nullable")]
    pub closes_at: String,
}

#[derive(Debug, Deserialize)]
pub struct Language {
    #[serde(default, deserialize_with = "nullable")]
    pub code: String,
    #[serde(default, deserialize_with = "nullable")]
    pub name: String,
}

#[derive(Debug, Deserialize)]
pub struct ServiceArea {
    #[serde(default, deserialize_with = "nullable")]
    pub name: String,
    #[serde(default, deserialize_with = "nullable")]
    pub uri: String,
}

#[derive(Debug, Deserialize)]
pub struct Contact {
    #[serde(default, deserialize_with = "nullable")]
    pub name: String,
    #[serde(default, deserialize_with = "nullable")]
    pub title: String,
    #[serde(default, deserialize_with = "nullable")]
    pub email: String,
    #[serde(default, deserialize_with = "nullable")]
    pub phones: Vec<Phone>,
}

#[derive(Debug, Deserialize)]
pub struct TaxonomyTerm {
    #[serde(default, deserialize_with = "nullable")]
    pub code: String,
    #[serde(default, deserialize_with = "nullable")]
    pub name: String,
}

#[derive(Debug, Deserialize)]
pub struct Attribute {
    pub taxonomy_term: Option<TaxonomyTerm>,
}

#[derive(Debug, Deserialize)]
pub struct Address {
    #[serde(default, deserialize_with = "nullable")]
    pub address_1: String,
    #[serde(default, deserialize_with = "nullable")]
    pub city: String,
    #[serde(default, deserialize_with = "nullable")]
    pub postal_code: String,
    /// `physical`, `postal` or `virtual`.
    #[serde(default, deserialize_with = "nullable")]
    pub address_type: String,
}

#[derive(Debug, Deserialize)]
pub struct Location {
    pub id: String,
    /// `physical`, `postal` or `virtual`.
    #[serde(default, deserialize_with = "nullable")]
    pub location_type: String,
    #[serde(default, deserialize_with = "nullable")]
    pub url: String,
    #[serde(default, deserialize_with = "nullable")]
    pub name: String,
    #[serde(default, deserialize_with = "nullable")]
    pub transportation: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    #[serde(default, deserialize_with = "nullable")]
    pub addresses: Vec<Address>,
}

#[derive(Debug, Deserialize)]
pub struct ServiceAtLocation {
    pub location: Option<Location>,
    #[serde(default, deserialize_with = "nullable")]
    pub schedules: Vec<Schedule>,
    #[serde(default, deserialize_with = "nullable")]
    pub phones: Vec<Phone>,
    #[serde(default, deserialize_with = "nullable")]
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Deserialize)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub status: String,
    #[serde(default, deserialize_with = "nullable")]
    pub description: String,
    #[serde(default, deserialize_with = "nullable")]
    pub url: String,
    #[serde(default, deserialize_with = "nullable")]
    pub email: String,
    #[serde(default, deserialize_with = "nullable")]
    pub application_process: String,
    #[serde(default, deserialize_with = "nullable")]
    pub eligibility_description: String,
    pub minimum_age: Option<f64>,
    pub maximum_age: Option<f64>,
    /// The day the entry was last checked, `YYYY-MM-DD`.
    #[serde(default, deserialize_with = "nullable")]
    pub assured_date: String,
    pub organization: Option<Organization>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(default, deserialize_with = "nullable")]
    pub phones: Vec<Phone>,
    #[serde(default, deserialize_with = "nullable")]
    pub schedules: Vec<Schedule>,
    #[serde(default, deserialize_with = "nullable")]
    pub languages: Vec<Language>,
    #[serde(default, deserialize_with = "nullable")]
    pub service_areas: Vec<ServiceArea>,
    #[serde(default, deserialize_with = "nullable")]
    pub contacts: Vec<Contact>,
    #[serde(default, deserialize_with = "nullable")]
    pub attributes: Vec<Attribute>,
}
