//! The overdue flag: a referral with the service and unchanged for
//! `SILTA_REFERRAL_OVERDUE_DAYS` is flagged once (whichever node sees it first) and its worker
//! is mailed a link to it, nothing more. A later change clears the flag, so a referral that
//! stalls again is flagged again.

use minijinja::context;

use super::model;
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::mail;
use crate::state::AppState;

/// Flags every stalled referral not flagged yet and tells its worker; how many were flagged.
pub async fn run(state: &AppState) -> Result<usize, AppError> {
    let days = i64::from(state.config.referral_overdue_days);
    let state_in = state.clone();
    let flagged = state
        .db
        .run(move |conn| {
            let before = now() - chrono::TimeDelta::days(days);
            let mut flagged = 0;
            for id in model::stalled(conn, &super::domain::Status::OPEN[1..], before)? {
                flagged +=
                    crate::db::transaction(conn, |conn| flag_one(&state_in, conn, &id, before))?;
            }
            Ok(flagged)
        })
        .await?;
    if flagged > 0 {
        state.mailer.wake_worker();
    }
    Ok(flagged)
}

fn flag_one(
    state: &AppState,
    conn: &mut AnyConnection,
    id: &str,
    before: chrono::NaiveDateTime,
) -> Result<usize, AppError> {
    if !model::flag_overdue(conn, id, before, now())? {
        return Ok(0);
    }
    let Some(referral) = model::referral(conn, id)? else {
        return Ok(0);
    };
    if let Some(to) = accounts::contact_of(conn, &referral.worker_id)? {
        let days = state.config.referral_overdue_days;
        mail::queue_action(
            state,
            conn,
            "referral-overdue",
            &to.language,
            &to.email,
            &format!("/referrals/{id}"),
            context! { days },
        )?;
    }
    Ok(1)
}
