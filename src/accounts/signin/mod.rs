//! Use cases of getting in: sign up, confirm, magic link, password, second factor, reset,
//! sign out. Answers never reveal whether an address has an account.

use minijinja::context;

use super::Client;
use super::domain::{
    DisplayName, Email, parse_family_languages, parse_municipality, parse_ui_language,
};
use super::mails::{AccountMail, queue};
use super::model::one_time::{self, Purpose};
use super::model::security::{self, EventKind};
use super::model::{sessions, users};
use crate::accounts::events::{Ended, SessionsEnded};
use crate::auth::access::second_factor_state;
use crate::auth::password;
use crate::auth::policy::{Role, SecondFactor};
use crate::auth::second_factor;
use crate::auth::throttle::{self, Limit};
use crate::auth::tokens::{AUDIENCE_API, AUDIENCE_WEB};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::state::AppState;

const SIGN_UP_PER_ADDRESS: Limit = Limit::per_minutes(10, 60);
const SIGN_IN_PER_ACCOUNT: Limit = Limit::per_minutes(10, 15);
const SIGN_IN_PER_ADDRESS: Limit = Limit::per_minutes(50, 15);
const LINKS_PER_ACCOUNT: Limit = Limit::per_minutes(5, 15);
const LINKS_PER_ADDRESS: Limit = Limit::per_minutes(30, 15);
const SECOND_FACTOR_PER_ACCOUNT: Limit = Limit::per_minutes(10, 15);

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
}

pub struct SignUp {
    pub email: String,
    pub display_name: String,
    pub ui_language: String,
    pub languages: Vec<String>,
    pub municipality: String,
    pub password: Option<String>,
}

