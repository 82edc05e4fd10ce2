//! `silta backup PATH` and `silta restore PATH`: a consistent copy of the database taken while
//! the server runs, and putting one back into an empty data folder or database.
//!
//! SQLite copies itself with `VACUUM INTO`, which reads one snapshot (WAL mode lets the server
//! write meanwhile) and writes a compact file; the copy is checked with `integrity_check`.
//! PostgreSQL is copied with `pg_dump --format=custom` and restored with `pg_restore`, which
//! must be installed beside Silta (the command says so when they are not).

use std::path::Path;
use std::process::Command;

use diesel::prelude::*;
use diesel::sql_types::Text;

use super::{AnyConnection, ConnectionFactory, Synchronous};
use crate::config::DatabaseConfig;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already; give a new file")]
    Exists(String),
    #[error("{0} does not exist")]
    Missing(String),
    #[error("the database to restore into is not empty ({0}); restore needs an empty one")]
    NotEmpty(String),
    #[error("{0} is needed for PostgreSQL backups and was not found on PATH")]
    ToolMissing(&'static str),
    #[error("{tool} failed: {message}")]
    Tool { tool: &'static str, message: String },
    #[error("the copy failed its integrity check: {0}")]
    Damaged(String),
    #[error("database: {0}")]
    Database(String),
}

impl From<diesel::result::Error> for BackupError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Database(e.to_string())
    }
}

impl From<super::DbError> for BackupError {
    fn from(e: super::DbError) -> Self {
        Self::Database(e.to_string())
    }
}

#[derive(QueryableByName)]
struct Check {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

fn sqlite(path: &Path) -> Result<AnyConnection, BackupError> {
    let factory = ConnectionFactory::new(
        DatabaseConfig::Sqlite(path.to_path_buf()),
        Synchronous::Full,
    );
    Ok(factory.connect()?)
}

fn check_sqlite(path: &Path) -> Result<(), BackupError> {
    let mut conn = sqlite(path)?;
    let checks: Vec<Check> = diesel::sql_query("PRAGMA integrity_check").load(&mut conn)?;
    match checks.first().map(|c| c.integrity_check.as_str()) {
        Some("ok") => Ok(()),
        other => Err(BackupError::Damaged(
            other.unwrap_or("no answer").to_owned(),
        )),
    }
}

fn run(tool: &'static str, args: &[&str]) -> Result<(), BackupError> {
    let output = Command::new(tool)
        .args(args)
        .output()
        .map_err(|_| BackupError::ToolMissing(tool))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(BackupError::Tool {
            tool,
            message: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        })
    }
}

/// Copies the database to `to`, which must not exist yet.
pub fn backup(database: &DatabaseConfig, to: &Path) -> Result<(), BackupError> {
    let target = to.display().to_string();
    if to.exists() {
        return Err(BackupError::Exists(target));
    }
    match database {
        DatabaseConfig::Sqlite(path) => {
            let mut conn = sqlite(path)?;
            diesel::sql_query("VACUUM INTO ?")
                .bind::<Text, _>(&target)
                .execute(&mut conn)?;
            check_sqlite(to)
        }
        DatabaseConfig::Postgres(url) => run(
            "pg_dump",
            &[
                "--format=custom",
                "--no-owner",
                "--file",
                &target,
                "--dbname",
                url,
            ],
        ),
    }
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// Puts the copy at `from` back: into a data folder without a database, or an empty
/// PostgreSQL database.
pub fn restore(database: &DatabaseConfig, from: &Path) -> Result<(), BackupError> {
    if !from.exists() {
        return Err(BackupError::Missing(from.display().to_string()));
    }
    match database {
        DatabaseConfig::Sqlite(path) => {
            if path.exists() {
                return Err(BackupError::NotEmpty(path.display().to_string()));
            }
            check_sqlite(from)?;
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| BackupError::Database(e.to_string()))?;
            }
            std::fs::copy(from, path).map_err(|e| BackupError::Database(e.to_string()))?;
            check_sqlite(path)
        }
        DatabaseConfig::Postgres(url) => {
            let factory = ConnectionFactory::new(database.clone(), Synchronous::Full);
            let mut conn = factory.connect()?;
            let tables: Count = diesel::sql_query(
                "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
            )
            .get_result(&mut conn)?;
            if tables.n > 0 {
                return Err(BackupError::NotEmpty(format!("{} tables", tables.n)));
            }
            let file = from.display().to_string();
            run(
                "pg_restore",
                &["--no-owner", "--exit-on-error", "--dbname", url, &file],
            )
        }
    }
}
