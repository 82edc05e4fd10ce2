//! A visiting worker in a session: a coordinator or the group's facilitator invites one of
//! the group's contacts to a session to come as a guest, with a topic line. The session's page
//! and reminders say so in every member's language (a member who prefers not to meet a
//! professional answers "no" for that session and stays in the group); the guest enters that
//! session's room only, while it lasts, labelled and without moderation. Each visit is kept
//! with the time the guest entered.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::access::{link_of, may_lead};
use super::domain::NewGuest;
use super::schema::contact_guests;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::groups::service::{self as groups, Gate};
use crate::state::AppState;

/// A visit as staff, facilitators and the guest see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GuestView {
    pub id: String,
    pub session_id: String,
    pub group_id: String,
    pub partner_id: String,
    pub name: String,
    pub topic: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// When the guest entered the room, if they did.
    pub entered_at: Option<DateTime<Utc>>,
}

/// Invites one of the group's contacts to a session still to come; the visit's id. A partner
/// who is not a contact of the group is refused and nothing is written.
pub async fn invite(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
    input: NewGuest,
) -> Result<String, AppError> {
    let (partner, topic) = input.check()?;
    let (me, session_id, gate) = (me.clone(), session_id.to_owned(), Gate::of(state));
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let session =
                    groups::held_session(conn, &session_id)?.ok_or_else(AppError::not_found)?;
                if !may_lead(conn, &gate, &me, &session.group_id)? {
                    return Err(AppError::not_found());
                }
                if session.starts_at <= now() {
                    return Err(AppError::new(crate::error::ErrorKind::Conflict)
                        .with_message("contacts-guest-session-started", vec![]));
                }
                if link_of(conn, &session.group_id, &partner)?.is_none() {
                    return Err(AppError::invalid(vec![FieldError::new(
                        "partner_id",
                        "contacts-guest-not-linked",
                        vec![],
                    )]));
                }
                let found: Option<String> = contact_guests::table
                    .filter(contact_guests::session_id.eq(&session_id))
                    .filter(contact_guests::partner_id.eq(&partner))
                    .select(contact_guests::id)
                    .first(conn)
                    .optional()?;
                if let Some(id) = found {
                    diesel::update(contact_guests::table.find(&id))
                        .set(contact_guests::topic.eq(&topic))
                        .execute(conn)?;
                    return Ok(id);
                }
                let id = uuid::Uuid::new_v4().to_string();
                diesel::insert_into(contact_guests::table)
                    .values((
                        contact_guests::id.eq(&id),
                        contact_guests::session_id.eq(&session_id),
                        contact_guests::group_id.eq(&session.group_id),
                        contact_guests::partner_id.eq(&partner),
                        contact_guests::topic.eq(&topic),
                        contact_guests::invited_by.eq(&me.user_id),
                        contact_guests::invited_at.eq(now()),
                    ))
                    .execute(conn)?;
                Ok(id)
            })
        })
        .await
}

/// Takes back an invitation to a session still to come.
pub async fn cancel(state: &AppState, me: &SignedIn, guest_id: &str) -> Result<(), AppError> {
    let (me, id, gate) = (me.clone(), guest_id.to_owned(), Gate::of(state));
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (group_id, session_id, entered): (String, String, Option<NaiveDateTime>) =
                    contact_guests::table
                        .find(&id)
                        .select((
                            contact_guests::group_id,
                            contact_guests::session_id,
                            contact_guests::entered_at,
                        ))
                        .first(conn)
                        .optional()?
                        .ok_or_else(AppError::not_found)?;
                if !may_lead(conn, &gate, &me, &group_id)? {
                    return Err(AppError::not_found());
                }
                let started =
                    groups::held_session(conn, &session_id)?.is_none_or(|s| s.starts_at <= now());
                if started || entered.is_some() {
                    return Err(AppError::new(crate::error::ErrorKind::Conflict)
                        .with_message("contacts-guest-session-started", vec![]));
                }
                diesel::delete(contact_guests::table.find(&id)).execute(conn)?;
                Ok(())
            })
        })
        .await
}

