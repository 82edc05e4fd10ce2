//! Who may read what of session reports: the facilitator who wrote it, and supervisors of the
//! facilitator (their own facilitators, and those who have no supervisor yet, so that nothing
//! falls between two chairs). Coordinators and families read no report.

use super::model;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::db::AnyConnection;
use crate::error::AppError;

/// How the reader stands to one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The facilitator who filed it: the report, comments, and only whether a concern was
    /// received and handled.
    Author,
    /// A supervisor of the facilitator: everything, and each reading is logged.
    Supervisor,
}

/// The facilitators `me` supervises (empty unless `me` is a supervisor).
pub fn supervised_by(conn: &mut AnyConnection, me: &SignedIn) -> Result<Vec<String>, AppError> {
    if !me.has_role(Role::Supervisor) {
        return Ok(Vec::new());
    }
    let assigned = model::assignments(conn)?;
    Ok(accounts::people_with_role(conn, Role::Facilitator)?
        .into_iter()
        .map(|p| p.id)
        .filter(|id| match assigned.iter().find(|(f, _)| f == id) {
            Some((_, supervisor)) => *supervisor == me.user_id,
            None => true,
        })
        .collect())
}

/// Whether `me` supervises `facilitator`.
pub fn supervises(
    conn: &mut AnyConnection,
    me: &SignedIn,
    facilitator: &str,
) -> Result<bool, AppError> {
    if !me.has_role(Role::Supervisor) {
        return Ok(false);
    }
    Ok(match model::supervisor_of(conn, facilitator)? {
        Some(supervisor) => supervisor == me.user_id,
        None => true,
    })
}

/// How `me` may read the report of `facilitator`; not found when not at all.
pub fn reader(
    conn: &mut AnyConnection,
    me: &SignedIn,
    facilitator: &str,
) -> Result<Reader, AppError> {
    if supervises(conn, me, facilitator)? {
        Ok(Reader::Supervisor)
    } else if me.user_id == facilitator {
        Ok(Reader::Author)
    } else {
        Err(AppError::not_found())
    }
}

/// Who is told of an urgent concern at once: the facilitator's supervisor, or every
/// supervisor when the facilitator has none (or theirs can no longer be reached).
pub fn on_duty(
    conn: &mut AnyConnection,
    facilitator: &str,
) -> Result<Vec<accounts::Contact>, AppError> {
    if let Some(supervisor) = model::supervisor_of(conn, facilitator)?
        && let Some(contact) = accounts::contact_of(conn, &supervisor)?
    {
        return Ok(vec![contact]);
    }
    accounts::contacts_with_roles(conn, &[Role::Supervisor])
}
