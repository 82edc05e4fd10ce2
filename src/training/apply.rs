//! Applying to become a facilitator, and the coordinator's decision.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use minijinja::context;
use serde::Serialize;

use super::domain::{self, MAX_TEXT};
use super::model::{self, NewApplication};
use super::schema::training_applications as apps;
use crate::access_log::Screen;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::paging::{Cursor, Page, PageRequest};
use crate::state::AppState;

pub struct ApplicationInput {
    pub languages: Vec<String>,
    pub municipality: String,
    pub motivation: String,
    pub availability: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ApplicationView {
    pub id: String,
    pub user_id: String,
    pub display_name: String,
    pub languages: Vec<String>,
    pub municipality: String,
    pub motivation: String,
    pub availability: String,
    /// pending, accepted or declined.
    pub status: String,
    pub reason: Option<String>,
    pub cohort_id: Option<String>,
}

fn validate(input: &ApplicationInput) -> Result<ApplicationInput, AppError> {
    let mut errors = Vec::new();
    let languages: Vec<String> = input
        .languages
        .iter()
        .filter(|l| crate::i18n::language(l).is_some())
        .cloned()
        .collect();
    if languages.is_empty() || languages.len() != input.languages.len() {
        errors.push(crate::error::FieldError::new(
            "languages",
            "training-languages-invalid",
            vec![],
        ));
    }
    let mut field = |name, value: &str| match domain::text(name, value, MAX_TEXT) {
        Ok(v) => v,
        Err(e) => {
            errors.push(e);
            String::new()
        }
    };
    let valid = ApplicationInput {
        municipality: field("municipality", &input.municipality),
        motivation: field("motivation", &input.motivation),
        availability: field("availability", &input.availability),
        languages,
    };
    if errors.is_empty() {
        Ok(valid)
    } else {
        Err(AppError::invalid(errors))
    }
}

/// A signed-in person applies; one pending application at a time.
pub async fn apply(
    state: &AppState,
    me: &SignedIn,
    input: ApplicationInput,
) -> Result<String, AppError> {
    let valid = validate(&input)?;
    let user = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                if model::pending_application_of(conn, &user)?.is_some() {
                    return Err(AppError::new(ErrorKind::Conflict)
                        .with_message("training-application-pending", vec![]));
                }
                let id = model::new_id();
                model::insert_application(
                    conn,
                    &NewApplication {
                        id: &id,
                        user_id: &user,
                        languages: &valid.languages.join(","),
                        municipality: &valid.municipality,
                        motivation: &valid.motivation,
                        availability: &valid.availability,
                        status: "pending",
                        created_at: now(),
                    },
                )?;
                Ok(id)
            })
        })
        .await
}

/// Applications with `status`, oldest first; the applicants' families' readings are logged.
pub async fn list(
    state: &AppState,
    me: &SignedIn,
    status: String,
) -> Result<Vec<ApplicationView>, AppError> {
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let rows = model::applications(conn, &status)?;
                views(conn, &me, rows)
            })
        })
        .await
}

/// The applications as `me` reads them. An applicant who belongs to a family applies as one
/// of its adults and writes about themselves, so each such family gets a row in its log.
fn views(
    conn: &mut AnyConnection,
    me: &SignedIn,
    rows: Vec<model::Application>,
) -> Result<Vec<ApplicationView>, AppError> {
    let ids: Vec<String> = rows.iter().map(|a| a.user_id.clone()).collect();
    let names = accounts::display_names(conn, &ids)?;
    let families = accounts::families_of(conn, &ids)?;
    let role = me
        .acting_role(Permission::CoordinateTraining)
        .map_or("trainer", |r| r.as_str());
    let screen = Screen {
        reader_id: &me.user_id,
        reader_role: role,
        own_family: me.family_id.as_deref(),
        item_kind: "training_application",
        purpose: "facilitator_selection",
    };
    let shown = rows.iter().filter_map(|a| {
        families
            .get(&a.user_id)
            .map(|f| (f.as_str(), a.id.as_str()))
    });
    screen.record(conn, shown, now())?;
    Ok(rows
        .into_iter()
        .map(|a| ApplicationView {
            display_name: names.get(&a.user_id).cloned().unwrap_or_default(),
            languages: a.languages.split(',').map(str::to_owned).collect(),
            id: a.id,
            user_id: a.user_id,
            municipality: a.municipality,
            motivation: a.motivation,
            availability: a.availability,
            status: a.status,
            reason: a.reason,
            cohort_id: a.cohort_id,
        })
        .collect())
}

