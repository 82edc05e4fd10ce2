//! The administrator's card on the home page: the security log's newest events.

use std::sync::Arc;

use minijinja::context;

use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::error::AppError;
use crate::home::Card;
use crate::registry::Registry;
use crate::state::AppState;

/// How many events the card shows.
const NEWEST: usize = 5;

async fn security_events(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::ReadSecurityLog) {
        return Ok(None);
    }
    let newest = crate::paging::PageRequest {
        limit: Some(NEWEST.to_string()),
        ..Default::default()
    };
    let page = super::lists::security_log(&state, Default::default(), newest).await?;
    let events: Vec<_> = page
        .items
        .into_iter()
        .map(|e| {
            let kind = state.i18n.translate(
                me.language.code,
                &format!("security-event-{}", e.kind.replace('_', "-")),
                None,
            );
            context! { kind, at => e.created_at.and_utc() }
        })
        .collect();
    Ok(Some(Card::new(
        "admin/_home_security.html",
        context! { events },
    )))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(security_events);
}
