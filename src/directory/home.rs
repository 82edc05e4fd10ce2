//! The directory's cards on the home page: a family's "find help" (with its requests still
//! open), and a referral worker's count of help requests waiting.

use std::sync::Arc;

use minijinja::context;

use super::help::{self, queue};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::error::AppError;
use crate::home::Card;
use crate::paging::PageRequest;
use crate::registry::Registry;
use crate::state::AppState;

async fn find_help(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::RequestHelp) || me.family_id.is_none() {
        return Ok(None);
    }
    let mine = help::mine(&state, &me, PageRequest::default()).await?;
    let open = mine.items.iter().filter(|r| !r.handled).count();
    Ok(Some(Card::new(
        "directory/_home_family.html",
        context! { open, total => mine.total },
    )))
}

async fn help_requests(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::MakeReferrals) {
        return Ok(None);
    }
    let open = queue::open_count(&state).await?;
    Ok(Some(Card::new(
        "directory/_home_requests.html",
        context! { open },
    )))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(find_help).home_card(help_requests);
}
