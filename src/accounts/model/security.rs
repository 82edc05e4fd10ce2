//! The security log: sign-ins, failures, role changes, suspensions. Never secrets.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::new_id;
use crate::db::AnyConnection;
use crate::db::schema::security_events;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    SignIn,
    SignInFailed,
    SignOut,
    SignOutEverywhere,
    PasswordChanged,
    EmailChanged,
    SecondFactorEnabled,
    SecondFactorDisabled,
    RolesChanged,
    Suspended,
    Reinstated,
    InvitationSent,
    InvitationRevoked,
    InvitationAccepted,
    AccountViewed,
    AccountsListed,
    /// Someone read the chat reports queue (families' messages).
    ReportsViewed,
    /// A supervisor read a facilitator's session report.
    SessionReportViewed,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::SignIn => "sign_in",
            EventKind::SignInFailed => "sign_in_failed",
            EventKind::SignOut => "sign_out",
            EventKind::SignOutEverywhere => "sign_out_everywhere",
            EventKind::PasswordChanged => "password_changed",
            EventKind::EmailChanged => "email_changed",
            EventKind::SecondFactorEnabled => "second_factor_enabled",
            EventKind::SecondFactorDisabled => "second_factor_disabled",
            EventKind::RolesChanged => "roles_changed",
            EventKind::Suspended => "suspended",
            EventKind::Reinstated => "reinstated",
            EventKind::InvitationSent => "invitation_sent",
            EventKind::InvitationRevoked => "invitation_revoked",
            EventKind::InvitationAccepted => "invitation_accepted",
            EventKind::AccountViewed => "account_viewed",
            EventKind::AccountsListed => "accounts_listed",
            EventKind::ReportsViewed => "reports_viewed",
            EventKind::SessionReportViewed => "session_report_viewed",
        }
    }
}

/// Something that happened to an account's security: a sign-in, a role change, a look by staff.
#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = security_events)]
pub struct SecurityEvent {
    pub id: String,
    pub kind: String,
    pub user_id: Option<String>,
    pub actor_id: Option<String>,
    pub detail: String,
    pub created_at: NaiveDateTime,
}

/// Records an event. `detail` is short and free of secrets (a method, a role list).
pub fn record(
    conn: &mut AnyConnection,
    kind: EventKind,
    user_id: Option<&str>,
    actor_id: Option<&str>,
    detail: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    tracing::info!(event = kind.as_str(), user_id, actor_id, "security event");
    diesel::insert_into(security_events::table)
        .values((
            security_events::id.eq(new_id()),
            security_events::kind.eq(kind.as_str()),
            security_events::user_id.eq(user_id),
            security_events::actor_id.eq(actor_id),
            security_events::detail.eq(detail),
            security_events::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn recent(
    conn: &mut AnyConnection,
    user_id: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<SecurityEvent>> {
    let mut query = security_events::table
        .select(SecurityEvent::as_select())
        .order(security_events::created_at.desc())
        .limit(limit)
        .into_boxed();
    if let Some(user_id) = user_id {
        query = query.filter(security_events::user_id.eq(user_id.to_owned()));
    }
    query.load(conn)
}
