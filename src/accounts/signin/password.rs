//! Signing in with a password, and setting a new one from a reset link.

use super::sign_up::{Recipient, mail_confirmation_link};
use super::{Ticket, TokenUse, link_expired, open_session};
use crate::accounts::Client;
use crate::accounts::domain::Email;
use crate::accounts::model::one_time::{self, Purpose};
use crate::accounts::model::security::{self, EventKind};
use crate::accounts::model::{sessions, users};
use crate::auth::password;
use crate::auth::throttle::{self, Limit};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;

const SIGN_IN_PER_ACCOUNT: Limit = Limit::per_minutes(10, 15);
const SIGN_IN_PER_ADDRESS: Limit = Limit::per_minutes(50, 15);

pub fn sign_in_failed() -> AppError {
    AppError::bad_request("sign-in-failed")
}

pub async fn sign_in_with_password(
    state: &AppState,
    email: &str,
    password: String,
    client: &Client,
    token_use: TokenUse,
) -> Result<Ticket, AppError> {
    let email = Email::parse(email).map_err(|_| sign_in_failed())?;
    let state_in = state.clone();
    let client = client.clone();
    let ticket = state
        .db
        .run(move |conn| {
            let account_bucket = format!("sign-in:{}", email.as_str());
            throttle::hit(
                conn,
                &format!("sign-in:{}", client.address),
                SIGN_IN_PER_ADDRESS,
                now(),
            )?;
            throttle::hit(conn, &account_bucket, SIGN_IN_PER_ACCOUNT, now())?;
            let user = check_password(conn, &email, &password)?;
            crate::db::transaction(conn, |conn| {
                if user.email_confirmed_at.is_none() {
                    let to = Recipient {
                        email: &user.email,
                        language: &user.ui_language,
                        name: &user.display_name,
                    };
                    mail_confirmation_link(&state_in, conn, &user.id, &to, now())?;
                    return Ok(Err(AppError::bad_request("sign-in-unconfirmed")));
                }
                throttle::reset(conn, &account_bucket)?;
                open_session(
                    conn, &state_in, &user, &client, "password", false, token_use,
                )
                .map(Ok)
            })?
        })
        .await;
    state.mailer.wake_worker();
    ticket
}

/// The account, if the password is right and the account not suspended; otherwise the failed
/// attempt is recorded and the answer does not say which was wrong.
fn check_password(
    conn: &mut AnyConnection,
    email: &Email,
    password: &str,
) -> Result<users::User, AppError> {
    let user = users::by_email(conn, email.as_str())?;
    let hash = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let correct = password::verify(password, hash);
    let Some(user) = user.filter(|u| correct && u.suspended_at.is_none()) else {
        let user_id = users::by_email(conn, email.as_str())?.map(|u| u.id);
        security::record(
            conn,
            EventKind::SignInFailed,
            user_id.as_deref(),
            None,
            "password",
            now(),
        )?;
        return Err(sign_in_failed());
    };
    Ok(user)
}

/// Sets a new password from a reset link: every other session ends.
pub async fn reset_password(
    state: &AppState,
    token: String,
    new_password: String,
    client: &Client,
    token_use: TokenUse,
) -> Result<Ticket, AppError> {
    password::validate_new(&new_password)?;
    let state_in = state.clone();
    let client = client.clone();
    state
        .db
        .run(move |conn| {
            let hash = password::hash(&new_password)?;
            crate::db::transaction(conn, |conn| {
                let now = now();
                let (user_id, _) = one_time::redeem(conn, Purpose::PasswordReset, &token, now)?
                    .ok_or_else(link_expired)?;
                users::set_password(conn, &user_id, Some(&hash), now)?;
                users::confirm_email(conn, &user_id, now)?;
                sessions::revoke_all(conn, &user_id, None, now)?;
                one_time::void_all(conn, Purpose::PasswordReset, &user_id, now)?;
                security::record(
                    conn,
                    EventKind::PasswordChanged,
                    Some(&user_id),
                    Some(&user_id),
                    "reset_link",
                    now,
                )?;
                let user = users::by_id(conn, &user_id)?.ok_or_else(link_expired)?;
                open_session(
                    conn,
                    &state_in,
                    &user,
                    &client,
                    "password_reset",
                    false,
                    token_use,
                )
            })
        })
        .await
}
