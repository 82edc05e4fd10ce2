//! Feedback's cards on the home page: a family's questions waiting after a session; a
//! facilitator's latest sessions with what families said, once enough of them answered.

use std::sync::Arc;

use minijinja::context;

use super::{answer, results};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::error::AppError;
use crate::home::Card;
use crate::registry::Registry;
use crate::state::AppState;

async fn waiting(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::JoinGroups) {
        return Ok(None);
    }
    let waiting = answer::waiting_for(&state, &me).await?;
    Ok((!waiting.is_empty())
        .then(|| Card::new("feedback/_home_waiting.html", context! { waiting })))
}

async fn heard(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::ReportSessions) {
        return Ok(None);
    }
    let month = results::month_of(None);
    let mut sessions = results::of_month(&state, &me, month).await?;
    if sessions.is_empty() {
        let previous = month - chrono::Months::new(1);
        sessions = results::of_month(&state, &me, previous).await?;
    }
    sessions.truncate(3);
    Ok((!sessions.is_empty())
        .then(|| Card::new("feedback/_home_heard.html", context! { sessions })))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(waiting).home_card(heard);
}
