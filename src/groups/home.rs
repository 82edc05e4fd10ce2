//! Groups' cards on the signed-in home page: a family's next session (with the room's link
//! once it is open) and its groups; the sessions a facilitator leads next; for staff, the
//! groups that no certified facilitator leads.

use std::sync::Arc;

use minijinja::context;
use serde::Serialize;

use super::catalogue::GroupView;
use super::membership;
use super::service::{Gate, Leaders, name_of};
use crate::auth::SignedIn;
use crate::auth::policy::{Permission, Role};
use crate::error::AppError;
use crate::home::Card;
use crate::registry::Registry;
use crate::state::AppState;

/// How many upcoming sessions a card lists.
const UPCOMING: usize = 3;

#[derive(Serialize)]
struct Upcoming {
    group_id: String,
    group_name: String,
    session_id: String,
    starts_at: chrono::DateTime<chrono::Utc>,
    room_open: bool,
}

/// The current or next session of each group, soonest first.
fn upcoming(state: &AppState, groups: &[GroupView]) -> Vec<Upcoming> {
    let opens = state.config.room_opens_before;
    let now = crate::clock::now();
    let mut next: Vec<Upcoming> = groups
        .iter()
        .filter_map(|g| {
            g.current_session.as_ref().map(|s| Upcoming {
                group_id: g.id.clone(),
                group_name: g.name.clone(),
                session_id: s.id.clone(),
                starts_at: s.starts_at,
                room_open: s.starts_at.naive_utc() - opens <= now,
            })
        })
        .collect();
    next.sort_by_key(|u| u.starts_at);
    next.truncate(UPCOMING);
    next
}

async fn family_card(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.has_role(Role::Family) {
        return Ok(None);
    }
    let groups = membership::my_groups(&state, &me).await?;
    let next = upcoming(&state, &groups);
    let names: Vec<(String, String)> = groups.into_iter().map(|g| (g.id, g.name)).collect();
    Ok(Some(Card::new(
        "groups/_home_family.html",
        context! { next, groups => names, opens => state.config.room_opens_before.num_minutes() },
    )))
}

async fn facilitator_card(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.has_role(Role::Facilitator) {
        return Ok(None);
    }
    let led = membership::facilitated_groups(&state, &me).await?;
    let next = upcoming(&state, &led);
    Ok(Some(Card::new(
        "groups/_home_facilitator.html",
        context! { next },
    )))
}

/// Staff who manage groups: the listed groups no certified facilitator leads (urgent: families
/// meet there without a moderator who may act).
async fn untrained_card(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    if !me.can(Permission::ManageGroups) {
        return Ok(None);
    }
    let gate = Gate::of(&state);
    let lang = me.language.code;
    let groups: Vec<(String, String)> = state
        .db
        .run(move |conn| {
            let mut out = Vec::new();
            for group in super::model::all_groups(conn)?
                .into_iter()
                .filter(|g| g.is_listed())
            {
                if !Leaders::of(conn, &gate, &group.id)?.trained() {
                    let name = name_of(conn, &group.id, lang)?;
                    out.push((group.id, name));
                }
            }
            Ok(out)
        })
        .await?;
    Ok((!groups.is_empty())
        .then(|| Card::new("groups/_home_untrained.html", context! { groups }).urgent(true)))
}

pub fn register(reg: &mut Registry) {
    reg.home_card(family_card)
        .home_card(facilitator_card)
        .home_card(untrained_card);
}
