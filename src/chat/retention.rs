//! Chat messages are deleted when their group's retention period has passed.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, group_sessions, peer_groups};
use crate::error::AppError;
use crate::state::AppState;

pub const MAX_DAYS: i32 = 3650;

/// Deletes every message older than its group's period (or `default_days`); returns how many.
pub fn apply(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
    default_days: i32,
) -> QueryResult<usize> {
    let groups: Vec<(String, Option<i32>)> = peer_groups::table
        .select((peer_groups::id, peer_groups::chat_retention_days))
        .load(conn)?;
    let mut deleted = 0;
    for (group_id, days) in groups {
        let cutoff = now - TimeDelta::days(i64::from(days.unwrap_or(default_days)));
        let sessions = group_sessions::table
            .filter(group_sessions::group_id.eq(&group_id))
            .select(group_sessions::id);
        deleted += diesel::delete(
            chat_messages::table
                .filter(chat_messages::session_id.eq_any(sessions))
                .filter(chat_messages::created_at.lt(cutoff)),
        )
        .execute(conn)?;
    }
    Ok(deleted)
}

/// Staff set how long a group's messages are kept.
pub async fn set_days(state: &AppState, group_id: &str, days: i32) -> Result<(), AppError> {
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(AppError::bad_request("chat-retention-invalid"));
    }
    let group_id = group_id.to_owned();
    state
        .db
        .run(move |conn| {
            let updated = diesel::update(peer_groups::table.find(&group_id))
                .set(peer_groups::chat_retention_days.eq(Some(days)))
                .execute(conn)?;
            if updated == 0 {
                Err(AppError::not_found())
            } else {
                Ok(())
            }
        })
        .await
}
