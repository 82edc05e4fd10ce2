//! What an import file says, in the directory's own terms: organisations, locations and
//! services keyed by the source's ids. The PTV and HSDS readers fill a [`Batch`]; the store
//! writes it. The small lookups both readers share live here too.

use chrono::NaiveDate;

/// Everything one import brings, from one source.
#[derive(Debug, Clone, Default)]
pub struct Batch {
    /// `ptv` or `hsds`: rows of other sources (and staff's own) are never touched.
    pub source: String,
    /// The languages of the services' texts this import speaks for; texts in other languages
    /// (the summaries staff write in the families' languages) are kept.
    pub text_languages: Vec<String>,
    pub organisations: Vec<Organisation>,
    pub locations: Vec<Location>,
    pub services: Vec<Service>,
    /// What was left out, for the operator (never personal data).
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Organisation {
    pub source_id: String,
    /// `(language, name)` for the languages the file has.
    pub names: Vec<(String, String)>,
    pub description: String,
    pub email: String,
    pub website: String,
}

#[derive(Debug, Clone, Default)]
pub struct Location {
    pub source_id: String,
    /// The organisation's source id.
    pub organisation: String,
    /// `physical` or `virtual`.
    pub kind: &'static str,
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

#[derive(Debug, Clone, Default)]
pub struct Service {
    pub source_id: String,
    /// The organisation's source id.
    pub organisation: String,
    /// `active`, `temporarily_closed` or `inactive`.
    pub status: &'static str,
    pub email: String,
    pub url: String,
    pub phone: String,
    pub minimum_age: Option<i32>,
    pub maximum_age: Option<i32>,
    pub last_checked: Option<NaiveDate>,
    pub texts: Vec<Text>,
    pub languages: Vec<String>,
    /// `(kind, code)`: `municipality`, `county` or `country`.
    pub areas: Vec<(String, String)>,
    /// Silta's category ids.
    pub categories: Vec<String>,
    /// The locations' source ids.
    pub locations: Vec<String>,
    pub contacts: Vec<Contact>,
    pub hours: Vec<Hours>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    pub language: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub eligibility: String,
    pub how_to_apply: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hours {
    /// The location's source id, or `None` for the service itself.
    pub location: Option<String>,
    /// 1 Monday … 7 Sunday.
    pub weekday: i32,
    pub opens_at: String,
    pub closes_at: String,
}

impl Batch {
    /// Adds `location` unless a location with its source id is there already (one channel
    /// or place may serve many services).
    pub fn add_location(&mut self, location: Location) {
        if !self
            .locations
            .iter()
            .any(|l| l.source_id == location.source_id)
        {
            self.locations.push(location);
        }
    }

    /// Adds `organisation`, or fills in the names the one already there lacks.
    pub fn add_organisation(&mut self, organisation: Organisation) {
        match self
            .organisations
            .iter_mut()
            .find(|o| o.source_id == organisation.source_id)
        {
            Some(known) => {
                for (language, name) in organisation.names {
                    if !known.names.iter().any(|(l, _)| *l == language) {
                        known.names.push((language, name));
                    }
                }
            }
            None => self.organisations.push(organisation),
        }
    }
}

/// ISO 639-3 (and 639-2/B) codes of the languages families here speak, to ISO 639-1.
const THREE_LETTER: &[(&str, &str)] = &[
    ("fin", "fi"),
    ("swe", "sv"),
    ("eng", "en"),
    ("rus", "ru"),
    ("est", "et"),
    ("ekk", "et"),
    ("ara", "ar"),
    ("som", "so"),
    ("ukr", "uk"),
    ("fas", "fa"),
    ("per", "fa"),
    ("pes", "fa"),
    ("smi", "se"),
    ("sme", "se"),
    ("deu", "de"),
    ("ger", "de"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("spa", "es"),
    ("tur", "tr"),
    ("kur", "ku"),
    ("prs", "fa"),
    ("tha", "th"),
    ("vie", "vi"),
    ("zho", "zh"),
    ("chi", "zh"),
];

/// A language's two-letter code, from a two-letter or known three-letter one.
pub fn language_code(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_lowercase();
    let code = code.split(['-', '_']).next().unwrap_or_default();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(code.to_owned());
    }
    THREE_LETTER
        .iter()
        .find(|(three, _)| *three == code)
        .map(|(_, two)| (*two).to_owned())
}

/// `8:00`, `08:00` or `08:00:00` as `08:00`; `24:00` is the end of a day.
pub fn clock_time(text: &str) -> Option<String> {
    let mut parts = text.trim().split(':');
    let hours: u32 = parts.next()?.parse().ok()?;
    let minutes: u32 = parts.next()?.parse().ok()?;
    let seconds_fine = parts.next().is_none_or(|s| s.parse::<u32>().is_ok());
    let valid = (hours < 24 && minutes < 60) || (hours == 24 && minutes == 0);
    (valid && seconds_fine && parts.next().is_none()).then(|| format!("{hours:02}:{minutes:02}"))
}

/// A weekday from its English name (`Monday`) or RFC 5545 code (`MO`): 1 Monday … 7 Sunday.
pub fn weekday(name: &str) -> Option<i32> {
    let name = name.trim().to_ascii_lowercase();
    let days = [
        ("mo", "monday"),
        ("tu", "tuesday"),
        ("we", "wednesday"),
        ("th", "thursday"),
        ("fr", "friday"),
        ("sa", "saturday"),
        ("su", "sunday"),
    ];
    days.iter()
        .position(|(code, full)| name == *code || name == *full)
        .and_then(|i| i32::try_from(i + 1).ok())
}

/// The code of the municipality named `name` in Finnish or Swedish (`Espoo`, `Åbo`).
pub fn municipality_by_name(name: &str) -> Option<&'static str> {
    let name = name.trim();
    crate::regions::municipalities()
        .iter()
        .find(|m| m.name_fi.eq_ignore_ascii_case(name) || m.name_sv.eq_ignore_ascii_case(name))
        .map(|m| m.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_times_and_days_are_read_leniently_but_checked() {
        assert_eq!(language_code("FI").as_deref(), Some("fi"));
        assert_eq!(language_code("ara").as_deref(), Some("ar"));
        assert_eq!(language_code("en-GB").as_deref(), Some("en"));
        assert_eq!(language_code("klingon"), None);
        assert_eq!(clock_time("8:00").as_deref(), Some("08:00"));
        assert_eq!(clock_time("16:30:00").as_deref(), Some("16:30"));
        assert_eq!(clock_time("24:00").as_deref(), Some("24:00"));
        assert_eq!(clock_time("25:00"), None);
        assert_eq!(clock_time("noon"), None);
        assert_eq!(weekday("Monday"), Some(1));
        assert_eq!(weekday("SU"), Some(7));
        assert_eq!(weekday("Someday"), None);
        assert_eq!(municipality_by_name("Åbo"), Some("853"));
        assert_eq!(municipality_by_name("espoo"), Some("049"));
    }
}
