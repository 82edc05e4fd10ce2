//! Facilitators and staff accept families that asked to join.

use super::seat::{Mailbox, seat};
use crate::accounts::model::users;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::error::AppError;
use crate::groups::domain::MemberStatus;
use crate::groups::model;
use crate::groups::service::may_lead;
use crate::state::AppState;

/// Facilitators of the group (and staff) accept a family that asked to join.
pub async fn approve(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    let (state_in, me, group_id, user_id) = (
        state.clone(),
        me.clone(),
        group_id.to_owned(),
        user_id.to_owned(),
    );
    let gate = crate::groups::service::Gate::of(state);
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                if !may_lead(conn, &gate, &me, &group_id)?
                    || !model::lock_group(conn, &group_id, now)?
                {
                    return Err(AppError::not_found());
                }
                if model::membership(conn, &group_id, &user_id)?.as_deref()
                    != Some(MemberStatus::Requested.as_str())
                {
                    return Err(AppError::not_found());
                }
                let group = model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
                let user = users::by_id(conn, &user_id)?;
                let mailbox = user.as_ref().map(Mailbox::of);
                seat(&state_in, conn, &group, &user_id, mailbox, now)?;
                Ok(())
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}
