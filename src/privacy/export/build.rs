//! The worker's part: claim the copies asked for, read every feature's data through its
//! declared exporter (one snapshot, one set of pseudonyms), and write the zip next to the
//! other data, first under a temporary name so a half-written file is never offered.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use chrono::TimeDelta;
use serde_json::Value;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

use super::{KEPT, file_of, folder, index, model};
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{Catalogue, Pseudonyms, Subject};
use crate::state::AppState;

/// Copies one node builds per round.
const BATCH: i64 = 2;
/// A node that dies while building gives the copy back after this long.
const LEASE: Duration = Duration::from_secs(600);
/// Attempts before a copy is given up as failed.
const MAX_ATTEMPTS: i32 = 3;

/// One feature's part of a copy.
pub struct Part {
    pub feature: &'static str,
    pub data: Value,
}

/// Builds the copies that are due; how many were finished or given up.
pub async fn run(state: &AppState, worker: &str) -> Result<usize, AppError> {
    let worker = worker.to_owned();
    let claimed = state
        .db
        .run(move |conn| {
            let now = now();
            let lease = TimeDelta::from_std(LEASE).unwrap_or(TimeDelta::minutes(10));
            Ok(model::claim(conn, &worker, now, now + lease, BATCH)?)
        })
        .await?;
    let mut done = 0;
    for export in claimed {
        let id = export.id.clone();
        let outcome = build(state, export.clone()).await;
        let attempts = export.attempts;
        state
            .db
            .run(move |conn| {
                let now = now();
                match outcome {
                    Ok(size) => model::mark_ready(conn, &id, size, now, KEPT)?,
                    Err(error) => {
                        tracing::warn!(export = %id, attempts, %error, "copy of personal data failed");
                        let retry = (attempts < MAX_ATTEMPTS)
                            .then(|| now + TimeDelta::minutes(i64::from(attempts)));
                        model::mark_failed(conn, &id, retry, now)?;
                    }
                }
                Ok(())
            })
            .await?;
        done += 1;
    }
    Ok(done)
}

/// The zip of `user_id`'s data with its index in `language`, made in memory (benchmarks and
/// tools; the worker stores its copies with [`run`]).
pub async fn in_memory(
    state: &AppState,
    user_id: &str,
    language: &str,
) -> Result<Vec<u8>, AppError> {
    let catalogue = super::super::retention::catalogue(state);
    let (user_id, language) = (user_id.to_owned(), language.to_owned());
    let (subject, parts) = state
        .db
        .run(move |conn| collect(conn, &catalogue, &user_id, language))
        .await?;
    let html = index::render(state, &subject, &parts)?;
    tokio::task::spawn_blocking(move || zip_bytes(&parts, &html))
        .await
        .map_err(AppError::internal)?
}

/// Builds one copy and stores it; its size in bytes.
async fn build(state: &AppState, export: model::Export) -> Result<i64, AppError> {
    let catalogue = super::super::retention::catalogue(state);
    let (user_id, language) = (export.user_id.clone(), export.language.clone());
    let (subject, parts) = state
        .db
        .run(move |conn| collect(conn, &catalogue, &user_id, language))
        .await?;
    let html = index::render(state, &subject, &parts)?;
    let (folder, target) = (folder(&state.config), file_of(&state.config, &export.id));
    tokio::task::spawn_blocking(move || write_zip(&folder, &target, &parts, &html))
        .await
        .map_err(AppError::internal)?
}

/// The subject and every feature's part, read in one transaction.
pub fn collect(
    conn: &mut AnyConnection,
    catalogue: &Catalogue,
    user_id: &str,
    language: String,
) -> Result<(Subject, Vec<Part>), AppError> {
    diesel::Connection::transaction(conn, |conn| {
        let person = accounts::addressee(conn, user_id)?.ok_or_else(AppError::not_found)?;
        let family_id = accounts::families_of(conn, &[user_id.to_owned()])?.remove(user_id);
        let subject = Subject {
            user_id: user_id.to_owned(),
            family_id,
            email: person.contact.email,
            display_name: person.display_name,
            language,
        };
        let mut names = Pseudonyms::default();
        let mut parts = Vec::new();
        for declaration in catalogue.features() {
            let data = (declaration.export)(conn, &subject, &mut names)?;
            parts.push(Part {
                feature: declaration.feature,
                data,
            });
        }
        Ok((subject, parts))
    })
}

/// Writes the zip: `<feature>.json` for each part and `index.html`.
pub fn zip_bytes(parts: &[Part], html: &str) -> Result<Vec<u8>, AppError> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .unix_permissions(0o600);
    zip.start_file("index.html", options)
        .map_err(AppError::internal)?;
    zip.write_all(html.as_bytes()).map_err(AppError::internal)?;
    for part in parts {
        zip.start_file(format!("{}.json", part.feature), options)
            .map_err(AppError::internal)?;
        let json = serde_json::to_vec_pretty(&part.data).map_err(AppError::internal)?;
        zip.write_all(&json).map_err(AppError::internal)?;
    }
    Ok(zip.finish().map_err(AppError::internal)?.into_inner())
}

fn write_zip(folder: &Path, target: &Path, parts: &[Part], html: &str) -> Result<i64, AppError> {
    let bytes = zip_bytes(parts, html)?;
    std::fs::create_dir_all(folder).map_err(AppError::internal)?;
    let partial = target.with_extension("zip.part");
    std::fs::write(&partial, &bytes).map_err(AppError::internal)?;
    std::fs::rename(&partial, target).map_err(AppError::internal)?;
    Ok(i64::try_from(bytes.len()).unwrap_or(i64::MAX))
}
