//! "Need help now?": crisis contacts per language, kept by staff. The emergency number 112 is
//! always shown besides them, in every language.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::accounts::domain::family_language_name;
use crate::clock::now;
use crate::db::schema::crisis_contacts;
use crate::error::{AppError, FieldError, UserMessage};
use crate::state::AppState;

/// Where to call when someone is in danger or in crisis; 112 always applies.
#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = crisis_contacts)]
pub struct CrisisContact {
    pub id: String,
    pub language: String,
    pub name: String,
    pub phone: String,
    pub hours: Option<String>,
}

/// A new crisis contact.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct NewContact {
    #[schema(schema_with = crate::api::schema::language_code)]
    pub language: String,
    #[schema(min_length = 1, max_length = 120)]
    pub name: String,
    #[schema(example = "09 2525 0111", max_length = 40)]
    pub phone: String,
    /// When it answers, in the contact's language.
    #[serde(default)]
    #[schema(max_length = 120)]
    pub hours: Option<String>,
}

fn invalid(field: &'static str, id: &'static str) -> FieldError {
    FieldError {
        field: field.into(),
        message: UserMessage { id, args: vec![] },
    }
}

impl NewContact {
    fn validate(&self) -> Result<(), AppError> {
        let mut errors = Vec::new();
        if crate::i18n::language(&self.language).is_none()
            && family_language_name(&self.language).is_none()
        {
            errors.push(invalid("language", "field-languages-unknown"));
        }
        let name = self.name.trim().chars().count();
        if name == 0 || name > 100 {
            errors.push(invalid("name", "crisis-contact-name-invalid"));
        }
        let phone = self.phone.trim();
        if phone.len() < 3
            || phone.len() > 40
            || !phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c))
        {
            errors.push(invalid("phone", "crisis-contact-phone-invalid"));
        }
        if self
            .hours
            .as_deref()
            .is_some_and(|h| h.chars().count() > 100)
        {
            errors.push(invalid("hours", "crisis-contact-hours-invalid"));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

pub async fn for_language(
    state: &AppState,
    language: &str,
) -> Result<Vec<CrisisContact>, AppError> {
    let language = language.to_owned();
    state
        .db
        .run(move |conn| {
            Ok(crisis_contacts::table
                .filter(crisis_contacts::language.eq(&language))
                .order(crisis_contacts::created_at)
                .select(CrisisContact::as_select())
                .load(conn)?)
        })
        .await
}

/// Every contact, by language, for staff to keep.
pub async fn all(state: &AppState) -> Result<Vec<CrisisContact>, AppError> {
    state
        .db
        .run(|conn| {
            Ok(crisis_contacts::table
                .order((crisis_contacts::language, crisis_contacts::created_at))
                .select(CrisisContact::as_select())
                .load(conn)?)
        })
        .await
}

pub async fn add(state: &AppState, contact: NewContact) -> Result<String, AppError> {
    contact.validate()?;
    let id = uuid::Uuid::new_v4().to_string();
    let stored = id.clone();
    state
        .db
        .run(move |conn| {
            diesel::insert_into(crisis_contacts::table)
                .values((
                    crisis_contacts::id.eq(&stored),
                    crisis_contacts::language.eq(contact.language.trim()),
                    crisis_contacts::name.eq(contact.name.trim()),
                    crisis_contacts::phone.eq(contact.phone.trim()),
                    crisis_contacts::hours.eq(contact
                        .hours
                        .as_deref()
                        .map(str::trim)
                        .filter(|h| !h.is_empty())),
                    crisis_contacts::created_at.eq(now()),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await?;
    Ok(id)
}

pub async fn delete(state: &AppState, id: &str) -> Result<(), AppError> {
    let id = id.to_owned();
    state
        .db
        .run(move |conn| {
            let deleted = diesel::delete(crisis_contacts::table.find(&id)).execute(conn)?;
            if deleted == 0 {
                Err(AppError::not_found())
            } else {
                Ok(())
            }
        })
        .await
}
