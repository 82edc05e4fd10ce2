//! Erasing a person from training: their application, enrolments, progress, answers and
//! certificates go (a certificate's public check then finds nothing); courses, cohorts and
//! sign-offs they made for others stay, made by the stand-in.

use diesel::prelude::*;

use super::schema::{
    training_applications, training_attempts, training_certificates, training_cohorts,
    training_completions, training_courses, training_enrolments, training_live_sessions,
    training_reminders_sent, training_tasks,
};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::Erasure;
use crate::{delete_of, stand_in_for};

pub fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.as_str();
    let certificates = training_certificates::table
        .filter(training_certificates::user_id.eq(me))
        .select(training_certificates::id);
    diesel::delete(
        training_reminders_sent::table
            .filter(training_reminders_sent::certificate_id.eq_any(certificates)),
    )
    .execute(conn)?;
    delete_of!(
        conn,
        me,
        training_certificates.user_id,
        training_tasks.user_id,
        training_attempts.user_id,
        training_completions.user_id,
        training_enrolments.user_id,
        training_applications.user_id
    );
    stand_in_for!(
        conn,
        me,
        training_courses.created_by,
        training_cohorts.created_by,
        training_enrolments.signed_off_by,
        training_live_sessions.created_by
    );
    Ok(())
}
