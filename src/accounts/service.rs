//! What accounts answer for the features above them (groups, chat): names, addresses and the
//! security log. Other features ask here and never read accounts' tables.

use std::collections::HashMap;

use super::model::users;
use crate::auth::policy::Role;
use crate::db::AnyConnection;
use crate::error::AppError;

pub use super::model::security::EventKind as SecurityEvent;
/// Records an event in the security log; `detail` is short and free of secrets.
pub use super::model::security::record as record_security_event;

/// Where to write to a person, and in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub email: String,
    pub language: String,
}

/// The display names of the given people, by user id (unknown ids are left out).
pub fn display_names(
    conn: &mut AnyConnection,
    ids: &[String],
) -> Result<HashMap<String, String>, AppError> {
    Ok(users::display_names(conn, ids)?.into_iter().collect())
}

/// Everyone not suspended who has one of `roles`, each once.
pub fn contacts_with_roles(
    conn: &mut AnyConnection,
    roles: &[Role],
) -> Result<Vec<Contact>, AppError> {
    Ok(users::active_with_roles(conn, roles)?
        .into_iter()
        .map(|(email, language)| Contact { email, language })
        .collect())
}

/// A person who has a role, as the features above accounts list them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Person {
    pub id: String,
    pub display_name: String,
}

/// Everyone not suspended who has `role`, by name.
pub fn people_with_role(conn: &mut AnyConnection, role: Role) -> Result<Vec<Person>, AppError> {
    Ok(users::people_with_role(conn, role)?
        .into_iter()
        .map(|(id, display_name)| Person { id, display_name })
        .collect())
}

/// Whether `user_id` is an account that is not suspended and has `role`.
pub fn has_role(conn: &mut AnyConnection, user_id: &str, role: Role) -> Result<bool, AppError> {
    let active = users::by_id(conn, user_id)?.is_some_and(|u| u.suspended_at.is_none());
    Ok(active && users::roles(conn, user_id)?.contains(&role))
}

/// Where to write to `user_id`, unless the account is gone or suspended.
pub fn contact_of(conn: &mut AnyConnection, user_id: &str) -> Result<Option<Contact>, AppError> {
    Ok(users::by_id(conn, user_id)?
        .filter(|u| u.suspended_at.is_none())
        .map(|u| Contact {
            email: u.email,
            language: u.ui_language,
        }))
}

/// The family of each of these people who belongs to one.
pub fn families_of(
    conn: &mut AnyConnection,
    ids: &[String],
) -> Result<HashMap<String, String>, AppError> {
    Ok(users::families_of(conn, ids)?.into_iter().collect())
}

/// A person as other features write to them: name, address and language.
#[derive(Debug, Clone)]
pub struct Addressee {
    pub display_name: String,
    pub contact: Contact,
}

/// The person's name and where to write to them; None for an unknown id.
pub fn addressee(conn: &mut AnyConnection, user_id: &str) -> Result<Option<Addressee>, AppError> {
    Ok(users::by_id(conn, user_id)?.map(|u| Addressee {
        display_name: u.display_name,
        contact: Contact {
            email: u.email,
            language: u.ui_language,
        },
    }))
}

/// Gives a person a role inside the caller's transaction (a certificate makes a facilitator);
/// the caller publishes `AccessChanged` after commit.
pub fn grant_role(conn: &mut AnyConnection, user_id: &str, role: Role) -> Result<(), AppError> {
    Ok(users::grant_role(conn, user_id, role, crate::clock::now())?)
}

/// The id of the account with this address, if any.
pub fn user_id_by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<String>, AppError> {
    Ok(users::by_email(conn, email)?.map(|u| u.id))
}

/// The municipality code each of these families saved (unknown ids are left out).
pub fn family_municipalities(
    conn: &mut AnyConnection,
    family_ids: &[String],
) -> Result<HashMap<String, String>, AppError> {
    use crate::db::schema::families;
    use diesel::prelude::*;
    Ok(families::table
        .filter(families::id.eq_any(family_ids))
        .select((families::id, families::municipality))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}

/// The families whose saved municipality is one of `codes`.
pub fn families_in(conn: &mut AnyConnection, codes: &[String]) -> Result<Vec<String>, AppError> {
    use crate::db::schema::families;
    use diesel::prelude::*;
    Ok(families::table
        .filter(families::municipality.eq_any(codes))
        .select(families::id)
        .load(conn)?)
}

/// An adult of a family, as other features write to them.
#[derive(Debug, Clone)]
pub struct Adult {
    pub id: String,
    pub display_name: String,
    pub contact: Contact,
}

/// A family as the features above accounts see it: its languages, municipality and adults
/// (those not suspended), oldest account first.
#[derive(Debug, Clone)]
pub struct FamilyFacts {
    pub id: String,
    pub languages: Vec<String>,
    pub municipality: String,
    pub adults: Vec<Adult>,
}

/// The family `family_id`, or `None` when there is no such family.
pub fn family(conn: &mut AnyConnection, family_id: &str) -> Result<Option<FamilyFacts>, AppError> {
    let Some(family) = users::family(conn, family_id)? else {
        return Ok(None);
    };
    let adults = users::family_members(conn, family_id)?
        .into_iter()
        .filter(|u| u.suspended_at.is_none())
        .map(|u| Adult {
            id: u.id,
            display_name: u.display_name,
            contact: Contact {
                email: u.email,
                language: u.ui_language,
            },
        })
        .collect();
    Ok(Some(FamilyFacts {
        languages: family
            .languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        municipality: family.municipality,
        id: family.id,
        adults,
    }))
}

/// How many accounts belong to the family, suspended ones included.
pub fn family_size(conn: &mut AnyConnection, family_id: &str) -> Result<i64, AppError> {
    use diesel::prelude::*;
    Ok(crate::db::schema::users::table
        .filter(crate::db::schema::users::family_id.eq(family_id))
        .count()
        .get_result(conn)?)
}

/// When the sign-in session `session_id` began (a step that asks to "sign in again" looks at
/// it), or `None` if there is no such session.
pub fn session_started(
    conn: &mut AnyConnection,
    session_id: &str,
) -> Result<Option<chrono::NaiveDateTime>, AppError> {
    use crate::db::schema::sessions;
    use diesel::prelude::*;
    Ok(sessions::table
        .find(session_id)
        .select(sessions::created_at)
        .first(conn)
        .optional()?)
}

/// Up to `limit` accounts nobody signed in to since `cutoff` (never-used ones count from their
/// creation), oldest first, leaving out `skip`.
pub fn idle_since(
    conn: &mut AnyConnection,
    cutoff: chrono::NaiveDateTime,
    skip: &[String],
    limit: i64,
) -> Result<Vec<crate::accounts::model::activity::Idle>, AppError> {
    Ok(crate::accounts::model::activity::idle_since(
        conn, cutoff, skip, limit,
    )?)
}

/// When `user_id` last signed in (or was created, if never).
pub fn last_active(
    conn: &mut AnyConnection,
    user_id: &str,
) -> Result<Option<chrono::NaiveDateTime>, AppError> {
    Ok(crate::accounts::model::activity::last_active(
        conn, user_id,
    )?)
}
