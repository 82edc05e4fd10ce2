//! The account mails: each is a short text with one button, in the recipient's language.

use minijinja::Value;

use crate::db::AnyConnection;
use crate::error::AppError;
use crate::mail;
use crate::state::AppState;

#[derive(Debug, Clone, Copy)]
pub enum AccountMail {
    ConfirmEmail,
    AccountExists,
    MagicLink,
    PasswordReset,
    Invitation,
    NewSignIn,
    ChangeEmail,
}

impl AccountMail {
    fn key(self) -> &'static str {
        match self {
            AccountMail::ConfirmEmail => "confirm-email",
            AccountMail::AccountExists => "account-exists",
            AccountMail::MagicLink => "magic-link",
            AccountMail::PasswordReset => "password-reset",
            AccountMail::Invitation => "invitation",
            AccountMail::NewSignIn => "new-sign-in",
            AccountMail::ChangeEmail => "change-email",
        }
    }
}

/// Renders and stores a mail inside the caller's transaction; the worker sends it later.
pub fn queue(
    state: &AppState,
    conn: &mut AnyConnection,
    kind: AccountMail,
    lang: &str,
    to: &str,
    path: &str,
    vars: Value,
) -> Result<(), AppError> {
    mail::queue_action(state, conn, kind.key(), lang, to, path, vars)
}
