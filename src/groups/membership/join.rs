//! Families join, or ask to join, or queue for a group.

use minijinja::context;

use crate::auth::SignedIn;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::domain::{GroupStatus, JoinPolicy, MemberStatus};
use crate::groups::model::{self, Group};
use crate::groups::service::group_name;
use crate::jobs::now;
use crate::mail;
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
                if !GroupStatus::parse(&group.status).is_some_and(GroupStatus::is_listed) {
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
                let status = match JoinPolicy::parse(&group.join_policy) {
                    Some(JoinPolicy::Invitation) => {
                        return Err(
                            AppError::forbidden().with_message("group-by-invitation", vec![])
                        );
                    }
                    Some(JoinPolicy::Approval) => MemberStatus::Requested,
                    _ => seat_or_waiting(conn, &group)?,
                };
                model::set_membership(conn, &group_id, &me.user_id, status.as_str(), now)?;
                let name = group_name(conn, &group_id, me.language.code)?;
                let key = match status {
                    MemberStatus::Member => "group-joined",
                    MemberStatus::Waiting => "group-waiting",
                    _ => "group-requested",
                };
                mail::queue_action(
                    &state_in,
                    conn,
                    key,
                    me.language.code,
                    &me.email,
                    &format!("/groups/{group_id}"),
                    context! { name => name },
                )?;
                Ok(status)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(status)
}

/// A seat while there is one, else a waiting-list place. Call with the group locked.
pub(super) fn seat_or_waiting(
    conn: &mut AnyConnection,
    group: &Group,
) -> Result<MemberStatus, AppError> {
    let members = model::member_counts(conn, std::slice::from_ref(&group.id))?
        .first()
        .map_or(0, |(_, n)| *n);
    Ok(if members < i64::from(group.capacity) {
        MemberStatus::Member
    } else {
        MemberStatus::Waiting
    })
}
