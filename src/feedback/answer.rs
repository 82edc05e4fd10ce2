//! A member answers the questions after a session, or says no thanks: once per session,
//! within the window. The answer is written without the person; the invitation only records
//! that they answered.

use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::domain::{Answer, AnswerInput, WINDOW};
use super::schema::{feedback_answers as answers, feedback_invitations as invitations};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::groups::service::{self as groups, SessionRef};
use crate::state::AppState;

/// A session whose questions wait for the reader.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = FeedbackWaiting)]
pub struct Waiting {
    pub session_id: String,
    pub group_name: String,
    pub starts_at: DateTime<Utc>,
    /// Until when it can be answered.
    pub open_until: DateTime<Utc>,
}

fn closed(id: &'static str) -> AppError {
    AppError::new(ErrorKind::Conflict).with_message(id, vec![])
}

/// The reader's invitation to the session and the session, checked: still open, in time.
fn open_invitation(
    conn: &mut AnyConnection,
    me: &SignedIn,
    session_id: &str,
    now: NaiveDateTime,
) -> Result<SessionRef, AppError> {
    let status: Option<String> = invitations::table
        .find((session_id, &me.user_id))
        .select(invitations::status)
        .first(conn)
        .optional()?;
    let status = status.ok_or_else(AppError::not_found)?;
    let session = groups::led_session(conn, session_id)?
        .ok_or_else(AppError::not_found)?
        .session;
    if status != "open" {
        return Err(closed("feedback-already-answered"));
    }
    if session.ends_at + WINDOW < now {
        return Err(closed("feedback-closed"));
    }
    Ok(session)
}

fn waiting(conn: &mut AnyConnection, session: SessionRef, lang: &str) -> Result<Waiting, AppError> {
    Ok(Waiting {
        group_name: groups::name_of(conn, &session.group_id, lang)?,
        starts_at: session.starts_at.and_utc(),
        open_until: (session.ends_at + WINDOW).and_utc(),
        session_id: session.id,
    })
}

/// The sessions the reader may still give feedback on, newest first.
pub async fn waiting_for(state: &AppState, me: &SignedIn) -> Result<Vec<Waiting>, AppError> {
    let (me, lang) = (me.clone(), me.language.code);
    state
        .db
        .run(move |conn| {
            let open: Vec<String> = invitations::table
                .filter(invitations::user_id.eq(&me.user_id))
                .filter(invitations::status.eq("open"))
                .select(invitations::session_id)
                .load(conn)?;
            let now = now();
            let mut sessions: Vec<SessionRef> = groups::sessions_by_id(conn, &open)?
                .into_iter()
                .filter(|s| s.ends_at + WINDOW >= now)
                .collect();
            sessions.sort_by_key(|s| std::cmp::Reverse(s.starts_at));
            sessions
                .into_iter()
                .map(|s| waiting(conn, s, lang))
                .collect()
        })
        .await
}

/// The session's questions for the reader, when they may still answer them.
pub async fn questions(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
) -> Result<Waiting, AppError> {
    let (me, id, lang) = (me.clone(), session_id.to_owned(), me.language.code);
    state
        .db
        .run(move |conn| {
            let session = open_invitation(conn, &me, &id, now())?;
            waiting(conn, session, lang)
        })
        .await
}

/// Marks the invitation `status` if it is still open; the session, checked.
fn close(
    conn: &mut AnyConnection,
    me: &SignedIn,
    session_id: &str,
    status: &str,
) -> Result<SessionRef, AppError> {
    let session = open_invitation(conn, me, session_id, now())?;
    let changed = diesel::update(
        invitations::table
            .find((session_id, &me.user_id))
            .filter(invitations::status.eq("open")),
    )
    .set(invitations::status.eq(status))
    .execute(conn)?;
    if changed != 1 {
        return Err(closed("feedback-already-answered"));
    }
    Ok(session)
}

/// Stores the reader's answers to the session's questions.
pub async fn answer(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
    input: AnswerInput,
) -> Result<(), AppError> {
    let answer = input.check()?;
    let (me, id) = (me.clone(), session_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let session = close(conn, &me, &id, "answered")?;
                insert(conn, &session, &answer)
            })
        })
        .await
}

pub(super) fn insert(
    conn: &mut AnyConnection,
    session: &SessionRef,
    answer: &Answer,
) -> Result<(), AppError> {
    let day = groups::local_date(session.ends_at);
    let month = day.with_day(1).unwrap_or(day);
    diesel::insert_into(answers::table)
        .values((
            answers::id.eq(uuid::Uuid::new_v4().to_string()),
            answers::session_id.eq(&session.id),
            answers::group_id.eq(&session.group_id),
            answers::month.eq(month),
            answers::useful.eq(answer.useful),
            answers::safe.eq(answer.safe),
            answers::needs.eq(answer.needs.join(",")),
            answers::comment.eq(&answer.comment),
        ))
        .execute(conn)?;
    Ok(())
}

/// The reader does not want to answer this time.
pub async fn decline(state: &AppState, me: &SignedIn, session_id: &str) -> Result<(), AppError> {
    let (me, id) = (me.clone(), session_id.to_owned());
    state
        .db
        .run(move |conn| close(conn, &me, &id, "declined").map(|_| ()))
        .await
}
