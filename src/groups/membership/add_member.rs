//! Facilitators and staff add a family to a group themselves.

use super::seat::{Mailbox, seat};
use crate::accounts::model::users;
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::error::AppError;
use crate::error::FieldError;
use crate::groups::domain::MemberStatus;
use crate::groups::model;
use crate::groups::service::may_lead;
use crate::state::AppState;

/// Facilitators and staff add a family by its account's email address: the way into groups
/// that are by invitation only (and a shortcut in any group). Seats still decide.
pub async fn add_member(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
    email: &str,
) -> Result<MemberStatus, AppError> {
    let email =
        crate::accounts::domain::Email::parse(email).map_err(|e| AppError::invalid(vec![e]))?;
    let (state_in, me, group_id) = (state.clone(), me.clone(), group_id.to_owned());
    let gate = crate::groups::service::Gate::of(state);
    let status = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                if !may_lead(conn, &gate, &me, &group_id)?
                    || !model::lock_group(conn, &group_id, now)?
                {
                    return Err(AppError::not_found());
                }
                let not_a_family = || {
                    AppError::invalid(vec![FieldError::new(
                        "email",
                        "group-member-unknown",
                        vec![],
                    )])
                };
                let user = users::by_email(conn, email.as_str())?.ok_or_else(not_a_family)?;
                if !users::roles(conn, &user.id)?.contains(&Role::Family) {
                    return Err(not_a_family());
                }
                let group = model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
                seat(
                    &state_in,
                    conn,
                    &group,
                    &user.id,
                    Some(Mailbox::of(&user)),
                    now,
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(status)
}
