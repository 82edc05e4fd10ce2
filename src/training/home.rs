//! Training's cards on the home page: a trainer's tasks waiting for review (urgent once one
//! has waited a week) and their cohorts; a coordinator's applications waiting for a decision
//! (urgent once one has waited two weeks).

use std::sync::Arc;

use minijinja::context;

use super::{apply, catalogue, review};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::error::AppError;
use crate::home::Card;
use crate::registry::Registry;
use crate::state::AppState;

/// Days a submitted task may wait before its card turns urgent.
const REVIEW_DAYS: i64 = 7;
/// Days an application may wait before its card turns urgent.
const DECISION_DAYS: i64 = 14;

async fn trainer(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::TrainFacilitators) {
        return Ok(None);
    }
    let waiting = review::queue(&state, me.language.code).await?;
    let times: Vec<&str> = waiting.iter().map(|r| r.submitted_at.as_str()).collect();
    let urgent = catalogue::waited_longer_than(&times, REVIEW_DAYS, now());
    let cohorts = catalogue::cohorts(&state, Some(me.user_id.clone())).await?;
    let card = Card::new(
        "training/_home_trainer.html",
        context! { reviews => waiting.len(), cohorts, urgent },
    );
    Ok(Some(card.urgent(urgent)))
}

async fn coordinator(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::CoordinateTraining) {
        return Ok(None);
    }
    let (count, oldest) = apply::waiting(&state).await?;
    // Trainers coordinate too; they see this card only when something waits.
    if count == 0 && me.can(Permission::TrainFacilitators) {
        return Ok(None);
    }
    let urgent = oldest.is_some_and(|at| now() - at > chrono::TimeDelta::days(DECISION_DAYS));
    let card = Card::new(
        "training/_home_applications.html",
        context! { count, urgent },
    );
    Ok(Some(card.urgent(urgent)))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(trainer).home_card(coordinator);
}
