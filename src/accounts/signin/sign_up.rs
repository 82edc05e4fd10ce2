//! Signing up, and confirming the address with the link mailed for it.

use minijinja::context;

use super::links::sign_in_with_token;
use super::{Ticket, TokenUse};
use crate::accounts::Client;
use crate::accounts::domain::{
    DisplayName, Email, parse_family_languages, parse_municipality, parse_ui_language,
};
use crate::accounts::mails::{AccountMail, queue};
use crate::accounts::model::one_time::{self, Purpose};
use crate::accounts::model::users;
use crate::auth::password;
use crate::auth::policy::Role;
use crate::auth::throttle::{self, Limit};
use crate::clock::now;
use crate::error::{AppError, FieldError};
use crate::state::AppState;

const SIGN_UP_PER_ADDRESS: Limit = Limit::per_minutes(10, 60);

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
