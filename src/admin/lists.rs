//! The account list and the security log, paged and filtered in the database; the API and
//! the HTML pages call the same two functions. Looking at the account list is itself logged.

use chrono::{NaiveDate, NaiveDateTime, TimeZone};

use super::service::{ACCOUNT, AccountSummary, log_readings, summary_with};
use crate::accounts::model::security::{self, EventFilter, EventKind, KINDS, SecurityEvent};
use crate::accounts::model::user_list::{self, UserFilter};
use crate::accounts::model::users::User;
use crate::auth::SignedIn;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::error::{AppError, FieldError};
use crate::paging::{Cursor, Page, PageRequest, too_long};
use crate::state::AppState;

fn chosen(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn unknown(field: &'static str) -> FieldError {
    FieldError::new(field, "field-choice-unknown", vec![])
}

/// What administrators narrow the account list to.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AccountFilters {
    /// Part of a name or an email address.
    #[param(max_length = 200)]
    pub q: Option<String>,
    /// Accounts that have this role.
    #[param(schema_with = role)]
    pub role: Option<String>,
    /// `active` or `suspended`.
    #[param(schema_with = status)]
    pub status: Option<String>,
}

fn role() -> utoipa::openapi::schema::Object {
    let names: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    crate::api::schema::one_of(&names)
}

fn status() -> utoipa::openapi::schema::Object {
    crate::api::schema::one_of(&["active", "suspended"])
}

impl AccountFilters {
    fn in_database(&self) -> Result<UserFilter, AppError> {
        let mut errors = Vec::new();
        let role = chosen(&self.role).and_then(|r| {
            let role = Role::parse(r);
            if role.is_none() {
                errors.push(unknown("role"));
            }
            role
        });
        let suspended = match chosen(&self.status) {
            None => None,
            Some("active") => Some(false),
            Some("suspended") => Some(true),
            Some(_) => {
                errors.push(unknown("status"));
                None
            }
        };
        errors.extend(too_long("q", &self.q, 200));
        let text = chosen(&self.q).map(str::to_owned);
        if errors.is_empty() {
            Ok(UserFilter {
                text,
                role,
                suspended,
            })
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

/// A page of accounts matching the filters (logged as a look at the account list).
pub async fn accounts(
    state: &AppState,
    me: &SignedIn,
    filters: AccountFilters,
    paging: PageRequest,
) -> Result<Page<AccountSummary>, AppError> {
    let filter = filters.in_database()?;
    let paging = paging.check()?;
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                security::record(
                    conn,
                    EventKind::AccountsListed,
                    None,
                    Some(&me.user_id),
                    "",
                    now(),
                )?;
                let total = user_list::count(conn, &filter)?;
                let (position, page) = paging.position(total);
                let rows = user_list::page(conn, &filter, &position, paging.limit + 1)?;
                paging.page_of(
                    rows,
                    total,
                    page,
                    |u| Cursor::new(u.created_at, u.id.clone()),
                    |rows| summaries(conn, &me, rows),
                )
            })
        })
        .await
}

/// The accounts of a page as administrators read them, each family's reading logged.
fn summaries(
    conn: &mut crate::db::AnyConnection,
    me: &SignedIn,
    rows: Vec<User>,
) -> Result<Vec<AccountSummary>, AppError> {
    let ids: Vec<String> = rows.iter().map(|u| u.id.clone()).collect();
    let mut roles = user_list::roles_of(conn, &ids)?;
    log_readings(conn, me, ACCOUNT, &ids)?;
    Ok(rows
        .into_iter()
        .map(|u| {
            let roles = roles.remove(&u.id).unwrap_or_default();
            summary_with(u, roles)
        })
        .collect())
}

/// What the security log is narrowed to.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LogFilters {
    /// The kind of event.
    #[param(schema_with = kind)]
    pub kind: Option<String>,
    /// An account's id: events about it or done by it.
    #[param(max_length = 100)]
    pub person: Option<String>,
    /// From this day (Finnish time), `YYYY-MM-DD`.
    #[param(value_type = Option<String>, format = Date)]
    pub from: Option<String>,
    /// Up to and including this day (Finnish time), `YYYY-MM-DD`.
    #[param(value_type = Option<String>, format = Date)]
    pub to: Option<String>,
}

fn kind() -> utoipa::openapi::schema::Object {
    let names: Vec<&str> = KINDS.iter().map(|k| k.as_str()).collect();
    crate::api::schema::one_of(&names)
}

/// The start of a Finnish calendar day, in UTC.
fn day_start(day: NaiveDate) -> Option<NaiveDateTime> {
    let midnight = day.and_hms_opt(0, 0, 0)?;
    chrono_tz::Europe::Helsinki
        .from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.naive_utc())
}

fn day(
    field: &'static str,
    value: &Option<String>,
    errors: &mut Vec<FieldError>,
) -> Option<NaiveDate> {
    let text = chosen(value)?;
    let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
    if parsed.is_none() {
        errors.push(FieldError::new(field, "field-date-invalid", vec![]));
    }
    parsed
}

impl LogFilters {
    fn in_database(&self) -> Result<EventFilter, AppError> {
        let mut errors = Vec::new();
        let kind = chosen(&self.kind).map(str::to_owned);
        if kind
            .as_deref()
            .is_some_and(|k| !KINDS.iter().any(|known| known.as_str() == k))
        {
            errors.push(unknown("kind"));
        }
        errors.extend(too_long("person", &self.person, 100));
        let from = day("from", &self.from, &mut errors).and_then(day_start);
        let until = day("to", &self.to, &mut errors)
            .and_then(|d| d.succ_opt())
            .and_then(day_start);
        if errors.is_empty() {
            Ok(EventFilter {
                kind,
                person: chosen(&self.person).map(str::to_owned),
                from,
                until,
            })
        } else {
            Err(AppError::invalid(errors))
        }
    }
}

/// A page of the security log matching the filters, newest first.
pub async fn security_log(
    state: &AppState,
    filters: LogFilters,
    paging: PageRequest,
) -> Result<Page<SecurityEvent>, AppError> {
    let filter = filters.in_database()?;
    let paging = paging.check()?;
    state
        .db
        .run(move |conn| {
            let total = security::count(conn, &filter)?;
            let (position, page) = paging.position(total);
            let rows = security::page(conn, &filter, &position, paging.limit + 1)?;
            paging.page_of(
                rows,
                total,
                page,
                |e| Cursor::new(e.created_at, e.id.clone()),
                Ok,
            )
        })
        .await
}
