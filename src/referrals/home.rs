//! Referrals' cards on the home page: a family's referrals waiting for its answer and their
//! latest changes; a worker's referrals that waited too long and drafts waiting for consent;
//! a partner's new referrals. No card shows a referral's texts.

use std::sync::Arc;

use chrono::TimeDelta;
use minijinja::{Value, context};

use super::consent;
use super::domain::Status;
use super::model;
use super::views::{self, is_overdue};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::directory::service as directory;
use crate::error::AppError;
use crate::home::Card;
use crate::registry::Registry;
use crate::state::AppState;

/// How far back the family's card shows changes.
const RECENT: TimeDelta = TimeDelta::days(14);

async fn family(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    let Some(family_id) = me
        .family_id
        .clone()
        .filter(|_| me.can(Permission::RequestHelp))
    else {
        return Ok(None);
    };
    let lang = me.language.code;
    let (waiting, changes) = state
        .db
        .run(move |conn| {
            let mine = model::of_family(conn, &family_id)?;
            let names = views::service_names(conn, &mine, lang)?;
            let mut waiting = Vec::new();
            for r in mine.iter().filter(|r| r.status == Status::Draft.as_str()) {
                if consent::in_force(conn, &r.id)?.is_none() {
                    let name = views::name_in(&names, &r.service_id).service;
                    waiting.push(context! { id => r.id, service => name });
                }
            }
            let told: Vec<String> = mine
                .iter()
                .filter(|r| !r.quiet && r.status != Status::Draft.as_str())
                .map(|r| r.id.clone())
                .collect();
            let changes: Vec<Value> = model::events_since(conn, &told, now() - RECENT)?
                .into_iter()
                .filter(|e| e.status != Status::Draft.as_str())
                .take(5)
                .filter_map(|e| {
                    let referral = mine.iter().find(|r| r.id == e.referral_id)?;
                    let service = views::name_in(&names, &referral.service_id).service;
                    Some(context! { id => e.referral_id, service, status => e.status, at => e.at.and_utc() })
                })
                .collect();
            Ok((waiting, changes))
        })
        .await?;
    Ok((!waiting.is_empty() || !changes.is_empty())
        .then(|| Card::new("referrals/_home_family.html", context! { waiting, changes })))
}

async fn worker(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::MakeReferrals) {
        return Ok(None);
    }
    let (user, days) = (me.user_id.clone(), state.config.referral_overdue_days);
    let (overdue, waiting) = state
        .db
        .run(move |conn| {
            let open = model::open_of_worker(conn, &user)?;
            let at = now();
            let overdue: Vec<String> = open
                .iter()
                .filter(|r| is_overdue(r, at, days))
                .map(|r| r.id.clone())
                .collect();
            let mut waiting = 0;
            for r in open.iter().filter(|r| r.status == Status::Draft.as_str()) {
                waiting += usize::from(consent::in_force(conn, &r.id)?.is_none());
            }
            Ok((overdue, waiting))
        })
        .await?;
    let urgent = !overdue.is_empty();
    Ok((urgent || waiting > 0).then(|| {
        Card::new(
            "referrals/_home_worker.html",
            context! { overdue => overdue.len(), waiting },
        )
    }))
}

async fn partner(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::HandleReferrals) {
        return Ok(None);
    }
    let user = me.user_id.clone();
    let count = state
        .db
        .run(move |conn| {
            let services = directory::services_of_partner(conn, &user)?;
            Ok(model::waiting_for(conn, &services)?.len())
        })
        .await?;
    Ok((count > 0).then(|| Card::new("referrals/_home_partner.html", context! { count })))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(family).home_card(worker).home_card(partner);
}
