//! Use cases of one's own account: profile, password, email, sessions, second factor.

use minijinja::context;

use super::domain::{DisplayName, Email, parse_municipality, parse_ui_language};
use super::mails::{AccountMail, queue};
use super::model::one_time::{self, Purpose};
use super::model::security::{self, EventKind};
use super::model::sessions::{self, Session};
use super::model::users::{self, User};
use crate::accounts::events::{Ended, SessionsEnded};
use crate::auth::SignedIn;
use crate::auth::password;
use crate::clock::now;
use crate::error::{AppError, FieldError, UserMessage};
use crate::state::AppState;

pub async fn user(state: &AppState, user_id: &str) -> Result<User, AppError> {
    let user_id = user_id.to_owned();
    state
        .db
        .run(move |conn| users::by_id(conn, &user_id)?.ok_or_else(AppError::not_found))
        .await
}

pub struct ProfileInput {
    pub display_name: String,
    pub ui_language: String,
    pub notify_by_email: bool,
    pub notify_new_sign_in: bool,
    /// Hours before a session to send a reminder; 0 turns reminders off.
    pub reminder_hours: i32,
    /// The family's municipality code (or `abroad`); `None` leaves it as it is. Only for
    /// family members: the family's other parent shares it.
    pub municipality: Option<String>,
}

/// The municipality of the person's family, if they belong to one: the code of the
/// municipality in force, also when the one saved has since merged.
pub async fn family_municipality(
    state: &AppState,
    me: &SignedIn,
) -> Result<Option<String>, AppError> {
    let Some(family_id) = me.family_id.clone() else {
        return Ok(None);
    };
    let family = state
        .db
        .run(move |conn| Ok(users::family(conn, &family_id)?))
        .await?;
    Ok(
        family.map(|f| match crate::regions::municipality(&f.municipality) {
            Some(current) => current.code.to_owned(),
            None => f.municipality,
        }),
    )
}

pub async fn update_profile(
    state: &AppState,
    me: &SignedIn,
    input: ProfileInput,
) -> Result<(), AppError> {
    let name = DisplayName::parse(&input.display_name);
    let lang = parse_ui_language(&input.ui_language);
    let municipality = match (&me.family_id, &input.municipality) {
        (Some(family_id), Some(code)) => {
            parse_municipality(code).map(|code| Some((family_id.clone(), code)))
        }
        _ => Ok(None),
    };
    let (name, lang, municipality) = match (name, lang, municipality) {
        (Ok(name), Ok(lang), Ok(municipality)) => (name, lang, municipality),
        (name, lang, municipality) => {
            return Err(AppError::invalid(
                name.err()
                    .into_iter()
                    .chain(lang.err())
                    .chain(municipality.err())
                    .collect(),
            ));
        }
    };
    if !crate::groups::reminders::REMINDER_CHOICES.contains(&input.reminder_hours) {
        return Err(AppError::invalid(vec![FieldError {
            field: "reminder_hours".into(),
            message: UserMessage {
                id: "account-reminder-invalid",
                args: vec![],
            },
        }]));
    }
    let user_id = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let change = users::ProfileChange {
                reminder_hours: input.reminder_hours,
                display_name: name.as_str(),
                ui_language: lang,
                notify_by_email: input.notify_by_email,
                notify_new_sign_in: input.notify_new_sign_in,
            };
            crate::db::transaction(conn, |conn| {
                users::update_profile(conn, &user_id, &change, now())?;
                if let Some((family_id, code)) = &municipality {
                    users::set_family_municipality(conn, family_id, code)?;
                }
                Ok(())
            })
        })
        .await
}

pub fn wrong_code() -> AppError {
    AppError::invalid(vec![FieldError {
        field: "code".into(),
        message: UserMessage {
            id: "second-factor-wrong-code",
            args: vec![],
        },
    }])
}

/// Saves the language chosen with the language switcher.
pub async fn set_language(
    state: &AppState,
    user_id: &str,
    code: &'static str,
) -> Result<(), AppError> {
    let user_id = user_id.to_owned();
    state
        .db
        .run(move |conn| Ok(users::set_ui_language(conn, &user_id, code)?))
        .await
}

fn wrong_current_password() -> AppError {
    AppError::invalid(vec![FieldError {
        field: "current_password".into(),
        message: UserMessage {
            id: "password-current-wrong",
            args: vec![],
        },
    }])
}

