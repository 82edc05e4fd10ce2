//! Finland's municipalities and wellbeing services counties, with Statistics Finland's codes.
//!
//! The reference data lives in `data/*.csv` (sources and licence in `data/README.md`), is
//! embedded at build time and parsed once, on first use. A row that does not parse is logged
//! and left out; a unit test makes sure the embedded files have none.

mod load;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;

use std::sync::LazyLock;

/// A municipality in force, e.g. `091` Helsinki / Helsingfors in county `90`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Municipality {
    /// Statistics Finland's three-digit code (`kunta`).
    pub code: &'static str,
    pub name_fi: &'static str,
    pub name_sv: &'static str,
    /// The two-digit code of its wellbeing services county (`hyvinvointialue`).
    pub county_code: &'static str,
}

impl Municipality {
    /// The name to show in `language`: the Swedish one in Swedish, the Finnish one otherwise.
    pub fn name(&self, language: &str) -> &'static str {
        if language == "sv" {
            self.name_sv
        } else {
            self.name_fi
        }
    }

    /// Its wellbeing services county.
    pub fn county(&self) -> Option<&'static County> {
        county(self.county_code)
    }
}

/// A wellbeing services county, or one of the two areas the classification lists beside them
/// because they organise their own services: `90` Helsinki and `91` Åland.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct County {
    /// Statistics Finland's two-digit code, e.g. "12".
    pub code: &'static str,
    pub name_fi: &'static str,
    pub name_sv: &'static str,
    pub name_en: &'static str,
}

impl County {
    /// The name to show in `language`: Finnish or Swedish in those, English in the others.
    pub fn name(&self, language: &str) -> &'static str {
        match language {
            "fi" => self.name_fi,
            "sv" => self.name_sv,
            _ => self.name_en,
        }
    }
}

/// A municipality that joined another; its old code may still be found in saved data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Merger {
    old_code: &'static str,
    new_code: &'static str,
}

/// The parsed reference data: municipalities and counties sorted by code.
#[derive(Debug, Default)]
struct Regions {
    municipalities: Vec<Municipality>,
    counties: Vec<County>,
    mergers: Vec<Merger>,
}

impl Regions {
    fn municipality(&self, code: &str) -> Option<&Municipality> {
        resolve(&self.municipalities, &self.mergers, code)
    }

    fn county(&self, code: &str) -> Option<&County> {
        let i = self.counties.binary_search_by(|c| c.code.cmp(code)).ok()?;
        self.counties.get(i)
    }
}

/// The municipality in force with this code, or the one a merged municipality joined
/// (following successive mergers). `municipalities` is sorted by code.
fn resolve<'a>(
    municipalities: &'a [Municipality],
    mergers: &[Merger],
    code: &str,
) -> Option<&'a Municipality> {
    let mut code = code;
    // Each merger is followed at most once, so a cycle in the data cannot loop forever.
    for _ in 0..=mergers.len() {
        if let Ok(i) = municipalities.binary_search_by(|m| m.code.cmp(code)) {
            return municipalities.get(i);
        }
        code = mergers.iter().find(|m| m.old_code == code)?.new_code;
    }
    None
}

const MUNICIPALITIES_CSV: &str = include_str!("data/municipalities.csv");
const COUNTIES_CSV: &str = include_str!("data/wellbeing_counties.csv");
const MERGERS_CSV: &str = include_str!("data/municipality_mergers.csv");

static REGIONS: LazyLock<Regions> = LazyLock::new(|| {
    let (regions, problems) = load::parse(MUNICIPALITIES_CSV, COUNTIES_CSV, MERGERS_CSV);
    for problem in &problems {
        tracing::error!(
            file = problem.file,
            line = problem.line,
            reason = %problem.reason,
            "reference data row left out"
        );
    }
    regions
});

/// Every municipality in force, sorted by code.
pub fn municipalities() -> &'static [Municipality] {
    &REGIONS.municipalities
}

/// The municipality with this code. The code of a municipality that has since merged gives
/// the municipality it joined (Pertunmaa `588` gives Mäntyharju `507`).
pub fn municipality(code: &str) -> Option<&'static Municipality> {
    REGIONS.municipality(code)
}

/// A municipality as a form offers it: its code and its name in the reader's language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Choice {
    pub code: &'static str,
    pub name: String,
}

/// Every municipality in force for a form's list, by name in `language`.
pub fn municipality_choices(language: &str) -> Vec<Choice> {
    let mut choices: Vec<Choice> = municipalities()
        .iter()
        .map(|m| Choice {
            code: m.code,
            name: m.name(language).to_owned(),
        })
        .collect();
    choices.sort_by(|a, b| a.name.cmp(&b.name));
    choices
}

/// Every wellbeing services county (with Helsinki and Åland), sorted by code.
pub fn counties() -> &'static [County] {
    &REGIONS.counties
}

/// The county with this two-digit code.
pub fn county(code: &str) -> Option<&'static County> {
    REGIONS.county(code)
}

/// The county of the municipality with this code (merged codes included).
pub fn county_of(municipality_code: &str) -> Option<&'static County> {
    municipality(municipality_code)?.county()
}
