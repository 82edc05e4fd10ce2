//! The mail jobs: deliver what is due from the outbox, and forget sent mail after a week.

use std::sync::Arc;
use std::time::Duration;

use super::{claim_due, mark_failed, mark_sent, purge_sent_before};
use crate::clock::now;
use crate::error::AppError;
use crate::registry::Registry;
use crate::state::AppState;

const MAIL_BATCH: i64 = 20;
/// A node that dies mid-delivery gives its mail back after this long.
const LEASE: Duration = Duration::from_secs(300);
const MAX_RETRY_DELAY: Duration = Duration::from_secs(3600);
/// Sent mail is deleted from the outbox after this long.
pub const SENT_MAIL_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(7);
const PURGE_EVERY: Duration = Duration::from_secs(600);

pub fn register(reg: &mut Registry) {
    reg.job("mail.deliver", crate::jobs::Every::Round, deliver_due)
        .periodic("mail.purge_sent", PURGE_EVERY, |state, _| async move {
            state
                .db
                .run(|conn| Ok(purge_sent_before(conn, now() - SENT_MAIL_KEPT)?))
                .await
        });
}

/// Delivers every mail that was due when the round started, batch after batch; a mail that
/// fails now is tried again in a later round.
async fn deliver_due(state: AppState, worker: Arc<str>) -> Result<usize, AppError> {
    let mut delivered = 0;
    let started = now();
    loop {
        let worker = worker.clone();
        let batch = state
            .db
            .run(move |conn| {
                Ok(claim_due(
                    conn,
                    &worker,
                    started,
                    now() + LEASE,
                    MAIL_BATCH,
                )?)
            })
            .await?;
        if batch.is_empty() {
            return Ok(delivered);
        }
        for item in batch {
            let outcome = state.mailer.deliver(&item).await;
            let retry_delay = retry_delay(state.config.mail_retry_base, item.attempts);
            let id = item.id.clone();
            match &outcome {
                Ok(()) => {
                    delivered += 1;
                    tracing::info!(mail_id = %id, "mail delivered");
                }
                Err(error) => {
                    tracing::warn!(mail_id = %id, attempt = item.attempts, %error, "mail delivery failed; will retry")
                }
            }
            state
                .db
                .run(move |conn| {
                    let now = now();
                    match outcome {
                        Ok(()) => mark_sent(conn, &id, now)?,
                        Err(error) => mark_failed(conn, &id, &error, now + retry_delay)?,
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
