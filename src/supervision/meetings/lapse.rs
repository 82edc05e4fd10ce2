//! Supervision counts for certification. A facilitator who has attended no supervision for
//! `SILTA_SUPERVISION_LAPSE_MONTHS` (counted from their last meeting, or from their newest
//! certificate before the first one) loses moderation rights as with an expired certificate:
//! training's `Qualifies` asks [`RightsLapse`], so every room agrees at once. A job warns 30
//! days before and, at the lapse, tells the person and the coordinators and makes chat
//! re-authorise their sockets; each notice goes out once across nodes. Attended supervision
//! also counts toward renewal ([`RenewalCredit`]).

use std::sync::Arc;

use chrono::{Months, NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::super::schema::supervision_lapse_notices as notices;
use super::{attended_since, last_attended};
use crate::accounts::events::AccessChanged;
use crate::accounts::service as accounts;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;
use crate::training::certificates::{self, RenewalCredit, RightsLapse};

/// How long before the lapse the facilitator is warned.
pub const WARN_DAYS: i64 = 30;

/// Supervision's answers to training: when rights lapse, and what counts toward renewal.
#[derive(Clone, Copy)]
pub struct Rule {
    pub months: u32,
}

/// When `user_id`'s rights lapse for want of supervision; None for anyone without a valid
/// certificate (their certificate decides already).
pub fn lapses_at(
    conn: &mut AnyConnection,
    user_id: &str,
    months: u32,
) -> Result<Option<NaiveDateTime>, AppError> {
    let Some(certified) = certificates::certified_since(conn, user_id)? else {
        return Ok(None);
    };
    let from = last_attended(conn, user_id)?.map_or(certified, |m| m.max(certified));
    Ok(from.checked_add_months(Months::new(months)))
}

impl RightsLapse for Rule {
    fn lapses_at(
        &self,
        conn: &mut AnyConnection,
        user_id: &str,
    ) -> Result<Option<NaiveDateTime>, AppError> {
        lapses_at(conn, user_id, self.months)
    }
}

impl RenewalCredit for Rule {
    fn credits(
        &self,
        conn: &mut AnyConnection,
        user_id: &str,
        since: NaiveDateTime,
    ) -> Result<bool, AppError> {
        Ok(attended_since(conn, user_id, since)? > 0)
    }
}

pub fn answers(months: u32) -> (Arc<dyn RightsLapse>, Arc<dyn RenewalCredit>) {
    (Arc::new(Rule { months }), Arc::new(Rule { months }))
}

/// Which notice is due for a lapse at `lapses_at`, if any.
fn due(lapses_at: NaiveDateTime, at: NaiveDateTime) -> Option<&'static str> {
    if at >= lapses_at {
        Some("lapse")
    } else if at >= lapses_at - TimeDelta::days(WARN_DAYS) {
        Some("warning")
    } else {
        None
    }
}

/// Claims the notice; false when another node (or an earlier round) sent it.
fn claim(
    conn: &mut AnyConnection,
    user_id: &str,
    lapses_at: NaiveDateTime,
    kind: &str,
    at: NaiveDateTime,
) -> Result<bool, AppError> {
    let inserted = diesel::insert_into(notices::table)
        .values((
            notices::user_id.eq(user_id),
            notices::lapses_at.eq(lapses_at),
            notices::kind.eq(kind),
            notices::sent_at.eq(at),
        ))
        .execute(conn);
    match inserted {
        Ok(_) => Ok(true),
        Err(error) if crate::training::model_progress::is_duplicate(&error) => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// Sends the warnings and lapse notices that are due; returns how many this node sent.
pub async fn notify(state: &AppState) -> Result<usize, AppError> {
    let (state_in, months) = (state.clone(), state.config.supervision_lapse_months);
    let (sent, lapsed) = state
        .db
        .run(move |conn| {
            let at = now();
            let (mut sent, mut lapsed) = (0, Vec::new());
            for person in accounts::people_with_role(conn, Role::Facilitator)? {
                let Some(end) = lapses_at(conn, &person.id, months)? else {
                    continue;
                };
                let Some(kind) = due(end, at) else { continue };
                let told = crate::db::transaction(conn, |conn| {
                    if !claim(conn, &person.id, end, kind, at)? {
                        return Ok::<_, AppError>(false);
                    }
                    tell(&state_in, conn, &person.id, kind, end)?;
                    Ok(true)
                })?;
                if told {
                    sent += 1;
                    if kind == "lapse" {
                        lapsed.push(person.id);
                    }
                }
            }
            Ok((sent, lapsed))
        })
        .await?;
    for user in lapsed {
        state.events.publish(AccessChanged { user }).await;
    }
    if sent > 0 {
        state.mailer.wake_worker();
    }
    Ok(sent)
}

fn tell(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: &str,
    kind: &str,
    end: NaiveDateTime,
) -> Result<(), AppError> {
    let key = match kind {
        "lapse" => "supervision-lapsed",
        _ => "supervision-lapse-warning",
    };
    let when = crate::groups::service::local_date(end).to_string();
    crate::training::apply::mail_person(state, conn, user_id, key, "/my-supervision", when)?;
    if kind != "lapse" {
        return Ok(());
    }
    crate::training::lapse::tell_coordinators(
        state,
        conn,
        user_id,
        "supervision-lapsed-coordinator",
        "/supervision/facilitators",
    )
}
