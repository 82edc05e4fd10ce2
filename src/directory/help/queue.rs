//! The referral workers' queue of help requests: open ones first in the order they came,
//! searchable by the family's municipality; a request is marked handled, and that can be
//! undone. Staff see what the family wrote, its display name and municipality, nothing more;
//! every page they read is written to the access logs of the families on it.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::access_log::Screen;
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::directory::schema::directory_help_requests as requests;
use crate::directory::service;
use crate::error::{AppError, ErrorKind, FieldError};
use crate::paging::{Checked, Cursor, Page, PageRequest, Position};
use crate::state::AppState;

pub const STATES: [&str; 3] = ["open", "handled", "all"];

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueFilters {
    /// Requests of families living in this municipality (its code).
    #[param(schema_with = crate::api::schema::municipality_code)]
    pub municipality: Option<String>,
    /// `open` (the default), `handled` or `all`.
    #[param(schema_with = states)]
    pub state: Option<String>,
}

fn states() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(&STATES)
}

impl QueueFilters {
    pub fn state(&self) -> &str {
        self.state
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or("open")
    }

    pub fn municipality(&self) -> Option<&str> {
        self.municipality
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
    }

    fn check(&self) -> Result<(), AppError> {
        let mut errors = Vec::new();
        if !STATES.contains(&self.state()) {
            errors.push(FieldError::new("state", "field-choice-unknown", vec![]));
        }
        if self
            .municipality()
            .is_some_and(|m| m != "abroad" && crate::regions::municipality(m).is_none())
        {
            errors.push(FieldError::new(
                "municipality",
                "field-choice-unknown",
                vec![],
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

/// A request as referral workers see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct QueuedHelpRequest {
    pub id: String,
    /// The display name of the family member who asked.
    pub display_name: String,
    pub municipality_code: String,
    pub municipality: String,
    pub service_id: Option<String>,
    pub service_name: Option<String>,
    pub message: String,
    pub created_at: DateTime<Utc>,
    pub handled_at: Option<DateTime<Utc>>,
    pub handled_by: Option<String>,
}

type Backend = <AnyConnection as diesel::Connection>::Backend;
type Row = (
    String,
    String,
    String,
    Option<String>,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<String>,
);

fn matching(state: &str, families: Option<Vec<String>>) -> requests::BoxedQuery<'static, Backend> {
    let mut query = requests::table.into_boxed();
    query = match state {
        "open" => query.filter(requests::handled_at.is_null()),
        "handled" => query.filter(requests::handled_at.is_not_null()),
        _ => query,
    };
    if let Some(families) = families {
        query = query.filter(requests::family_id.eq_any(families));
    }
    query
}

/// A page of the queue, oldest first (what has waited longest comes first).
fn rows(
    conn: &mut AnyConnection,
    filters: &QueueFilters,
    paging: &Checked,
) -> Result<(Vec<Row>, i64, i64), AppError> {
    let families = match filters.municipality() {
        Some(code) => Some(accounts::families_in(conn, &[code.to_owned()])?),
        None => None,
    };
    let base = || matching(filters.state(), families.clone());
    let total = base().count().get_result(conn)?;
    let (position, page) = paging.position(total);
    let ordered = base()
        .order((requests::created_at.asc(), requests::id.asc()))
        .limit(paging.limit + 1);
    let ordered = match position {
        Position::After(c) => ordered.filter(
            requests::created_at
                .gt(c.created_at)
                .or(requests::created_at
                    .eq(c.created_at)
                    .and(requests::id.gt(c.id))),
        ),
        Position::Skip(skip) => ordered.offset(skip),
    };
    let rows = ordered
        .select((
            requests::id,
            requests::user_id,
            requests::family_id,
            requests::service_id,
            requests::message,
            requests::created_at,
            requests::handled_at,
            requests::handled_by,
        ))
        .load(conn)?;
    Ok((rows, total, page))
}

fn views(
    conn: &mut AnyConnection,
    rows: Vec<Row>,
    lang: &str,
) -> Result<Vec<QueuedHelpRequest>, AppError> {
    let people: Vec<String> = rows
        .iter()
        .flat_map(|r| [Some(r.1.clone()), r.7.clone()])
        .flatten()
        .collect();
    let names = accounts::display_names(conn, &people)?;
    let families: Vec<String> = rows.iter().map(|r| r.2.clone()).collect();
    let places = accounts::family_municipalities(conn, &families)?;
    let services: Vec<String> = rows.iter().filter_map(|r| r.3.clone()).collect();
    let services = service::names(conn, &services, lang)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, user, family, service_id, message, created, handled_at, handled_by)| {
                let code = places.get(&family).cloned().unwrap_or_default();
                QueuedHelpRequest {
                    id,
                    display_name: names.get(&user).cloned().unwrap_or_default(),
                    municipality: crate::regions::municipality(&code)
                        .map(|m| m.name(lang).to_owned())
                        .unwrap_or_default(),
                    municipality_code: code,
                    service_name: service_id
                        .as_ref()
                        .and_then(|s| services.get(s))
                        .map(|n| n.service.clone()),
                    service_id,
                    message,
                    created_at: created.and_utc(),
                    handled_at: handled_at.map(|at| at.and_utc()),
                    handled_by: handled_by.and_then(|by| names.get(&by).cloned()),
                }
            },
        )
        .collect())
}

