//! Requests made by phone: staff record one on the person's behalf (what was said, how they
//! knew who was calling); an administrator other than the recorder approves it, which starts
//! the grace period and tells the person by mail, or refuses it. The list of requests waiting
//! names the people asking, so each showing of it is a reading in their family's access log.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::{ErasureView, GRACE, model, refused, tell};
use crate::access_log::Screen;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::error::{AppError, ErrorKind, FieldError};
use crate::state::AppState;

/// The longest note kept with a phone request.
pub const NOTE_MAX: usize = 1000;
/// Requests listed at once.
const LISTED: i64 = 50;

/// A phone request waiting for an administrator.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Waiting {
    pub id: String,
    pub name: String,
    pub email: String,
    pub note: String,
    pub recorded_by: String,
    pub requested_at: DateTime<Utc>,
    /// The reader recorded it, so another administrator must decide.
    pub mine: bool,
}

/// Records a request made by phone by the owner of `email`.
pub async fn record(
    state: &AppState,
    staff: &SignedIn,
    email: &str,
    note: &str,
) -> Result<ErasureView, AppError> {
    let (email, note) = (email.trim().to_lowercase(), note.trim().to_owned());
    let mut errors = Vec::new();
    if note.is_empty() {
        errors.push(FieldError::new(
            "note",
            "privacy-erasure-note-needed",
            vec![],
        ));
    } else if note.chars().count() > NOTE_MAX {
        errors.push(FieldError::new("note", "privacy-erasure-note-long", vec![]));
    }
    let recorder = staff.user_id.clone();
    state
        .db
        .run(move |conn| {
            let user_id = accounts::user_id_by_email(conn, &email)?;
            if user_id.is_none() {
                errors.push(FieldError::new(
                    "email",
                    "privacy-erasure-no-account",
                    vec![],
                ));
            }
            let Some(user_id) = user_id.filter(|_| errors.is_empty()) else {
                return Err(AppError::invalid(errors));
            };
            crate::db::transaction(conn, |conn| {
                if model::open_of(conn, &user_id)?.is_some() {
                    return Err(refused(ErrorKind::Conflict, "privacy-erasure-pending"));
                }
                let new = model::NewRequest {
                    user_id: &user_id,
                    channel: model::PHONE,
                    recorded_by: Some(&recorder),
                    note: &note,
                    due_at: None,
                };
                let id = model::insert(conn, &new, now())?;
                let request = model::find_open(conn, &id)?.ok_or_else(AppError::not_found)?;
                Ok(ErasureView::from(request))
            })
        })
        .await
}

/// Approves (the grace period starts) or refuses phone request `id`.
pub async fn decide(
    state: &AppState,
    admin: &SignedIn,
    id: &str,
    approve: bool,
) -> Result<(), AppError> {
    let (id, admin_id) = (id.to_owned(), admin.user_id.clone());
    let state_in = state.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let request = model::find_open(conn, &id)?
                    .filter(|r| r.due_at.is_none())
                    .ok_or_else(AppError::not_found)?;
                if request.recorded_by.as_deref() == Some(admin_id.as_str()) {
                    return Err(refused(
                        ErrorKind::Forbidden,
                        "privacy-erasure-second-person",
                    ));
                }
                let now = now();
                if !approve {
                    model::close(conn, &id, true, now)?;
                    return Ok(());
                }
                model::approve(conn, &id, &admin_id, now, now + GRACE)?;
                let approved = model::find_open(conn, &id)?.ok_or_else(AppError::not_found)?;
                tell(&state_in, conn, &approved)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// The phone requests waiting for an administrator; each family shown gets a reading.
pub async fn waiting(state: &AppState, reader: &SignedIn) -> Result<Vec<Waiting>, AppError> {
    let me = reader.user_id.clone();
    let role = reader
        .acting_role(Permission::ManageAccounts)
        .or_else(|| reader.acting_role(Permission::InvitePeople))
        .map_or("staff", |r| r.as_str());
    let own_family = reader.family_id.clone();
    state
        .db
        .run(move |conn| {
            let requests = model::awaiting_approval(conn, LISTED)?;
            let mut people: Vec<String> =
                requests.iter().filter_map(|r| r.user_id.clone()).collect();
            people.extend(requests.iter().filter_map(|r| r.recorded_by.clone()));
            let names = accounts::display_names(conn, &people)?;
            let families = accounts::families_of(conn, &people)?;
            let mut listed = Vec::new();
            for r in requests {
                let Some(user_id) = r.user_id else { continue };
                let Some(person) = accounts::addressee(conn, &user_id)? else {
                    continue;
                };
                let recorder = r.recorded_by.unwrap_or_default();
                listed.push((
                    user_id,
                    Waiting {
                        mine: recorder == me,
                        recorded_by: names.get(&recorder).cloned().unwrap_or_default(),
                        id: r.id,
                        name: person.display_name,
                        email: person.contact.email,
                        note: r.note,
                        requested_at: r.requested_at.and_utc(),
                    },
                ));
            }
            let screen = Screen {
                reader_id: &me,
                reader_role: role,
                own_family: own_family.as_deref(),
                item_kind: "erasure_request",
                purpose: "erasure_approval",
            };
            let shown = listed
                .iter()
                .filter_map(|(user, w)| families.get(user).map(|f| (f.as_str(), w.id.as_str())));
            screen.record(conn, shown, now())?;
            Ok(listed.into_iter().map(|(_, w)| w).collect())
        })
        .await
}
