//! Erasing a person from groups: their memberships and places on waiting lists, answers and
//! presence, reminders, calendar feed and facilitator seats go; a group they created stays,
//! created by the stand-in.

use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{
    calendar_feeds, group_facilitators, memberships, peer_groups, session_attendance,
    session_reminders,
};
use crate::error::AppError;
use crate::personal_data::Erasure;
use crate::{delete_of, stand_in_for};

pub fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.as_str();
    delete_of!(
        conn,
        me,
        memberships.user_id,
        session_attendance.user_id,
        session_reminders.user_id,
        calendar_feeds.user_id,
        group_facilitators.user_id
    );
    stand_in_for!(conn, me, peer_groups.created_by);
    Ok(())
}
