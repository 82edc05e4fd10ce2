//! "See and take my data" (GDPR art. 15 and 20): a signed-in person asks for a copy of
//! everything Silta keeps about them; the worker builds it from every feature's declared
//! exporter into a zip (one JSON file per feature and a readable `index.html` in their
//! language) under the data folder, and the same person downloads it for seven days. One copy
//! is made at a time; each request stays recorded. The family's access log gets no line for a
//! person's own copy (it is not someone else reading their data).

pub mod api;
mod build;
mod index;
pub(in crate::privacy) mod model;
pub mod pages;

pub use build::in_memory;

use std::path::PathBuf;

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::clock::now;
use crate::config::Config;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::i18n::I18n;
use crate::jobs::Every;
use crate::personal_data::{Pseudonyms, Subject, at, at_opt};
use crate::registry::Registry;
use crate::state::AppState;

/// A finished copy can be downloaded for this long.
pub const KEPT: TimeDelta = TimeDelta::days(7);
/// The record that a copy was made is kept this long.
pub const RECORDS_KEPT_DAYS: i64 = 365;
/// Requests listed on the privacy page.
const LISTED: i64 = 5;
const EXPIRY_EVERY: std::time::Duration = std::time::Duration::from_secs(600);
const EXPIRY_BATCH: i64 = 100;

pub fn register(reg: &mut Registry) {
    reg.job("privacy.export", Every::Round, |state, worker| async move {
        build::run(&state, &worker).await
    })
    .periodic(
        "privacy.export_expiry",
        EXPIRY_EVERY,
        |state, _| async move { expire(&state).await },
    );
}

/// Where the finished copies are kept.
pub fn folder(config: &Config) -> PathBuf {
    config.data_dir.join("exports")
}

fn file_of(config: &Config, id: &str) -> PathBuf {
    folder(config).join(format!("{id}.zip"))
}

/// A request for a copy, as its person sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportView {
    pub id: String,
    /// `pending` (waiting for the worker), `running`, `ready`, `failed` or `expired`.
    pub status: String,
    /// The status in the reader's language.
    pub status_text: String,
    pub requested_at: DateTime<Utc>,
    pub ready_at: Option<DateTime<Utc>>,
    /// Until when the copy can be downloaded.
    pub expires_at: Option<DateTime<Utc>>,
    pub size_bytes: Option<i64>,
    /// Where to download it (this API), once ready.
    pub download: Option<String>,
}

fn status_of(export: &model::Export, now: NaiveDateTime) -> &'static str {
    match export.status.as_str() {
        model::PENDING if export.locked_until.is_some_and(|until| until > now) => "running",
        model::PENDING => "pending",
        model::READY if export.expires_at.is_some_and(|at| at > now) => "ready",
        model::READY | model::EXPIRED => "expired",
        _ => "failed",
    }
}

fn view(export: model::Export, i18n: &I18n, lang: &str) -> ExportView {
    let status = status_of(&export, now());
    ExportView {
        status: status.to_owned(),
        status_text: i18n.translate(lang, &format!("privacy-export-status-{status}"), None),
        requested_at: export.requested_at.and_utc(),
        ready_at: export
            .done_at
            .filter(|_| status != "failed")
            .map(|t| t.and_utc()),
        expires_at: export.expires_at.map(|t| t.and_utc()),
        size_bytes: export.size_bytes,
        download: (status == "ready").then(|| format!("/api/v1/me/exports/{}", export.id)),
        id: export.id,
    }
}

fn refused(kind: ErrorKind, message: &'static str) -> AppError {
    AppError::new(kind).with_message(message, vec![])
}

/// Asks for a copy of `me`'s data; refused with 409 while another is being made.
pub async fn request(state: &AppState, me: &SignedIn) -> Result<ExportView, AppError> {
    let (user_id, lang) = (me.user_id.clone(), me.language.code);
    let i18n = state.i18n.clone();
    let made = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                if model::pending_of(conn, &user_id)?.is_some() {
                    return Err(refused(ErrorKind::Conflict, "privacy-export-pending"));
                }
                let id = uuid::Uuid::new_v4().to_string();
                model::insert(conn, &id, &user_id, lang, now()).map_err(AppError::from)?;
                model::find(conn, &id)?.ok_or_else(AppError::not_found)
            })
        })
        .await
        .map_err(|error| {
            if error.is_duplicate() {
                refused(ErrorKind::Conflict, "privacy-export-pending")
            } else {
                error
            }
        })?;
    tracing::info!(user_id = %me.user_id, export = %made.id, "copy of personal data requested");
    state.mailer.wake_worker();
    Ok(view(made, &i18n, lang))
}

