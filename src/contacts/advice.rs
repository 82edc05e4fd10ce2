//! Advice through Silta: a facilitator of a group writes to one of its contacts about the
//! group, the contact answers. The thread is read by the two of them and by the facilitator's
//! supervisor; nobody else. It holds no family's personal data (the page says so); the other
//! side is told by mail, without the text.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use minijinja::context;
use serde::Serialize;
use utoipa::ToSchema;

use super::access::link_of;
use super::domain::NewMessage;
use super::schema::{contact_messages, contact_threads, group_contacts};
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service::{self as groups, Gate, Leaders};
use crate::state::AppState;
use crate::supervision::access as supervision;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = contact_threads)]
struct Thread {
    id: String,
    group_id: String,
    partner_id: String,
    facilitator_id: String,
    last_at: NaiveDateTime,
    waiting: bool,
}

/// A message as the thread's readers see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MessageView {
    pub author: String,
    /// Whether the contact wrote it (else the facilitator).
    pub from_contact: bool,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// A thread with its messages, oldest first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ThreadView {
    pub id: String,
    pub group_id: String,
    pub group_name: String,
    pub facilitator: String,
    pub contact: String,
    pub messages: Vec<MessageView>,
    /// Whether the reader may write in it (the facilitator and the contact).
    pub may_write: bool,
    /// Waiting for the contact's answer.
    pub waiting: bool,
}

/// A thread in a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ThreadSummary {
    pub id: String,
    pub group_name: String,
    pub facilitator: String,
    pub contact: String,
    pub last_at: DateTime<Utc>,
    pub waiting: bool,
}

