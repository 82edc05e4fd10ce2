//! What a group's leaders read of its families, written to the families' access logs: the
//! roster (who has a seat, who asked, who waits for a place) and a session's answers and
//! attendance marks. One row per family per reading; the reader's own family is left out.

use crate::access_log::Screen;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;

/// What a leader read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// A group's roster and waiting list (the item is the group).
    Roster,
    /// A session's answers and attendance (the item is the session).
    Attendance,
}

impl Read {
    pub fn item_kind(self) -> &'static str {
        match self {
            Self::Roster => "group_membership",
            Self::Attendance => "session_attendance",
        }
    }

    pub fn purpose(self) -> &'static str {
        match self {
            Self::Roster => "group_leading",
            Self::Attendance => "group_attendance",
        }
    }
}

/// The role a leader reads in: staff who manage groups in their staff role, anyone else as
/// the group's facilitator.
pub fn leader_role(me: &SignedIn) -> &'static str {
    me.acting_role(Permission::ManageGroups)
        .map_or("facilitator", |r| r.as_str())
}

/// Writes that `me` read `what` (item `item_id`) of the families of these people.
pub fn log(
    conn: &mut AnyConnection,
    me: &SignedIn,
    what: Read,
    item_id: &str,
    user_ids: &[String],
) -> Result<(), AppError> {
    let families = accounts::families_of(conn, user_ids)?;
    let screen = Screen {
        reader_id: &me.user_id,
        reader_role: leader_role(me),
        own_family: me.family_id.as_deref(),
        item_kind: what.item_kind(),
        purpose: what.purpose(),
    };
    let shown = user_ids
        .iter()
        .filter_map(|id| families.get(id))
        .map(|family| (family.as_str(), item_id));
    Ok(screen.record(conn, shown, now())?)
}
