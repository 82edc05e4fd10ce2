//! What groups answer for their own use cases and for the features above them (chat): who
//! leads a group, who belongs to it, what it is called. Other features ask here and never read
//! groups' tables.

use super::catalogue::views::best_text;
use super::domain::MemberStatus;
use super::model;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::db::AnyConnection;
use crate::error::AppError;

/// The people who lead a group: its facilitators, and staff who manage groups.
#[derive(Debug, Clone)]
pub struct Leaders {
    facilitators: Vec<String>,
}

impl Leaders {
    pub fn of(conn: &mut AnyConnection, group_id: &str) -> Result<Self, AppError> {
        Ok(Self {
            facilitators: model::facilitator_ids(conn, group_id)?,
        })
    }

    /// Staff who manage groups, or a facilitator of this group.
    pub fn include(&self, me: &SignedIn) -> bool {
        me.can(Permission::ManageGroups) || self.facilitators.contains(&me.user_id)
    }

    /// How many facilitators the group has (staff are not counted).
    pub fn facilitators(&self) -> usize {
        self.facilitators.len()
    }
}

/// Whether `me` may lead the group: staff who manage groups, or a facilitator of this group.
pub fn may_lead(conn: &mut AnyConnection, me: &SignedIn, group_id: &str) -> Result<bool, AppError> {
    Ok(Leaders::of(conn, group_id)?.include(me))
}

/// Whether `user_id` has a seat in the group (not waiting, not asking).
pub fn is_member(
    conn: &mut AnyConnection,
    group_id: &str,
    user_id: &str,
) -> Result<bool, AppError> {
    Ok(model::membership(conn, group_id, user_id)?.as_deref()
        == Some(MemberStatus::Member.as_str()))
}

/// A group's name in the reader's language.
pub fn name_of(conn: &mut AnyConnection, group_id: &str, lang: &str) -> Result<String, AppError> {
    let texts = model::texts(conn, &[group_id.to_owned()])?;
    Ok(best_text(&texts, lang)
        .map(|t| t.name.clone())
        .unwrap_or_default())
}
