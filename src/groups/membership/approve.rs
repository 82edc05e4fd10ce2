//! Facilitators and staff accept families that asked to join.

use minijinja::context;

use super::join::seat_or_waiting;
use crate::accounts::model::users;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::error::AppError;
use crate::groups::domain::MemberStatus;
use crate::groups::model;
use crate::groups::service::group_name;
use crate::jobs::now;
use crate::mail;
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
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let facilitators = model::facilitator_ids(conn, &group_id)?;
                if !(me.can(Permission::ManageGroups) || facilitators.contains(&me.user_id))
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
                let status = seat_or_waiting(conn, &group)?;
                model::set_membership(conn, &group_id, &user_id, status.as_str(), now)?;
                if let Some(user) = users::by_id(conn, &user_id)? {
                    let name = group_name(conn, &group_id, &user.ui_language)?;
                    let key = if status == MemberStatus::Member {
                        "group-joined"
                    } else {
                        "group-waiting"
                    };
                    mail::queue_action(
                        &state_in,
                        conn,
                        key,
                        &user.ui_language,
                        &user.email,
                        &format!("/groups/{group_id}"),
                        context! { name => name },
                    )?;
                }
                Ok(())
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}
