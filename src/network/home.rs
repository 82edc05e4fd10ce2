//! A participant's home card: the open actions they own, and the next meeting of their
//! networks.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use minijinja::context;

use super::domain::Status;
use super::schema::{
    network_actions as actions, network_networks as networks, network_participants as participants,
};
use super::views::NetworkOwnAction;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::error::AppError;
use crate::home::Card;
use crate::state::AppState;

/// The open actions `me` owns, those due first.
pub async fn own_actions(
    state: &AppState,
    me: &SignedIn,
) -> Result<Vec<NetworkOwnAction>, AppError> {
    let me = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let rows: Vec<(String, String, Option<NaiveDate>, String, String, String)> =
                actions::table
                    .inner_join(networks::table.on(networks::circle_id.eq(actions::network_id)))
                    .filter(actions::owner_id.eq(&me))
                    .filter(actions::status.eq(Status::Open.as_str()))
                    .order((actions::due_on.asc(), actions::created_at))
                    .select((
                        actions::id,
                        actions::body,
                        actions::due_on,
                        actions::network_id,
                        networks::name,
                        actions::session_id,
                    ))
                    .load(conn)?;
            let today = now().date();
            let mut out: Vec<NetworkOwnAction> = rows
                .into_iter()
                .map(
                    |(id, text, due_on, network_id, network_name, session_id)| NetworkOwnAction {
                        overdue: due_on.is_some_and(|d| d < today),
                        id,
                        text,
                        due_on,
                        network_id,
                        network_name,
                        session_id,
                    },
                )
                .collect();
            // Undated ones last, on either backend.
            out.sort_by_key(|a| (a.due_on.is_none(), a.due_on));
            Ok(out)
        })
        .await
}

/// The next meeting of the networks `me` takes part in: (network id, name, session, start).
async fn next_meeting(
    state: &AppState,
    me: &SignedIn,
) -> Result<Option<(String, String, String, DateTime<Utc>)>, AppError> {
    let me = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let mine: Vec<(String, String)> = networks::table
                .inner_join(participants::table)
                .filter(participants::user_id.eq(&me))
                .select((networks::circle_id, networks::name))
                .load(conn)?;
            let at: NaiveDateTime = now();
            let mut next = None;
            for (id, name) in mine {
                for s in crate::groups::circles::sessions(conn, &id)? {
                    let sooner = next.as_ref().is_none_or(
                        |(_, _, _, t): &(String, String, String, NaiveDateTime)| s.starts_at < *t,
                    );
                    if s.ends_at > at && sooner {
                        next = Some((id.clone(), name.clone(), s.id, s.starts_at));
                    }
                }
            }
            Ok(next.map(|(a, b, c, t)| (a, b, c, t.and_utc())))
        })
        .await
}

pub async fn card(state: AppState, me: Arc<SignedIn>) -> Result<Option<Card>, AppError> {
    let actions = own_actions(&state, &me).await?;
    let next = next_meeting(&state, &me).await?;
    if actions.is_empty() && next.is_none() {
        return Ok(None);
    }
    let overdue = actions.iter().any(|a| a.overdue);
    let next = next.map(|(network_id, network_name, session_id, starts_at)| {
        context! { network_id, network_name, session_id, starts_at }
    });
    Ok(Some(
        Card::new("network/_home.html", context! { actions, next }).urgent(overdue),
    ))
}
