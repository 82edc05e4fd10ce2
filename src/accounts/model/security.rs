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
    /// A supervisor read the supervision notes about a facilitator.
    SupervisionNotesViewed,
    /// An account was erased (the line names nobody).
    AccountErased,
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
            EventKind::SupervisionNotesViewed => "supervision_notes_viewed",
            EventKind::AccountErased => "account_erased",
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

/// What the security log is narrowed to; `None` is "any".
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// An [`EventKind::as_str`].
    pub kind: Option<String>,
    /// Events about this account, or done by it.
    pub person: Option<String>,
    /// From this moment (inclusive) to that one (exclusive), UTC.
    pub from: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
}

type Backend = <AnyConnection as Connection>::Backend;

fn filtered<'a>(filter: &EventFilter) -> security_events::BoxedQuery<'a, Backend> {
    let mut query = security_events::table.into_boxed();
    if let Some(kind) = &filter.kind {
        query = query.filter(security_events::kind.eq(kind.clone()));
    }
    if let Some(person) = &filter.person {
        query = query.filter(
            security_events::user_id
                .eq(person.clone())
                .or(security_events::actor_id.eq(person.clone())),
        );
    }
    if let Some(from) = filter.from {
        query = query.filter(security_events::created_at.ge(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(security_events::created_at.lt(until));
    }
    query
}

/// Up to `limit` events matching the filter from `position`, newest first.
pub fn page(
    conn: &mut AnyConnection,
    filter: &EventFilter,
    position: &crate::paging::Position,
    limit: i64,
) -> QueryResult<Vec<SecurityEvent>> {
    crate::keyset_page!(
        filtered(filter),
        security_events::created_at,
        security_events::id,
        position,
        limit
    )
    .select(SecurityEvent::as_select())
    .load(conn)
}

pub fn count(conn: &mut AnyConnection, filter: &EventFilter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// Every kind, as stored.
pub const KINDS: [EventKind; 20] = [
    EventKind::SignIn,
    EventKind::SignInFailed,
    EventKind::SignOut,
    EventKind::SignOutEverywhere,
    EventKind::PasswordChanged,
    EventKind::EmailChanged,
    EventKind::SecondFactorEnabled,
    EventKind::SecondFactorDisabled,
    EventKind::RolesChanged,
    EventKind::Suspended,
    EventKind::Reinstated,
    EventKind::InvitationSent,
    EventKind::InvitationRevoked,
    EventKind::InvitationAccepted,
    EventKind::AccountViewed,
    EventKind::AccountsListed,
    EventKind::ReportsViewed,
    EventKind::SessionReportViewed,
    EventKind::SupervisionNotesViewed,
    EventKind::AccountErased,
];
