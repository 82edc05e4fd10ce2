//! What supervision purges five years on: session reports (with their themes, concern and
//! comments) five years after the report, or after its concern was handled; volunteer hours and
//! supervision notes five years after they were written. Long enough to answer for what was
//! done about a concern; a report whose concern is still open is never purged.

use diesel::prelude::*;

use super::schema::{
    concerns, report_comments, session_report_themes, session_reports, supervision_notes,
    volunteer_hours,
};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::Purging;
use crate::purgeable;

/// Days reports, hours and notes are kept.
pub const KEPT_DAYS: u32 = 1826;

pub fn purge(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let before = purging.before(KEPT_DAYS);
    let still_needed = concerns::table
        .filter(
            concerns::handled_at
                .is_null()
                .or(concerns::handled_at.ge(before)),
        )
        .select(concerns::report_id);
    let reports = purgeable!(
        conn,
        purging,
        session_reports,
        session_reports::created_at
            .lt(before)
            .and(session_reports::id.ne_all(still_needed))
    );
    diesel::delete(report_comments::table.filter(report_comments::report_id.eq_any(&reports)))
        .execute(conn)?;
    diesel::delete(
        session_report_themes::table.filter(session_report_themes::report_id.eq_any(&reports)),
    )
    .execute(conn)?;
    diesel::delete(concerns::table.filter(concerns::report_id.eq_any(&reports))).execute(conn)?;
    let mut purged =
        diesel::delete(session_reports::table.filter(session_reports::id.eq_any(&reports)))
            .execute(conn)?;
    let hours = purgeable!(
        conn,
        purging,
        volunteer_hours,
        volunteer_hours::created_at.lt(before)
    );
    purged += diesel::delete(volunteer_hours::table.filter(volunteer_hours::id.eq_any(&hours)))
        .execute(conn)?;
    let notes = purgeable!(
        conn,
        purging,
        supervision_notes,
        supervision_notes::created_at.lt(before)
    );
    purged += diesel::delete(supervision_notes::table.filter(supervision_notes::id.eq_any(&notes)))
        .execute(conn)?;
    Ok(purged)
}
