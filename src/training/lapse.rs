//! When a certificate expires or is revoked, the rights it gave lapse: once, on one node, the
//! person is told why and how to renew, coordinators which groups need a facilitator, and
//! `AccessChanged` makes chat re-authorise the person's open sockets on every node. Before
//! expiry, reminders at 60 and 14 days, each once (a sent-marker row decides).

use chrono::TimeDelta;

use super::apply::mail_person;
use super::model_progress::{self as progress, Certificate};
use crate::accounts::events::AccessChanged;
use crate::accounts::service as accounts;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;

const REMINDER_DAYS: [i32; 2] = [60, 14];

/// Announces every lapse nobody has announced yet; returns how many this node announced.
pub async fn announce_lapses(state: &AppState) -> Result<usize, AppError> {
    let state_in = state.clone();
    let lapsed: Vec<String> = state
        .db
        .run(move |conn| {
            let mut lapsed = Vec::new();
            for cert in progress::unannounced_lapses(conn, now())? {
                let announced = crate::db::transaction(conn, |conn| {
                    if !progress::claim_lapse(conn, &cert.id, now())? {
                        return Ok::<_, AppError>(false);
                    }
                    if progress::has_valid(conn, &cert.user_id, now())? {
                        return Ok(false);
                    }
                    tell(&state_in, conn, &cert)?;
                    Ok(true)
                })?;
                if announced {
                    lapsed.push(cert.user_id);
                }
            }
            Ok(lapsed)
        })
        .await?;
    let count = lapsed.len();
    for user in lapsed {
        state.events.publish(AccessChanged { user }).await;
    }
    if count > 0 {
        state.mailer.wake_worker();
    }
    Ok(count)
}

fn coordinators(conn: &mut AnyConnection) -> Result<Vec<accounts::Contact>, AppError> {
    accounts::contacts_with_roles(conn, &[Role::Coordinator])
}

/// The person learns why their rights lapsed and how to renew; coordinators learn which of
/// the person's groups now need a facilitator.
fn tell(state: &AppState, conn: &mut AnyConnection, cert: &Certificate) -> Result<(), AppError> {
    mail_person(
        state,
        conn,
        &cert.user_id,
        "training-lapsed",
        "/training",
        String::new(),
    )?;
    tell_coordinators(
        state,
        conn,
        &cert.user_id,
        "training-lapsed-coordinator",
        "/staff/training",
    )
}

/// Coordinators learn which groups the person led now need a facilitator (mail `key`, a button
/// to `path`); nobody is told when the person leads no group.
pub fn tell_coordinators(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: &str,
    key: &str,
    path: &str,
) -> Result<(), AppError> {
    let name = accounts::addressee(conn, user_id)?
        .map(|a| a.display_name)
        .unwrap_or_default();
    for to in coordinators(conn)? {
        let groups = crate::groups::service::groups_led_by(conn, user_id, &to.language)?;
        if groups.is_empty() {
            continue;
        }
        let detail = groups
            .into_iter()
            .map(|(_, n)| n)
            .collect::<Vec<_>>()
            .join(", ");
        crate::mail::queue_action(
            state,
            conn,
            key,
            &to.language,
            &to.email,
            path,
            minijinja::context! { name => name.clone(), detail },
        )?;
    }
    Ok(())
}

/// Sends the reminders that are due, each certificate and day count once across nodes.
pub async fn remind(state: &AppState) -> Result<usize, AppError> {
    let state_in = state.clone();
    let sent = state
        .db
        .run(move |conn| {
            let mut sent = 0;
            for days in REMINDER_DAYS {
                let at = now();
                for cert in
                    progress::due_reminders(conn, at, at + TimeDelta::days(i64::from(days)), days)?
                {
                    // The 60-day reminder is not sent when the 14-day one is already due.
                    if days == 60 && cert.expires_at <= at + TimeDelta::days(14) {
                        continue;
                    }
                    let result = crate::db::transaction(conn, |conn| {
                        progress::mark_reminded(conn, &cert.id, days, at)?;
                        remind_one(&state_in, conn, &cert, days)
                    });
                    match result {
                        Ok(()) => sent += 1,
                        Err(e) if e.is_duplicate() => {}
                        Err(e) => return Err(e),
                    }
                }
            }
            Ok(sent)
        })
        .await?;
    if sent > 0 {
        state.mailer.wake_worker();
    }
    Ok(sent)
}

fn remind_one(
    state: &AppState,
    conn: &mut AnyConnection,
    cert: &Certificate,
    days: i32,
) -> Result<(), AppError> {
    mail_person(
        state,
        conn,
        &cert.user_id,
        "training-expiring",
        "/training",
        days.to_string(),
    )?;
    let name = accounts::addressee(conn, &cert.user_id)?
        .map(|a| a.display_name)
        .unwrap_or_default();
    for to in coordinators(conn)? {
        crate::mail::queue_action(
            state,
            conn,
            "training-expiring-coordinator",
            &to.language,
            &to.email,
            "/staff/training",
            minijinja::context! { name => name.clone(), detail => days.to_string() },
        )?;
    }
    Ok(())
}
