//! The account list administrators page through: filtered by text, role and status in the
//! database, newest first by `(created_at, id)`.

use std::collections::HashMap;

use diesel::dsl::exists;
use diesel::prelude::*;

use crate::db::like::{self, lower};

use super::users::User;
use crate::auth::policy::Role;
use crate::db::AnyConnection;
use crate::db::schema::{user_roles, users};
use crate::paging::Position;

type Backend = <AnyConnection as Connection>::Backend;

/// What the list is narrowed to; `None` is "any".
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Part of the name or email address, in any case.
    pub text: Option<String>,
    pub role: Option<Role>,
    /// `Some(true)`: suspended accounts only; `Some(false)`: active ones only.
    pub suspended: Option<bool>,
}

fn filtered<'a>(filter: &UserFilter) -> users::BoxedQuery<'a, Backend> {
    let mut query = users::table
        .filter(users::email.not_like(super::users::ERASED_ADDRESSES))
        .into_boxed();
    if let Some(pattern) = filter.text.as_deref().and_then(like::contains) {
        query = query.filter(
            lower(users::email)
                .like(pattern.clone())
                .escape('\\')
                .or(lower(users::display_name).like(pattern).escape('\\')),
        );
    }
    if let Some(role) = filter.role {
        query = query.filter(exists(
            user_roles::table
                .filter(user_roles::user_id.eq(users::id))
                .filter(user_roles::role.eq(role.as_str())),
        ));
    }
    match filter.suspended {
        Some(true) => query = query.filter(users::suspended_at.is_not_null()),
        Some(false) => query = query.filter(users::suspended_at.is_null()),
        None => {}
    }
    query
}

/// Up to `limit` accounts matching the filter from `position`, newest first.
pub fn page(
    conn: &mut AnyConnection,
    filter: &UserFilter,
    position: &Position,
    limit: i64,
) -> QueryResult<Vec<User>> {
    crate::keyset_page!(
        filtered(filter),
        users::created_at,
        users::id,
        position,
        limit
    )
    .select(User::as_select())
    .load(conn)
}

pub fn count(conn: &mut AnyConnection, filter: &UserFilter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// The roles of these accounts, in one query.
pub fn roles_of(
    conn: &mut AnyConnection,
    ids: &[String],
) -> QueryResult<HashMap<String, Vec<Role>>> {
    let rows: Vec<(String, String)> = user_roles::table
        .filter(user_roles::user_id.eq_any(ids))
        .select((user_roles::user_id, user_roles::role))
        .load(conn)?;
    let mut roles: HashMap<String, Vec<Role>> = HashMap::new();
    for (user, name) in rows {
        if let Some(role) = Role::parse(&name) {
            roles.entry(user).or_default().push(role);
        }
    }
    roles.values_mut().for_each(|r| r.sort());
    Ok(roles)
}
