//! Signing up, and confirming the address with the link mailed for it.

use chrono::NaiveDateTime;
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
use crate::accounts::notice::Channel;
use crate::auth::password;
use crate::auth::policy::Role;
use crate::auth::throttle::{self, Limit};
use crate::clock::now;
use crate::db::AnyConnection;
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
    /// The person ticked "I have read the privacy notice".
    pub accept_notice: bool,
}

/// A sign-up whose every field has been checked.
struct NewAccount {
    email: Email,
    name: DisplayName,
    lang: &'static str,
    languages: Vec<String>,
    municipality: String,
    password: Option<String>,
}

fn collect<T>(result: Result<T, FieldError>, errors: &mut Vec<FieldError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

impl SignUp {
    /// Checks every field, and reports all that are wrong at once.
    fn check(self) -> Result<NewAccount, AppError> {
        let mut errors = Vec::new();
        let email = collect(Email::parse(&self.email), &mut errors);
        let name = collect(DisplayName::parse(&self.display_name), &mut errors);
        let lang = collect(parse_ui_language(&self.ui_language), &mut errors);
        let languages = collect(parse_family_languages(&self.languages), &mut errors);
        let municipality = collect(parse_municipality(&self.municipality), &mut errors);
        let password = self.password.filter(|p| !p.is_empty());
        if !self.accept_notice {
            errors.push(FieldError::new(
                "accept_notice",
                "sign-up-notice-required",
                vec![],
            ));
        }
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
        Ok(NewAccount {
            email,
            name,
            lang,
            languages,
            municipality,
            password,
        })
    }
}

pub async fn sign_up(state: &AppState, input: SignUp, client: &Client) -> Result<(), AppError> {
    let account = input.check()?;
    let state_in = state.clone();
    let bucket = format!("sign-up:{}", client.address);
    state
        .db
        .run(move |conn| {
            throttle::hit(conn, &bucket, SIGN_UP_PER_ADDRESS, now())?;
            // Hash even when the address is taken, so both answers take as long.
            let hash = account
                .password
                .as_deref()
                .map(password::hash)
                .transpose()?;
            crate::db::transaction(conn, |conn| {
                create_account(&state_in, conn, &account, hash.as_deref())
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// Creates the family's account and mails the confirmation link; if the address already has
/// an account, mails its owner that instead.
fn create_account(
    state: &AppState,
    conn: &mut AnyConnection,
    account: &NewAccount,
    password_hash: Option<&str>,
) -> Result<(), AppError> {
    let now = now();
    let email = account.email.as_str();
    if let Some(existing) = users::by_email(conn, email)? {
        return queue(
            state,
            conn,
            AccountMail::AccountExists,
            &existing.ui_language,
            email,
            "/sign-in",
            context! { name => existing.display_name },
        );
    }
    let family = users::insert_family(conn, &account.languages, &account.municipality, now)?;
    let user_id = users::insert(
        conn,
        &users::NewUser {
            email,
            display_name: account.name.as_str(),
            ui_language: account.lang,
            password_hash,
            family_id: Some(&family),
            email_confirmed: false,
        },
        now,
    )?;
    users::grant_role(conn, &user_id, Role::Family, now)?;
    if let Some(notice) = crate::accounts::notice::notice(state) {
        notice.accept(conn, &user_id, account.lang, Channel::SignUp, now)?;
    }
    let to = Recipient {
        email,
        language: account.lang,
        name: account.name.as_str(),
    };
    mail_confirmation_link(state, conn, &user_id, &to, now)
}

/// Whom a mail goes to, in which language, and the name it greets.
pub(super) struct Recipient<'a> {
    pub email: &'a str,
    pub language: &'a str,
    pub name: &'a str,
}

/// Mails a link that confirms the address (following it signs the user in).
pub(super) fn mail_confirmation_link(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: &str,
    to: &Recipient,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let token = one_time::issue(conn, Purpose::ConfirmEmail, user_id, None, now)?;
    queue(
        state,
        conn,
        AccountMail::ConfirmEmail,
        to.language,
        to.email,
        &format!("/confirm-email/{token}"),
        context! { name => to.name },
    )
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
