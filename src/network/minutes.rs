//! What staff keep with a meeting: its agenda, short notes and the actions agreed at it (each
//! with an owner who takes part and, if agreed, a due date); and an action's follow-up, by its
//! owner or staff, recorded with the meeting it was followed up at.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use super::access::{self, Reader};
use super::domain::{self, MAX_ACTION, MAX_AGENDA_ITEM, MAX_AGENDA_ITEMS, MAX_NOTES, Status};
use super::meetings::{notes_open, session_of};
use super::schema::{network_actions as actions, network_agenda_items as agenda, network_meetings};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::error::{AppError, FieldError};
use crate::i18n::ArgValue;
use crate::state::AppState;

/// The whole agenda, in order; it replaces the one before.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct NetworkAgendaInput {
    #[schema(max_items = 30)]
    #[serde(default)]
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct NetworkNotesInput {
    #[schema(max_length = 8000)]
    #[serde(default)]
    pub notes: String,
}

/// An action agreed at the meeting.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, ToSchema)]
pub struct NetworkActionInput {
    #[schema(max_length = 500)]
    #[serde(default)]
    pub text: String,
    /// A participant of the network.
    #[serde(default)]
    pub owner_id: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub due_on: String,
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct NetworkActionStatusInput {
    /// `open`, `done` or `dropped`.
    #[serde(default)]
    pub status: String,
}

fn agenda_items(input: &NetworkAgendaInput) -> Result<Vec<String>, AppError> {
    let items: Vec<String> = input
        .items
        .iter()
        .map(|i| i.trim().to_owned())
        .filter(|i| !i.is_empty())
        .collect();
    if items.len() > MAX_AGENDA_ITEMS {
        let args = vec![("max", ArgValue::Number(MAX_AGENDA_ITEMS as f64))];
        return Err(AppError::invalid(vec![FieldError::new(
            "items",
            "network-agenda-too-many",
            args,
        )]));
    }
    items
        .iter()
        .map(|i| domain::text("items", i, MAX_AGENDA_ITEM, false))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| AppError::invalid(vec![e]))
}

/// Staff write the meeting's agenda.
pub async fn set_agenda(
    state: &AppState,
    me: &SignedIn,
    network_id: &str,
    session_id: &str,
    input: NetworkAgendaInput,
) -> Result<(), AppError> {
    let items = agenda_items(&input)?;
    let (me, id, session) = (me.clone(), network_id.to_owned(), session_id.to_owned());
    state
        .db
        .run(move |conn| {
            access::managed(conn, &me, &id)?;
            session_of(conn, &id, &session)?;
            crate::db::transaction(conn, |conn| {
                diesel::delete(agenda::table.filter(agenda::session_id.eq(&session)))
                    .execute(conn)?;
                for (i, body) in items.iter().enumerate() {
                    diesel::insert_into(agenda::table)
                        .values((
                            agenda::id.eq(uuid::Uuid::new_v4().to_string()),
                            agenda::session_id.eq(&session),
                            agenda::position.eq(i32::try_from(i + 1).unwrap_or(i32::MAX)),
                            agenda::body.eq(body),
                        ))
                        .execute(conn)?;
                }
                Ok(())
            })
        })
        .await
}

