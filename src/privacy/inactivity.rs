//! Accounts nobody uses: after two years without a sign-in the person is warned by mail, and
//! sixty days later, unless they signed in meanwhile, their account is erased like any other
//! (a request of the channel `inactive`, carried out by the erasure job). Accounts keeps when
//! each person last signed in; the warnings sent are kept here.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use minijinja::context;

use super::erasure::model as erasures;
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;

/// Without a sign-in for this long, an account is warned…
pub const IDLE: TimeDelta = TimeDelta::days(730);
/// …and erased this long after the warning, unless its person signs in.
pub const WARNING: TimeDelta = TimeDelta::days(60);
/// Accounts warned, and warnings acted on, per round.
const BATCH: i64 = 100;
/// The erasure request's channel.
pub const CHANNEL: &str = "inactive";

diesel::table! {
    privacy_inactivity_notices (user_id) {
        user_id -> Text,
        warned_at -> Timestamp,
        erase_from -> Timestamp,
    }
}

/// One round: warn the newly idle, then act on the warnings whose time is up; how many
/// accounts were warned or handed to erasure.
pub async fn run(state: &AppState) -> Result<usize, AppError> {
    let state_in = state.clone();
    let done = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                Ok(warn(&state_in, conn, now())? + act(conn, now())?)
            })
        })
        .await?;
    if done > 0 {
        state.mailer.wake_worker();
    }
    Ok(done)
}

fn warn(state: &AppState, conn: &mut AnyConnection, now: NaiveDateTime) -> Result<usize, AppError> {
    let warned: Vec<String> = privacy_inactivity_notices::table
        .select(privacy_inactivity_notices::user_id)
        .load(conn)?;
    let idle = accounts::idle_since(conn, now - IDLE, &warned, BATCH)?;
    for person in &idle {
        let erase_from = now + WARNING;
        diesel::insert_into(privacy_inactivity_notices::table)
            .values((
                privacy_inactivity_notices::user_id.eq(&person.id),
                privacy_inactivity_notices::warned_at.eq(now),
                privacy_inactivity_notices::erase_from.eq(erase_from),
            ))
            .execute(conn)?;
        let lang = crate::i18n::language(&person.ui_language).map_or("fi", |l| l.code);
        let when = state.i18n.datetime(lang, erase_from.and_utc());
        crate::mail::queue_action(
            state,
            conn,
            "inactive-warning",
            lang,
            &person.email,
            "/sign-in",
            context! { when },
        )?;
    }
    Ok(idle.len())
}

/// Warnings whose time is up: the account is handed to erasure unless its person signed in
/// after the warning (then the warning is simply forgotten).
fn act(conn: &mut AnyConnection, now: NaiveDateTime) -> Result<usize, AppError> {
    let due: Vec<(String, NaiveDateTime)> = privacy_inactivity_notices::table
        .filter(privacy_inactivity_notices::erase_from.le(now))
        .select((
            privacy_inactivity_notices::user_id,
            privacy_inactivity_notices::warned_at,
        ))
        .limit(BATCH)
        .load(conn)?;
    let mut handed = 0;
    for (user_id, warned_at) in &due {
        diesel::delete(privacy_inactivity_notices::table.find(user_id)).execute(conn)?;
        let still_idle = accounts::last_active(conn, user_id)?.is_some_and(|at| at <= *warned_at);
        if still_idle && erasures::open_of(conn, user_id)?.is_none() {
            let request = erasures::NewRequest {
                user_id,
                channel: CHANNEL,
                recorded_by: None,
                note: "",
                due_at: Some(now),
            };
            erasures::insert(conn, &request, now)?;
            handed += 1;
        }
    }
    Ok(handed)
}
