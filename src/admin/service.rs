//! Use cases of administrators. Every look at an account is itself logged.

use serde::Serialize;

use crate::access_log::Screen;
use crate::accounts::events::{AccessChanged, Ended, SessionsEnded};
use crate::accounts::model::security::{self, EventKind, SecurityEvent};
use crate::accounts::model::{sessions, users};
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::{Permission, Role};
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
    let (id, me) = (id.to_owned(), me.clone());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let user = users::by_id(conn, &id)?.ok_or_else(AppError::not_found)?;
                security::record(
                    conn,
                    EventKind::AccountViewed,
                    Some(&id),
                    Some(&me.user_id),
                    "",
                    now(),
                )?;
                let events = security::recent(conn, Some(&id), 50)?;
                let live_sessions = sessions::list_live(conn, &id, now())?.len();
                let user_ids = [user.id.clone()];
                log_readings(conn, &me, ACCOUNT_SECURITY, &user_ids)?;
                Ok((summary(conn, user)?, events, live_sessions))
            })
        })
        .await
}

/// What the account list shows of each account, and what an account's page shows.
pub(super) const ACCOUNT: &str = "account";
const ACCOUNT_SECURITY: &str = "account_security";

/// Writes to each family's access log that `me` read its adults' accounts (`item_kind`).
pub(super) fn log_readings(
    conn: &mut crate::db::AnyConnection,
    me: &SignedIn,
    item_kind: &str,
    user_ids: &[String],
) -> Result<(), AppError> {
    let families = accounts::families_of(conn, user_ids)?;
    let role = me
        .acting_role(Permission::ManageAccounts)
        .map_or("admin", |r| r.as_str());
    let screen = Screen {
        reader_id: &me.user_id,
        reader_role: role,
        own_family: me.family_id.as_deref(),
        item_kind,
        purpose: "account_administration",
    };
    let shown = user_ids
        .iter()
        .filter_map(|id| families.get(id).map(|f| (f.as_str(), id.as_str())));
    Ok(screen.record(conn, shown, now())?)
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
