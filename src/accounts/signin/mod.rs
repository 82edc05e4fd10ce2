//! Use cases of getting in: sign up, confirm, magic link, password, second factor, reset,
//! sign out. Answers never reveal whether an address has an account.

mod links;
mod password;
mod second_factor;
mod sign_out;
mod sign_up;

pub use links::{LinkKind, link_is_valid, redeem_magic_link, request_link};
pub use password::{reset_password, sign_in_failed, sign_in_with_password};
pub use second_factor::pass_second_factor;
pub use sign_out::sign_out;
pub use sign_up::{SignUp, confirm_email, sign_up};

use minijinja::context;

use super::Client;
use super::mails::{AccountMail, queue};
use super::model::security::{self, EventKind};
use super::model::{sessions, users};
use crate::auth::access::second_factor_state;
use crate::auth::policy::SecondFactor;
use crate::auth::tokens::{AUDIENCE_API, AUDIENCE_WEB};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;

/// Browsers get a cookie token; API clients a bearer token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenUse {
    Browser,
    Api,
}

/// A new session and the token that names it.
#[derive(Debug, Clone)]
pub struct Ticket {
    pub token: String,
    pub second_factor: SecondFactor,
    /// The privacy notice changed since the person last accepted it (or they never did).
    pub notice_due: bool,
}

/// Opens a session for a user whose identity was just proven.
pub(super) fn open_session(
    conn: &mut AnyConnection,
    state: &AppState,
    user: &users::User,
    client: &Client,
    method: &str,
    second_factor_passed: bool,
    token_use: TokenUse,
) -> Result<Ticket, AppError> {
    if user.suspended_at.is_some() {
        return Err(AppError::forbidden().with_message("sign-in-suspended", vec![]));
    }
    let now = now();
    let session = sessions::create(conn, &user.id, &client.device, second_factor_passed, now)?;
    crate::accounts::model::activity::mark_signed_in(conn, &user.id, now)?;
    let roles = users::roles(conn, &user.id)?;
    security::record(
        conn,
        EventKind::SignIn,
        Some(&user.id),
        Some(&user.id),
        method,
        now,
    )?;
    // Signing in through a mailed link already tells the mailbox; a password does not.
    if user.notify_new_sign_in && method == "password" {
        queue(
            state,
            conn,
            AccountMail::NewSignIn,
            &user.ui_language,
            &user.email,
            "/account/sessions",
            context! { name => &user.display_name, device => &client.device },
        )?;
    }
    let audience = match token_use {
        TokenUse::Browser => AUDIENCE_WEB,
        TokenUse::Api => AUDIENCE_API,
    };
    Ok(Ticket {
        token: state
            .keys
            .issue(&user.id, &session.id, audience, sessions::LIFETIME),
        second_factor: second_factor_state(user, &roles, second_factor_passed),
        notice_due: crate::accounts::notice::due(state, conn, &user.id)?,
    })
}
pub fn link_expired() -> AppError {
    AppError::bad_request("link-expired")
}
