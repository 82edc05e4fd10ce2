//! Use cases of administrators. Every look at an account is itself logged.

use serde::Serialize;

use crate::accounts::events::{AccessChanged, Ended, SessionsEnded};
use crate::accounts::model::security::{self, EventKind, SecurityEvent};
use crate::accounts::model::{sessions, users};
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// An account as administrators see it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AccountSummary {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub roles: Vec<Role>,
    pub suspended: bool,
    pub email_confirmed: bool,
    pub second_factor: bool,
}

fn summary(
    conn: &mut crate::db::AnyConnection,
    user: users::User,
) -> Result<AccountSummary, AppError> {
    let roles = users::roles(conn, &user.id)?;
    Ok(summary_with(user, roles))
}

/// The summary of an account whose roles are already read.
pub(super) fn summary_with(user: users::User, roles: Vec<Role>) -> AccountSummary {
    AccountSummary {
        roles,
        suspended: user.suspended_at.is_some(),
        email_confirmed: user.email_confirmed_at.is_some(),
        second_factor: user.totp_enabled_at.is_some(),
        id: user.id,
        email: user.email,
        display_name: user.display_name,
    }
}

pub async fn account(
    state: &AppState,
    me: &SignedIn,
    id: &str,
) -> Result<(AccountSummary, Vec<SecurityEvent>, usize), AppError> {
    let (id, actor) = (id.to_owned(), me.user_id.clone());
    state
        .db
        .run(move |conn| {
            let user = users::by_id(conn, &id)?.ok_or_else(AppError::not_found)?;
            security::record(
                conn,
                EventKind::AccountViewed,
                Some(&id),
                Some(&actor),
                "",
                now(),
            )?;
            let events = security::recent(conn, Some(&id), 50)?;
            let live_sessions = sessions::list_live(conn, &id, now())?.len();
            Ok((summary(conn, user)?, events, live_sessions))
        })
        .await
}

/// Replaces an account's roles. Administrators cannot remove their own administrator role,
/// so the platform always keeps one.
pub async fn set_roles(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    roles: Vec<Role>,
) -> Result<(), AppError> {
    if id == me.user_id && !roles.contains(&Role::Admin) {
        return Err(AppError::new(ErrorKind::Conflict).with_message("admin-keep-own-role", vec![]));
    }
    let (id, actor) = (id.to_owned(), me.user_id.clone());
    let ended = id.to_owned();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                users::by_id(conn, &id)?.ok_or_else(AppError::not_found)?;
                let now = now();
                users::set_roles(conn, &id, &roles, now)?;
                let names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
                security::record(
                    conn,
                    EventKind::RolesChanged,
                    Some(&id),
                    Some(&actor),
                    &names.join(","),
                    now,
                )?;
                Ok(())
            })
        })
        .await?;
    state.events.publish(AccessChanged { user: ended }).await;
    Ok(())
}

/// Suspends (or reinstates) an account; a suspended account's sessions stop working at once.
pub async fn set_suspended(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    suspended: bool,
) -> Result<(), AppError> {
    if id == me.user_id {
        return Err(AppError::new(ErrorKind::Conflict).with_message("admin-not-self", vec![]));
    }
    let (id, actor) = (id.to_owned(), me.user_id.clone());
    let ended = id.to_owned();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                if users::set_suspended(conn, &id, suspended.then_some(now))? == 0 {
                    return Err(AppError::not_found());
                }
                let kind = if suspended {
                    sessions::revoke_all(conn, &id, None, now)?;
                    EventKind::Suspended
                } else {
                    EventKind::Reinstated
                };
                security::record(conn, kind, Some(&id), Some(&actor), "", now)?;
                Ok(())
            })
        })
        .await?;
    if suspended {
        state
            .events
            .publish(SessionsEnded {
                user: ended,
                which: Ended::All,
            })
            .await;
    }
    Ok(())
}
