//! One-time links mailed to the address: asking for one, and signing in with it.

use minijinja::context;

use super::{Ticket, TokenUse, link_expired, open_session};
use crate::accounts::Client;
use crate::accounts::domain::Email;
use crate::accounts::mails::{AccountMail, queue};
use crate::accounts::model::one_time::{self, Purpose};
use crate::accounts::model::users;
use crate::auth::throttle::{self, Limit};
use crate::clock::now;
use crate::error::AppError;
use crate::state::AppState;

const LINKS_PER_ACCOUNT: Limit = Limit::per_minutes(5, 15);
const LINKS_PER_ADDRESS: Limit = Limit::per_minutes(30, 15);

/// Redeems a one-time token of `purpose` and signs its user in.
pub(super) async fn sign_in_with_token(
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
