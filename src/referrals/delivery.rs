//! Sending a referral, only ever with the family's consent: in the same transaction that moves
//! it to `sent`, the consent in force is checked to cover exactly what would be sent. It then
//! reaches the service's partner accounts (their Silta inbox, and a mail with only a link), or
//! else the service's referral address: a mail with no personal data, only an expiring link
//! to this one referral.

use minijinja::context;

use super::access;
use super::consent;
use super::domain::{Actor, Status};
use super::drafts::record_event;
use super::links;
use super::model::{self, Move, Referral};
use super::notify;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::directory::service as directory;
use crate::error::{AppError, ErrorKind};
use crate::mail;
use crate::state::AppState;

/// The language of mail to a service's referral address.
const SERVICE_MAIL_LANGUAGE: &str = "fi";

fn conflict(id: &'static str) -> AppError {
    AppError::new(ErrorKind::Conflict).with_message(id, vec![])
}

/// Sends the draft `id` to its service; refused without a consent in force that covers it.
pub async fn send(state: &AppState, me: &SignedIn, id: &str) -> Result<(), AppError> {
    let (me, id, state_in) = (me.clone(), id.to_owned(), state.clone());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let referral = access::for_worker(conn, &me, &id)?;
                send_in(&state_in, conn, &referral, &me.user_id)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// Sends inside the caller's transaction.
pub fn send_in(
    state: &AppState,
    conn: &mut AnyConnection,
    referral: &Referral,
    worker_id: &str,
) -> Result<(), AppError> {
    if referral.status != Status::Draft.as_str() {
        return Err(conflict("referral-not-draft"));
    }
    if consent::in_force(conn, &referral.id)?.is_none() {
        return Err(conflict("referral-consent-missing"));
    }
    if consent::covering(conn, referral)?.is_none() {
        return Err(conflict("referral-consent-outdated"));
    }
    let target = directory::target(conn, &referral.service_id)?
        .filter(|t| t.active)
        .ok_or_else(|| conflict("referral-service-inactive"))?;
    if target.partners.is_empty() && target.referral_email.is_none() {
        return Err(conflict("referral-service-unreachable"));
    }
    let step = Move {
        from: Status::Draft.as_str(),
        to: Status::Sent.as_str(),
        decline_reason: None,
        outcome: None,
        at: now(),
    };
    if !model::move_status(conn, &referral.id, &step)? {
        return Err(conflict("referral-changed-meanwhile"));
    }
    record_event(
        conn,
        &referral.id,
        Status::Sent,
        Actor::Worker,
        Some(worker_id),
        "",
    )?;
    deliver(state, conn, referral, &target)?;
    notify::family(state, conn, referral, Status::Sent)
}

/// The mails that tell the service: to each partner account a link to its inbox entry, or to
/// the referral address the signed link. Neither carries personal data.
fn deliver(
    state: &AppState,
    conn: &mut AnyConnection,
    referral: &Referral,
    target: &directory::Target,
) -> Result<(), AppError> {
    if target.partners.is_empty() {
        let Some(address) = &target.referral_email else {
            return Ok(());
        };
        let path = links::service_path(state, &referral.id);
        return mail::queue_action(
            state,
            conn,
            "referral-link",
            SERVICE_MAIL_LANGUAGE,
            address,
            &path,
            context! {},
        );
    }
    let path = format!("/partner/referrals/{}", referral.id);
    for partner in &target.partners {
        if let Some(to) = accounts::contact_of(conn, partner)? {
            mail::queue_action(
                state,
                conn,
                "referral-new",
                &to.language,
                &to.email,
                &path,
                context! {},
            )?;
        }
    }
    Ok(())
}