/// The statuses an application can have, in the order the filter offers them.
pub const STATUSES: &[&str] = &["pending", "accepted", "declined"];

type Backend = <AnyConnection as diesel::Connection>::Backend;

fn with_status<'a>(status: Option<&str>) -> apps::BoxedQuery<'a, Backend> {
    let mut query = apps::table.into_boxed();
    if let Some(status) = status {
        query = query.filter(apps::status.eq(status.to_owned()));
    }
    query
}

/// A page of applications, newest first, with `status` (any when `None`); logged as `list`.
pub async fn page(
    state: &AppState,
    me: &SignedIn,
    status: Option<String>,
    paging: PageRequest,
) -> Result<Page<ApplicationView>, AppError> {
    let status = status.filter(|s| !s.trim().is_empty());
    if status.as_deref().is_some_and(|s| !STATUSES.contains(&s)) {
        return Err(AppError::invalid(vec![crate::error::FieldError::new(
            "status",
            "field-choice-unknown",
            vec![],
        )]));
    }
    let paging = paging.check()?;
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let total = with_status(status.as_deref()).count().get_result(conn)?;
                let (position, page) = paging.position(total);
                let rows = crate::keyset_page!(
                    with_status(status.as_deref()),
                    apps::created_at,
                    apps::id,
                    &position,
                    paging.limit + 1
                )
                .select(model::Application::as_select())
                .load(conn)?;
                paging.page_of(
                    rows,
                    total,
                    page,
                    |a| Cursor::new(a.created_at, a.id.clone()),
                    |rows| views(conn, &me, rows),
                )
            })
        })
        .await
}

/// How many applications wait for a decision, and since when the oldest has waited.
pub async fn waiting(state: &AppState) -> Result<(i64, Option<NaiveDateTime>), AppError> {
    state
        .db
        .run(|conn| {
            let count = with_status(Some("pending")).count().get_result(conn)?;
            let oldest = with_status(Some("pending"))
                .select(diesel::dsl::min(apps::created_at))
                .first(conn)?;
            Ok((count, oldest))
        })
        .await
}

/// Accepts the application into a cohort (the applicant is enrolled) or declines it with a
/// reason; either way the applicant is mailed in their language.
pub async fn decide(
    state: &AppState,
    id: &str,
    cohort_id: Option<String>,
    reason: Option<String>,
) -> Result<(), AppError> {
    let reason = match (&cohort_id, reason) {
        (None, Some(r)) => {
            Some(domain::text("reason", &r, MAX_TEXT).map_err(|e| AppError::invalid(vec![e]))?)
        }
        (None, None) => {
            return Err(AppError::invalid(vec![crate::error::FieldError::new(
                "reason",
                "training-field-required",
                vec![],
            )]));
        }
        (Some(_), _) => None,
    };
    let (state_in, id) = (state.clone(), id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let app = model::application(conn, &id)?.ok_or_else(AppError::not_found)?;
                if let Some(cohort) = &cohort_id {
                    model::cohort(conn, cohort)?.ok_or_else(AppError::not_found)?;
                }
                let status = if cohort_id.is_some() {
                    "accepted"
                } else {
                    "declined"
                };
                let decided = model::decide_application(
                    conn,
                    &id,
                    status,
                    reason.as_deref(),
                    cohort_id.as_deref(),
                    now(),
                )?;
                if !decided {
                    return Err(AppError::new(ErrorKind::Conflict)
                        .with_message("training-application-decided", vec![]));
                }
                if let Some(cohort) = &cohort_id
                    && model::enrolment(conn, cohort, &app.user_id)?.is_none()
                {
                    model::enrol(conn, cohort, &app.user_id, now())?;
                }
                let key = if cohort_id.is_some() {
                    "training-accepted"
                } else {
                    "training-declined"
                };
                mail_person(
                    &state_in,
                    conn,
                    &app.user_id,
                    key,
                    "/training",
                    reason.unwrap_or_default(),
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// Queues a one-button mail to a person in their language.
pub fn mail_person(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: &str,
    key: &str,
    path: &str,
    detail: String,
) -> Result<(), AppError> {
    let Some(person) = accounts::addressee(conn, user_id)? else {
        return Ok(());
    };
    crate::mail::queue_action(
        state,
        conn,
        key,
        &person.contact.language,
        &person.contact.email,
        path,
        context! { name => person.display_name, detail },
    )
}
