//! The privacy notice a person accepts when they sign up, and again at their next sign-in
//! after it changed. Accounts asks; the privacy feature, which keeps the notice, its versions
//! and who accepted which, answers (provided at start-up), so accounts does not import it.

use std::sync::Arc;

use chrono::NaiveDateTime;

use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;

/// How a person came to accept the notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// Ticked on the sign-up form.
    SignUp,
    /// Asked again at a sign-in after the notice changed.
    SignIn,
    /// Demo people of a fresh installation.
    Demo,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SignUp => "sign_up",
            Self::SignIn => "sign_in",
            Self::Demo => "demo",
        }
    }
}

/// The notice in force and the record of who accepted it.
pub trait Notice: Send + Sync {
    /// Records, in the caller's transaction, that `user_id` accepted the version in force,
    /// shown in `language`; accepting it twice keeps the first record.
    fn accept(
        &self,
        conn: &mut AnyConnection,
        user_id: &str,
        language: &str,
        channel: Channel,
        now: NaiveDateTime,
    ) -> Result<(), AppError>;

    /// Whether `user_id` has accepted the version in force.
    fn accepted(&self, conn: &mut AnyConnection, user_id: &str) -> Result<bool, AppError>;
}

/// The provided notice, if a feature keeps one.
pub fn notice(state: &AppState) -> Option<Arc<dyn Notice>> {
    state.provided.get::<Arc<dyn Notice>>()
}

/// Whether `user_id` must read and accept the notice before going on.
pub fn due(state: &AppState, conn: &mut AnyConnection, user_id: &str) -> Result<bool, AppError> {
    match notice(state) {
        Some(notice) => Ok(!notice.accepted(conn, user_id)?),
        None => Ok(false),
    }
}

/// Where a person who just signed in goes: the notice first when it is due, then `next`.
pub fn landing(due: bool, next: &str) -> String {
    if due {
        let next = url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>();
        format!("/privacy/notice?next={next}")
    } else {
        next.to_owned()
    }
}
