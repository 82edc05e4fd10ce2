//! Training's cards on the home page: a trainer's tasks waiting for review (urgent once one
//! has waited a week) and their cohorts; a coordinator's applications waiting for a decision
//! (urgent once one has waited two weeks); a facilitator's certificate status.

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

/// Days before expiry the facilitator's card turns urgent.
const EXPIRING_DAYS: i64 = 60;

/// A facilitator's certificate: valid until when, expiring soon (urgent), or none valid
/// (urgent: they may not moderate), with the way to their training page.
async fn certificate(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.has_role(crate::auth::policy::Role::Facilitator) {
        return Ok(None);
    }
    let user = me.user_id.clone();
    let at = now();
    let until = state
        .db
        .run(move |conn| {
            Ok(super::model_progress::certificates_of(conn, &user)?
                .into_iter()
                .filter(|c| c.valid_at(at))
                .map(|c| c.expires_at)
                .max())
        })
        .await?;
    let expiring = until.is_some_and(|end| end - at <= chrono::TimeDelta::days(EXPIRING_DAYS));
    let until = until.map(|end| end.and_utc());
    let card = Card::new(
        "training/_home_certificate.html",
        context! { until, expiring },
    );
    Ok(Some(card.urgent(until.is_none() || expiring)))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(trainer)
        .home_card(coordinator)
        .home_card(certificate);
}
