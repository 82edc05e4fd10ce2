//! Two-step sign-in on one's own account: setting up an authenticator app, confirming it
//! (with one-time recovery codes), and turning it off where no role requires it.

use super::model::one_time;
use super::model::security::{self, EventKind};
use super::model::{sessions, users};
use super::profile::wrong_code;
use crate::auth::SignedIn;
use crate::auth::seal::Sealer;
use crate::auth::second_factor;
use crate::clock::now;
use crate::error::AppError;
use crate::state::AppState;

/// What the second-factor page shows while setting up an authenticator.
pub struct PendingSetup {
    pub secret: String,
    pub url: String,
    pub qr_svg: String,
}

/// Starts (or continues) setting up an authenticator app.
pub async fn begin_second_factor(
    state: &AppState,
    me: &SignedIn,
) -> Result<Option<PendingSetup>, AppError> {
    let (user_id, email) = (me.user_id.clone(), me.email.clone());
    let seal = state.totp_seal.clone();
    state
        .db
        .run(move |conn| {
            let user = users::by_id(conn, &user_id)?.ok_or_else(AppError::not_found)?;
            if user.totp_enabled_at.is_some() {
                return Ok(None);
            }
            let secret = match user.totp(&seal).map_err(AppError::internal)? {
                Some(secret) => secret,
                None => {
                    let secret = second_factor::new_secret();
                    users::set_totp(conn, &seal, &user_id, Some(&secret), None)?;
                    secret
                }
            };
            let url = second_factor::provisioning_url(&secret, &email)?;
            let qr_svg = second_factor::qr_svg(&url)?;
            Ok(Some(PendingSetup {
                secret,
                url,
                qr_svg,
            }))
        })
        .await
}

/// The user's authenticator secret (being set up, or `enabled`), if `code` matches it.
fn verified_secret(
    conn: &mut crate::db::AnyConnection,
    seal: &Sealer,
    user_id: &str,
    code: &str,
    enabled: bool,
) -> Result<String, AppError> {
    let user = users::by_id(conn, user_id)?.ok_or_else(AppError::not_found)?;
    let secret = user
        .totp(seal)
        .map_err(AppError::internal)?
        .filter(|_| user.totp_enabled_at.is_some() == enabled)
        .ok_or_else(|| AppError::bad_request("second-factor-not-set-up"))?;
    if second_factor::verify(&secret, code) {
        Ok(secret)
    } else {
        Err(wrong_code())
    }
}

/// Finishes setup with a code from the app; returns the one-time recovery codes.
pub async fn confirm_second_factor(
    state: &AppState,
    me: &SignedIn,
    code: &str,
) -> Result<Vec<String>, AppError> {
    let (user_id, session_id, code) = (me.user_id.clone(), me.session_id.clone(), code.to_owned());
    let seal = state.totp_seal.clone();
    state
        .db
        .run(move |conn| {
            let secret = verified_secret(conn, &seal, &user_id, &code, false)?;
            crate::db::transaction(conn, |conn| {
                let now = now();
                users::set_totp(conn, &seal, &user_id, Some(&secret), Some(now))?;
                sessions::pass_second_factor(conn, &session_id)?;
                security::record(
                    conn,
                    EventKind::SecondFactorEnabled,
                    Some(&user_id),
                    Some(&user_id),
                    "totp",
                    now,
                )?;
                Ok(one_time::new_recovery_codes(conn, &user_id)?)
            })
        })
        .await
}

/// Turns the second factor off, unless a role requires it.
pub async fn disable_second_factor(
    state: &AppState,
    me: &SignedIn,
    code: &str,
) -> Result<(), AppError> {
    if me.roles.iter().any(|r| r.requires_second_factor()) {
        return Err(AppError::new(crate::error::ErrorKind::Conflict)
            .with_message("second-factor-required-by-role", vec![]));
    }
    let (user_id, code) = (me.user_id.clone(), code.to_owned());
    let seal = state.totp_seal.clone();
    state
        .db
        .run(move |conn| {
            verified_secret(conn, &seal, &user_id, &code, true)?;
            crate::db::transaction(conn, |conn| {
                let now = now();
                users::set_totp(conn, &seal, &user_id, None, None)?;
                one_time::clear_recovery_codes(conn, &user_id)?;
                security::record(
                    conn,
                    EventKind::SecondFactorDisabled,
                    Some(&user_id),
                    Some(&user_id),
                    "totp",
                    now,
                )?;
                Ok(())
            })
        })
        .await
}
