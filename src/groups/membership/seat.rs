//! A family's place in a group: a seat while there is one, else the waiting list, and the mail
//! that tells them.

use chrono::NaiveDateTime;
use minijinja::context;

use crate::accounts::model::users::User;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::domain::MemberStatus;
use crate::groups::model::{self, Group};
use crate::groups::service::name_of;
use crate::mail;
use crate::state::AppState;

/// Where, and in which language, a family is told about its place.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mailbox<'a> {
    pub email: &'a str,
    pub language: &'a str,
}

impl<'a> Mailbox<'a> {
    /// The account's address, in the language it uses.
    pub fn of(user: &'a User) -> Self {
        Self {
            email: &user.email,
            language: &user.ui_language,
        }
    }
}

/// Seats `user_id` while the group has a seat, else puts them on its waiting list, and queues
/// the mail that tells them (when there is a mailbox). Call with the group locked.
pub(super) fn seat(
    state: &AppState,
    conn: &mut AnyConnection,
    group: &Group,
    user_id: &str,
    mailbox: Option<Mailbox>,
    now: NaiveDateTime,
) -> Result<MemberStatus, AppError> {
    let members = model::member_counts(conn, std::slice::from_ref(&group.id))?
        .first()
        .map_or(0, |(_, n)| *n);
    let status = if members < i64::from(group.capacity) {
        MemberStatus::Member
    } else {
        MemberStatus::Waiting
    };
    place(state, conn, &group.id, user_id, status, mailbox, now)?;
    Ok(status)
}

/// Sets `user_id`'s membership and queues the mail that tells them of it.
pub(super) fn place(
    state: &AppState,
    conn: &mut AnyConnection,
    group_id: &str,
    user_id: &str,
    status: MemberStatus,
    mailbox: Option<Mailbox>,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    model::set_membership(conn, group_id, user_id, status.as_str(), now)?;
    let key = match status {
        MemberStatus::Member => "group-joined",
        MemberStatus::Waiting => "group-waiting",
        _ => "group-requested",
    };
    match mailbox {
        Some(mailbox) => tell(state, conn, group_id, key, mailbox),
        None => Ok(()),
    }
}

/// Queues mail `key` about the group, with its name in the reader's language.
pub(super) fn tell(
    state: &AppState,
    conn: &mut AnyConnection,
    group_id: &str,
    key: &str,
    to: Mailbox,
) -> Result<(), AppError> {
    let name = name_of(conn, group_id, to.language)?;
    mail::queue_action(
        state,
        conn,
        key,
        to.language,
        to.email,
        &format!("/groups/{group_id}"),
        context! { name => name },
    )
}
