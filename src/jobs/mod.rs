//! The background worker inside every node: claims due work from the database, so any number
//! of nodes can run it against one PostgreSQL without doing anything twice.

use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::mail;
use crate::state::AppState;

const MAIL_BATCH: i64 = 20;
/// A node that dies mid-delivery gives its mail back after this long.
const LEASE: Duration = Duration::from_secs(300);
const MAX_RETRY_DELAY: Duration = Duration::from_secs(3600);
const SENT_MAIL_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(7);
/// Ended sessions stay visible in the security review for a while.
const ENDED_SESSIONS_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(30);
const RETENTION_EVERY: Duration = Duration::from_secs(600);

pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// Stops the worker after its current batch.
pub struct WorkerHandle {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl WorkerHandle {
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        if let Err(error) = self.task.await {
            tracing::error!(%error, "background worker ended abnormally");
        }
    }
}

pub fn spawn(state: AppState) -> WorkerHandle {
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(run(state, stopped));
    WorkerHandle { stop, task }
}

fn worker_name() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "node".to_owned());
    format!(
        "{host}:{}:{}",
        std::process::id(),
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    )
}

async fn run(state: AppState, mut stopped: watch::Receiver<bool>) {
    let name = worker_name();
    let wake = state.mailer.wake_signal();
    let mut last_retention: Option<tokio::time::Instant> = None;
    tracing::info!(worker = %name, "background worker started");
    loop {
        // Reminders first: they turn into outbox mail that the next step delivers.
        if let Err(error) = crate::groups::reminders::run(&state, &name).await {
            tracing::warn!(%error, "reminder round failed");
        }
        if let Err(error) = crate::chat::presence::alert_unattended(&state).await {
            tracing::warn!(%error, "checking rooms without a facilitator failed");
        }
        if let Err(error) = deliver_due_mail(&state, &name).await {
            tracing::warn!(%error, "mail delivery round failed");
        }
        if last_retention.is_none_or(|t| t.elapsed() >= RETENTION_EVERY) {
            last_retention = Some(tokio::time::Instant::now());
            if let Err(error) = apply_retention(&state).await {
                tracing::warn!(%error, "retention round failed");
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(state.config.worker_interval) => {}
            _ = wake.notified() => {}
            _ = stopped.changed() => break,
        }
    }
    tracing::info!(worker = %name, "background worker stopped");
}

/// Delivers every due mail, batch after batch, until none is left.
async fn deliver_due_mail(state: &AppState, worker: &str) -> Result<(), crate::error::AppError> {
    loop {
        let worker_owned = worker.to_owned();
        let batch = state
            .db
            .run(move |conn| {
                let now = now();
                let lease_until = now + LEASE;
                Ok(mail::claim_due(
                    conn,
                    &worker_owned,
                    now,
                    lease_until,
                    MAIL_BATCH,
                )?)
            })
            .await?;
        if batch.is_empty() {
            return Ok(());
        }
        for item in batch {
            let outcome = state.mailer.deliver(&item).await;
            let retry_delay = retry_delay(state.config.mail_retry_base, item.attempts);
            let id = item.id.clone();
            match &outcome {
                Ok(()) => tracing::info!(mail_id = %id, "mail delivered"),
                Err(error) => {
                    tracing::warn!(mail_id = %id, attempt = item.attempts, %error, "mail delivery failed; will retry")
                }
            }
            state
                .db
                .run(move |conn| {
                    let now = now();
                    match outcome {
                        Ok(()) => mail::mark_sent(conn, &id, now)?,
                        Err(error) => mail::mark_failed(conn, &id, &error, now + retry_delay)?,
                    }
                    Ok(())
                })
                .await?;
        }
    }
}

/// Exponential back-off: base, 2×base, 4×base… capped at an hour.
fn retry_delay(base: Duration, attempts: i32) -> chrono::TimeDelta {
    let exponent = attempts.saturating_sub(1).clamp(0, 20) as u32;
    let delay = base
        .saturating_mul(2u32.saturating_pow(exponent))
        .min(MAX_RETRY_DELAY);
    chrono::TimeDelta::from_std(delay).unwrap_or(chrono::TimeDelta::hours(1))
}

async fn apply_retention(state: &AppState) -> Result<(), crate::error::AppError> {
    use crate::accounts::model::{one_time, sessions};
    let default_chat_days = state.config.chat_retention_days;
    let purged = state
        .db
        .run(move |conn| {
            let now = now();
            Ok(mail::purge_sent_before(conn, now - SENT_MAIL_KEPT)?
                + sessions::purge_ended_before(conn, now - ENDED_SESSIONS_KEPT)?
                + one_time::purge_expired_before(conn, now - chrono::TimeDelta::days(1))?
                + crate::auth::throttle::purge_before(conn, now - chrono::TimeDelta::days(1))?
                + crate::chat::retention::apply(conn, now, default_chat_days)?)
        })
        .await?;
    if purged > 0 {
        tracing::info!(
            purged,
            "old mail, sessions, links and rate-limit windows removed"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_delay_doubles_and_is_capped() {
        let base = Duration::from_secs(30);
        assert_eq!(retry_delay(base, 1).num_seconds(), 30);
        assert_eq!(retry_delay(base, 2).num_seconds(), 60);
        assert_eq!(retry_delay(base, 4).num_seconds(), 240);
        assert_eq!(retry_delay(base, 50).num_seconds(), 3600);
    }
}
