//! Chat messages are deleted when their group's retention period has passed; handled reports
//! and the moderation log two years after.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, chat_reports, moderation_log};
use crate::error::AppError;
use crate::groups::service as groups;
use crate::personal_data::Purging;
use crate::purgeable;
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

/// Days a handled report of a message, and a moderator's action, are kept: long enough for a
/// complaint about how a room was moderated.
pub const MODERATION_KEPT_DAYS: u32 = 730;

/// Handled reports and moderators' actions older than [`MODERATION_KEPT_DAYS`].
pub fn purge(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let before = purging.before(MODERATION_KEPT_DAYS);
    let reports = purgeable!(
        conn,
        purging,
        chat_reports,
        chat_reports::handled_at.lt(before)
    );
    let actions = purgeable!(
        conn,
        purging,
        moderation_log,
        moderation_log::created_at.lt(before)
    );
    Ok(
        diesel::delete(chat_reports::table.filter(chat_reports::id.eq_any(&reports)))
            .execute(conn)?
            + diesel::delete(moderation_log::table.filter(moderation_log::id.eq_any(&actions)))
                .execute(conn)?,
    )
}
