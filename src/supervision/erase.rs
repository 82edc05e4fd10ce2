//! Erasing a person from supervision: a facilitator's hours, the notes about them, their
//! assignment and lapse notices go; the session reports they wrote stay (they are the group's
//! record and may hold a family's concern), written by the stand-in, as do comments, decisions
//! and circles of a supervisor.

use diesel::prelude::*;

use super::schema::{
    concerns, report_comments, session_reports, supervision_assignments, supervision_circles,
    supervision_lapse_notices, supervision_notes, volunteer_hours,
};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::Erasure;
use crate::{delete_of, stand_in_for};

pub fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.as_str();
    delete_of!(
        conn,
        me,
        supervision_assignments.facilitator_id,
        supervision_assignments.supervisor_id,
        volunteer_hours.facilitator_id,
        supervision_notes.facilitator_id,
        supervision_lapse_notices.user_id
    );
    stand_in_for!(
        conn,
        me,
        supervision_assignments.assigned_by,
        session_reports.facilitator_id,
        concerns.acknowledged_by,
        concerns.handled_by,
        report_comments.author_id,
        volunteer_hours.decided_by,
        supervision_circles.supervisor_id,
        supervision_notes.author_id
    );
    Ok(())
}
