//! The readable `index.html` of a copy, in the person's language: a section per feature, each
//! kind of data under its translated name with its purpose, lawful basis and period, and its
//! rows as a table (or a definition list for a single record). It is a file on the person's
//! own device: it loads nothing and needs no styles to be read. Column and field names are
//! translated (`privacy-field-…`); the JSON files keep them as they are.

use std::collections::HashMap;

use minijinja::context;
use serde::Serialize;
use serde_json::Value;

use super::build::Part;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::personal_data::Subject;
use crate::privacy::retention::{self, KindView};
use crate::state::AppState;

#[derive(Debug, Serialize)]
struct Section {
    feature: &'static str,
    title: String,
    file: String,
    kinds: Vec<Block>,
}

#[derive(Debug, Serialize)]
struct Block {
    id: String,
    title: String,
    purpose: String,
    basis: String,
    retention: String,
    /// A table: its column names and rows.
    columns: Vec<String>,
    rows: Vec<Vec<Cell>>,
    /// A single record: its fields.
    fields: Vec<(String, Cell)>,
}

/// One value as shown: its text, a machine-readable time, or a list.
#[derive(Debug, Default, Serialize)]
struct Cell {
    text: String,
    at: Option<String>,
    list: Vec<String>,
}

struct Writer<'a> {
    i18n: &'a I18n,
    lang: &'a str,
}

impl Writer<'_> {
    fn t(&self, id: &str) -> String {
        self.i18n.translate(self.lang, id, None)
    }

    /// A field's name as the reader reads it.
    fn label(&self, key: &str) -> String {
        self.t(&format!("privacy-field-{}", key.replace('_', "-")))
    }

    /// A scalar as text: times in the reader's way, yes/no and "Member N" translated.
    fn text(&self, value: &Value) -> (String, Option<String>) {
        match value {
            Value::Null => (self.t("privacy-export-empty"), None),
            Value::Bool(true) => (self.t("privacy-export-yes"), None),
            Value::Bool(false) => (self.t("privacy-export-no"), None),
            Value::Number(n) => (n.to_string(), None),
            Value::String(s) if s.is_empty() => (self.t("privacy-export-empty"), None),
            Value::String(s) => self.string(s),
            other => (other.to_string(), None),
        }
    }

    fn string(&self, s: &str) -> (String, Option<String>) {
        if let Ok(time) = chrono::DateTime::parse_from_rfc3339(s) {
            return (
                self.i18n.datetime(self.lang, time.to_utc()),
                Some(s.to_owned()),
            );
        }
        let member = s
            .strip_prefix("Member ")
            .and_then(|n| n.parse::<u32>().ok());
        match member {
            Some(n) => {
                let args = [("number", crate::i18n::ArgValue::Number(f64::from(n)))];
                let text = self
                    .i18n
                    .translate_with(self.lang, "privacy-export-member", &args);
                (text, None)
            }
            None => (s.to_owned(), None),
        }
    }

    fn cell(&self, value: &Value) -> Cell {
        match value {
            Value::Array(items) if items.is_empty() => Cell {
                text: self.t("privacy-export-empty"),
                ..Cell::default()
            },
            Value::Array(items) => Cell {
                list: items.iter().map(|i| self.text(i).0).collect(),
                ..Cell::default()
            },
            Value::Object(fields) => Cell {
                list: fields
                    .iter()
                    .map(|(k, v)| format!("{}: {}", self.label(k), self.text(v).0))
                    .collect(),
                ..Cell::default()
            },
            scalar => {
                let (text, at) = self.text(scalar);
                Cell {
                    text,
                    at,
                    list: Vec::new(),
                }
            }
        }
    }

    fn block(&self, feature: &str, name: &str, data: &Value, kind: Option<&KindView>) -> Block {
        let mut block = Block {
            id: format!("{feature}-{name}").replace('_', "-"),
            title: kind.map_or_else(|| name.to_owned(), |k| k.title_text.clone()),
            purpose: kind.map(|k| k.purpose_text.clone()).unwrap_or_default(),
            basis: kind.map(|k| k.basis_text.clone()).unwrap_or_default(),
            retention: kind.map(|k| k.retention_text.clone()).unwrap_or_default(),
            columns: Vec::new(),
            rows: Vec::new(),
            fields: Vec::new(),
        };
        match data {
            Value::Object(fields) => {
                block.fields = fields
                    .iter()
                    .map(|(k, v)| (self.label(k), self.cell(v)))
                    .collect();
            }
            Value::Array(rows) => {
                for row in rows {
                    if let Value::Object(fields) = row {
                        for key in fields.keys() {
                            if !block.columns.contains(key) {
                                block.columns.push(key.clone());
                            }
                        }
                    }
                }
                block.rows = rows
                    .iter()
                    .map(|row| {
                        block
                            .columns
                            .iter()
                            .map(|c| self.cell(row.get(c).unwrap_or(&Value::Null)))
                            .collect()
                    })
                    .collect();
                block.columns = block.columns.iter().map(|c| self.label(c)).collect();
            }
            scalar => block.fields = vec![(self.label(name), self.cell(scalar))],
        }
        block
    }
}

/// The declared kinds by key, with their place in the catalogue.
type Kinds<'a> = HashMap<&'a str, (usize, &'a KindView)>;

fn section(writer: &Writer, part: &Part, kinds: &Kinds) -> Section {
    let blocks = match &part.data {
        Value::Object(members) => {
            let mut names: Vec<&String> = members.keys().collect();
            // In the order the feature declared its kinds; anything else after them.
            let place = |name: &str| {
                let key = format!("{}.{name}", part.feature);
                kinds.get(key.as_str()).map_or(usize::MAX, |(i, _)| *i)
            };
            names.sort_by_key(|name| place(name));
            names
                .into_iter()
                .map(|name| {
                    let key = format!("{}.{name}", part.feature);
                    let kind = kinds.get(key.as_str()).map(|(_, k)| *k);
                    writer.block(part.feature, name, &members[name.as_str()], kind)
                })
                .collect()
        }
        other => vec![writer.block(part.feature, part.feature, other, None)],
    };
    Section {
        feature: part.feature,
        title: writer.t(&format!("privacy-export-feature-{}", part.feature)),
        file: format!("{}.json", part.feature),
        kinds: blocks,
    }
}

/// The page, in the subject's language.
pub fn render(state: &AppState, subject: &Subject, parts: &[Part]) -> Result<String, AppError> {
    let lang = crate::i18n::language(&subject.language).unwrap_or(&crate::i18n::LANGUAGES[0]);
    let views = retention::kinds(state, lang.code);
    let kinds: Kinds = views
        .iter()
        .enumerate()
        .map(|(i, k)| (k.kind.key, (i, k)))
        .collect();
    let writer = Writer {
        i18n: &state.i18n,
        lang: lang.code,
    };
    let sections: Vec<Section> = parts.iter().map(|p| section(&writer, p, &kinds)).collect();
    let made = crate::clock::now().and_utc();
    let vars = context! {
        lang => lang.code,
        dir => if lang.right_to_left { "rtl" } else { "ltr" },
        name => subject.display_name.clone(),
        made_at => made.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        made_text => state.i18n.datetime(lang.code, made),
        sections,
    };
    state
        .templates
        .render("privacy/export_index.html", vars)
        .map_err(AppError::internal)
}
