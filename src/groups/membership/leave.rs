//! Families leave a group; the waiting list moves up.

use chrono::NaiveDateTime;

use super::seat::{Mailbox, tell};
use crate::accounts::model::users;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::domain::MemberStatus;
use crate::groups::model;
use crate::state::AppState;

/// Leaves a group; the first family on the waiting list gets the seat and is told.
pub async fn leave(state: &AppState, me: &SignedIn, group_id: &str) -> Result<(), AppError> {
    let (state_in, me, group_id) = (state.clone(), me.clone(), group_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                if !model::lock_group(conn, &group_id, now)? {
                    return Err(AppError::not_found());
                }
                let Some(current) = model::membership(conn, &group_id, &me.user_id)?
                    .and_then(|s| MemberStatus::parse(&s))
                else {
                    return Err(AppError::not_found());
                };
                model::set_membership(
                    conn,
                    &group_id,
                    &me.user_id,
                    MemberStatus::Left.as_str(),
                    now,
                )?;
                if current == MemberStatus::Member {
                    promote_waiting(&state_in, conn, &group_id, now)?;
                }
                Ok(())
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

fn promote_waiting(
    state: &AppState,
    conn: &mut AnyConnection,
    group_id: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let Some(next) = model::first_waiting(conn, group_id)? else {
        return Ok(());
    };
    model::set_membership(conn, group_id, &next, MemberStatus::Member.as_str(), now)?;
    match users::by_id(conn, &next)? {
        Some(user) => tell(state, conn, group_id, "group-promoted", Mailbox::of(&user)),
        None => Ok(()),
    }
}
