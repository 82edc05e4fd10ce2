//! A supervisor's private notes per facilitator: read by the facilitator's supervisors, and by
//! the facilitator only when the note was marked shared. Each supervisor's reading is logged.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::super::access;
use super::super::schema::supervision_notes as notes;
use crate::accounts::service::{self as accounts, SecurityEvent};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::error::{AppError, FieldError};
use crate::i18n::ArgValue;
use crate::state::AppState;

pub const MAX_NOTE: usize = 4000;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Note {
    pub id: String,
    pub author: String,
    pub body: String,
    pub shared: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A supervisor writes a note about a facilitator they supervise.
pub async fn add(
    state: &AppState,
    me: &SignedIn,
    facilitator: &str,
    body: &str,
    shared: bool,
) -> Result<String, AppError> {
    let body = body.trim().to_owned();
    if body.is_empty() || body.chars().count() > MAX_NOTE {
        let (id, args) = if body.is_empty() {
            ("field-required", vec![])
        } else {
            (
                "field-too-long",
                vec![("max", ArgValue::Number(MAX_NOTE as f64))],
            )
        };
        return Err(AppError::invalid(vec![FieldError::new("body", id, args)]));
    }
    let (me, facilitator) = (me.clone(), facilitator.to_owned());
    state
        .db
        .run(move |conn| {
            if !access::supervises(conn, &me, &facilitator)? {
                return Err(AppError::not_found());
            }
            let id = uuid::Uuid::new_v4().to_string();
            diesel::insert_into(notes::table)
                .values((
                    notes::id.eq(&id),
                    notes::facilitator_id.eq(&facilitator),
                    notes::author_id.eq(&me.user_id),
                    notes::body.eq(&body),
                    notes::shared.eq(shared),
                    notes::created_at.eq(now()),
                ))
                .execute(conn)?;
            Ok(id)
        })
        .await
}

/// The notes about `facilitator` that `me` may read, newest first: all of them for their
/// supervisor (the reading is logged), the shared ones for the facilitator.
pub async fn about(
    state: &AppState,
    me: &SignedIn,
    facilitator: &str,
) -> Result<Vec<Note>, AppError> {
    let (me_in, facilitator) = (me.clone(), facilitator.to_owned());
    state
        .db
        .run(move |conn| {
            let reader = access::reader(conn, &me_in, &facilitator)?;
            let supervisor = reader == access::Reader::Supervisor;
            let mut query = notes::table
                .filter(notes::facilitator_id.eq(&facilitator))
                .order((notes::created_at.desc(), notes::id.desc()))
                .select((
                    notes::id,
                    notes::author_id,
                    notes::body,
                    notes::shared,
                    notes::created_at,
                ))
                .into_boxed();
            if !supervisor {
                query = query.filter(notes::shared.eq(true));
            }
            let rows: Vec<(String, String, String, bool, NaiveDateTime)> = query.load(conn)?;
            let authors: Vec<String> = rows.iter().map(|r| r.1.clone()).collect();
            let names = accounts::display_names(conn, &authors)?;
            let notes = rows
                .into_iter()
                .map(|(id, author, body, shared, created_at)| Note {
                    author: names.get(&author).cloned().unwrap_or_default(),
                    id,
                    body,
                    shared,
                    created_at: created_at.and_utc(),
                })
                .collect::<Vec<_>>();
            if supervisor && me_in.user_id != facilitator {
                accounts::record_security_event(
                    conn,
                    SecurityEvent::SupervisionNotesViewed,
                    Some(&facilitator),
                    Some(&me_in.user_id),
                    &facilitator,
                    now(),
                )?;
            }
            Ok(notes)
        })
        .await
}
