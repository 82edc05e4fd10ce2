//! Contacts' cards on the home page: a partner's questions waiting for an answer, and the
//! individual contacts offered to a family.

use std::sync::Arc;

use minijinja::context;

use super::{advice, offers};
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::error::AppError;
use crate::home::Card;
use crate::registry::Registry;
use crate::state::AppState;

async fn questions(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.has_role(Role::MunicipalPartner) {
        return Ok(None);
    }
    let waiting = advice::unanswered(&state, &me).await?;
    let card = Card::new("contacts/_home_questions.html", context! { waiting });
    Ok(Some(card.urgent(waiting > 0)))
}

async fn offered(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if me.family_id.is_none() {
        return Ok(None);
    }
    let offers = offers::open(&state, &me).await?;
    Ok((!offers.is_empty()).then(|| Card::new("contacts/_home_offers.html", context! { offers })))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(questions).home_card(offered);
}
