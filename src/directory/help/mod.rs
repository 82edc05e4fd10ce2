//! "Ask Silta's staff to help me get there": a family's request to the referral workers,
//! about one service or in general, with an optional message. Families see their own
//! requests and whether staff have handled them; referral workers work through the queue
//! (`queue`). No mail is sent: the workers' home card and the queue show what waits.
//!
//! What other features may call (referrals start a referral from a request): [`find`] and
//! [`mark_handled`], both inside the caller's connection or transaction.

pub mod find;
pub mod queue;
pub mod view;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::editing::check::Check;
use super::schema::{directory_help_requests as requests, directory_services};
use super::service;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::paging::{Cursor, Page, PageRequest};
use crate::state::AppState;

pub const MAX_MESSAGE: usize = 1_000;

/// A help request as another feature sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRequestRef {
    pub id: String,
    pub family_id: String,
    /// The family member who asked.
    pub user_id: String,
    /// The service it is about; `None` for a general request.
    pub service_id: Option<String>,
    pub handled: bool,
}

/// The request `id`, if there is one.
pub fn find(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<HelpRequestRef>> {
    requests::table
        .find(id)
        .select((
            requests::id,
            requests::family_id,
            requests::user_id,
            requests::service_id,
            requests::handled_at,
        ))
        .first::<(
            String,
            String,
            String,
            Option<String>,
            Option<NaiveDateTime>,
        )>(conn)
        .optional()
        .map(|row| {
            row.map(
                |(id, family_id, user_id, service_id, handled_at)| HelpRequestRef {
                    id,
                    family_id,
                    user_id,
                    service_id,
                    handled: handled_at.is_some(),
                },
            )
        })
}

/// Marks the request handled by `by` now; false when it was handled already or is unknown.
pub fn mark_handled(conn: &mut AnyConnection, id: &str, by: &str) -> QueryResult<bool> {
    diesel::update(
        requests::table
            .find(id)
            .filter(requests::handled_at.is_null()),
    )
    .set((requests::handled_by.eq(by), requests::handled_at.eq(now())))
    .execute(conn)
    .map(|n| n == 1)
}

/// What a family sends.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct NewHelpRequest {
    /// The service to get help reaching; none for a general request.
    pub service_id: Option<String>,
    /// What the family wants staff to know (optional).
    #[schema(max_length = 1000)]
    pub message: String,
}

/// Sends a request for the signer's family; its id. Sending the same request again while it
/// is open answers the open one.
pub async fn ask(
    state: &AppState,
    me: &SignedIn,
    input: NewHelpRequest,
) -> Result<String, AppError> {
    let Some(family_id) = me.family_id.clone() else {
        return Err(AppError::forbidden());
    };
    let mut check = Check::new();
    let message = check.text("message", &input.message, MAX_MESSAGE);
    check.done(())?;
    let service_id = input.service_id.filter(|s| !s.trim().is_empty());
    let user_id = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            if let Some(id) = &service_id {
                let status: Option<String> = directory_services::table
                    .find(id)
                    .select(directory_services::status)
                    .first(conn)
                    .optional()?;
                if status.is_none_or(|s| s == "inactive") {
                    return Err(AppError::not_found());
                }
            }
            let mut open = requests::table
                .filter(requests::family_id.eq(&family_id))
                .filter(requests::handled_at.is_null())
                .filter(requests::message.eq(&message))
                .into_boxed();
            open = match &service_id {
                Some(id) => open.filter(requests::service_id.eq(id)),
                None => open.filter(requests::service_id.is_null()),
            };
            if let Some(id) = open.select(requests::id).first::<String>(conn).optional()? {
                return Ok(id);
            }
            let id = uuid::Uuid::new_v4().to_string();
            diesel::insert_into(requests::table)
                .values((
                    requests::id.eq(&id),
                    requests::user_id.eq(&user_id),
                    requests::family_id.eq(&family_id),
                    requests::service_id.eq(&service_id),
                    requests::message.eq(&message),
                    requests::created_at.eq(now()),
                ))
                .execute(conn)?;
            tracing::info!(request = %id, "help request sent");
            Ok(id)
        })
        .await
}

/// One of the family's own requests.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyHelpRequest {
    pub id: String,
    pub service_id: Option<String>,
    /// In the reader's language where the service has one.
    pub service_name: Option<String>,
    pub message: String,
    pub created_at: DateTime<Utc>,
    pub handled: bool,
    pub handled_at: Option<DateTime<Utc>>,
}

type Row = (
    String,
    Option<String>,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

/// The requests of the signer's family, newest first.
pub async fn mine(
    state: &AppState,
    me: &SignedIn,
    paging: PageRequest,
) -> Result<Page<MyHelpRequest>, AppError> {
    let paging = paging.check()?;
    let family = me.family_id.clone().unwrap_or_default();
    let lang = me.language.code;
    state
        .db
        .run(move |conn| {
            let of_family = || {
                requests::table
                    .filter(requests::family_id.eq(family.clone()))
                    .into_boxed()
            };
            let total = of_family().count().get_result(conn)?;
            let (position, page) = paging.position(total);
            let rows: Vec<Row> = crate::keyset_page!(
                of_family(),
                requests::created_at,
                requests::id,
                &position,
                paging.limit + 1
            )
            .select((
                requests::id,
                requests::service_id,
                requests::message,
                requests::created_at,
                requests::handled_at,
            ))
            .load(conn)?;
            let ids: Vec<String> = rows.iter().filter_map(|r| r.1.clone()).collect();
            let names = service::names(conn, &ids, lang)?;
            paging.page_of(
                rows,
                total,
                page,
                |r| Cursor::new(r.3, r.0.clone()),
                |rows| {
                    Ok(rows
                        .into_iter()
                        .map(
                            |(id, service_id, message, created_at, handled_at)| MyHelpRequest {
                                service_name: service_id
                                    .as_ref()
                                    .and_then(|s| names.get(s))
                                    .map(|n| n.service.clone()),
                                id,
                                service_id,
                                message,
                                created_at: created_at.and_utc(),
                                handled: handled_at.is_some(),
                                handled_at: handled_at.map(|at| at.and_utc()),
                            },
                        )
                        .collect())
                },
            )
        })
        .await
}