/// A page of the queue for a referral worker; each family on it gets a row in its access log.
pub async fn page(
    state: &AppState,
    me: &SignedIn,
    lang: &'static str,
    filters: QueueFilters,
    paging: PageRequest,
) -> Result<Page<QueuedHelpRequest>, AppError> {
    filters.check()?;
    let paging = paging.check()?;
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (rows, total, page) = rows(conn, &filters, &paging)?;
                paging.page_of(
                    rows,
                    total,
                    page,
                    |r| Cursor::new(r.5, r.0.clone()),
                    |rows| {
                        log_readings(conn, &me, &rows)?;
                        views(conn, rows, lang)
                    },
                )
            })
        })
        .await
}

/// Writes to each family's access log that `me` read its requests.
fn log_readings(conn: &mut AnyConnection, me: &SignedIn, rows: &[Row]) -> Result<(), AppError> {
    let role = me
        .acting_role(Permission::MakeReferrals)
        .map_or("referral_worker", |r| r.as_str());
    let screen = Screen {
        reader_id: &me.user_id,
        reader_role: role,
        own_family: me.family_id.as_deref(),
        item_kind: "help_request",
        purpose: "help_request_handling",
    };
    let shown = rows.iter().map(|r| (r.2.as_str(), r.0.as_str()));
    Ok(screen.record(conn, shown, now())?)
}

/// How many requests wait for a referral worker.
pub async fn open_count(state: &AppState) -> Result<i64, AppError> {
    state
        .db
        .run(|conn| Ok(matching("open", None).count().get_result(conn)?))
        .await
}

/// Marks a request handled by `me`, or (with `handled` false) open again. Conflict when it
/// already is so (someone else was quicker); not found when there is no such request.
pub async fn set_handled(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    handled: bool,
) -> Result<(), AppError> {
    let (id, by) = (id.to_owned(), me.user_id.clone());
    state
        .db
        .run(move |conn| {
            let Some(request) = super::find(conn, &id)? else {
                return Err(AppError::not_found());
            };
            if request.handled == handled {
                let message = if handled {
                    "help-request-already-handled"
                } else {
                    "help-request-already-open"
                };
                return Err(AppError::new(ErrorKind::Conflict).with_message(message, vec![]));
            }
            if handled {
                super::mark_handled(conn, &id, &by)?;
            } else {
                diesel::update(requests::table.find(&id))
                    .set((
                        requests::handled_by.eq(None::<String>),
                        requests::handled_at.eq(None::<NaiveDateTime>),
                    ))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
}
