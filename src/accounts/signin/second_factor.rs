//! The second step of signing in: a code from the authenticator app or a recovery code.

use crate::accounts::model::one_time;
use crate::accounts::model::security::{self, EventKind};
use crate::accounts::model::{sessions, users};
use crate::auth::second_factor;
use crate::auth::throttle::{self, Limit};
use crate::clock::now;
use crate::error::AppError;
use crate::state::AppState;

const SECOND_FACTOR_PER_ACCOUNT: Limit = Limit::per_minutes(10, 15);

/// Checks a code from the authenticator app (or a recovery code) for this session; whether
/// the privacy notice is due next.
pub async fn pass_second_factor(
    state: &AppState,
    user_id: &str,
    session_id: &str,
    code: &str,
) -> Result<bool, AppError> {
    let (user_id, session_id, code) = (
        user_id.to_owned(),
        session_id.to_owned(),
        code.trim().to_owned(),
    );
    let seal = state.totp_seal.clone();
    let state_in = state.clone();
    state
        .db
        .run(move |conn| {
            throttle::hit(
                conn,
                &format!("second-factor:{user_id}"),
                SECOND_FACTOR_PER_ACCOUNT,
                now(),
            )?;
            let user = users::by_id(conn, &user_id)?.ok_or_else(AppError::not_found)?;
            let secret = user
                .totp(&seal)
                .map_err(AppError::internal)?
                .filter(|_| user.totp_enabled_at.is_some());
            let Some(secret) = secret.as_deref() else {
                return Err(AppError::bad_request("second-factor-not-set-up"));
            };
            let accepted = second_factor::verify(secret, &code)
                || one_time::use_recovery_code(conn, &user_id, &code, now())?;
            if !accepted {
                security::record(
                    conn,
                    EventKind::SignInFailed,
                    Some(&user_id),
                    None,
                    "second_factor",
                    now(),
                )?;
                return Err(crate::accounts::profile::wrong_code());
            }
            sessions::pass_second_factor(conn, &session_id)?;
            crate::accounts::notice::due(&state_in, conn, &user_id)
        })
        .await
}
