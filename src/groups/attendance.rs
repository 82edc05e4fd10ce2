//! A session's answers and attendance marks as its leaders read them; each reading is written
//! to the access logs of the families on it.

use diesel::prelude::*;
use serde::Serialize;

use super::readings::{self, Read};
use super::service::may_lead;
use super::sessions::session;
use crate::auth::SignedIn;
use crate::db::schema::{memberships, session_attendance, users};
use crate::error::AppError;
use crate::state::AppState;

/// A member's answer and mark for one session.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AttendanceRow {
    pub user_id: String,
    pub display_name: String,
    pub answer: Option<String>,
    pub present: Option<bool>,
}

/// The members of a session's group with their answers and marks (display names only); each
/// family gets a row in its access log.
pub async fn attendance(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
) -> Result<Vec<AttendanceRow>, AppError> {
    let (me, session_id) = (me.clone(), session_id.to_owned());
    let gate = crate::groups::service::Gate::of(state);
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let session = session(conn, &session_id)?;
                if !may_lead(conn, &gate, &me, &session.group_id)? {
                    return Err(AppError::not_found());
                }
                let members: Vec<(String, String)> = memberships::table
                    .inner_join(users::table)
                    .filter(memberships::group_id.eq(&session.group_id))
                    .filter(memberships::status.eq("member"))
                    .order(users::display_name)
                    .select((users::id, users::display_name))
                    .load(conn)?;
                let marks: Vec<(String, Option<String>, Option<bool>)> = session_attendance::table
                    .filter(session_attendance::session_id.eq(&session_id))
                    .select((
                        session_attendance::user_id,
                        session_attendance::answer,
                        session_attendance::present,
                    ))
                    .load(conn)?;
                let people: Vec<String> = members.iter().map(|(id, _)| id.clone()).collect();
                readings::log(conn, &me, Read::Attendance, &session_id, &people)?;
                Ok(members
                    .into_iter()
                    .map(|(user_id, display_name)| {
                        let mark = marks.iter().find(|(u, _, _)| *u == user_id);
                        AttendanceRow {
                            answer: mark.and_then(|(_, a, _)| a.clone()),
                            present: mark.and_then(|(_, _, p)| *p),
                            user_id,
                            display_name,
                        }
                    })
                    .collect())
            })
        })
        .await
}
