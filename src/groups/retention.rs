//! Rows of how long each group's chat messages are kept (chat's retention job asks through
//! `groups::service`).

use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{group_sessions, peer_groups};

/// (group id, days its chat messages are kept) of every group; None: the configured default.
pub fn chat_retention_days(conn: &mut AnyConnection) -> QueryResult<Vec<(String, Option<i32>)>> {
    peer_groups::table
        .select((peer_groups::id, peer_groups::chat_retention_days))
        .load(conn)
}

/// (group id, session id) of every session.
pub fn all_session_ids(conn: &mut AnyConnection) -> QueryResult<Vec<(String, String)>> {
    group_sessions::table
        .select((group_sessions::group_id, group_sessions::id))
        .load(conn)
}

/// Sets how many days a group's chat messages are kept; false when there is no such group.
pub fn set_chat_retention_days(
    conn: &mut AnyConnection,
    group_id: &str,
    days: i32,
) -> QueryResult<bool> {
    diesel::update(peer_groups::table.find(group_id))
        .set(peer_groups::chat_retention_days.eq(Some(days)))
        .execute(conn)
        .map(|n| n > 0)
}
