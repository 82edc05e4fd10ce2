//! Signing out of this session or of every session.

use crate::accounts::events::{Ended, SessionsEnded};
use crate::accounts::model::security::{self, EventKind};
use crate::accounts::model::sessions;
use crate::clock::now;
use crate::error::AppError;
use crate::state::AppState;

pub async fn sign_out(
    state: &AppState,
    user_id: &str,
    session_id: &str,
    everywhere: bool,
) -> Result<(), AppError> {
    let (user_id, session_id) = (user_id.to_owned(), session_id.to_owned());
    let (ended_user, ended_session) = (user_id.clone(), session_id.clone());
    state
        .db
        .run(move |conn| {
            let now = now();
            if everywhere {
                sessions::revoke_all(conn, &user_id, None, now)?;
                security::record(
                    conn,
                    EventKind::SignOutEverywhere,
                    Some(&user_id),
                    Some(&user_id),
                    "",
                    now,
                )?;
            } else {
                sessions::revoke(conn, &user_id, &session_id, now)?;
                security::record(
                    conn,
                    EventKind::SignOut,
                    Some(&user_id),
                    Some(&user_id),
                    "",
                    now,
                )?;
            }
            Ok(())
        })
        .await?;
    state
        .events
        .publish(SessionsEnded {
            user: ended_user,
            which: if everywhere {
                Ended::All
            } else {
                Ended::One(ended_session)
            },
        })
        .await;
    Ok(())
}
