//! Use cases of single sessions: families say whether they are coming, facilitators mark
//! attendance and cancel, coordinators add sessions.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use minijinja::context;

use super::model;
use super::schedule::{self, GROUP_TIME_ZONE};
use super::service::{is_member, may_lead, name_of};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::db::schema::{
    group_sessions, memberships, session_attendance, session_reminders, users,
};
use crate::error::{AppError, FieldError, UserMessage};
use crate::mail;
use crate::state::AppState;

pub use super::attendance::{AttendanceRow, attendance};

pub const REASON_MAX: usize = 500;

pub(super) fn session(conn: &mut AnyConnection, id: &str) -> Result<model::GroupSession, AppError> {
    group_sessions::table
        .find(id)
        .select(model::GroupSession::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(AppError::not_found)
}

/// The answers `user_id` gave for the sessions of a group, by session id.
pub async fn my_answers(
    state: &AppState,
    user_id: &str,
    group_id: &str,
) -> Result<std::collections::HashMap<String, String>, AppError> {
    let (user_id, group_id) = (user_id.to_owned(), group_id.to_owned());
    state
        .db
        .run(move |conn| {
            let answers: Vec<(String, Option<String>)> = session_attendance::table
                .inner_join(
                    group_sessions::table.on(group_sessions::id.eq(session_attendance::session_id)),
                )
                .filter(group_sessions::group_id.eq(&group_id))
                .filter(session_attendance::user_id.eq(&user_id))
                .select((session_attendance::session_id, session_attendance::answer))
                .load(conn)?;
            Ok(answers
                .into_iter()
                .filter_map(|(session, answer)| Some((session, answer?)))
                .collect())
        })
        .await
}

fn upsert_attendance(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    answer: Option<&str>,
    present: Option<bool>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let key = session_attendance::table.find((session_id, user_id));
    let updated = match (answer, present) {
        (Some(answer), _) => diesel::update(key)
            .set((
                session_attendance::answer.eq(answer),
                session_attendance::updated_at.eq(now),
            ))
            .execute(conn)?,
        (None, present) => diesel::update(key)
            .set((
                session_attendance::present.eq(present),
                session_attendance::updated_at.eq(now),
            ))
            .execute(conn)?,
    };
    if updated == 0 {
        diesel::insert_into(session_attendance::table)
            .values((
                session_attendance::session_id.eq(session_id),
                session_attendance::user_id.eq(user_id),
                session_attendance::answer.eq(answer),
                session_attendance::present.eq(present),
                session_attendance::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Someone entered the session's room while it was on (chat calls this): present, unless a
/// leader has marked them already.
pub fn note_presence(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let marked: Option<Option<bool>> = session_attendance::table
        .find((session_id, user_id))
        .select(session_attendance::present)
        .first(conn)
        .optional()?;
    match marked {
        Some(Some(_)) => Ok(()),
        _ => upsert_attendance(conn, session_id, user_id, None, Some(true), now),
    }
}

/// A member says whether they are coming: yes, no or maybe.
pub async fn answer(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
    answer: &str,
) -> Result<(), AppError> {
    if !matches!(answer, "yes" | "no" | "maybe") {
        return Err(AppError::bad_request("session-answer-invalid"));
    }
    let (me, session_id, answer) = (me.clone(), session_id.to_owned(), answer.to_owned());
    state
        .db
        .run(move |conn| {
            let session = session(conn, &session_id)?;
            if !is_member(conn, &session.group_id, &me.user_id)? {
                return Err(AppError::not_found());
            }
            if session.cancelled_at.is_some() || session.ends_at < now() {
                return Err(AppError::new(crate::error::ErrorKind::Conflict)
                    .with_message("session-closed", vec![]));
            }
            Ok(upsert_attendance(
                conn,
                &session_id,
                &me.user_id,
                Some(&answer),
                None,
                now(),
            )?)
        })
        .await
}

/// A facilitator marks who took part, once the session has started.
pub async fn mark_present(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
    present_user_ids: Vec<String>,
) -> Result<(), AppError> {
    let (me, session_id) = (me.clone(), session_id.to_owned());
    let gate = crate::groups::service::Gate::of(state);
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let session = session(conn, &session_id)?;
                if !may_lead(conn, &gate, &me, &session.group_id)? {
                    return Err(AppError::not_found());
                }
                if session.starts_at > now() {
                    return Err(AppError::new(crate::error::ErrorKind::Conflict)
                        .with_message("session-not-started", vec![]));
                }
                let members: Vec<String> = memberships::table
                    .filter(memberships::group_id.eq(&session.group_id))
                    .filter(memberships::status.eq("member"))
                    .select(memberships::user_id)
                    .load(conn)?;
                for member in members {
                    upsert_attendance(
                        conn,
                        &session_id,
                        &member,
                        None,
                        Some(present_user_ids.contains(&member)),
                        now(),
                    )?;
                }
                Ok(())
            })
        })
        .await
}

/// Cancels a session with a reason; members are told in their own language.
pub async fn cancel(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason.trim().to_owned();
    if reason.chars().count() > REASON_MAX {
        return Err(AppError::invalid(vec![FieldError {
            field: "reason".into(),
            message: UserMessage {
                id: "session-reason-too-long",
                args: vec![("max", crate::i18n::ArgValue::Number(REASON_MAX as f64))],
            },
        }]));
    }
    let (state_in, me, session_id) = (state.clone(), me.clone(), session_id.to_owned());
    let gate = crate::groups::service::Gate::of(state);
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let session = session(conn, &session_id)?;
                if !may_lead(conn, &gate, &me, &session.group_id)? {
                    return Err(AppError::not_found());
                }
                if session.cancelled_at.is_some() {
                    return Ok(());
                }
                diesel::update(group_sessions::table.find(&session_id))
                    .set((
                        group_sessions::cancelled_at.eq(Some(now)),
                        group_sessions::cancel_reason.eq(Some(&reason).filter(|r| !r.is_empty())),
                    ))
                    .execute(conn)?;
                tell_members(&state_in, conn, &session, "session-cancelled")
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// Mails every member of the session's group about a change of that session.
fn tell_members(
    state: &AppState,
    conn: &mut AnyConnection,
    session: &model::GroupSession,
    key: &str,
) -> Result<(), AppError> {
    let members: Vec<(String, String, bool)> = memberships::table
        .inner_join(users::table)
        .filter(memberships::group_id.eq(&session.group_id))
        .filter(memberships::status.eq("member"))
        .select((users::email, users::ui_language, users::notify_by_email))
        .load(conn)?;
    for (email, lang, wants_mail) in members {
        if !wants_mail {
            continue;
        }
        let name = name_of(conn, &session.group_id, &lang)?;
        mail::queue_action(
            state,
            conn,
            key,
            &lang,
            &email,
            &format!("/groups/{}", session.group_id),
            context! { name, when => state.i18n.datetime(&lang, session.starts_at.and_utc()) },
        )?;
    }
    Ok(())
}

/// A future (start, end) in UTC from a local `YYYY-MM-DDTHH:MM` and a length.
fn future_times(
    local_start: &str,
    duration_minutes: u32,
) -> Result<(NaiveDateTime, NaiveDateTime), AppError> {
    let start = chrono::NaiveDateTime::parse_from_str(local_start.trim(), "%Y-%m-%dT%H:%M")
        .map_err(|_| AppError::bad_request("session-time-invalid"))?;
    if duration_minutes == 0 || duration_minutes > schedule::MAX_DURATION_MINUTES {
        return Err(AppError::bad_request("session-time-invalid"));
    }
    let starts_at = schedule::local_to_utc(start, GROUP_TIME_ZONE);
    let end = start + chrono::TimeDelta::minutes(i64::from(duration_minutes));
    let ends_at = schedule::local_to_utc(end, GROUP_TIME_ZONE);
    if starts_at <= now() {
        return Err(AppError::bad_request("group-schedule-in-past"));
    }
    Ok((starts_at, ends_at))
}

/// Moves a session to another time; members are told.
pub async fn move_to(
    state: &AppState,
    session_id: &str,
    local_start: &str,
    duration_minutes: u32,
) -> Result<(), AppError> {
    let (starts_at, ends_at) = future_times(local_start, duration_minutes)?;
    let (state_in, session_id) = (state.clone(), session_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let mut session = session(conn, &session_id)?;
                diesel::update(group_sessions::table.find(&session_id))
                    .set((
                        group_sessions::starts_at.eq(starts_at),
                        group_sessions::ends_at.eq(ends_at),
                        crate::groups::listing::local_start(starts_at),
                    ))
                    .execute(conn)?;
                // A reminder already sent for the old time is sent again for the new one.
                diesel::delete(
                    session_reminders::table.filter(session_reminders::session_id.eq(&session_id)),
                )
                .execute(conn)?;
                session.starts_at = starts_at;
                tell_members(&state_in, conn, &session, "session-moved")
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// Staff add a single session to a group (e.g. an extra meeting).
pub async fn add(
    state: &AppState,
    group_id: &str,
    local_start: &str,
    duration_minutes: u32,
) -> Result<String, AppError> {
    let (starts_at, ends_at) = future_times(local_start, duration_minutes)?;
    let group_id = group_id.to_owned();
    state
        .db
        .run(move |conn| {
            model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
            Ok(model::insert_session(
                conn,
                &group_id,
                starts_at,
                ends_at,
                now(),
            )?)
        })
        .await
}