fn thread(conn: &mut AnyConnection, id: &str) -> Result<Thread, AppError> {
    contact_threads::table
        .find(id)
        .select(Thread::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(AppError::not_found)
}

/// Whether `me` may read the thread: its two sides, and the facilitator's supervisor.
fn may_read(conn: &mut AnyConnection, me: &SignedIn, t: &Thread) -> Result<bool, AppError> {
    Ok(me.user_id == t.facilitator_id
        || me.user_id == t.partner_id
        || supervision::supervises(conn, me, &t.facilitator_id)?)
}

/// Adds a message and tells the other side by mail (no text in the mail).
fn add(
    state: &AppState,
    conn: &mut AnyConnection,
    t: &Thread,
    author: &str,
    body: &str,
) -> Result<(), AppError> {
    let at = now();
    diesel::insert_into(contact_messages::table)
        .values((
            contact_messages::id.eq(uuid::Uuid::new_v4().to_string()),
            contact_messages::thread_id.eq(&t.id),
            contact_messages::author_id.eq(author),
            contact_messages::body.eq(body),
            contact_messages::created_at.eq(at),
        ))
        .execute(conn)?;
    let asking = author == t.facilitator_id;
    diesel::update(contact_threads::table.find(&t.id))
        .set((
            contact_threads::last_at.eq(at),
            contact_threads::waiting.eq(asking),
        ))
        .execute(conn)?;
    let (to, key) = if asking {
        (&t.partner_id, "contact-question")
    } else {
        (&t.facilitator_id, "contact-answer")
    };
    if let Some(contact) = accounts::contact_of(conn, to)? {
        let name = groups::name_of(conn, &t.group_id, &contact.language)?;
        crate::mail::queue_action(
            state,
            conn,
            key,
            &contact.language,
            &contact.email,
            &format!("/advice/{}", t.id),
            context! { name },
        )?;
    }
    Ok(())
}

/// A facilitator of the group writes to one of its contacts: the thread's id (the same thread
/// as before between the two about the group).
pub async fn ask(
    state: &AppState,
    me: &SignedIn,
    group_id: &str,
    contact_id: &str,
    input: NewMessage,
) -> Result<String, AppError> {
    let body = input.check()?;
    let (state_in, me, gate) = (state.clone(), me.clone(), Gate::of(state));
    let (group_id, contact_id) = (group_id.to_owned(), contact_id.to_owned());
    let id = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                if !Leaders::of(conn, &gate, &group_id)?.listed(&me.user_id) {
                    return Err(AppError::not_found());
                }
                let partner: String = group_contacts::table
                    .find(&contact_id)
                    .filter(group_contacts::group_id.eq(&group_id))
                    .select(group_contacts::partner_id)
                    .first(conn)
                    .optional()?
                    .ok_or_else(AppError::not_found)?;
                let id = open_thread(conn, &group_id, &partner, &me.user_id)?;
                let t = thread(conn, &id)?;
                add(&state_in, conn, &t, &me.user_id, &body)?;
                Ok(id)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(id)
}

fn open_thread(
    conn: &mut AnyConnection,
    group_id: &str,
    partner: &str,
    facilitator: &str,
) -> Result<String, AppError> {
    let found: Option<String> = contact_threads::table
        .filter(contact_threads::group_id.eq(group_id))
        .filter(contact_threads::partner_id.eq(partner))
        .filter(contact_threads::facilitator_id.eq(facilitator))
        .select(contact_threads::id)
        .first(conn)
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let (id, at) = (uuid::Uuid::new_v4().to_string(), now());
    diesel::insert_into(contact_threads::table)
        .values((
            contact_threads::id.eq(&id),
            contact_threads::group_id.eq(group_id),
            contact_threads::partner_id.eq(partner),
            contact_threads::facilitator_id.eq(facilitator),
            contact_threads::created_at.eq(at),
            contact_threads::last_at.eq(at),
            contact_threads::waiting.eq(false),
        ))
        .execute(conn)?;
    Ok(id)
}

/// One side writes in the thread. A contact no longer linked to the group, or a facilitator
/// no longer leading it, reads it but writes no more.
pub async fn write(
    state: &AppState,
    me: &SignedIn,
    thread_id: &str,
    input: NewMessage,
) -> Result<(), AppError> {
    let body = input.check()?;
    let (state_in, me, id, gate) = (
        state.clone(),
        me.clone(),
        thread_id.to_owned(),
        Gate::of(state),
    );
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let t = thread(conn, &id)?;
                if !may_read(conn, &me, &t)? {
                    return Err(AppError::not_found());
                }
                if !may_write(conn, &gate, &me, &t)? {
                    return Err(
                        AppError::forbidden().with_message("contacts-thread-closed", vec![])
                    );
                }
                add(&state_in, conn, &t, &me.user_id, &body)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

fn may_write(
    conn: &mut AnyConnection,
    gate: &Gate,
    me: &SignedIn,
    t: &Thread,
) -> Result<bool, AppError> {
    let linked = link_of(conn, &t.group_id, &t.partner_id)?.is_some();
    let leads = Leaders::of(conn, gate, &t.group_id)?.listed(&t.facilitator_id);
    let side = me.user_id == t.facilitator_id || me.user_id == t.partner_id;
    Ok(side && linked && leads)
}

/// The thread with its messages, for its sides and the facilitator's supervisor.
pub async fn read(
    state: &AppState,
    me: &SignedIn,
    thread_id: &str,
) -> Result<ThreadView, AppError> {
    let (me, id, gate) = (me.clone(), thread_id.to_owned(), Gate::of(state));
    state
        .db
        .run(move |conn| {
            let t = thread(conn, &id)?;
            if !may_read(conn, &me, &t)? {
                return Err(AppError::not_found());
            }
            let rows: Vec<(String, String, NaiveDateTime)> = contact_messages::table
                .filter(contact_messages::thread_id.eq(&t.id))
                .order((contact_messages::created_at, contact_messages::id))
                .select((
                    contact_messages::author_id,
                    contact_messages::body,
                    contact_messages::created_at,
                ))
                .load(conn)?;
            let names =
                accounts::display_names(conn, &[t.facilitator_id.clone(), t.partner_id.clone()])?;
            let name = |id: &str| names.get(id).cloned().unwrap_or_default();
            Ok(ThreadView {
                may_write: may_write(conn, &gate, &me, &t)?,
                group_name: groups::name_of(conn, &t.group_id, me.language.code)?,
                facilitator: name(&t.facilitator_id),
                contact: name(&t.partner_id),
                messages: rows
                    .into_iter()
                    .map(|(author, body, at)| MessageView {
                        author: name(&author),
                        from_contact: author == t.partner_id,
                        body,
                        at: at.and_utc(),
                    })
                    .collect(),
                waiting: t.waiting,
                group_id: t.group_id,
                id: t.id,
            })
        })
        .await
}

/// The threads `me` writes in or supervises, newest first.
pub async fn mine(state: &AppState, me: &SignedIn) -> Result<Vec<ThreadSummary>, AppError> {
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            let supervised = supervision::supervised_by(conn, &me)?;
            let threads: Vec<Thread> = contact_threads::table
                .filter(
                    contact_threads::partner_id
                        .eq(&me.user_id)
                        .or(contact_threads::facilitator_id.eq(&me.user_id))
                        .or(contact_threads::facilitator_id.eq_any(&supervised)),
                )
                .order((contact_threads::last_at.desc(), contact_threads::id))
                .select(Thread::as_select())
                .load(conn)?;
            let people: Vec<String> = threads
                .iter()
                .flat_map(|t| [t.facilitator_id.clone(), t.partner_id.clone()])
                .collect();
            let names = accounts::display_names(conn, &people)?;
            let group_ids: Vec<String> = threads.iter().map(|t| t.group_id.clone()).collect();
            let groups = groups::names_of(conn, &group_ids, me.language.code)?;
            let name = |id: &str| names.get(id).cloned().unwrap_or_default();
            Ok(threads
                .into_iter()
                .map(|t| ThreadSummary {
                    group_name: groups.get(&t.group_id).cloned().unwrap_or_default(),
                    facilitator: name(&t.facilitator_id),
                    contact: name(&t.partner_id),
                    last_at: t.last_at.and_utc(),
                    waiting: t.waiting,
                    id: t.id,
                })
                .collect())
        })
        .await
}

/// How many questions wait for `me`'s answer as a contact.
pub async fn unanswered(state: &AppState, me: &SignedIn) -> Result<i64, AppError> {
    let me = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            Ok(contact_threads::table
                .filter(contact_threads::partner_id.eq(&me))
                .filter(contact_threads::waiting.eq(true))
                .count()
                .get_result(conn)?)
        })
        .await
}
