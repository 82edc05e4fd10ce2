//! A service as a family reads it, in their language: the summary staff wrote in it, or the
//! Finnish, Swedish or English text with a line saying so; how to get there, how to contact
//! it and when it is open. The find-help pages and the families' API show the same views.

use serde::Serialize;
use utoipa::ToSchema;

use crate::accounts::domain::family_language_name;
use crate::directory::categories::label_of;
use crate::directory::entry::{Entry, Text};
use crate::directory::service::{ENTRY_LANGUAGES, text_order};
use crate::directory::summaries::FAMILY_LANGUAGES;
use crate::i18n::I18n;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LanguageView {
    pub code: String,
    /// In the language itself.
    pub name: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContactView {
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LocationView {
    pub id: String,
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub post_office: String,
    pub municipality: String,
    pub url: String,
    pub directions: String,
    /// The location's opening hours, Monday first.
    pub hours: Vec<DayHours>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DayHours {
    /// 1 Monday … 7 Sunday.
    pub weekday: i32,
    pub day: String,
    /// `09:00–15:00`.
    pub times: Vec<String>,
}

/// A service in a family's results.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ServiceCard {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub summary: String,
    /// The language `name` and `summary` are in.
    pub text_language: String,
    /// When the service has no summary in the reader's language, the line saying which
    /// language is shown instead (in the reader's language).
    pub fallback_note: Option<String>,
    pub status: String,
    pub languages: Vec<LanguageView>,
    pub categories: Vec<String>,
    pub phone: String,
    pub email: String,
    pub url: String,
    pub contacts: Vec<ContactView>,
    pub locations: Vec<LocationView>,
}

/// The whole service for its page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ServiceDetail {
    #[serde(flatten)]
    pub card: ServiceCard,
    pub description: String,
    pub eligibility: String,
    pub how_to_apply: String,
    /// The language of the longer texts (they come in Finnish, Swedish or English).
    pub details_language: String,
    pub minimum_age: Option<i32>,
    pub maximum_age: Option<i32>,
    /// Opening hours of the service itself (not of one location).
    pub hours: Vec<DayHours>,
    pub last_checked: Option<chrono::NaiveDate>,
}

/// The summary a family may be shown in `lang`: one staff wrote or reviewed.
fn summary_in<'a>(entry: &'a Entry, lang: &str) -> Option<&'a Text> {
    entry.texts.iter().find(|t| {
        t.language == lang
            && FAMILY_LANGUAGES.contains(&lang)
            && !t.summary.is_empty()
            && (t.written_by.is_some() || t.reviewed_at.is_some())
    })
}

/// The Finnish, Swedish or English text, in the order a reader of `lang` prefers.
fn entry_text<'a>(entry: &'a Entry, lang: &str) -> Option<&'a Text> {
    text_order(lang)
        .into_iter()
        .filter(|l| ENTRY_LANGUAGES.contains(l))
        .find_map(|l| entry.texts.iter().find(|t| t.language == l))
}

fn hours_of(i18n: &I18n, lang: &str, entry: &Entry, location: Option<&str>) -> Vec<DayHours> {
    let mut days: Vec<DayHours> = Vec::new();
    for h in entry
        .hours
        .iter()
        .filter(|h| h.location_id.as_deref() == location)
    {
        let times = format!("{}–{}", h.opens_at, h.closes_at);
        match days.iter_mut().find(|d| d.weekday == h.weekday) {
            Some(day) => day.times.push(times),
            None => days.push(DayHours {
                weekday: h.weekday,
                day: i18n.translate(lang, &format!("weekday-{}", h.weekday), None),
                times: vec![times],
            }),
        }
    }
    days.sort_by_key(|d| d.weekday);
    days
}

pub fn card(i18n: &I18n, lang: &str, entry: &Entry) -> ServiceCard {
    let base = entry_text(entry, lang);
    let own = summary_in(entry, lang);
    let base_language = base.map_or("fi", |t| t.language.as_str());
    let fallback_note = (own.is_none() && base_language != lang)
        .then(|| i18n.translate(lang, &format!("directory-fallback-{base_language}"), None));
    let name = own
        .map(|t| t.name.as_str())
        .filter(|n| !n.is_empty())
        .or(base.map(|t| t.name.as_str()))
        .unwrap_or_default();
    let o = &entry.organisation;
    let organisation = match lang {
        "sv" if !o.name_sv.is_empty() => &o.name_sv,
        "fi" | "sv" => &o.name_fi,
        _ if !o.name_en.is_empty() => &o.name_en,
        _ => &o.name_fi,
    };
    ServiceCard {
        id: entry.service.id.clone(),
        name: name.to_owned(),
        organisation: organisation.clone(),
        summary: own.or(base).map(|t| t.summary.clone()).unwrap_or_default(),
        text_language: own
            .map_or(base_language, |t| t.language.as_str())
            .to_owned(),
        fallback_note,
        status: entry.service.status.clone(),
        languages: entry
            .languages
            .iter()
            .map(|code| LanguageView {
                name: family_language_name(code).unwrap_or(code).to_owned(),
                code: code.clone(),
            })
            .collect(),
        categories: entry
            .categories
            .iter()
            .map(|c| label_of(i18n, lang, c.key.as_deref(), c.label.as_deref()))
            .collect(),
        phone: entry.service.phone.clone(),
        email: entry.service.email.clone(),
        url: entry.service.url.clone(),
        contacts: entry
            .contacts
            .iter()
            .map(|c| ContactView {
                name: c.name.clone(),
                title: c.title.clone(),
                email: c.email.clone(),
                phone: c.phone.clone(),
                note: c.note.clone(),
            })
            .collect(),
        locations: entry
            .locations
            .iter()
            .map(|l| LocationView {
                id: l.id.clone(),
                name: l.name.clone(),
                street: l.street.clone(),
                postal_code: l.postal_code.clone(),
                post_office: l.post_office.clone(),
                municipality: crate::regions::municipality(&l.municipality_code)
                    .map(|m| m.name(lang).to_owned())
                    .unwrap_or_default(),
                url: l.url.clone(),
                directions: l.directions.clone(),
                hours: hours_of(i18n, lang, entry, Some(&l.id)),
            })
            .collect(),
    }
}

pub fn detail(i18n: &I18n, lang: &str, entry: &Entry) -> ServiceDetail {
    let base = entry_text(entry, lang);
    let long = |f: fn(&Text) -> &String| base.map(|t| f(t).clone()).unwrap_or_default();
    ServiceDetail {
        card: card(i18n, lang, entry),
        description: long(|t| &t.description),
        eligibility: long(|t| &t.eligibility),
        how_to_apply: long(|t| &t.how_to_apply),
        details_language: base.map_or("fi", |t| t.language.as_str()).to_owned(),
        minimum_age: entry.service.minimum_age,
        maximum_age: entry.service.maximum_age,
        hours: hours_of(i18n, lang, entry, None),
        last_checked: entry.service.last_checked,
    }
}
