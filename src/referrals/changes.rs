//! Moving a referral along its statuses (`STATUSES.md`): by the service (a partner in their
//! account or anyone holding the referral's link), by its worker, or by the family ("I got
//! help", in its account or by the link in its mail). Every move is written to the history,
//! only from the status the mover saw, and the family is told unless it made the move itself.

use super::access;
use super::domain::{Actor, Change, Outcome, Status};
use super::drafts::record_event;
use super::links;
use super::model::{self, Move, Referral};
use super::notify;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

fn conflict(id: &'static str) -> AppError {
    AppError::new(ErrorKind::Conflict).with_message(id, vec![])
}

fn status_of(referral: &Referral) -> Result<Status, AppError> {
    Status::parse(&referral.status)
        .ok_or_else(|| AppError::internal(format!("unknown referral status {}", referral.status)))
}

/// Moves `referral` as `change` says, if `actor` may; inside the caller's transaction.
pub fn apply(
    state: &AppState,
    conn: &mut AnyConnection,
    referral: &Referral,
    change: Change,
    actor: Actor,
    actor_id: Option<&str>,
) -> Result<(), AppError> {
    let change = change.check()?;
    let from = status_of(referral)?;
    if !from.allows(change.status, actor) {
        return Err(conflict("referral-change-not-allowed"));
    }
    if from == Status::Draft && change.status == Status::Sent {
        return Err(conflict("referral-change-not-allowed"));
    }
    let step = Move {
        from: from.as_str(),
        to: change.status.as_str(),
        decline_reason: change.decline_reason.map(|r| r.as_str()),
        outcome: change.outcome.map(|o| o.as_str()),
        at: now(),
    };
    if !model::move_status(conn, &referral.id, &step)? {
        return Err(conflict("referral-changed-meanwhile"));
    }
    record_event(
        conn,
        &referral.id,
        change.status,
        actor,
        actor_id,
        &change.note,
    )?;
    if !matches!(actor, Actor::Family | Actor::FamilyLink) {
        notify::family(state, conn, referral, change.status)?;
    }
    Ok(())
}

/// The first opening by the service marks a sent referral received; the referral as it is
/// now.
pub fn mark_received(
    state: &AppState,
    conn: &mut AnyConnection,
    referral: Referral,
    actor: Actor,
    actor_id: Option<&str>,
) -> Result<Referral, AppError> {
    if referral.status != Status::Sent.as_str() {
        return Ok(referral);
    }
    let change = Change {
        status: Status::Received,
        decline_reason: None,
        outcome: None,
        note: String::new(),
    };
    match apply(state, conn, &referral, change, actor, actor_id) {
        Ok(()) => {}
        Err(error) if error.kind() == ErrorKind::Conflict => {}
        Err(error) => return Err(error),
    }
    Ok(model::referral(conn, &referral.id)?.unwrap_or(referral))
}

/// Who is making a change, and how they reached the referral.
#[derive(Debug, Clone)]
pub enum Mover {
    Worker(SignedIn),
    Partner(SignedIn),
    /// Holding the service's link (its token).
    ServiceLink(String),
    Family(SignedIn),
    /// Holding the family's "I got help" link (its token).
    FamilyLink(String),
}

/// The referral the mover reaches, the actor they act as and their id.
fn reach(
    state: &AppState,
    conn: &mut AnyConnection,
    mover: &Mover,
    id: &str,
) -> Result<(Referral, Actor, Option<String>), AppError> {
    Ok(match mover {
        Mover::Worker(me) => (
            access::for_worker(conn, me, id)?,
            Actor::Worker,
            Some(me.user_id.clone()),
        ),
        Mover::Partner(me) => (
            access::for_partner(conn, me, id)?,
            Actor::Partner,
            Some(me.user_id.clone()),
        ),
        Mover::ServiceLink(token) => {
            let named = links::verify_service(state, token)?;
            (access::for_link(conn, &named)?, Actor::ServiceLink, None)
        }
        Mover::Family(me) => (
            access::for_family(conn, me, id)?,
            Actor::Family,
            Some(me.user_id.clone()),
        ),
        Mover::FamilyLink(token) => {
            let (named, adult) = links::verify_help(state, token)?;
            let referral = model::referral(conn, &named)?.ok_or_else(links::invalid)?;
            let family = crate::accounts::service::family(conn, &referral.family_id)?;
            if !family.is_some_and(|f| f.adults.iter().any(|a| a.id == adult)) {
                return Err(links::invalid());
            }
            (referral, Actor::FamilyLink, Some(adult))
        }
    })
}

/// Makes `change` to the referral `id` (ignored for the links, whose token names it).
pub async fn change(
    state: &AppState,
    mover: Mover,
    id: &str,
    change: Change,
) -> Result<(), AppError> {
    let (id, state_in) = (id.to_owned(), state.clone());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (referral, actor, actor_id) = reach(&state_in, conn, &mover, &id)?;
                apply(
                    &state_in,
                    conn,
                    &referral,
                    change,
                    actor,
                    actor_id.as_deref(),
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// "I got help": the family closes the referral with the outcome `got_help`.
pub async fn got_help(state: &AppState, mover: Mover, id: &str) -> Result<(), AppError> {
    let closing = Change {
        status: Status::Closed,
        decline_reason: None,
        outcome: Some(Outcome::GotHelp),
        note: String::new(),
    };
    change(state, mover, id, closing).await
}

/// The family's choice not to be told of changes (`quiet`), or to be told again.
pub async fn set_quiet(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    quiet: bool,
) -> Result<(), AppError> {
    let (me, id) = (me.clone(), id.to_owned());
    state
        .db
        .run(move |conn| {
            let referral = access::for_family(conn, &me, &id)?;
            Ok(model::set_quiet(conn, &referral.id, quiet)?)
        })
        .await
}
