//! Concerns from session reports: the supervisor on duty is told of an urgent one at once, must
//! acknowledge it in time or the coordinators are told (once, whichever node sees it first),
//! and marks it handled with an outcome the facilitator never sees.

use minijinja::context;

use super::access::{self, Reader};
use super::domain::{MAX_OUTCOME, short_text};
use super::events::ConcernHandled;
use super::model::{self, Report};
use super::reports::readable;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::mail;
use crate::state::AppState;

fn report_path(report_id: &str) -> String {
    format!("/supervision/reports/{report_id}")
}

/// Mails the supervisor on duty about an urgent concern (inside the filing transaction).
/// The mail names the group's session only by a link: no family's details travel by mail.
pub fn tell_on_duty(
    state: &AppState,
    conn: &mut AnyConnection,
    report: &Report,
) -> Result<(), AppError> {
    for to in access::on_duty(conn, &report.facilitator_id)? {
        mail::queue_action(
            state,
            conn,
            "concern-urgent",
            &to.language,
            &to.email,
            &report_path(&report.id),
            context! {},
        )?;
    }
    Ok(())
}

/// What a supervisor does with a concern.
#[derive(Debug, Clone)]
pub enum Decision {
    Acknowledge,
    Handle { outcome: String },
}

/// Acknowledges a concern or marks it handled; only a supervisor of the facilitator may.
pub async fn decide(
    state: &AppState,
    me: &SignedIn,
    report_id: &str,
    decision: Decision,
) -> Result<(), AppError> {
    let decision = match decision {
        Decision::Handle { outcome } => Decision::Handle {
            outcome: short_text("outcome", &outcome, MAX_OUTCOME)?,
        },
        other => other,
    };
    let (me, report_id) = (me.clone(), report_id.to_owned());
    let handled = matches!(decision, Decision::Handle { .. });
    let id = report_id.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (report, reader) = readable(conn, &me, &report_id)?;
                let concern = model::concerns_of(conn, std::slice::from_ref(&report.id))?;
                if reader != Reader::Supervisor || concern.is_empty() {
                    return Err(AppError::not_found());
                }
                let changed = match &decision {
                    Decision::Acknowledge => {
                        model::acknowledge(conn, &report.id, &me.user_id, now())?
                    }
                    Decision::Handle { outcome } => {
                        model::handle(conn, &report.id, &me.user_id, outcome, now())?
                    }
                };
                if !changed {
                    return Err(AppError::new(ErrorKind::Conflict)
                        .with_message("concern-already-decided", vec![]));
                }
                Ok(())
            })
        })
        .await?;
    if handled {
        state.events.publish(ConcernHandled { report_id: id }).await;
    }
    Ok(())
}

/// Tells the coordinators of every urgent concern nobody acknowledged in time; each concern
/// once, across nodes (the row is marked in the same transaction that queues the mails).
pub async fn escalate(state: &AppState) -> Result<usize, AppError> {
    let waited = state.config.concern_ack_after;
    let state_in = state.clone();
    let escalated = state
        .db
        .run(move |conn| {
            let ids = model::unanswered_urgent(conn, now() - waited)?;
            let mut escalated = 0;
            for id in ids {
                escalated +=
                    crate::db::transaction(conn, |conn| escalate_one(&state_in, conn, &id))?;
            }
            Ok(escalated)
        })
        .await?;
    if escalated > 0 {
        state.mailer.wake_worker();
    }
    Ok(escalated)
}

fn escalate_one(state: &AppState, conn: &mut AnyConnection, id: &str) -> Result<usize, AppError> {
    if !model::mark_escalated(conn, id, now())? {
        return Ok(0);
    }
    let minutes = state.config.concern_ack_after.num_minutes();
    for to in accounts::contacts_with_roles(conn, &[Role::Coordinator])? {
        mail::queue_action(
            state,
            conn,
            "concern-escalated",
            &to.language,
            &to.email,
            "/supervision",
            context! { minutes },
        )?;
    }
    Ok(1)
}
