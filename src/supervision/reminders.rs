//! A facilitator who has not reported a day after a session is reminded, once per session
//! across nodes (the reminder row is unique per session).

use minijinja::context;

use super::domain::{REMIND_AFTER, REPORT_DUE};
use super::model;
use super::reports::without_report;
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::mail;
use crate::state::AppState;

pub async fn run(state: &AppState) -> Result<usize, AppError> {
    let state_in = state.clone();
    let sent = state
        .db
        .run(move |conn| {
            let now = now();
            let ended = groups::ended_sessions(conn, now - REPORT_DUE, now - REMIND_AFTER, None)?;
            let mut sent = 0;
            for led in without_report(conn, ended)? {
                sent += crate::db::transaction(conn, |conn| -> Result<usize, AppError> {
                    if !model::mark_reminded(conn, &led.session.id, now)? {
                        return Ok(0);
                    }
                    let path = format!("/sessions/{}/report", led.session.id);
                    for facilitator in &led.facilitators {
                        let Some(to) = accounts::contact_of(conn, facilitator)? else {
                            continue;
                        };
                        let name = groups::name_of(conn, &led.session.group_id, &to.language)?;
                        let vars = context! { name };
                        mail::queue_action(
                            &state_in,
                            conn,
                            "report-reminder",
                            &to.language,
                            &to.email,
                            &path,
                            vars,
                        )?;
                    }
                    Ok(1)
                })?;
            }
            Ok(sent)
        })
        .await?;
    if sent > 0 {
        state.mailer.wake_worker();
    }
    Ok(sent)
}
