//! The personal data accounts keep, declared for the privacy feature: the profile and roles,
//! the family (its other adults by pseudonym), sign-in sessions, the security log about the
//! person, invitations and the mail waiting in or recently sent from the outbox. Never a
//! password hash, an authenticator key, a recovery code or a token.

use diesel::prelude::*;
use serde_json::{Value, json};

use super::model::users;
use crate::db::AnyConnection;
use crate::db::schema::{invitations, recovery_codes, security_events, sessions, user_roles};
use crate::error::AppError;
use crate::personal_data::{
    Kind, LawfulBasis, PersonalData, Pseudonyms, Retention, Subject, at, at_opt,
};
use crate::registry::Registry;

pub fn register(reg: &mut Registry) {
    let ended_days = u32::try_from(super::ENDED_SESSIONS_KEPT.num_days()).unwrap_or(30);
    let mail_days = u32::try_from(crate::mail::SENT_MAIL_KEPT.num_days()).unwrap_or(7);
    reg.personal_data(PersonalData {
        feature: "accounts",
        kinds: vec![
            Kind {
                key: "accounts.profile",
                title: "privacy-kind-accounts-profile",
                purpose: "privacy-purpose-of-accounts-profile",
                basis: LawfulBasis::Contract,
                retention: Retention::WhileAccount,
                tables: &["users", "user_roles", "recovery_codes"],
            },
            Kind {
                key: "accounts.family",
                title: "privacy-kind-accounts-family",
                purpose: "privacy-purpose-of-accounts-family",
                basis: LawfulBasis::Contract,
                retention: Retention::WhileAccount,
                tables: &["families", "users"],
            },
            Kind {
                key: "accounts.sessions",
                title: "privacy-kind-accounts-sessions",
                purpose: "privacy-purpose-of-accounts-sessions",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::DaysAfterClosing { days: ended_days },
                tables: &["sessions"],
            },
            Kind {
                key: "accounts.security_log",
                title: "privacy-kind-accounts-security-log",
                purpose: "privacy-purpose-of-accounts-security-log",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::Days {
                    days: super::purge::SECURITY_LOG_KEPT_DAYS,
                },
                tables: &["security_events"],
            },
            Kind {
                key: "accounts.invitations",
                title: "privacy-kind-accounts-invitations",
                purpose: "privacy-purpose-of-accounts-invitations",
                basis: LawfulBasis::Contract,
                retention: Retention::WhileAccount,
                tables: &["invitations"],
            },
            Kind {
                key: "accounts.mail",
                title: "privacy-kind-accounts-mail",
                purpose: "privacy-purpose-of-accounts-mail",
                basis: LawfulBasis::Contract,
                retention: Retention::Days { days: mail_days },
                tables: &["mail_outbox"],
            },
        ],
        export,
        erase: super::erase::erase,
        purge: Some(super::purge::purge),
    });
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    Ok(json!({
        "profile": profile(conn, subject)?,
        "family": family(conn, subject, names)?,
        "sessions": sessions_of(conn, subject)?,
        "security_log": security_log(conn, subject, names)?,
        "invitations": invitations_of(conn, subject, names)?,
        "mail": mail(conn, subject)?,
    }))
}

fn profile(conn: &mut AnyConnection, subject: &Subject) -> Result<Value, AppError> {
    let Some(user) = users::by_id(conn, &subject.user_id)? else {
        return Ok(json!({}));
    };
    let roles: Vec<(String, chrono::NaiveDateTime)> = user_roles::table
        .filter(user_roles::user_id.eq(&user.id))
        .order(user_roles::granted_at)
        .select((user_roles::role, user_roles::granted_at))
        .load(conn)?;
    let unused_codes: i64 = recovery_codes::table
        .filter(recovery_codes::user_id.eq(&user.id))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)?;
    let roles: Vec<String> = roles
        .into_iter()
        .map(|(role, granted)| format!("{role} ({})", at(granted).as_str().unwrap_or_default()))
        .collect();
    Ok(json!({
        "email": user.email,
        "email_confirmed_at": at_opt(user.email_confirmed_at),
        "display_name": user.display_name,
        "language": user.ui_language,
        "roles": roles,
        "password_set": user.password_hash.is_some(),
        "second_factor_enabled_at": at_opt(user.totp_enabled_at),
        "unused_recovery_codes": unused_codes,
        "notify_by_email": user.notify_by_email,
        "notify_new_sign_in": user.notify_new_sign_in,
        "reminder_hours": user.reminder_hours,
        "suspended_at": at_opt(user.suspended_at),
        "created_at": at(user.created_at),
        "updated_at": at(user.updated_at),
    }))
}

