//! Families join, or ask to join, or queue for a group.

use super::seat::{Mailbox, place, seat};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::error::AppError;
use crate::groups::domain::{JoinPolicy, MemberStatus};
use crate::groups::model;
use crate::state::AppState;

/// Joins (or asks to join, or queues for) a group. Seats are decided under the group's lock,
/// so two families taking the last seat at once get one seat and one waiting place.
pub async fn join(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
) -> Result<MemberStatus, AppError> {
    let (state_in, me, group_id) = (state.clone(), me.clone(), group_id.to_owned());
    let status = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                if !model::lock_group(conn, &group_id, now)? {
                    return Err(AppError::not_found());
                }
                let group = model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
                if !group.is_listed() {
                    return Err(AppError::not_found());
                }
                let current = model::membership(conn, &group_id, &me.user_id)?
                    .and_then(|s| MemberStatus::parse(&s));
                if let Some(
                    status @ (MemberStatus::Member
                    | MemberStatus::Requested
                    | MemberStatus::Waiting),
                ) = current
                {
                    return Ok(status);
                }
                let mailbox = Some(Mailbox {
                    email: &me.email,
                    language: me.language.code,
                });
                match JoinPolicy::parse(&group.join_policy) {
                    Some(JoinPolicy::Invitation) => {
                        Err(AppError::forbidden().with_message("group-by-invitation", vec![]))
                    }
                    Some(JoinPolicy::Approval) => {
                        let status = MemberStatus::Requested;
                        place(
                            &state_in,
                            conn,
                            &group_id,
                            &me.user_id,
                            status,
                            mailbox,
                            now,
                        )?;
                        Ok(status)
                    }
                    _ => seat(&state_in, conn, &group, &me.user_id, mailbox, now),
                }
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(status)
}
