//! What a moderator's frame changes in the room, written with its line in the moderation log.

use chrono::NaiveDateTime;

use super::super::protocol::{ClientFrame, ServerFrame};
use super::super::{model, rules};
use super::client_frames::kept_reason;
use crate::db::AnyConnection;
use crate::error::AppError;

/// Applies a moderation frame and logs it; `None` when the frame is not one.
pub(super) fn apply(
    conn: &mut AnyConnection,
    room: &str,
    actor: &str,
    frame: ClientFrame,
    now: NaiveDateTime,
) -> Result<Option<ServerFrame>, AppError> {
    let Some((action, reason, event)) = change(conn, room, frame, now)? else {
        return Ok(None);
    };
    let reason = kept_reason(reason);
    model::log_action(conn, room, actor, action, None, reason.as_deref(), now)?;
    Ok(Some(event))
}

type Change = (&'static str, Option<String>, ServerFrame);

fn change(
    conn: &mut AnyConnection,
    room: &str,
    frame: ClientFrame,
    now: NaiveDateTime,
) -> Result<Option<Change>, AppError> {
    Ok(Some(match frame {
        ClientFrame::Mute {
            user_id,
            minutes,
            reason,
        } => {
            let until = now + chrono::TimeDelta::minutes(minutes.clamp(1, rules::MAX_MUTE_MINUTES));
            rules::restrict(conn, room, &user_id, rules::MUTE, Some(until))?;
            let until = until.and_utc();
            ("mute", reason, ServerFrame::Muted { user_id, until })
        }
        ClientFrame::RemoveMember { user_id, reason } => {
            rules::restrict(conn, room, &user_id, rules::REMOVED, None)?;
            (
                "remove_member",
                reason,
                ServerFrame::MemberRemoved { user_id },
            )
        }
        ClientFrame::Lock { locked, reason } => {
            let settings = rules::Settings {
                locked,
                ..rules::settings(conn, room)?
            };
            rules::save_settings(conn, room, settings)?;
            let action = if locked { "lock" } else { "unlock" };
            (action, reason, ServerFrame::Room { rules: settings })
        }
        ClientFrame::SlowMode { seconds, reason } => {
            let settings = rules::Settings {
                slow_mode_seconds: seconds.clamp(0, rules::MAX_SLOW_MODE_SECONDS),
                ..rules::settings(conn, room)?
            };
            rules::save_settings(conn, room, settings)?;
            ("slow_mode", reason, ServerFrame::Room { rules: settings })
        }
        ClientFrame::StartSession => {
            let rules = rules::set_started(conn, room, true, now)?;
            ("start_session", None, ServerFrame::Room { rules })
        }
        ClientFrame::EndSession => {
            let rules = rules::set_started(conn, room, false, now)?;
            ("end_session", None, ServerFrame::Room { rules })
        }
        _ => return Ok(None),
    }))
}
