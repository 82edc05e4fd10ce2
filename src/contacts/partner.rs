//! What a municipal partner sees of the groups they are a contact of: the group's name, their
//! role, its sessions to come and its members' display names (nothing more of the roster, and
//! nothing of session reports). Each family shown gets a row in its access log.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::schema::group_contacts;
use crate::access_log::Screen;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::state::AppState;

/// One of the partner's groups.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PartnerGroup {
    pub group_id: String,
    pub group_name: String,
    /// The partner's role for the group (see `NewContact.role`).
    pub role: String,
    /// The starts of its sessions to come.
    pub upcoming: Vec<DateTime<Utc>>,
    /// The display names of its members.
    pub members: Vec<String>,
}

/// The groups `me` is a contact of (empty for everyone else).
pub async fn my_groups(state: &AppState, me: &SignedIn) -> Result<Vec<PartnerGroup>, AppError> {
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let links: Vec<(String, String)> = group_contacts::table
                    .filter(group_contacts::partner_id.eq(&me.user_id))
                    .order(group_contacts::added_at)
                    .select((group_contacts::group_id, group_contacts::role))
                    .load(conn)?;
                let now = now();
                let mut out = Vec::new();
                for (group_id, role) in links {
                    let ids = groups::session_ids_of_group(conn, &group_id)?;
                    let mut sessions = groups::sessions_by_id(conn, &ids)?;
                    sessions.retain(|s| s.starts_at > now);
                    sessions.sort_by_key(|s| s.starts_at);
                    let seated = groups::seated(conn, &group_id)?;
                    let people: Vec<String> = seated.iter().map(|(id, _)| id.clone()).collect();
                    let families = accounts::families_of(conn, &people)?;
                    let screen = Screen {
                        reader_id: &me.user_id,
                        reader_role: "municipal_partner",
                        own_family: me.family_id.as_deref(),
                        item_kind: "group_membership",
                        purpose: "group_contact",
                    };
                    let shown = families.values().map(|f| (f.as_str(), group_id.as_str()));
                    screen.record(conn, shown, now)?;
                    let mut members: Vec<String> = seated.into_iter().map(|(_, n)| n).collect();
                    members.sort();
                    out.push(PartnerGroup {
                        group_name: groups::name_of(conn, &group_id, me.language.code)?,
                        group_id,
                        role,
                        upcoming: sessions
                            .iter()
                            .take(5)
                            .map(|s| s.starts_at.and_utc())
                            .collect(),
                        members,
                    });
                }
                Ok(out)
            })
        })
        .await
}