/// Staff write the meeting's notes, until some days after it ended.
pub async fn set_notes(
    state: &AppState,
    me: &SignedIn,
    network_id: &str,
    session_id: &str,
    input: NetworkNotesInput,
) -> Result<(), AppError> {
    let notes = domain::text("notes", &input.notes, MAX_NOTES, true)
        .map_err(|e| AppError::invalid(vec![e]))?;
    let (me, id, session) = (me.clone(), network_id.to_owned(), session_id.to_owned());
    state
        .db
        .run(move |conn| {
            access::managed(conn, &me, &id)?;
            let this = session_of(conn, &id, &session)?;
            if !notes_open(this.ends_at) {
                return Err(AppError::invalid(vec![FieldError::new(
                    "notes",
                    "network-notes-closed",
                    vec![],
                )]));
            }
            diesel::update(network_meetings::table.find(&session))
                .set((
                    network_meetings::notes.eq(&notes),
                    network_meetings::notes_by.eq(Some(&me.user_id)),
                    network_meetings::notes_at.eq(Some(now())),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
}

struct CheckedAction {
    text: String,
    owner: String,
    due_on: Option<NaiveDate>,
}

fn check_action(input: &NetworkActionInput) -> (Vec<FieldError>, CheckedAction) {
    let mut errors = Vec::new();
    let text = domain::text("text", &input.text, MAX_ACTION, false)
        .map_err(|e| errors.push(e))
        .unwrap_or_default();
    let owner = input.owner_id.trim().to_owned();
    if owner.is_empty() {
        errors.push(FieldError::new(
            "owner_id",
            "network-action-owner-required",
            vec![],
        ));
    }
    let due = input.due_on.trim();
    let due_on = if due.is_empty() {
        None
    } else {
        let parsed = NaiveDate::parse_from_str(due, "%Y-%m-%d").ok();
        if parsed.is_none() {
            errors.push(FieldError::new("due_on", "field-date-invalid", vec![]));
        }
        parsed
    };
    (
        errors,
        CheckedAction {
            text,
            owner,
            due_on,
        },
    )
}

/// Staff record an action agreed at the meeting; its id. Its owner must take part.
pub async fn add_action(
    state: &AppState,
    me: &SignedIn,
    network_id: &str,
    session_id: &str,
    input: NetworkActionInput,
) -> Result<String, AppError> {
    let (mut errors, action) = check_action(&input);
    let (me, id, session) = (me.clone(), network_id.to_owned(), session_id.to_owned());
    state
        .db
        .run(move |conn| {
            access::managed(conn, &me, &id)?;
            session_of(conn, &id, &session)?;
            if !action.owner.is_empty() && !access::is_participant(conn, &id, &action.owner)? {
                errors.push(FieldError::new(
                    "owner_id",
                    "network-action-owner-not-participant",
                    vec![],
                ));
            }
            if !errors.is_empty() {
                return Err(AppError::invalid(errors));
            }
            let action_id = uuid::Uuid::new_v4().to_string();
            diesel::insert_into(actions::table)
                .values((
                    actions::id.eq(&action_id),
                    actions::network_id.eq(&id),
                    actions::session_id.eq(&session),
                    actions::body.eq(&action.text),
                    actions::owner_id.eq(&action.owner),
                    actions::due_on.eq(action.due_on),
                    actions::status.eq(Status::Open.as_str()),
                    actions::created_by.eq(&me.user_id),
                    actions::created_at.eq(now()),
                ))
                .execute(conn)?;
            Ok(action_id)
        })
        .await
}

/// The action's owner or staff mark it done, dropped or open again at a meeting (the one it
/// was agreed at, or a later one): that meeting is recorded as where it was followed up.
pub async fn follow_up(
    state: &AppState,
    me: &SignedIn,
    network_id: &str,
    session_id: &str,
    action_id: &str,
    input: NetworkActionStatusInput,
) -> Result<(), AppError> {
    let status = Status::parse(&input.status).ok_or_else(|| {
        AppError::invalid(vec![FieldError::new(
            "status",
            "field-choice-unknown",
            vec![],
        )])
    })?;
    let (me, id, session, action) = (
        me.clone(),
        network_id.to_owned(),
        session_id.to_owned(),
        action_id.to_owned(),
    );
    state
        .db
        .run(move |conn| {
            let (_, reader) = access::reader(conn, &me, &id)?;
            let here = session_of(conn, &id, &session)?;
            let (owner, agreed_at): (String, String) = actions::table
                .find(&action)
                .filter(actions::network_id.eq(&id))
                .select((actions::owner_id, actions::session_id))
                .first(conn)
                .optional()?
                .ok_or_else(AppError::not_found)?;
            let agreed = session_of(conn, &id, &agreed_at)?;
            if here.starts_at < agreed.starts_at {
                return Err(AppError::not_found());
            }
            if reader != Reader::Manager && owner != me.user_id {
                return Err(AppError::forbidden());
            }
            let reopened = status == Status::Open;
            diesel::update(actions::table.find(&action))
                .set((
                    actions::status.eq(status.as_str()),
                    actions::followed_up_in.eq((!reopened).then_some(&session)),
                    actions::followed_up_by.eq((!reopened).then_some(&me.user_id)),
                    actions::followed_up_at.eq((!reopened).then(now)),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
}
