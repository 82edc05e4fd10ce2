//! The HSDS 3.0 objects the directory answers with (Open Referral's `service.json` and the
//! objects it nests; the API's paginated shape). Empty optional fields are left out.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

fn statuses() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(&["active", "inactive", "defunct", "temporarily closed"])
}

/// A service, fully nested.
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsService {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[schema(schema_with = statuses)]
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<i32>,
    /// The day the entry was last checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<NaiveDate>,
    pub last_modified: DateTime<Utc>,
    pub organization: HsdsOrganization,
    pub phones: Vec<HsdsPhone>,
    pub schedules: Vec<HsdsSchedule>,
    pub service_areas: Vec<HsdsServiceArea>,
    pub service_at_locations: Vec<HsdsServiceAtLocation>,
    pub languages: Vec<HsdsLanguage>,
    pub contacts: Vec<HsdsContact>,
    pub attributes: Vec<HsdsAttribute>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsOrganization {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsPhone {
    pub id: String,
    pub number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Weekly opening hours (RFC 5545: `freq` WEEKLY on the days of `byday`).
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsSchedule {
    pub id: String,
    #[schema(example = "WEEKLY")]
    pub freq: &'static str,
    #[schema(example = "MO")]
    pub wkst: &'static str,
    #[schema(example = "MO,TU,WE,TH,FR")]
    pub byday: String,
    #[schema(example = "08:00")]
    pub opens_at: String,
    #[schema(example = "16:00")]
    pub closes_at: String,
}

/// A municipality, a wellbeing services county or the whole country; `uri` is the code in
/// the Finnish code lists (uri.suomi.fi).
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsServiceArea {
    pub id: String,
    pub name: String,
    #[schema(example = "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/091")]
    pub uri: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsLanguage {
    pub id: String,
    pub name: String,
    /// ISO 639-1.
    #[schema(example = "fi")]
    pub code: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsContact {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub phones: Vec<HsdsPhone>,
}

/// A category of Silta's list, as a taxonomy term.
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsAttribute {
    pub id: String,
    pub link_id: String,
    pub link_type: &'static str,
    pub link_entity: &'static str,
    pub taxonomy_term_id: String,
    pub taxonomy_term: HsdsTaxonomyTerm,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsTaxonomyTerm {
    pub id: String,
    #[schema(example = "child-welfare")]
    pub code: String,
    pub name: String,
    pub description: String,
    pub taxonomy: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsServiceAtLocation {
    pub id: String,
    pub service_id: String,
    pub location_id: String,
    pub schedules: Vec<HsdsSchedule>,
    pub location: HsdsLocation,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsLocation {
    pub id: String,
    /// `physical` (a building) or `virtual` (online, at `url`).
    #[schema(schema_with = location_types)]
    pub location_type: &'static str,
    pub organization_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How to get there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transportation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    pub addresses: Vec<HsdsAddress>,
    /// The same addresses under the name earlier HSDS versions used.
    pub physical_addresses: Vec<HsdsAddress>,
}

fn location_types() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(&["physical", "virtual"])
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HsdsAddress {
    pub id: String,
    pub location_id: String,
    pub address_1: String,
    /// The post office.
    pub city: String,
    /// The municipality.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The wellbeing services county.
    pub state_province: String,
    pub postal_code: String,
    #[schema(example = "FI")]
    pub country: &'static str,
    pub address_type: &'static str,
}

/// A page of services, as the HSDS API pages them.
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsPage {
    /// How many services match, on all pages.
    pub total_items: i64,
    pub total_pages: i64,
    /// 1-based.
    pub page_number: i64,
    /// How many services this page holds.
    pub size: i64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<HsdsService>,
}