/// Changes (or first sets) the password; other sessions end.
pub async fn change_password(
    state: &AppState,
    me: &SignedIn,
    current: &str,
    new_password: String,
) -> Result<(), AppError> {
    password::validate_new(&new_password)?;
    let (user_id, session_id, current) = (
        me.user_id.clone(),
        me.session_id.clone(),
        current.to_owned(),
    );
    state
        .db
        .run(move |conn| {
            let user = users::by_id(conn, &user_id)?.ok_or_else(AppError::not_found)?;
            if let Some(hash) = &user.password_hash
                && !password::verify(&current, Some(hash))
            {
                return Err(wrong_current_password());
            }
            let hash = password::hash(&new_password)?;
            crate::db::transaction(conn, |conn| {
                let now = now();
                users::set_password(conn, &user_id, Some(&hash), now)?;
                sessions::revoke_all(conn, &user_id, Some(&session_id), now)?;
                security::record(
                    conn,
                    EventKind::PasswordChanged,
                    Some(&user_id),
                    Some(&user_id),
                    "account_page",
                    now,
                )?;
                Ok(())
            })
        })
        .await?;
    state
        .events
        .publish(SessionsEnded {
            user: me.user_id.clone(),
            which: Ended::AllBut(me.session_id.clone()),
        })
        .await;
    Ok(())
}

/// Sends a confirmation link to the new address; the change happens when it is followed.
pub async fn request_email_change(
    state: &AppState,
    me: &SignedIn,
    new_email: &str,
) -> Result<(), AppError> {
    let email = Email::parse(new_email).map_err(|e| AppError::invalid(vec![e]))?;
    let (state_in, user_id) = (state.clone(), me.user_id.clone());
    state
        .db
        .run(move |conn| {
            crate::auth::throttle::hit(
                conn,
                &format!("email-change:{user_id}"),
                crate::auth::throttle::Limit::per_minutes(5, 60),
                now(),
            )?;
            let user = users::by_id(conn, &user_id)?.ok_or_else(AppError::not_found)?;
            crate::db::transaction(conn, |conn| {
                if let Some(owner) = users::by_email(conn, email.as_str())? {
                    if owner.id == user.id {
                        return Ok(());
                    }
                    // Tell the owner of that address, not the person asking.
                    return queue(
                        &state_in,
                        conn,
                        AccountMail::AccountExists,
                        &owner.ui_language,
                        email.as_str(),
                        "/sign-in",
                        context! { name => owner.display_name },
                    );
                }
                let token = one_time::issue(
                    conn,
                    Purpose::ChangeEmail,
                    &user.id,
                    Some(email.as_str()),
                    now(),
                )?;
                queue(
                    &state_in,
                    conn,
                    AccountMail::ChangeEmail,
                    &user.ui_language,
                    email.as_str(),
                    &format!("/account/email/confirm/{token}"),
                    context! { name => user.display_name },
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

pub async fn confirm_email_change(
    state: &AppState,
    me: &SignedIn,
    token: String,
) -> Result<(), AppError> {
    let user_id = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let (owner, payload) = one_time::redeem(conn, Purpose::ChangeEmail, &token, now)?
                    .ok_or_else(super::signin::link_expired)?;
                let new_email = payload
                    .filter(|_| owner == user_id)
                    .ok_or_else(super::signin::link_expired)?;
                if users::by_email(conn, &new_email)?.is_some() {
                    return Err(AppError::new(crate::error::ErrorKind::Conflict)
                        .with_message("email-taken", vec![]));
                }
                users::change_email(conn, &user_id, &new_email, now)?;
                security::record(
                    conn,
                    EventKind::EmailChanged,
                    Some(&user_id),
                    Some(&user_id),
                    "",
                    now,
                )?;
                Ok(())
            })
        })
        .await
}

pub async fn sessions(state: &AppState, me: &SignedIn) -> Result<Vec<Session>, AppError> {
    let user_id = me.user_id.clone();
    state
        .db
        .run(move |conn| Ok(sessions::list_live(conn, &user_id, now())?))
        .await
}

/// Ends one of your own sessions; others' sessions are "not found".
pub async fn revoke_session(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
) -> Result<(), AppError> {
    let (user_id, session_id) = (me.user_id.clone(), session_id.to_owned());
    let ended = session_id.to_owned();
    state
        .db
        .run(move |conn| {
            if sessions::revoke(conn, &user_id, &session_id, now())? {
                security::record(
                    conn,
                    EventKind::SignOut,
                    Some(&user_id),
                    Some(&user_id),
                    "other_device",
                    now(),
                )?;
                Ok(())
            } else {
                Err(AppError::not_found())
            }
        })
        .await?;
    state
        .events
        .publish(SessionsEnded {
            user: me.user_id.clone(),
            which: Ended::One(ended),
        })
        .await;
    Ok(())
}

pub use super::two_step::{
    PendingSetup, begin_second_factor, confirm_second_factor, disable_second_factor,
};
