//! "Erase my account" (GDPR art. 17). A signed-in person asks, after signing in again; the
//! account is erased when seven days of grace are over, unless they cancel before. Staff may
//! record a request made by phone on someone's behalf, which an administrator other than the
//! recorder approves; its grace period starts then. The job carries out what is due through
//! every feature's declared eraser (`run`); what the law keeps is kept, protected, with its
//! reason and end date.

pub mod api;
pub mod model;
pub mod pages;
mod run;
pub mod staff;

pub use run::erase;

use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use minijinja::context;
use serde::Serialize;
use utoipa::ToSchema;

use crate::access_log::access_log;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::jobs::Every;
use crate::personal_data::Erasure;
use crate::registry::Registry;
use crate::state::AppState;
use crate::{delete_of, stand_in_for};

/// How long a person may change their mind.
pub const GRACE: TimeDelta = TimeDelta::days(7);
/// "Sign in again": the session must have begun this recently.
pub const FRESH_SIGN_IN: TimeDelta = TimeDelta::minutes(15);

pub fn register(reg: &mut Registry) {
    reg.job("privacy.erasure", Every::Round, |state, _| async move {
        run::run(&state).await
    });
}

/// A request to erase an account, as its person (or staff) sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErasureView {
    pub id: String,
    /// `waiting_for_approval` (recorded by phone) or `scheduled`.
    pub status: String,
    /// `self` or `phone`.
    pub channel: String,
    pub requested_at: DateTime<Utc>,
    /// When the account will be erased, unless the request is cancelled before.
    pub due_at: Option<DateTime<Utc>>,
}

impl From<model::Request> for ErasureView {
    fn from(r: model::Request) -> Self {
        let status = if r.due_at.is_some() {
            "scheduled"
        } else {
            "waiting_for_approval"
        };
        ErasureView {
            status: status.to_owned(),
            id: r.id,
            channel: r.channel,
            requested_at: r.requested_at.and_utc(),
            due_at: r.due_at.map(|t| t.and_utc()),
        }
    }
}

fn refused(kind: ErrorKind, message: &'static str) -> AppError {
    AppError::new(kind).with_message(message, vec![])
}

/// Asks for `me`'s account to be erased after the grace period; refused unless the person
/// signed in again just now, and while another request is open.
pub async fn request(state: &AppState, me: &SignedIn) -> Result<ErasureView, AppError> {
    let (user_id, session_id) = (me.user_id.clone(), me.session_id.clone());
    let state_in = state.clone();
    let view = state
        .db
        .run(move |conn| {
            let now = now();
            let started = accounts::session_started(conn, &session_id)?;
            if started.is_none_or(|at| at < now - FRESH_SIGN_IN) {
                return Err(refused(
                    ErrorKind::Forbidden,
                    "privacy-erasure-sign-in-again",
                ));
            }
            crate::db::transaction(conn, |conn| {
                if model::open_of(conn, &user_id)?.is_some() {
                    return Err(refused(ErrorKind::Conflict, "privacy-erasure-pending"));
                }
                let new = model::NewRequest {
                    user_id: &user_id,
                    channel: model::SELF,
                    recorded_by: None,
                    note: "",
                    due_at: Some(now + GRACE),
                };
                let id = model::insert(conn, &new, now)?;
                let request = model::find_open(conn, &id)?.ok_or_else(AppError::not_found)?;
                tell(&state_in, conn, &request)?;
                Ok(ErasureView::from(request))
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(view)
}

/// Mails the person when their account will go and how to keep it.
fn tell(
    state: &AppState,
    conn: &mut AnyConnection,
    request: &model::Request,
) -> Result<(), AppError> {
    let (Some(user_id), Some(due)) = (request.user_id.as_deref(), request.due_at) else {
        return Ok(());
    };
    let Some(to) = accounts::contact_of(conn, user_id)? else {
        return Ok(());
    };
    let lang = crate::i18n::language(&to.language).map_or("fi", |l| l.code);
    let when = state.i18n.datetime(lang, due.and_utc());
    crate::mail::queue_action(
        state,
        conn,
        "erasure-scheduled",
        lang,
        &to.email,
        "/privacy#erasure",
        context! { when },
    )
}

/// `me`'s open request, if any.
pub async fn mine(state: &AppState, me: &SignedIn) -> Result<Option<ErasureView>, AppError> {
    let user_id = me.user_id.clone();
    state
        .db
        .run(move |conn| Ok(model::open_of(conn, &user_id)?.map(ErasureView::from)))
        .await
}

/// Cancels `me`'s open request: the account stays.
pub async fn cancel(state: &AppState, me: &SignedIn) -> Result<(), AppError> {
    let user_id = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let open = model::open_of(conn, &user_id)?.ok_or_else(AppError::not_found)?;
            model::close(conn, &open.id, false, now())?;
            Ok(())
        })
        .await
}

/// Privacy's own part of an erasure: the family's access log goes with the family (and the
/// lines about the person with the person), the person's copies go, and what they did as
/// staff stays, by the stand-in.
pub fn erase_own(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    use super::export::model::privacy_exports;
    use super::inactivity::privacy_inactivity_notices;
    use super::notice::model::{privacy_consents, privacy_notice_acceptances};
    use model::privacy_erasures;
    let me = erasure.subject.user_id.as_str();
    if let Some(family) = erasure.family_going() {
        delete_of!(conn, family, access_log.family_id);
    }
    delete_of!(
        conn,
        me,
        access_log.item_id,
        privacy_exports.user_id,
        privacy_notice_acceptances.user_id,
        privacy_consents.user_id,
        privacy_inactivity_notices.user_id
    );
    stand_in_for!(
        conn,
        me,
        access_log.reader_id,
        privacy_exports.requested_by,
        privacy_erasures.recorded_by,
        privacy_erasures.approved_by
    );
    Ok(())
}
