//! How a reader stands to a group's contacts: staff who manage groups and the group's
//! facilitators see and use them, its members see them, a linked partner sees the group; for
//! everyone else the group's contacts do not exist.

use diesel::prelude::*;

use super::schema::group_contacts;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service::{self as groups, Gate, Leaders};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Staff who manage groups: link, unlink, invite.
    Staff,
    /// A facilitator of the group: asks the contacts for advice and invites them.
    Facilitator,
    /// A family with a seat in the group.
    Member,
    /// A partner linked to the group.
    Partner,
}

impl Standing {
    pub fn manages(self) -> bool {
        self == Standing::Staff
    }
}

/// Whether `partner_id` is one of the group's contacts; the link's id.
pub fn link_of(
    conn: &mut AnyConnection,
    group_id: &str,
    partner_id: &str,
) -> Result<Option<String>, AppError> {
    Ok(group_contacts::table
        .filter(group_contacts::group_id.eq(group_id))
        .filter(group_contacts::partner_id.eq(partner_id))
        .select(group_contacts::id)
        .first(conn)
        .optional()?)
}

/// How `me` stands to the group; not found when not at all (or there is no such group).
pub fn standing(
    conn: &mut AnyConnection,
    gate: &Gate,
    me: &SignedIn,
    group_id: &str,
) -> Result<Standing, AppError> {
    if groups::name_of(conn, group_id, "fi")?.is_empty() {
        return Err(AppError::not_found());
    }
    if me.can(Permission::ManageGroups) {
        return Ok(Standing::Staff);
    }
    if Leaders::of(conn, gate, group_id)?.listed(&me.user_id) {
        return Ok(Standing::Facilitator);
    }
    if groups::is_member(conn, group_id, &me.user_id)? {
        return Ok(Standing::Member);
    }
    if link_of(conn, group_id, &me.user_id)?.is_some() {
        return Ok(Standing::Partner);
    }
    Err(AppError::not_found())
}

/// Staff who manage groups or a qualified facilitator of the group (who may invite guests).
pub fn may_lead(
    conn: &mut AnyConnection,
    gate: &Gate,
    me: &SignedIn,
    group_id: &str,
) -> Result<bool, AppError> {
    groups::may_lead(conn, gate, me, group_id)
}