/// Removes a partner's visits to the group's sessions still to come (they were unlinked).
pub fn cancel_upcoming(
    conn: &mut AnyConnection,
    group_id: &str,
    partner_id: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let visits: Vec<(String, String)> = contact_guests::table
        .filter(contact_guests::group_id.eq(group_id))
        .filter(contact_guests::partner_id.eq(partner_id))
        .filter(contact_guests::entered_at.is_null())
        .select((contact_guests::id, contact_guests::session_id))
        .load(conn)?;
    let sessions: Vec<String> = visits.iter().map(|(_, s)| s.clone()).collect();
    let upcoming: Vec<String> = groups::sessions_by_id(conn, &sessions)?
        .into_iter()
        .filter(|s| s.starts_at > now)
        .map(|s| s.id)
        .collect();
    let ids: Vec<&String> = visits
        .iter()
        .filter(|(_, s)| upcoming.contains(s))
        .map(|(id, _)| id)
        .collect();
    diesel::delete(contact_guests::table.filter(contact_guests::id.eq_any(ids))).execute(conn)?;
    Ok(())
}

type Row = (
    String,
    String,
    String,
    String,
    String,
    Option<NaiveDateTime>,
);

/// Visits as views, with the names of the guests and the times of their sessions.
pub fn views(conn: &mut AnyConnection, rows: Vec<Row>) -> Result<Vec<GuestView>, AppError> {
    let sessions: Vec<String> = rows.iter().map(|r| r.1.clone()).collect();
    let sessions = groups::sessions_by_id(conn, &sessions)?;
    let partners: Vec<String> = rows.iter().map(|r| r.3.clone()).collect();
    let names = crate::accounts::service::display_names(conn, &partners)?;
    let mut out: Vec<GuestView> = rows
        .into_iter()
        .filter_map(|(id, session_id, group_id, partner_id, topic, entered)| {
            let session = sessions.iter().find(|s| s.id == session_id)?;
            Some(GuestView {
                name: names.get(&partner_id).cloned().unwrap_or_default(),
                starts_at: session.starts_at.and_utc(),
                ends_at: session.ends_at.and_utc(),
                entered_at: entered.map(|e| e.and_utc()),
                id,
                session_id,
                group_id,
                partner_id,
                topic,
            })
        })
        .collect();
    out.sort_by_key(|g| g.starts_at);
    Ok(out)
}

fn select() -> (
    contact_guests::id,
    contact_guests::session_id,
    contact_guests::group_id,
    contact_guests::partner_id,
    contact_guests::topic,
    contact_guests::entered_at,
) {
    (
        contact_guests::id,
        contact_guests::session_id,
        contact_guests::group_id,
        contact_guests::partner_id,
        contact_guests::topic,
        contact_guests::entered_at,
    )
}

/// The visits to a group's sessions.
pub fn of_group(conn: &mut AnyConnection, group_id: &str) -> Result<Vec<GuestView>, AppError> {
    let rows: Vec<Row> = contact_guests::table
        .filter(contact_guests::group_id.eq(group_id))
        .select(select())
        .load(conn)?;
    views(conn, rows)
}

/// The visits of a partner.
pub fn of_partner(conn: &mut AnyConnection, partner_id: &str) -> Result<Vec<GuestView>, AppError> {
    let rows: Vec<Row> = contact_guests::table
        .filter(contact_guests::partner_id.eq(partner_id))
        .select(select())
        .load(conn)?;
    views(conn, rows)
}

/// The guests of a session who are still contacts of its group.
pub fn of_session(
    conn: &mut AnyConnection,
    session_id: &str,
) -> Result<Vec<(String, String, String)>, AppError> {
    let rows: Vec<(String, String, String)> = contact_guests::table
        .filter(contact_guests::session_id.eq(session_id))
        .select((
            contact_guests::group_id,
            contact_guests::partner_id,
            contact_guests::topic,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (group_id, partner, topic) in rows {
        if link_of(conn, &group_id, &partner)?.is_some() {
            out.push((group_id, partner, topic));
        }
    }
    Ok(out)
}

/// Records when a guest first entered the session's room.
pub fn entered(
    conn: &mut AnyConnection,
    session_id: &str,
    user_id: &str,
    at: NaiveDateTime,
) -> Result<(), AppError> {
    diesel::update(
        contact_guests::table
            .filter(contact_guests::session_id.eq(session_id))
            .filter(contact_guests::partner_id.eq(user_id))
            .filter(contact_guests::entered_at.is_null()),
    )
    .set(contact_guests::entered_at.eq(Some(at)))
    .execute(conn)?;
    Ok(())
}