fn family(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let Some(family) = subject.family_id.as_deref() else {
        return Ok(json!({}));
    };
    let Some(row) = users::family(conn, family)? else {
        return Ok(json!({}));
    };
    let others: Vec<String> = users::family_members(conn, family)?
        .into_iter()
        .filter(|u| u.id != subject.user_id)
        .map(|u| names.name(subject, &u.id))
        .collect();
    Ok(json!({
        "languages": row.languages.split(',').filter(|l| !l.is_empty()).collect::<Vec<_>>(),
        "municipality": row.municipality,
        "other_adults": others,
        "created_at": at(row.created_at),
    }))
}

type SessionRow = (
    String,
    bool,
    chrono::NaiveDateTime,
    chrono::NaiveDateTime,
    chrono::NaiveDateTime,
    Option<chrono::NaiveDateTime>,
);

fn sessions_of(conn: &mut AnyConnection, subject: &Subject) -> Result<Vec<Value>, AppError> {
    let rows: Vec<SessionRow> = sessions::table
        .filter(sessions::user_id.eq(&subject.user_id))
        .order(sessions::created_at)
        .select((
            sessions::device,
            sessions::second_factor_passed,
            sessions::created_at,
            sessions::last_seen_at,
            sessions::expires_at,
            sessions::revoked_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(device, second, created, seen, expires, revoked)| {
            json!({
                "device": device, "second_factor_passed": second, "signed_in_at": at(created),
                "last_seen_at": at(seen), "expires_at": at(expires), "ended_at": at_opt(revoked),
            })
        })
        .collect())
}

fn security_log(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<(String, Option<String>, String, chrono::NaiveDateTime)> = security_events::table
        .filter(security_events::user_id.eq(&subject.user_id))
        .order((security_events::created_at, security_events::id))
        .select((
            security_events::kind,
            security_events::actor_id,
            security_events::detail,
            security_events::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, actor, detail, created)| {
            // A detail may name the person's own id (notes about a facilitator): not another's.
            let detail = if detail == subject.user_id {
                String::new()
            } else {
                detail
            };
            json!({
                "event": kind,
                "by": actor.map(|a| names.name(subject, &a)),
                "detail": detail,
                "at": at(created),
            })
        })
        .collect())
}

type InvitationRow = (
    String,
    String,
    String,
    chrono::NaiveDateTime,
    chrono::NaiveDateTime,
    Option<chrono::NaiveDateTime>,
    Option<chrono::NaiveDateTime>,
);

/// Invitations to the person's address and those they sent (whose addresses are another
/// person's and are left out).
fn invitations_of(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<InvitationRow> = invitations::table
        .filter(
            invitations::email
                .eq(&subject.email)
                .or(invitations::invited_by.eq(&subject.user_id)),
        )
        .order(invitations::created_at)
        .select((
            invitations::email,
            invitations::role,
            invitations::invited_by,
            invitations::created_at,
            invitations::expires_at,
            invitations::accepted_at,
            invitations::revoked_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(email, role, by, created, expires, accepted, revoked)| {
            let to_me = email == subject.email;
            json!({
                "direction": if to_me { "received" } else { "sent" },
                "role": role,
                "invited_by": names.name(subject, &by),
                "created_at": at(created), "expires_at": at(expires),
                "accepted_at": at_opt(accepted), "revoked_at": at_opt(revoked),
            })
        })
        .collect())
}

fn mail(conn: &mut AnyConnection, subject: &Subject) -> Result<Vec<Value>, AppError> {
    Ok(crate::mail::to_recipient(conn, &subject.email)?
        .into_iter()
        .map(|m| {
            json!({
                "subject": m.subject, "queued_at": at(m.created_at),
                "sent_at": at_opt(m.done_at), "attempts": m.attempts,
            })
        })
        .collect())
}