/// The person's latest requests, newest first.
pub async fn mine(state: &AppState, me: &SignedIn) -> Result<Vec<ExportView>, AppError> {
    let (user_id, lang, i18n) = (me.user_id.clone(), me.language.code, state.i18n.clone());
    let rows = state
        .db
        .run(move |conn| Ok(model::of_user(conn, &user_id, LISTED)?))
        .await?;
    Ok(rows.into_iter().map(|e| view(e, &i18n, lang)).collect())
}

/// A finished copy, read for its person.
pub struct Download {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// The zip of export `id` for `me`: 404 when it is not theirs, 409 while it is being made or
/// when it failed, 410 once expired.
pub async fn download(state: &AppState, me: &SignedIn, id: &str) -> Result<Download, AppError> {
    let (user_id, id) = (me.user_id.clone(), id.to_owned());
    let found = state
        .db
        .run(move |conn| Ok(model::find(conn, &id)?))
        .await?
        .filter(|e| e.user_id == user_id)
        .ok_or_else(|| refused(ErrorKind::NotFound, "privacy-export-not-found"))?;
    match status_of(&found, now()) {
        "ready" => {}
        "expired" => return Err(refused(ErrorKind::Gone, "privacy-export-expired")),
        "failed" => return Err(refused(ErrorKind::Conflict, "privacy-export-failed")),
        _ => return Err(refused(ErrorKind::Conflict, "privacy-export-not-ready")),
    }
    let bytes = match tokio::fs::read(file_of(&state.config, &found.id)).await {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(refused(ErrorKind::Gone, "privacy-export-expired"));
        }
        Err(error) => return Err(AppError::internal(error)),
    };
    let day = found
        .done_at
        .unwrap_or(found.requested_at)
        .format("%Y-%m-%d");
    Ok(Download {
        file_name: format!("silta-my-data-{day}.zip"),
        bytes,
    })
}

/// Removes the files of copies whose seven days have passed; how many.
async fn expire(state: &AppState) -> Result<usize, AppError> {
    let ids = state
        .db
        .run(|conn| Ok(model::expired(conn, now(), EXPIRY_BATCH)?))
        .await?;
    for id in &ids {
        remove_file(&state.config, id)?;
        let id = id.clone();
        state
            .db
            .run(move |conn| Ok(model::mark_expired(conn, &id)?))
            .await?;
    }
    Ok(ids.len())
}

fn remove_file(config: &Config, id: &str) -> Result<(), AppError> {
    match std::fs::remove_file(file_of(config, id)) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(AppError::internal(error)),
    }
}

/// The ids of every copy made for `user_id`.
pub fn copies_of(conn: &mut AnyConnection, user_id: &str) -> Result<Vec<String>, AppError> {
    Ok(model::all_of(conn, user_id)?
        .into_iter()
        .map(|e| e.id)
        .collect())
}

/// Removes the files of the copies `ids` (an erased person's), logging what could not go.
pub fn remove_files(config: &Config, ids: &[String]) {
    for id in ids {
        if let Err(error) = remove_file(config, id) {
            tracing::warn!(export = %id, %error, "a copy's file could not be removed");
        }
    }
}

/// The records of the person's own copies, for their next copy.
pub fn export_records(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let rows = model::all_of(conn, &subject.user_id)?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|e| {
                json!({
                    "requested_at": at(e.requested_at), "status": e.status,
                    "requested_by": names.name(subject, &e.requested_by),
                    "language": e.language, "finished_at": at_opt(e.done_at),
                    "expires_at": at_opt(e.expires_at),
                })
            })
            .collect(),
    ))
}

/// Deletes up to `batch` records of copies asked for more than a year ago.
pub fn purge_records(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
    batch: i64,
) -> Result<usize, AppError> {
    Ok(model::purge(
        conn,
        now - TimeDelta::days(RECORDS_KEPT_DAYS),
        batch,
    )?)
}
