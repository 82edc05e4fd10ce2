//! Importing the directory from files, since Silta runs without access to the registers:
//! `silta directory import-ptv FILE…` reads the national service register's (PTV, Suomi.fi)
//! Open API v11 Service and ServiceChannel JSON, `silta directory import-hsds FILE` reads Open
//! Referral HSDS 3.0 JSON. A re-import updates rows by the source's ids, never duplicates, and
//! marks what the source no longer lists inactive.

mod batch;
mod categories;
mod coordinates;
mod hsds;
mod parts;
mod ptv;
mod store;

use std::fmt;
use std::path::PathBuf;

pub use batch::Batch;

use crate::clock::now;
use crate::config::Config;
use crate::error::AppError;
use crate::startup::StartupError;
use crate::state::AppState;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub added: usize,
    /// Services the source listed before (found by its id), written again.
    pub updated: usize,
    /// Services of the source it no longer lists, now inactive.
    pub inactivated: usize,
    pub organisations: usize,
    pub locations: usize,
    /// What was left out, and why.
    pub warnings: Vec<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} service(s) added, {} updated, {} marked inactive ({} organisation(s), {} location(s))",
            self.added, self.updated, self.inactivated, self.organisations, self.locations
        )
    }
}

/// Why an import wrote nothing: a file that is not what it should be (named, with the path
/// inside the JSON that is wrong), or the database.
#[derive(Debug)]
pub enum ImportError {
    File {
        file: String,
        /// e.g. `itemList[2].serviceNames[0].language`; empty for the file as a whole.
        path: String,
        message: String,
    },
    Database(AppError),
}

impl ImportError {
    pub fn file(file: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::File {
            file: file.to_owned(),
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::File {
                file,
                path,
                message,
            } if path.is_empty() => write!(f, "{file}: {message}"),
            Self::File {
                file,
                path,
                message,
            } => write!(f, "{file}: at {path}: {message}"),
            Self::Database(error) => write!(f, "database: {error}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// A file's name (as the operator gave it) and its text.
pub type SourceFile = (String, String);

/// Reads PTV v11 Service and ServiceChannel files together, as one full import.
pub fn read_ptv(files: &[SourceFile]) -> Result<Batch, ImportError> {
    ptv::read(files)
}

/// Reads an HSDS 3.0 file whose texts are in `language` (HSDS has one language per record).
pub fn read_hsds(file: &SourceFile, language: &str) -> Result<Batch, ImportError> {
    hsds::read(file, language)
}

/// Writes a batch: one transaction, rows found by the source's ids.
pub async fn apply(state: &AppState, batch: Batch) -> Result<Report, ImportError> {
    if batch.services.is_empty() {
        // An empty import would mark every service of the source inactive: surely a mistake.
        return Err(ImportError::file(
            "(all files)",
            "",
            "no services found; nothing was changed",
        ));
    }
    state
        .db
        .run(move |conn| Ok(store::apply(conn, &batch, now())?))
        .await
        .map_err(ImportError::Database)
}

/// `silta directory …`
#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Import PTV (Suomi.fi) Open API v11 Service and ServiceChannel JSON files, together as
    /// one full import; services of PTV they no longer list are marked inactive.
    ImportPtv {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Import an HSDS 3.0 JSON file of services (a list, one service, or an API page).
    ImportHsds {
        file: PathBuf,
        /// The language of the file's texts: fi, sv or en.
        #[arg(long, default_value = "fi")]
        language: String,
    },
}

fn read_file(path: &PathBuf) -> Result<SourceFile, ImportError> {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => Ok((name, text)),
        Err(error) => Err(ImportError::file(
            &name,
            "",
            format!("cannot read: {error}"),
        )),
    }
}

/// Runs a `silta directory` command and prints what it did.
pub async fn run(config: Config, command: Command) -> Result<(), StartupError> {
    let failed = |e: ImportError| StartupError::Internal(e.to_string());
    let (what, batch) = match &command {
        Command::ImportPtv { files } => {
            let files = files
                .iter()
                .map(read_file)
                .collect::<Result<Vec<_>, _>>()
                .map_err(failed)?;
            ("PTV import", read_ptv(&files).map_err(failed)?)
        }
        Command::ImportHsds { file, language } => {
            let file = read_file(file).map_err(failed)?;
            ("HSDS import", read_hsds(&file, language).map_err(failed)?)
        }
    };
    let state = crate::cli::migrated_state(config).await?;
    let report = apply(&state, batch).await.map_err(failed)?;
    println!("{what}: {report}");
    for warning in &report.warnings {
        println!("  left out: {warning}");
    }
    Ok(())
}

/// `null` or a missing field reads as the type's default (PTV writes `null` for empty lists).
fn nullable<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + serde::Deserialize<'de>,
{
    Ok(<Option<T> as serde::Deserialize>::deserialize(deserializer)?.unwrap_or_default())
}

/// Parses a file's JSON, naming the line and column of a syntax error.
fn parse_json(file: &str, text: &str) -> Result<serde_json::Value, ImportError> {
    serde_json::from_str(text).map_err(|e| {
        ImportError::file(
            file,
            "",
            format!(
                "not valid JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })
}

/// Reads `value` as a `T`, naming the path inside the file (`prefix` then the field) that
/// does not fit.
fn item<T: serde::de::DeserializeOwned>(
    file: &str,
    prefix: &str,
    value: &serde_json::Value,
) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.path().to_string();
        let path = match (prefix.is_empty(), inner == ".") {
            (_, true) => prefix.to_owned(),
            (true, false) => inner,
            (false, false) if inner.starts_with('[') => format!("{prefix}{inner}"),
            (false, false) => format!("{prefix}.{inner}"),
        };
        ImportError::file(file, path, e.into_inner().to_string())
    })
}

/// The items of a file: one object, a list, or a page of a list (`itemList` in PTV,
/// `contents` in HSDS), each with its path in the file.
fn items<'a>(
    value: &'a serde_json::Value,
    list_field: &str,
) -> Option<Vec<(String, &'a serde_json::Value)>> {
    let indexed = |list: &'a Vec<serde_json::Value>, prefix: &str| {
        list.iter()
            .enumerate()
            .map(|(i, v)| (format!("{prefix}[{i}]"), v))
            .collect()
    };
    match value {
        serde_json::Value::Array(list) => Some(indexed(list, "")),
        serde_json::Value::Object(object) => match object.get(list_field) {
            Some(serde_json::Value::Array(list)) => Some(indexed(list, list_field)),
            Some(_) => None,
            None => Some(vec![(String::new(), value)]),
        },
        _ => None,
    }
}
