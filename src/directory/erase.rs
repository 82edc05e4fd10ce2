//! Erasing a person from the directory: their help requests and partner memberships go; texts
//! they wrote or reviewed and requests they handled stay, by the stand-in.

use diesel::prelude::*;

use super::schema::{directory_help_requests, directory_partner_members, directory_service_texts};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::Erasure;
use crate::{delete_of, stand_in_for};

pub fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.as_str();
    if let Some(family) = erasure.family_going() {
        delete_of!(conn, family, directory_help_requests.family_id);
    }
    delete_of!(
        conn,
        me,
        directory_help_requests.user_id,
        directory_partner_members.user_id
    );
    stand_in_for!(
        conn,
        me,
        directory_help_requests.handled_by,
        directory_partner_members.added_by,
        directory_service_texts.written_by,
        directory_service_texts.reviewed_by
    );
    Ok(())
}
