//! Parsing the embedded CSV files. They are small and plain: a header line, one row a line,
//! fields separated by commas, no quoting. A row that does not fit is reported and left out.

use std::fmt;

use super::{County, Merger, Municipality, Regions, resolve};

const MUNICIPALITY_COLUMNS: &[&str] = &[
    "municipality_code",
    "name_fi",
    "name_sv",
    "county_code",
    "county_name_fi",
    "county_name_sv",
];
const COUNTY_COLUMNS: &[&str] = &["county_code", "name_fi", "name_sv", "name_en"];
const MERGER_COLUMNS: &[&str] = &[
    "old_code",
    "old_name_fi",
    "new_code",
    "new_name_fi",
    "effective_date",
];

/// A row left out, or a file whose header is not the expected one (line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Problem {
    pub file: &'static str,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.reason)
    }
}

/// One row of a file: its line number and fields.
struct Row {
    line: usize,
    fields: Vec<&'static str>,
}

/// Reads the three files; every row left out is one problem.
pub(super) fn parse(
    municipalities: &'static str,
    counties: &'static str,
    mergers: &'static str,
) -> (Regions, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut regions = Regions::default();
    regions.counties = parse_counties(counties, &mut problems);
    regions.municipalities = parse_municipalities(municipalities, &regions, &mut problems);
    regions.mergers = parse_mergers(mergers, &regions, &mut problems);
    (regions, problems)
}

/// The rows of `text` with as many fields as `columns`, whose header line must name them.
fn rows(
    file: &'static str,
    text: &'static str,
    columns: &[&str],
    problems: &mut Vec<Problem>,
) -> Vec<Row> {
    let mut lines = text.lines().enumerate().map(|(i, line)| (i + 1, line));
    let header: Vec<&str> = match lines.next() {
        Some((_, header)) => header.split(',').map(str::trim).collect(),
        None => Vec::new(),
    };
    if header != columns {
        problems.push(Problem {
            file,
            line: 1,
            reason: format!("the header is not {}", columns.join(",")),
        });
        return Vec::new();
    }
    let mut rows = Vec::new();
    for (line, text) in lines.filter(|(_, text)| !text.trim().is_empty()) {
        let fields: Vec<&'static str> = text.split(',').map(str::trim).collect();
        if fields.len() != columns.len() || fields.iter().any(|f| f.is_empty() || f.contains('"')) {
            problems.push(Problem {
                file,
                line,
                reason: format!("expected {} non-empty, unquoted fields", columns.len()),
            });
        } else {
            rows.push(Row { line, fields });
        }
    }
    rows
}

/// `digits` ASCII digits, as in "091" or "12".
fn is_code(code: &str, digits: usize) -> bool {
    code.len() == digits && code.bytes().all(|b| b.is_ascii_digit())
}

/// Sorts by code and keeps the first row of each code; later ones are problems.
fn unique<T>(
    file: &'static str,
    mut items: Vec<(usize, T)>,
    code: impl Fn(&T) -> &'static str,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, T)> {
    items.sort_by_key(|(_, item)| code(item));
    let mut kept: Vec<(usize, T)> = Vec::with_capacity(items.len());
    for (line, item) in items {
        if kept
            .last()
            .is_some_and(|(_, last)| code(last) == code(&item))
        {
            problems.push(Problem {
                file,
                line,
                reason: format!("code {} appears twice", code(&item)),
            });
        } else {
            kept.push((line, item));
        }
    }
    kept
}

fn parse_counties(text: &'static str, problems: &mut Vec<Problem>) -> Vec<County> {
    const FILE: &str = "wellbeing_counties.csv";
    let mut counties = Vec::new();
    for Row { line, fields } in rows(FILE, text, COUNTY_COLUMNS, problems) {
        let &[code, name_fi, name_sv, name_en] = fields.as_slice() else {
            continue;
        };
        if !is_code(code, 2) {
            problems.push(Problem {
                file: FILE,
                line,
                reason: format!("{code} is not a two-digit county code"),
            });
            continue;
        }
        let county = County {
            code,
            name_fi,
            name_sv,
            name_en,
        };
        counties.push((line, county));
    }
    without_lines(unique(FILE, counties, |c| c.code, problems))
}

fn without_lines<T>(items: Vec<(usize, T)>) -> Vec<T> {
    items.into_iter().map(|(_, item)| item).collect()
}

fn parse_municipalities(
    text: &'static str,
    regions: &Regions,
    problems: &mut Vec<Problem>,
) -> Vec<Municipality> {
    const FILE: &str = "municipalities.csv";
    let mut municipalities = Vec::new();
    for Row { line, fields } in rows(FILE, text, MUNICIPALITY_COLUMNS, problems) {
        let &[code, name_fi, name_sv, county_code, _, _] = fields.as_slice() else {
            continue;
        };
        let reason = if !is_code(code, 3) {
            Some(format!("{code} is not a three-digit municipality code"))
        } else if regions.county(county_code).is_none() {
            Some(format!("{code} names an unknown county {county_code}"))
        } else {
            None
        };
        if let Some(reason) = reason {
            problems.push(Problem {
                file: FILE,
                line,
                reason,
            });
            continue;
        }
        let municipality = Municipality {
            code,
            name_fi,
            name_sv,
            county_code,
        };
        municipalities.push((line, municipality));
    }
    without_lines(unique(FILE, municipalities, |m| m.code, problems))
}

/// Mergers whose old code is no longer in force and whose new code leads to one that is.
fn parse_mergers(
    text: &'static str,
    regions: &Regions,
    problems: &mut Vec<Problem>,
) -> Vec<Merger> {
    const FILE: &str = "municipality_mergers.csv";
    let mut candidates = Vec::new();
    for Row { line, fields } in rows(FILE, text, MERGER_COLUMNS, problems) {
        let &[old_code, _, new_code, _, _] = fields.as_slice() else {
            continue;
        };
        let reason = if !is_code(old_code, 3) || !is_code(new_code, 3) {
            Some(format!("{old_code} → {new_code} are not three-digit codes"))
        } else if regions.municipality(old_code).is_some() {
            Some(format!("{old_code} is still a municipality in force"))
        } else {
            None
        };
        match reason {
            Some(reason) => problems.push(Problem {
                file: FILE,
                line,
                reason,
            }),
            None => candidates.push((line, Merger { old_code, new_code })),
        }
    }
    let candidates = unique(FILE, candidates, |m| m.old_code, problems);
    let all: Vec<Merger> = without_lines(candidates.clone());
    let mut mergers = Vec::with_capacity(all.len());
    for (line, merger) in candidates {
        if resolve(&regions.municipalities, &all, merger.old_code).is_some() {
            mergers.push(merger);
        } else {
            problems.push(Problem {
                file: FILE,
                line,
                reason: format!("{} leads to no municipality in force", merger.old_code),
            });
        }
    }
    mergers
}
