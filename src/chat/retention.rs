//! Chat messages are deleted when their group's retention period has passed.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::chat_messages;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::state::AppState;

pub const MAX_DAYS: i32 = 3650;

/// Deletes every message older than its group's period (or `default_days`); returns how many.
pub fn apply(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
    default_days: i32,
) -> Result<usize, AppError> {
    let mut deleted = 0;
    for group in groups::chat_retention(conn)? {
        if group.sessions.is_empty() {
            continue;
        }
        let cutoff = now - TimeDelta::days(i64::from(group.days.unwrap_or(default_days)));
        deleted += diesel::delete(
            chat_messages::table
                .filter(chat_messages::session_id.eq_any(&group.sessions))
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
            if groups::set_chat_retention_days(conn, &group_id, days)? {
                Ok(())
            } else {
                Err(AppError::not_found())
            }
        })
        .await
}
