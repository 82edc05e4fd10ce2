//! One-time tokens sent by mail (confirmation, magic link, password reset, email change) and
//! recovery codes. Only hashes are stored; a token works once and expires.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::auth::tokens::{hash_token, random_token};
use crate::db::AnyConnection;
use crate::db::schema::{one_time_tokens, recovery_codes};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    ConfirmEmail,
    MagicLink,
    PasswordReset,
    ChangeEmail,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::ConfirmEmail => "confirm_email",
            Purpose::MagicLink => "magic_link",
            Purpose::PasswordReset => "password_reset",
            Purpose::ChangeEmail => "change_email",
        }
    }

    pub fn lifetime(self) -> TimeDelta {
        match self {
            Purpose::ConfirmEmail | Purpose::ChangeEmail => TimeDelta::hours(48),
            Purpose::MagicLink => TimeDelta::minutes(20),
            Purpose::PasswordReset => TimeDelta::hours(1),
        }
    }
}

/// Creates a token for `user_id`; returns the secret to put in the link.
pub fn issue(
    conn: &mut AnyConnection,
    purpose: Purpose,
    user_id: &str,
    payload: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<String> {
    let token = random_token();
    diesel::insert_into(one_time_tokens::table)
        .values((
            one_time_tokens::token_hash.eq(hash_token(&token)),
            one_time_tokens::purpose.eq(purpose.as_str()),
            one_time_tokens::user_id.eq(Some(user_id)),
            one_time_tokens::payload.eq(payload),
            one_time_tokens::expires_at.eq(now + purpose.lifetime()),
            one_time_tokens::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Marks the token used and returns (user id, payload); `None` if unknown, used or expired.
/// The conditional update makes two simultaneous redemptions yield one winner.
pub fn redeem(
    conn: &mut AnyConnection,
    purpose: Purpose,
    token: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<(String, Option<String>)>> {
    let hash = hash_token(token);
    let updated = diesel::update(
        one_time_tokens::table
            .find(&hash)
            .filter(one_time_tokens::purpose.eq(purpose.as_str()))
            .filter(one_time_tokens::used_at.is_null())
            .filter(one_time_tokens::expires_at.gt(now)),
    )
    .set(one_time_tokens::used_at.eq(Some(now)))
    .execute(conn)?;
    if updated == 0 {
        return Ok(None);
    }
    one_time_tokens::table
        .find(&hash)
        .select((
            one_time_tokens::user_id.assume_not_null(),
            one_time_tokens::payload,
        ))
        .first(conn)
        .optional()
}

/// Whether a token would be accepted, without using it (for the confirmation pages).
pub fn is_valid(
    conn: &mut AnyConnection,
    purpose: Purpose,
    token: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        one_time_tokens::table
            .find(hash_token(token))
            .filter(one_time_tokens::purpose.eq(purpose.as_str()))
            .filter(one_time_tokens::used_at.is_null())
            .filter(one_time_tokens::expires_at.gt(now)),
    ))
    .get_result(conn)
}

/// Ends all open tokens of a purpose, e.g. older reset links once the password changed.
pub fn void_all(
    conn: &mut AnyConnection,
    purpose: Purpose,
    user_id: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        one_time_tokens::table
            .filter(one_time_tokens::user_id.eq(user_id))
            .filter(one_time_tokens::purpose.eq(purpose.as_str()))
            .filter(one_time_tokens::used_at.is_null()),
    )
    .set(one_time_tokens::used_at.eq(Some(now)))
    .execute(conn)
}

pub fn purge_expired_before(conn: &mut AnyConnection, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(one_time_tokens::table.filter(one_time_tokens::expires_at.lt(cutoff)))
        .execute(conn)
}

/// Replaces a user's recovery codes with ten new ones; returns them (shown once).
pub fn new_recovery_codes(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<String>> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
        .execute(conn)?;
    let codes: Vec<String> = (0..10)
        .map(|_| {
            let raw = random_token();
            format!("{}-{}", &raw[..5], &raw[5..10])
        })
        .collect();
    for code in &codes {
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::user_id.eq(user_id),
                recovery_codes::code_hash.eq(hash_token(code)),
            ))
            .execute(conn)?;
    }
    Ok(codes)
}

/// Uses a recovery code once.
pub fn use_recovery_code(
    conn: &mut AnyConnection,
    user_id: &str,
    code: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let normalised = code.trim().to_lowercase();
    diesel::update(
        recovery_codes::table
            .filter(recovery_codes::user_id.eq(user_id))
            .filter(recovery_codes::code_hash.eq(hash_token(&normalised)))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(Some(now)))
    .execute(conn)
    .map(|n| n > 0)
}

pub fn clear_recovery_codes(conn: &mut AnyConnection, user_id: &str) -> QueryResult<()> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
        .execute(conn)
        .map(|_| ())
}
