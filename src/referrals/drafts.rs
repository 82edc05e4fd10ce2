//! A referral worker prepares a referral: which family (by an adult's exact email, or by the
//! family's id from a help request or a concern), which service, and the texts. A draft can be
//! rewritten until it is sent; a consent given to an older wording no longer lets it be sent.

use serde::Deserialize;
use utoipa::ToSchema;

use super::domain::{Actor, Status, Texts};
use super::model::{self, Event, Referral};
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::directory::service as directory;
use crate::error::{AppError, ErrorKind, FieldError};
use crate::groups::service as groups;
use crate::state::AppState;
use crate::supervision::handover;

/// A new referral, as the integrator's concern flow and the worker's form give it.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct NewDraft {
    /// The family's id (from a help request or a concern).
    #[serde(default)]
    pub family_id: String,
    pub service_id: String,
    #[schema(max_length = 2000)]
    pub reason: String,
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub hopes: String,
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub summary: String,
    /// The session report whose concern this referral comes from.
    #[serde(default)]
    pub concern_report_id: Option<String>,
}

/// The family of the account with exactly this email, if it belongs to one.
pub fn family_by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<String>, AppError> {
    let Some(user_id) = accounts::user_id_by_email(conn, email.trim())? else {
        return Ok(None);
    };
    Ok(accounts::families_of(conn, std::slice::from_ref(&user_id))?.remove(&user_id))
}

/// Checks that the service exists and takes referrals, adding a field error if not.
fn check_service(
    conn: &mut AnyConnection,
    service_id: &str,
    errors: &mut Vec<FieldError>,
) -> Result<(), AppError> {
    match directory::target(conn, service_id)? {
        None => errors.push(FieldError::new(
            "service_id",
            "referral-service-unknown",
            vec![],
        )),
        Some(target) if !target.active => errors.push(FieldError::new(
            "service_id",
            "referral-service-inactive",
            vec![],
        )),
        Some(_) => {}
    }
    Ok(())
}

fn check_family(
    conn: &mut AnyConnection,
    family_id: &str,
    errors: &mut Vec<FieldError>,
) -> Result<(), AppError> {
    let has_adult = accounts::family(conn, family_id)?.is_some_and(|f| !f.adults.is_empty());
    if !has_adult {
        errors.push(FieldError::new("family", "referral-family-unknown", vec![]));
    }
    Ok(())
}

/// A referral from a concern needs the concern still open and the family seated in the
/// concern's group; the concern is then handled by this referral.
fn take_concern(
    conn: &mut AnyConnection,
    me: &SignedIn,
    report_id: &str,
    family_id: &str,
) -> Result<(), AppError> {
    let refused =
        |key: &'static str| AppError::invalid(vec![FieldError::new("concern", key, vec![])]);
    let concern =
        handover::open_one(conn, report_id)?.ok_or_else(|| refused("referral-concern-handled"))?;
    let seated: Vec<String> = groups::seated(conn, &concern.group_id)?
        .into_iter()
        .map(|(user_id, _)| user_id)
        .collect();
    let in_group = accounts::families_of(conn, &seated)?
        .values()
        .any(|f| f == family_id);
    if !in_group {
        return Err(refused("referral-concern-not-in-group"));
    }
    handover::handled_by_referral(conn, report_id, &me.user_id, now())?;
    Ok(())
}

fn require_worker(me: &SignedIn) -> Result<(), AppError> {
    if me.can(Permission::MakeReferrals) {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// Writes an event of the referral's history.
pub fn record_event(
    conn: &mut AnyConnection,
    referral_id: &str,
    status: Status,
    actor: Actor,
    actor_id: Option<&str>,
    note: &str,
) -> Result<(), AppError> {
    Ok(model::insert_event(
        conn,
        &Event {
            id: model::new_id(),
            referral_id: referral_id.to_owned(),
            status: status.as_str().to_owned(),
            actor_kind: actor.as_str().to_owned(),
            actor_id: actor_id.map(str::to_owned),
            note: note.to_owned(),
            at: now(),
        },
    )?)
}

/// Creates a draft inside the caller's transaction (the concern flow uses this one); the
/// new referral's id. Every field is checked before anything is written.
pub fn create_in(
    conn: &mut AnyConnection,
    me: &SignedIn,
    draft: NewDraft,
) -> Result<String, AppError> {
    require_worker(me)?;
    let mut errors = Vec::new();
    let texts = Texts {
        reason: draft.reason,
        hopes: draft.hopes,
        summary: draft.summary,
    }
    .check(&mut errors);
    check_family(conn, &draft.family_id, &mut errors)?;
    check_service(conn, &draft.service_id, &mut errors)?;
    if !errors.is_empty() {
        return Err(AppError::invalid(errors));
    }
    if let Some(report_id) = &draft.concern_report_id {
        take_concern(conn, me, report_id, &draft.family_id)?;
    }
    let at = now();
    let referral = Referral {
        id: model::new_id(),
        family_id: draft.family_id,
        service_id: draft.service_id,
        worker_id: me.user_id.clone(),
        status: Status::Draft.as_str().to_owned(),
        reason: texts.reason,
        hopes: texts.hopes,
        summary: texts.summary,
        decline_reason: None,
        outcome: None,
        quiet: false,
        concern_report_id: draft.concern_report_id,
        created_at: at,
        sent_at: None,
        changed_at: at,
        overdue_flagged_at: None,
    };
    model::insert_referral(conn, &referral)?;
    record_event(
        conn,
        &referral.id,
        Status::Draft,
        Actor::Worker,
        Some(&me.user_id),
        "",
    )?;
    Ok(referral.id)
}

/// Creates a draft referral of a family to a service; its id.
pub async fn create(state: &AppState, me: &SignedIn, draft: NewDraft) -> Result<String, AppError> {
    let me = me.clone();
    state
        .db
        .run(move |conn| crate::db::transaction(conn, |conn| create_in(conn, &me, draft)))
        .await
}

/// Creates a draft for the family of the adult with exactly `email` (when given instead of
/// the draft's `family_id`, as the worker's form does).
pub async fn create_by_email(
    state: &AppState,
    me: &SignedIn,
    email: Option<String>,
    mut draft: NewDraft,
) -> Result<String, AppError> {
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                if let Some(email) = email.filter(|e| !e.trim().is_empty()) {
                    draft.family_id = family_by_email(conn, &email)?.unwrap_or_default();
                }
                create_in(conn, &me, draft)
            })
        })
        .await
}

/// A draft's new service and texts.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct DraftEdit {
    pub service_id: String,
    #[serde(flatten)]
    pub texts: Texts,
}

/// Rewrites a draft; a referral that was sent can no longer be changed.
pub async fn edit(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    edit: DraftEdit,
) -> Result<(), AppError> {
    let (me, id) = (me.clone(), id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let referral = super::access::for_worker(conn, &me, &id)?;
                let mut errors = Vec::new();
                let texts = edit.texts.check(&mut errors);
                check_service(conn, &edit.service_id, &mut errors)?;
                if !errors.is_empty() {
                    return Err(AppError::invalid(errors));
                }
                if !model::update_draft(conn, &referral.id, &edit.service_id, &texts, now())? {
                    return Err(not_a_draft());
                }
                Ok(())
            })
        })
        .await
}

pub fn not_a_draft() -> AppError {
    AppError::new(ErrorKind::Conflict).with_message("referral-not-draft", vec![])
}
