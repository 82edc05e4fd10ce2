//! Who is in a group, and which groups a person is in or leads.

use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppError;
use crate::groups::catalogue::views::{GroupView, views};
use crate::groups::model;
use crate::groups::readings::{self, Read};
use crate::groups::service::may_lead;
use crate::state::AppState;

/// A member of a group, as its facilitators see them.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RosterEntry {
    pub user_id: String,
    pub display_name: String,
    pub status: String,
}

/// Display names and statuses only, for the group's facilitators and staff; each family on
/// it gets a row in its access log.
pub async fn roster(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
) -> Result<Vec<RosterEntry>, AppError> {
    let (me, group_id) = (me.clone(), group_id.to_owned());
    let gate = crate::groups::service::Gate::of(state);
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                if !may_lead(conn, &gate, &me, &group_id)? {
                    return Err(AppError::not_found());
                }
                let roster: Vec<RosterEntry> = model::roster(conn, &group_id)?
                    .into_iter()
                    .map(|(user_id, display_name, status)| RosterEntry {
                        user_id,
                        display_name,
                        status,
                    })
                    .collect();
                let people: Vec<String> = roster.iter().map(|r| r.user_id.clone()).collect();
                readings::log(conn, &me, Read::Roster, &group_id, &people)?;
                Ok(roster)
            })
        })
        .await
}

/// The groups a person belongs to, waits for, or has asked to join.
pub async fn my_groups(state: &AppState, me: &SignedIn) -> Result<Vec<GroupView>, AppError> {
    let (user_id, lang) = (me.user_id.clone(), me.language.code);
    state
        .db
        .run(move |conn| {
            let mine = model::memberships_of(conn, &user_id)?;
            let mut groups = Vec::new();
            for (group_id, _) in mine {
                if let Some(group) = model::group(conn, &group_id)? {
                    groups.push(group);
                }
            }
            views(conn, groups, lang, Some(&user_id))
        })
        .await
}

/// The groups a facilitator leads.
pub async fn facilitated_groups(
    state: &AppState,
    me: &SignedIn,
) -> Result<Vec<GroupView>, AppError> {
    let (user_id, lang) = (me.user_id.clone(), me.language.code);
    state
        .db
        .run(move |conn| {
            let groups = model::groups_led_by(conn, &user_id)?;
            let mut led = views(conn, groups, lang, None)?;
            for group in &mut led {
                group.leads = true;
            }
            Ok(led)
        })
        .await
}

/// Everything on a person's "my groups": the groups they belong to (or wait for), then those
/// they lead.
pub async fn all_my_groups(state: &AppState, me: &SignedIn) -> Result<Vec<GroupView>, AppError> {
    let mut groups = my_groups(state, me).await?;
    for led in facilitated_groups(state, me).await? {
        match groups.iter_mut().find(|g| g.id == led.id) {
            Some(both) => both.leads = true,
            None => groups.push(led),
        }
    }
    Ok(groups)
}
