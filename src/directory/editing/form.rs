//! A service as staff type it: the form's raw values (also the JSON body, and what the form
//! shows again after an error), and the check that turns them into rows to write.
//!
//! Locations, contacts and opening hours are rows of parallel lists (`contact_name[i]`,
//! `contact_phone[i]`, …); a row left wholly empty is dropped, which is also how a row is
//! removed. Errors name a row's field with its index: `contact_email_1`.

use serde::{Deserialize, Serialize};

use super::check::Check;
use crate::accounts::domain::family_language_name;
use crate::directory::service::ENTRY_LANGUAGES;

pub const STATUSES: [&str; 3] = ["active", "temporarily_closed", "inactive"];
pub const MAX_NAME: usize = 200;
pub const MAX_SUMMARY: usize = 500;
pub const MAX_LONG: usize = 4_000;
pub const MAX_SHORT: usize = 200;

/// The raw service form. `texts_*` lists are in the order of `ENTRY_LANGUAGES` (fi, sv, en).
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ServiceForm {
    pub organisation_id: String,
    pub status: String,
    pub email: String,
    pub url: String,
    pub phone: String,
    pub referral_email: String,
    pub minimum_age: String,
    pub maximum_age: String,
    /// `YYYY-MM-DD`, or empty.
    pub last_checked: String,
    pub name: Vec<String>,
    pub summary: Vec<String>,
    pub description: Vec<String>,
    pub eligibility: Vec<String>,
    pub how_to_apply: Vec<String>,
    /// Languages the service is delivered in (codes).
    pub languages: Vec<String>,
    /// `1` when it serves the whole country.
    pub country: String,
    /// Wellbeing services county codes.
    pub counties: Vec<String>,
    /// Municipality codes.
    pub municipalities: Vec<String>,
    pub categories: Vec<String>,
    pub location_id: Vec<String>,
    pub location_name: Vec<String>,
    pub location_street: Vec<String>,
    pub location_postal_code: Vec<String>,
    pub location_post_office: Vec<String>,
    pub location_municipality: Vec<String>,
    pub location_url: Vec<String>,
    pub location_directions: Vec<String>,
    pub contact_name: Vec<String>,
    pub contact_title: Vec<String>,
    pub contact_email: Vec<String>,
    pub contact_phone: Vec<String>,
    pub contact_note: Vec<String>,
    /// 1 Monday … 7 Sunday.
    pub hours_weekday: Vec<String>,
    pub hours_opens: Vec<String>,
    pub hours_closes: Vec<String>,
    /// The location a row of hours belongs to, or empty for the service itself.
    pub hours_location: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct TextRow {
    pub language: &'static str,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub eligibility: String,
    pub how_to_apply: String,
}

#[derive(Debug, Clone)]
pub struct LocationRow {
    /// An existing location of the organisation, or `None` for a new one.
    pub id: Option<String>,
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub post_office: String,
    pub municipality_code: String,
    pub url: String,
    pub directions: String,
}

#[derive(Debug, Clone)]
pub struct ContactRow {
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub note: String,
}

#[derive(Debug, Clone)]
pub struct HoursRow {
    pub weekday: i32,
    pub opens_at: String,
    pub closes_at: String,
    pub location_id: Option<String>,
}

/// A checked service, ready to write.
#[derive(Debug, Clone)]
pub struct CheckedService {
    pub organisation_id: String,
    pub status: String,
    pub email: String,
    pub url: String,
    pub phone: String,
    pub referral_email: String,
    pub minimum_age: Option<i32>,
    pub maximum_age: Option<i32>,
    pub last_checked: Option<chrono::NaiveDate>,
    pub texts: Vec<TextRow>,
    pub languages: Vec<String>,
    /// `(kind, code)`.
    pub areas: Vec<(String, String)>,
    pub categories: Vec<String>,
    pub locations: Vec<LocationRow>,
    pub contacts: Vec<ContactRow>,
    pub hours: Vec<HoursRow>,
}

fn at(list: &[String], i: usize) -> &str {
    list.get(i).map_or("", String::as_str)
}

impl ServiceForm {
    fn texts(&self, check: &mut Check) -> Vec<TextRow> {
        let rows: Vec<TextRow> = ENTRY_LANGUAGES
            .iter()
            .enumerate()
            .map(|(i, lang)| TextRow {
                language: lang,
                name: check.text(format!("name_{lang}"), at(&self.name, i), MAX_NAME),
                summary: check.text(format!("summary_{lang}"), at(&self.summary, i), MAX_SUMMARY),
                description: check.text(
                    format!("description_{lang}"),
                    at(&self.description, i),
                    MAX_LONG,
                ),
                eligibility: check.text(
                    format!("eligibility_{lang}"),
                    at(&self.eligibility, i),
                    MAX_LONG,
                ),
                how_to_apply: check.text(
                    format!("how_to_apply_{lang}"),
                    at(&self.how_to_apply, i),
                    MAX_LONG,
                ),
            })
            .collect();
        if rows.first().is_some_and(|fi| fi.name.is_empty()) {
            check.fail("name_fi", "field-required");
        }
        rows.into_iter().filter(|t| !t.name.is_empty()).collect()
    }

    fn areas(&self, check: &mut Check) -> Vec<(String, String)> {
        let counties = check.choices("counties", &self.counties, |c| {
            crate::regions::county(c).is_some()
        });
        let municipalities = check.choices("municipalities", &self.municipalities, |c| {
            crate::regions::municipality(c).is_some_and(|m| m.code == c)
        });
        let mut areas: Vec<(String, String)> = Vec::new();
        if !self.country.trim().is_empty() {
            areas.push(("country".to_owned(), "FI".to_owned()));
        }
        areas.extend(counties.into_iter().map(|c| ("county".to_owned(), c)));
        areas.extend(
            municipalities
                .into_iter()
                .map(|c| ("municipality".to_owned(), c)),
        );
        if areas.is_empty() {
            check.fail("areas", "directory-areas-required");
        }
        areas
    }

    fn locations(&self, check: &mut Check) -> Vec<LocationRow> {
        let mut rows = Vec::new();
        for i in 0..self.location_name.len().max(self.location_street.len()) {
            let field = |name: &str| format!("location_{name}_{i}");
            let row = LocationRow {
                id: Some(at(&self.location_id, i).trim().to_owned()).filter(|s| !s.is_empty()),
                name: check.text(field("name"), at(&self.location_name, i), MAX_SHORT),
                street: check.text(field("street"), at(&self.location_street, i), MAX_SHORT),
                postal_code: check.text(
                    field("postal_code"),
                    at(&self.location_postal_code, i),
                    10,
                ),
                post_office: check.text(
                    field("post_office"),
                    at(&self.location_post_office, i),
                    MAX_SHORT,
                ),
                municipality_code: at(&self.location_municipality, i).trim().to_owned(),
                url: check.url(field("url"), at(&self.location_url, i)),
                directions: check.text(
                    field("directions"),
                    at(&self.location_directions, i),
                    MAX_LONG,
                ),
            };
            let empty = [
                &row.name,
                &row.street,
                &row.postal_code,
                &row.post_office,
                &row.url,
                &row.directions,
            ]
            .iter()
            .all(|v| v.is_empty());
            if empty {
                continue;
            }
            if !row.municipality_code.is_empty()
                && crate::regions::municipality(&row.municipality_code).is_none()
            {
                check.fail(field("municipality"), "field-choice-unknown");
            }
            if row.street.is_empty() && row.url.is_empty() {
                check.fail(field("street"), "directory-location-needs-place");
            }
            rows.push(row);
        }
        rows
    }

    fn contacts(&self, check: &mut Check) -> Vec<ContactRow> {
        let mut rows = Vec::new();
        for i in 0..self.contact_name.len().max(self.contact_phone.len()) {
            let field = |name: &str| format!("contact_{name}_{i}");
            let row = ContactRow {
                name: check.text(field("name"), at(&self.contact_name, i), MAX_SHORT),
                title: check.text(field("title"), at(&self.contact_title, i), MAX_SHORT),
                email: check.email(field("email"), at(&self.contact_email, i)),
                phone: check.text(field("phone"), at(&self.contact_phone, i), 40),
                note: check.text(field("note"), at(&self.contact_note, i), MAX_SHORT),
            };
            if [&row.name, &row.title, &row.email, &row.phone, &row.note]
                .iter()
                .all(|v| v.is_empty())
            {
                continue;
            }
            if row.email.is_empty() && row.phone.is_empty() {
                check.fail(field("phone"), "directory-contact-needs-way");
            }
            rows.push(row);
        }
        rows
    }

    fn hours(&self, check: &mut Check) -> Vec<HoursRow> {
        let mut rows = Vec::new();
        for i in 0..self.hours_weekday.len() {
            let (weekday, opens, closes) = (
                at(&self.hours_weekday, i).trim(),
                at(&self.hours_opens, i).trim(),
                at(&self.hours_closes, i).trim(),
            );
            if weekday.is_empty() && opens.is_empty() && closes.is_empty() {
                continue;
            }
            let field = |name: &str| format!("hours_{name}_{i}");
            let weekday = check.number(field("weekday"), weekday, 1..=7);
            if weekday.is_none() {
                check.fail(field("weekday"), "field-choice-unknown");
            }
            let opens_at = check.time(field("opens"), opens);
            let closes_at = check.time(field("closes"), closes);
            if !opens_at.is_empty() && !closes_at.is_empty() && closes_at <= opens_at {
                check.fail(field("closes"), "directory-closes-before-opens");
            }
            let location = at(&self.hours_location, i).trim();
            rows.push(HoursRow {
                weekday: weekday.unwrap_or(1),
                opens_at,
                closes_at,
                location_id: Some(location.to_owned()).filter(|l| !l.is_empty()),
            });
        }
        rows
    }

    /// Checks every field; `categories` are the ids a service may be put in.
    pub fn check(&self, categories: &[String]) -> Result<CheckedService, crate::error::AppError> {
        let mut check = Check::new();
        let organisation_id = check.required("organisation_id", &self.organisation_id, 100);
        let status = self.status.trim().to_owned();
        if !STATUSES.contains(&status.as_str()) {
            check.fail("status", "field-choice-unknown");
        }
        let minimum_age = check.number("minimum_age", &self.minimum_age, 0..=120);
        let maximum_age = check.number("maximum_age", &self.maximum_age, 0..=120);
        if let (Some(min), Some(max)) = (minimum_age, maximum_age)
            && max < min
        {
            check.fail("maximum_age", "directory-ages-order");
        }
        let service = CheckedService {
            organisation_id,
            status,
            email: check.email("email", &self.email),
            url: check.url("url", &self.url),
            phone: check.text("phone", &self.phone, 40),
            referral_email: check.email("referral_email", &self.referral_email),
            minimum_age,
            maximum_age,
            last_checked: check.date("last_checked", &self.last_checked),
            texts: self.texts(&mut check),
            languages: check.choices("languages", &self.languages, |l| {
                family_language_name(l).is_some()
            }),
            areas: self.areas(&mut check),
            categories: check.choices("categories", &self.categories, |c| {
                categories.iter().any(|k| k == c)
            }),
            locations: self.locations(&mut check),
            contacts: self.contacts(&mut check),
            hours: self.hours(&mut check),
        };
        check.done(service)
    }
}