fn collect<T>(result: Result<T, FieldError>, errors: &mut Vec<FieldError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

pub async fn sign_up(state: &AppState, input: SignUp, client: &Client) -> Result<(), AppError> {
    let mut errors = Vec::new();
    let email = collect(Email::parse(&input.email), &mut errors);
    let name = collect(DisplayName::parse(&input.display_name), &mut errors);
    let lang = collect(parse_ui_language(&input.ui_language), &mut errors);
    let languages = collect(parse_family_languages(&input.languages), &mut errors);
    let municipality = collect(parse_municipality(&input.municipality), &mut errors);
    let password = input.password.filter(|p| !p.is_empty());
    if let Some(password) = &password
        && let Err(error) = password::validate_new(password)
    {
        errors.extend(error.fields().iter().cloned());
    }
    let (Some(email), Some(name), Some(lang), Some(languages), Some(municipality)) =
        (email, name, lang, languages, municipality)
    else {
        return Err(AppError::invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::invalid(errors));
    }
    let state_in = state.clone();
    let bucket = format!("sign-up:{}", client.address);
    state
        .db
        .run(move |conn| {
            throttle::hit(conn, &bucket, SIGN_UP_PER_ADDRESS, now())?;
            // Hash even when the address is taken, so both answers take as long.
            let hash = password.as_deref().map(password::hash).transpose()?;
            crate::db::transaction(conn, |conn| {
                let now = now();
                if let Some(existing) = users::by_email(conn, email.as_str())? {
                    return queue(
                        &state_in,
                        conn,
                        AccountMail::AccountExists,
                        &existing.ui_language,
                        email.as_str(),
                        "/sign-in",
                        context! { name => existing.display_name },
                    );
                }
                let family = users::insert_family(conn, &languages, &municipality, now)?;
                let user_id = users::insert(
                    conn,
                    &users::NewUser {
                        email: email.as_str(),
                        display_name: name.as_str(),
                        ui_language: lang,
                        password_hash: hash.as_deref(),
                        family_id: Some(&family),
                        email_confirmed: false,
                    },
                    now,
                )?;
                users::grant_role(conn, &user_id, Role::Family, now)?;
                let token = one_time::issue(conn, Purpose::ConfirmEmail, &user_id, None, now)?;
                queue(
                    &state_in,
                    conn,
                    AccountMail::ConfirmEmail,
                    lang,
                    email.as_str(),
                    &format!("/confirm-email/{token}"),
                    context! { name => name.as_str() },
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
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
    })
}

/// Redeems a one-time token of `purpose` and signs its user in.
async fn sign_in_with_token(
    state: &AppState,
    purpose: Purpose,
    token: String,
    client: &Client,
    method: &'static str,
    token_use: TokenUse,
) -> Result<Ticket, AppError> {
    let state_in = state.clone();
    let client = client.clone();
    let ticket = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let (user_id, _) =
                    one_time::redeem(conn, purpose, &token, now)?.ok_or_else(link_expired)?;
                // Following a link sent to the address proves the address.
                users::confirm_email(conn, &user_id, now)?;
                let user = users::by_id(conn, &user_id)?.ok_or_else(link_expired)?;
                open_session(conn, &state_in, &user, &client, method, false, token_use)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(ticket)
}

pub fn link_expired() -> AppError {
    AppError::bad_request("link-expired")
}

pub async fn confirm_email(
    state: &AppState,
    token: String,
    client: &Client,
    token_use: TokenUse,
) -> Result<Ticket, AppError> {
    sign_in_with_token(
        state,
        Purpose::ConfirmEmail,
        token,
        client,
        "email_confirmation",
        token_use,
    )
    .await
}

pub async fn redeem_magic_link(
    state: &AppState,
    token: String,
    client: &Client,
    token_use: TokenUse,
) -> Result<Ticket, AppError> {
    sign_in_with_token(
        state,
        Purpose::MagicLink,
        token,
        client,
        "magic_link",
        token_use,
    )
    .await
}

/// Whether a link's token is still good (the page shows a button or an explanation).
pub async fn link_is_valid(
    state: &AppState,
    purpose: Purpose,
    token: String,
) -> Result<bool, AppError> {
    state
        .db
        .run(move |conn| Ok(one_time::is_valid(conn, purpose, &token, now())?))
        .await
}

#[derive(Debug, Clone, Copy)]
pub enum LinkKind {
    MagicLink,
    PasswordReset,
}

/// Sends a sign-in or reset link if the account exists; the same answer either way.
pub async fn request_link(
    state: &AppState,
    kind: LinkKind,
    email: &str,
    client: &Client,
) -> Result<(), AppError> {
    let email = Email::parse(email).map_err(|e| AppError::invalid(vec![e]))?;
    let state_in = state.clone();
    let address_bucket = format!("links:{}", client.address);
    state
        .db
        .run(move |conn| {
            throttle::hit(conn, &address_bucket, LINKS_PER_ADDRESS, now())?;
            throttle::hit(
                conn,
                &format!("links:{}", email.as_str()),
                LINKS_PER_ACCOUNT,
                now(),
            )?;
            crate::db::transaction(conn, |conn| {
                let Some(user) = users::by_email(conn, email.as_str())? else {
                    return Ok(());
                };
                if user.suspended_at.is_some() {
                    return Ok(());
                }
                let (purpose, mail, path) = match kind {
                    LinkKind::MagicLink => {
                        (Purpose::MagicLink, AccountMail::MagicLink, "/sign-in/link")
                    }
                    LinkKind::PasswordReset => (
                        Purpose::PasswordReset,
                        AccountMail::PasswordReset,
                        "/password/reset",
                    ),
                };
                let token = one_time::issue(conn, purpose, &user.id, None, now())?;
                queue(
                    &state_in,
                    conn,
                    mail,
                    &user.ui_language,
                    &user.email,
                    &format!("{path}/{token}"),
                    context! { name => &user.display_name },
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

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
            let user = users::by_email(conn, email.as_str())?;
            let hash = user.as_ref().and_then(|u| u.password_hash.as_deref());
            let correct = password::verify(&password, hash);
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
            crate::db::transaction(conn, |conn| {
                if user.email_confirmed_at.is_none() {
                    let token =
                        one_time::issue(conn, Purpose::ConfirmEmail, &user.id, None, now())?;
                    queue(
                        &state_in,
                        conn,
                        AccountMail::ConfirmEmail,
                        &user.ui_language,
                        &user.email,
                        &format!("/confirm-email/{token}"),
                        context! { name => &user.display_name },
                    )?;
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

/// Checks a code from the authenticator app (or a recovery code) for this session.
pub async fn pass_second_factor(
    state: &AppState,
    user_id: &str,
    session_id: &str,
    code: &str,
) -> Result<(), AppError> {
    let (user_id, session_id, code) = (
        user_id.to_owned(),
        session_id.to_owned(),
        code.trim().to_owned(),
    );
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
                .totp_secret
                .as_deref()
                .filter(|_| user.totp_enabled_at.is_some());
            let Some(secret) = secret else {
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
                return Err(super::profile::wrong_code());
            }
            sessions::pass_second_factor(conn, &session_id)?;
            Ok(())
        })
        .await
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

pub async fn sign_out(
    state: &AppState,
    user_id: &str,
    session_id: &str,
    everywhere: bool,
) -> Result<(), AppError> {
    let (user_id, session_id) = (user_id.to_owned(), session_id.to_owned());
    let (ended_user, ended_session) = (user_id.clone(), session_id.clone());
    state
        .db
        .run(move |conn| {
            let now = now();
            if everywhere {
                sessions::revoke_all(conn, &user_id, None, now)?;
                security::record(
                    conn,
                    EventKind::SignOutEverywhere,
                    Some(&user_id),
                    Some(&user_id),
                    "",
                    now,
                )?;
            } else {
                sessions::revoke(conn, &user_id, &session_id, now)?;
                security::record(
                    conn,
                    EventKind::SignOut,
                    Some(&user_id),
                    Some(&user_id),
                    "",
                    now,
                )?;
            }
            Ok(())
        })
        .await?;
    state
        .events
        .publish(SessionsEnded {
            user: ended_user,
            which: if everywhere {
                Ended::All
            } else {
                Ended::One(ended_session)
            },
        })
        .await;
    Ok(())
}
