//! A coordinator creates a group.

use chrono::NaiveDateTime;

use super::validate::{NewGroupInput, ValidGroup, validate};
use crate::accounts::model::users;
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::error::FieldError;
use crate::groups::domain::GroupStatus;
use crate::groups::model;
use crate::i18n::ArgValue;
use crate::state::AppState;

/// A coordinator creates a group with its facilitators and a weekly schedule.
pub async fn create(
    state: &AppState,
    me: &SignedIn,
    input: NewGroupInput,
) -> Result<String, AppError> {
    let valid = validate(&input)?;
    let (creator, emails, publish) = (
        me.user_id.clone(),
        input.facilitator_emails.clone(),
        input.publish,
    );
    let gate = crate::groups::service::Gate::of(state);
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let facilitators = facilitators_by_email(conn, &gate, &emails)?;
                let status = if publish {
                    GroupStatus::Published
                } else {
                    GroupStatus::Draft
                };
                insert(conn, &valid, status, &creator, facilitators, now())
            })
        })
        .await
}

/// The accounts of the facilitators named by email; an address of no facilitator, or of one
/// not qualified to lead (no valid certificate), is an error.
fn facilitators_by_email(
    conn: &mut AnyConnection,
    gate: &crate::groups::service::Gate,
    emails: &[String],
) -> Result<Vec<String>, AppError> {
    let mut facilitators = Vec::new();
    for email in emails
        .iter()
        .map(|e| e.trim().to_lowercase())
        .filter(|e| !e.is_empty())
    {
        let user = users::by_email(conn, &email)?;
        let is_facilitator = match &user {
            Some(user) => users::roles(conn, &user.id)?.contains(&Role::Facilitator),
            None => false,
        };
        match user.filter(|_| is_facilitator) {
            Some(user) if !gate.qualified(conn, &user.id)? => {
                return Err(AppError::invalid(vec![FieldError::new(
                    "facilitators",
                    "group-facilitator-uncertified",
                    vec![("email", ArgValue::Text(email))],
                )]));
            }
            Some(user) => facilitators.push(user.id),
            None => {
                return Err(AppError::invalid(vec![FieldError::new(
                    "facilitators",
                    "group-facilitator-unknown",
                    vec![("email", ArgValue::Text(email))],
                )]));
            }
        }
    }
    facilitators.sort();
    facilitators.dedup();
    Ok(facilitators)
}

/// Stores the group with its texts, facilitators and sessions; returns its new id.
fn insert(
    conn: &mut AnyConnection,
    valid: &ValidGroup,
    status: GroupStatus,
    creator: &str,
    facilitators: Vec<String>,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    let id = uuid::Uuid::new_v4().to_string();
    model::insert_group(
        conn,
        &model::NewGroup {
            id: &id,
            spoken_languages: &valid.spoken_languages.join(","),
            topics: &valid.topics.join(","),
            audience: &valid.audience,
            region: &valid.region,
            capacity: valid.capacity,
            join_policy: valid.join_policy.as_str(),
            status: status.as_str(),
            created_by: creator,
        },
        now,
    )?;
    for text in &valid.texts {
        model::insert_text(conn, &id, &text.language, &text.name, &text.description)?;
    }
    for facilitator in &facilitators {
        model::add_facilitator(conn, &id, facilitator)?;
    }
    for (starts_at, ends_at) in &valid.sessions {
        model::insert_session(conn, &id, *starts_at, *ends_at, now)?;
    }
    Ok(id)
}
