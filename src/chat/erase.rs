//! Erasing a person from chat: each of their messages becomes a "removed" placeholder written
//! by the stand-in, so a room's numbering stays whole; the context kept with a report shows
//! their lines the same way; limits and presence go; what they did as a moderator or reporter
//! stays, done by the stand-in.

use diesel::prelude::*;

use super::protocol::MessageOut;
use crate::db::AnyConnection;
use crate::db::schema::{
    chat_messages, chat_reports, moderation_log, room_presence, room_restrictions,
};
use crate::error::AppError;
use crate::personal_data::{Erasure, STAND_IN};
use crate::{delete_of, stand_in_for};

pub fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.as_str();
    diesel::update(
        chat_messages::table
            .filter(chat_messages::author_id.eq(me))
            .filter(chat_messages::removed_at.is_null()),
    )
    .set((
        chat_messages::removed_at.eq(Some(erasure.now)),
        chat_messages::removed_by.eq(Some(STAND_IN)),
    ))
    .execute(conn)?;
    diesel::update(chat_messages::table.filter(chat_messages::author_id.eq(me)))
        .set((
            chat_messages::body.eq(""),
            chat_messages::author_id.eq(STAND_IN),
            // Unique per author; the message's own id is unique everywhere.
            chat_messages::client_id.eq(chat_messages::id),
        ))
        .execute(conn)?;
    scrub_report_contexts(conn, me)?;
    delete_of!(conn, me, room_restrictions.user_id, room_presence.user_id);
    stand_in_for!(
        conn,
        me,
        chat_messages.removed_by,
        chat_reports.reporter_id,
        chat_reports.handled_by,
        moderation_log.actor_id
    );
    Ok(())
}

/// The messages kept as a report's context: the person's lines become placeholders.
fn scrub_report_contexts(conn: &mut AnyConnection, me: &str) -> Result<(), AppError> {
    let reports: Vec<(String, String)> = chat_reports::table
        .filter(chat_reports::context.like(format!("%{me}%")))
        .select((chat_reports::id, chat_reports::context))
        .load(conn)?;
    for (id, context) in reports {
        let mut lines: Vec<MessageOut> =
            serde_json::from_str(&context).map_err(AppError::internal)?;
        for line in lines.iter_mut().filter(|l| l.author_id == me) {
            line.author = "—".to_owned();
            line.author_id = STAND_IN.to_owned();
            line.text.clear();
            line.removed = true;
            line.erased = true;
        }
        let context = serde_json::to_string(&lines).map_err(AppError::internal)?;
        diesel::update(chat_reports::table.find(&id))
            .set(chat_reports::context.eq(context))
            .execute(conn)?;
    }
    Ok(())
}
