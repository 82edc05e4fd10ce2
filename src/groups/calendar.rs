//! Calendar files: a group's sessions as an .ics download, and a private feed of all one's
//! groups that calendar apps subscribe to (its secret URL can be replaced at any time).

use diesel::prelude::*;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use super::model;
use crate::auth::SignedIn;
use crate::auth::tokens::{hash_token, random_token};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::db::schema::{calendar_feeds, users};
use crate::error::AppError;
use crate::state::AppState;

fn calendar(
    state: &AppState,
    conn: &mut AnyConnection,
    group_ids: &[String],
    lang: &str,
) -> Result<String, AppError> {
    let texts = model::texts(conn, group_ids)?;
    let mut calendar = Calendar::new();
    calendar.name("Silta");
    for session in model::sessions(conn, group_ids)? {
        let own: Vec<_> = texts
            .iter()
            .filter(|t| t.group_id == session.group_id)
            .cloned()
            .collect();
        let name = super::catalogue::views::best_text(&own, lang)
            .map(|t| t.name.clone())
            .unwrap_or_default();
        let mut event = Event::new();
        event
            .uid(&format!("{}@silta", session.id))
            .summary(&name)
            .starts(session.starts_at.and_utc())
            .ends(session.ends_at.and_utc())
            .url(&state.link(&format!("/groups/{}", session.group_id)));
        if session.cancelled_at.is_some() {
            event.status(EventStatus::Cancelled);
        }
        calendar.push(event.done());
    }
    Ok(calendar.done().to_string())
}

/// One group's sessions; listed groups only, like the group page.
pub async fn group_file(
    state: &AppState,
    group_id: &str,
    lang: &'static str,
) -> Result<String, AppError> {
    let (state_in, group_id) = (state.clone(), group_id.to_owned());
    state
        .db
        .run(move |conn| {
            let group = model::group(conn, &group_id)?.ok_or_else(AppError::not_found)?;
            if !group.is_listed() {
                return Err(AppError::not_found());
            }
            calendar(&state_in, conn, &[group_id], lang)
        })
        .await
}

/// Creates (or replaces) the person's feed; returns its private URL. An old URL stops working.
pub async fn new_feed(state: &AppState, me: &SignedIn) -> Result<String, AppError> {
    let user_id = me.user_id.clone();
    let token = random_token();
    let hash = hash_token(&token);
    state
        .db
        .run(move |conn| {
            diesel::delete(calendar_feeds::table.find(&user_id)).execute(conn)?;
            diesel::insert_into(calendar_feeds::table)
                .values((
                    calendar_feeds::user_id.eq(&user_id),
                    calendar_feeds::token_hash.eq(&hash),
                    calendar_feeds::created_at.eq(now()),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await?;
    Ok(state.link(&format!("/calendar/{token}.ics")))
}

pub async fn revoke_feed(state: &AppState, me: &SignedIn) -> Result<(), AppError> {
    let user_id = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            Ok(diesel::delete(calendar_feeds::table.find(&user_id))
                .execute(conn)
                .map(|_| ())?)
        })
        .await
}

pub async fn has_feed(state: &AppState, me: &SignedIn) -> Result<bool, AppError> {
    let user_id = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            Ok(
                diesel::select(diesel::dsl::exists(calendar_feeds::table.find(&user_id)))
                    .get_result(conn)?,
            )
        })
        .await
}

/// The feed behind a private URL: the sessions of every group the owner is a member of.
pub async fn feed(state: &AppState, token: &str) -> Result<String, AppError> {
    let (state_in, hash) = (state.clone(), hash_token(token.trim_end_matches(".ics")));
    state
        .db
        .run(move |conn| {
            let owner: Option<(String, String)> = calendar_feeds::table
                .inner_join(users::table.on(users::id.eq(calendar_feeds::user_id)))
                .filter(calendar_feeds::token_hash.eq(&hash))
                .filter(users::suspended_at.is_null())
                .select((users::id, users::ui_language))
                .first(conn)
                .optional()?;
            let (user_id, lang) = owner.ok_or_else(AppError::not_found)?;
            let groups: Vec<String> = model::memberships_of(conn, &user_id)?
                .into_iter()
                .filter(|(_, status)| status == "member")
                .map(|(group, _)| group)
                .collect();
            calendar(&state_in, conn, &groups, &lang)
        })
        .await
}
