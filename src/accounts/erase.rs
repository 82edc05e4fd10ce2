//! Erasing a person's account, last of every feature (the others have let go of the person's
//! rows by then): sessions, links, codes, roles, invitations, mail and the security log go;
//! one line saying an account was erased stays, naming nobody. The person's row goes too —
//! unless a protected record still points at it, when it stays as a nameless stub kept as
//! long as that record. The family goes with its last adult the same way.

use diesel::prelude::*;

use super::model::{new_id, security};
use crate::db::AnyConnection;
use crate::db::schema::{
    families, invitations, mail_outbox, one_time_tokens, rate_limits, recovery_codes,
    security_events, sessions, user_roles, users,
};
use crate::error::AppError;
use crate::personal_data::Erasure;
use crate::{delete_of, stand_in_for};

/// Why a stub of an erased person or family is kept.
const HOLDS_KEPT: &str = "privacy-protected-holds-kept-records";

pub fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.clone();
    let email = erasure.subject.email.clone();
    delete_of!(
        conn,
        &me,
        sessions.user_id,
        one_time_tokens.user_id,
        recovery_codes.user_id,
        user_roles.user_id,
        security_events.user_id,
        security_events.actor_id
    );
    delete_of!(conn, &email, invitations.email, mail_outbox.recipient);
    diesel::delete(
        invitations::table
            .filter(invitations::invited_by.eq(&me))
            .filter(invitations::accepted_at.is_null()),
    )
    .execute(conn)?;
    stand_in_for!(conn, &me, invitations.invited_by);
    diesel::delete(rate_limits::table.filter(rate_limits::bucket.like(format!("%:{email}"))))
        .execute(conn)?;
    security::record(
        conn,
        security::EventKind::AccountErased,
        None,
        None,
        "",
        erasure.now,
    )?;
    let keep_until = erasure.protected.iter().map(|p| p.until).max();
    let family = erasure.family_going().map(str::to_owned);
    match keep_until {
        Some(until) => {
            stub_person(conn, &me, erasure)?;
            erasure.protect("users", &me, HOLDS_KEPT, until);
            if let Some(family) = &family {
                diesel::update(families::table.find(family))
                    .set(families::languages.eq(""))
                    .execute(conn)?;
                erasure.protect("families", family, HOLDS_KEPT, until);
            }
        }
        None => {
            diesel::delete(users::table.find(&me)).execute(conn)?;
            if let Some(family) = &family {
                delete_of!(conn, family, invitations.family_id);
                diesel::delete(families::table.find(family)).execute(conn)?;
            }
        }
    }
    Ok(())
}

/// The person's row without anything that tells who they were.
fn stub_person(conn: &mut AnyConnection, me: &str, erasure: &Erasure) -> Result<(), AppError> {
    diesel::update(users::table.find(me))
        .set((
            users::email.eq(format!("{}@erased.invalid", new_id())),
            users::email_confirmed_at.eq(None::<chrono::NaiveDateTime>),
            users::display_name.eq("—"),
            users::password_hash.eq(None::<String>),
            users::totp_secret.eq(None::<String>),
            users::totp_enabled_at.eq(None::<chrono::NaiveDateTime>),
            users::notify_by_email.eq(false),
            users::notify_new_sign_in.eq(false),
            users::suspended_at.eq(Some(erasure.now)),
            users::updated_at.eq(erasure.now),
        ))
        .execute(conn)?;
    Ok(())
}
