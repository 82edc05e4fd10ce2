//! Supervision's cards on the home page: reports a facilitator still has to write; a
//! supervisor's urgent concerns (before every other card), open concerns and overdue reports;
//! the concerns escalated to coordinators.

use std::sync::Arc;

use minijinja::context;

use super::{mine, queue};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::error::AppError;
use crate::home::Card;
use crate::registry::Registry;
use crate::state::AppState;

async fn reports_due(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::ReportSessions) {
        return Ok(None);
    }
    let due = mine::mine(&state, &me).await?.due;
    Ok((!due.is_empty()).then(|| Card::new("supervision/_home_due.html", context! { due })))
}

async fn supervisor(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::Supervise) {
        return Ok(None);
    }
    let queue = queue::queue(&state, &me).await?;
    let urgent = !queue.urgent.is_empty();
    Ok(Some(
        Card::new("supervision/_home_supervisor.html", context! { queue }).urgent(urgent),
    ))
}

async fn escalated(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::ManageSupervision) || me.can(Permission::Supervise) {
        return Ok(None);
    }
    let rows = queue::escalations(&state, me.language.code).await?;
    Ok((!rows.is_empty())
        .then(|| Card::new("supervision/_home_escalated.html", context! { rows }).urgent(true)))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(reports_due)
        .home_card(supervisor)
        .home_card(escalated);
}
