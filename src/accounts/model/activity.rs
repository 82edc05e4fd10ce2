//! When people last signed in, for the rule that an account nobody uses is warned and then
//! erased. An account that never signed in counts from its creation.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::users;

pub fn mark_signed_in(
    conn: &mut AnyConnection,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(users::table.find(user_id))
        .set(users::last_signed_in_at.eq(now))
        .execute(conn)?;
    Ok(())
}

/// A person whose account has been idle.
#[derive(Debug, Clone, Queryable)]
pub struct Idle {
    pub id: String,
    pub email: String,
    pub ui_language: String,
    pub last_active: NaiveDateTime,
}

/// Up to `limit` accounts nobody signed in to since `cutoff`, oldest first; never the erased
/// stand-in or the stubs erasure leaves.
pub fn idle_since(
    conn: &mut AnyConnection,
    cutoff: NaiveDateTime,
    skip: &[String],
    limit: i64,
) -> QueryResult<Vec<Idle>> {
    let last = diesel::dsl::sql::<diesel::sql_types::Timestamp>(
        "COALESCE(users.last_signed_in_at, users.created_at)",
    );
    users::table
        .filter(
            users::last_signed_in_at
                .lt(cutoff)
                .or(users::last_signed_in_at
                    .is_null()
                    .and(users::created_at.lt(cutoff))),
        )
        .filter(users::email.not_like(super::users::ERASED_ADDRESSES))
        .filter(users::id.ne_all(skip))
        .select((users::id, users::email, users::ui_language, last.clone()))
        .order(last.asc())
        .limit(limit)
        .load(conn)
}

/// When `user_id` last signed in (or was created, if never); `None` for an unknown id.
pub fn last_active(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Option<NaiveDateTime>> {
    let found: Option<(Option<NaiveDateTime>, NaiveDateTime)> = users::table
        .find(user_id)
        .select((users::last_signed_in_at, users::created_at))
        .first(conn)
        .optional()?;
    Ok(found.map(|(last, created)| last.unwrap_or(created)))
}
