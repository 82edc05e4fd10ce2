//! Reminders before sessions, each sent exactly once even with many nodes: a reminder row is
//! created once per (session, person) thanks to a unique key, then claimed from the database
//! and turned into an outbox mail in the same transaction that marks it done.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use diesel::sql_types::{Text, Timestamp};
use minijinja::context;

use super::model;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::db::queue::{self, WorkTable};
use crate::db::schema::{group_sessions, memberships, session_reminders, users};
use crate::error::AppError;
use crate::mail;
use crate::state::AppState;

/// Hours before a session that people may choose; 0 turns reminders off.
pub const REMINDER_CHOICES: &[i32] = &[0, 1, 3, 24, 48];
/// New accounts are reminded a day before.
pub fn default_hours() -> i32 {
    24
}

const HORIZON: TimeDelta = TimeDelta::hours(49);
const LEASE: TimeDelta = TimeDelta::minutes(5);

/// Creates the reminder rows that are due soon (idempotent: the pair is unique).
pub fn plan(conn: &mut AnyConnection, now: NaiveDateTime) -> QueryResult<usize> {
    let upcoming: Vec<(String, NaiveDateTime, String, i32)> = group_sessions::table
        .inner_join(memberships::table.on(memberships::group_id.eq(group_sessions::group_id)))
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(group_sessions::starts_at.gt(now))
        .filter(group_sessions::starts_at.le(now + HORIZON))
        .filter(group_sessions::cancelled_at.is_null())
        .filter(memberships::status.eq("member"))
        .filter(users::reminder_hours.gt(0))
        .filter(users::notify_by_email.eq(true))
        .select((
            group_sessions::id,
            group_sessions::starts_at,
            users::id,
            users::reminder_hours,
        ))
        .load(conn)?;
    let mark = if conn.is_postgres() { '$' } else { '?' };
    let sql = format!(
        "INSERT INTO session_reminders (id, session_id, user_id, run_at, attempts) VALUES ({mark}1, {mark}2, {mark}3, {mark}4, 0) \
         ON CONFLICT (session_id, user_id) DO NOTHING"
    );
    let mut created = 0;
    for (session_id, starts_at, user_id, hours) in upcoming {
        let run_at = starts_at - TimeDelta::hours(i64::from(hours));
        if run_at > now {
            continue;
        }
        created += diesel::sql_query(&sql)
            .bind::<Text, _>(uuid::Uuid::new_v4().to_string())
            .bind::<Text, _>(&session_id)
            .bind::<Text, _>(&user_id)
            .bind::<Timestamp, _>(run_at)
            .execute(conn)?;
    }
    Ok(created)
}

/// Plans and sends due reminders; returns how many mails were queued.
pub async fn run(state: &AppState, worker: &str) -> Result<usize, AppError> {
    let (state_in, worker) = (state.clone(), worker.to_owned());
    let sent = state
        .db
        .run(move |conn| {
            let now = now();
            plan(conn, now)?;
            let ids = queue::claim_due(
                conn,
                WorkTable::SESSION_REMINDERS,
                &worker,
                now,
                now + LEASE,
                50,
            )?;
            let mut sent = 0;
            for id in ids {
                sent += crate::db::transaction(conn, |conn| send_one(&state_in, conn, &id, now))?;
            }
            Ok(sent)
        })
        .await?;
    if sent > 0 {
        state.mailer.wake_worker();
    }
    Ok(sent)
}

fn send_one(
    state: &AppState,
    conn: &mut AnyConnection,
    id: &str,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let (session_id, user_id): (String, String) = session_reminders::table
        .find(id)
        .select((session_reminders::session_id, session_reminders::user_id))
        .first(conn)?;
    diesel::update(session_reminders::table.find(id))
        .set((
            session_reminders::done_at.eq(Some(now)),
            session_reminders::locked_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    let session: model::GroupSession = group_sessions::table
        .find(&session_id)
        .select(model::GroupSession::as_select())
        .first(conn)?;
    let still_member = super::service::is_member(conn, &session.group_id, &user_id)?;
    let Some(user) = crate::accounts::model::users::by_id(conn, &user_id)?.filter(|_| still_member)
    else {
        return Ok(0);
    };
    if session.cancelled_at.is_some() || session.starts_at <= now || user.suspended_at.is_some() {
        return Ok(0);
    }
    let name = super::service::name_of(conn, &session.group_id, &user.ui_language)?;
    let when = state
        .i18n
        .datetime(&user.ui_language, session.starts_at.and_utc());
    let notes = super::service::Notes::of(state).session_notes(
        conn,
        std::slice::from_ref(&session_id),
        &user.ui_language,
    )?;
    let (key, detail) = match notes.get(&session_id) {
        Some(note) => ("session-reminder-noted", note.clone()),
        None => ("session-reminder", String::new()),
    };
    mail::queue_action(
        state,
        conn,
        key,
        &user.ui_language,
        &user.email,
        &format!("/groups/{}", session.group_id),
        context! { name, when, detail },
    )?;
    Ok(1)
}
