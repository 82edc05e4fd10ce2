//! After a session, every member who was there is asked, once, how it went: a row per member
//! and session (across nodes, the row's key makes it once) and a mail in their language.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use minijinja::context;

use super::domain::WINDOW;
use super::schema::feedback_invitations as invitations;
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service::{self as groups, LedSession};
use crate::mail;
use crate::state::AppState;

/// Asks the members of the sessions that ended within the answering window; how many were
/// asked.
pub async fn run(state: &AppState) -> Result<usize, AppError> {
    let state_in = state.clone();
    let asked = state
        .db
        .run(move |conn| {
            let now = now();
            let ended = groups::ended_sessions(conn, now - WINDOW, now, None)?;
            let mut asked = 0;
            for led in ended {
                asked += crate::db::transaction(conn, |conn| ask(&state_in, conn, &led, now))?;
            }
            Ok(asked)
        })
        .await?;
    if asked > 0 {
        state.mailer.wake_worker();
    }
    Ok(asked)
}

/// The members who were present at the session: not its facilitators.
pub fn present_members(
    conn: &mut AnyConnection,
    led: &LedSession,
) -> Result<Vec<String>, AppError> {
    let mut members = Vec::new();
    for user in groups::present_at(conn, &led.session.id)? {
        if !led.facilitators.contains(&user)
            && groups::is_member(conn, &led.session.group_id, &user)?
        {
            members.push(user);
        }
    }
    Ok(members)
}

fn ask(
    state: &AppState,
    conn: &mut AnyConnection,
    led: &LedSession,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let already: Vec<String> = invitations::table
        .filter(invitations::session_id.eq(&led.session.id))
        .select(invitations::user_id)
        .load(conn)?;
    let mut asked = 0;
    for user in present_members(conn, led)? {
        if already.contains(&user) || !invite_once(conn, &led.session.id, &user, now)? {
            continue;
        }
        asked += 1;
        let Some(to) = accounts::contact_of(conn, &user)? else {
            continue;
        };
        let name = groups::name_of(conn, &led.session.group_id, &to.language)?;
        let path = format!("/feedback/{}", led.session.id);
        mail::queue_action(
            state,
            conn,
            "feedback-ask",
            &to.language,
            &to.email,
            &path,
            context! { name },
        )?;
    }
    Ok(asked)
}

/// Writes the invitation unless it exists; whether it was written now.
fn invite_once(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let mark = if conn.is_postgres() { '$' } else { '?' };
    let sql = format!(
        "INSERT INTO feedback_invitations (session_id, user_id, created_at, status) \
         VALUES ({mark}1, {mark}2, {mark}3, 'open') ON CONFLICT (session_id, user_id) DO NOTHING"
    );
    diesel::sql_query(sql)
        .bind::<diesel::sql_types::Text, _>(session_id)
        .bind::<diesel::sql_types::Text, _>(user_id)
        .bind::<diesel::sql_types::Timestamp, _>(now)
        .execute(conn)
        .map(|n| n == 1)
}
