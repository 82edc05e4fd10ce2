//! "Who has seen my data": the family's access log as the family reads it, in its language,
//! newest first, a page at a time. Only the family's own adults read it; nobody edits it, and
//! the retention job removes rows older than two years.

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use crate::access_log::{Logged, access_log};
use crate::accounts::service as accounts;
use crate::auth::SignedIn;
use crate::db::AnyConnection;

type Backend = <AnyConnection as diesel::Connection>::Backend;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::paging::{Cursor, Page, PageRequest};
use crate::personal_data::{Pseudonyms, Subject, at};
use crate::state::AppState;

/// How long a reading stays in the log: two years.
pub const KEPT_DAYS: i64 = 730;

/// One reading, as the family sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Seen {
    pub read_at: DateTime<Utc>,
    /// The reader's name; empty when a service read through a referral's link.
    pub reader: String,
    /// The role they read in (`referral_worker`, `municipal_partner`, `service_link`…) and
    /// its name in the reader's language.
    pub role: String,
    pub role_name: String,
    /// What was read (`referral`, `consent`…), named.
    pub item: String,
    pub item_name: String,
    /// Why: the purpose the screen serves, named.
    pub purpose: String,
    pub purpose_name: String,
}

fn role_message(role: &str) -> String {
    match role {
        "service_link" => "privacy-reader-service-link".to_owned(),
        role => format!("role-{role}"),
    }
}

fn views(
    conn: &mut AnyConnection,
    i18n: &I18n,
    lang: &str,
    rows: Vec<Logged>,
) -> Result<Vec<Seen>, AppError> {
    let readers: Vec<String> = rows.iter().filter_map(|r| r.reader_id.clone()).collect();
    let names = accounts::display_names(conn, &readers)?;
    let name = |id: &str| i18n.translate(lang, id, None);
    Ok(rows
        .into_iter()
        .map(|r| Seen {
            read_at: r.read_at.and_utc(),
            reader: r
                .reader_id
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_default(),
            role_name: name(&role_message(&r.reader_role)),
            item_name: name(&format!("privacy-item-{}", r.item_kind)),
            purpose_name: name(&format!("privacy-purpose-{}", r.purpose)),
            role: r.reader_role,
            item: r.item_kind,
            purpose: r.purpose,
        })
        .collect())
}

/// A page of the signed-in adult's family log (empty for someone without a family).
pub async fn page(
    state: &AppState,
    me: &SignedIn,
    paging: PageRequest,
) -> Result<Page<Seen>, AppError> {
    let paging = paging.check()?;
    let family = me.family_id.clone().unwrap_or_default();
    let (i18n, lang) = (state.i18n.clone(), me.language.code);
    state
        .db
        .run(move |conn| {
            let mine = || {
                access_log::table
                    .filter(access_log::family_id.eq(family.clone()))
                    .into_boxed::<Backend>()
            };
            let total = mine().count().get_result(conn)?;
            let (position, page) = paging.position(total);
            let rows: Vec<Logged> = crate::keyset_page!(
                mine(),
                access_log::read_at,
                access_log::id,
                &position,
                paging.limit + 1
            )
            .select(Logged::as_select())
            .load(conn)?;
            paging.page_of(
                rows,
                total,
                page,
                |r| Cursor::new(r.read_at, r.id.clone()),
                |rows| views(conn, &i18n, lang, rows),
            )
        })
        .await
}

/// The family's log for the person's copy of their data (readers' names are staff's, shown
/// as they are on the privacy page).
pub fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    _: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let Some(family) = &subject.family_id else {
        return Ok(json!({ "access_log": [] }));
    };
    let rows: Vec<Logged> = access_log::table
        .filter(access_log::family_id.eq(family))
        .order(access_log::read_at.desc())
        .select(Logged::as_select())
        .load(conn)?;
    let readings: Vec<Value> = rows
        .into_iter()
        .map(|r| {
            json!({
                "read_at": at(r.read_at), "reader_role": r.reader_role,
                "item": r.item_kind, "purpose": r.purpose,
            })
        })
        .collect();
    Ok(json!({ "access_log": readings }))
}

/// Removes up to `batch` readings older than two years.
pub fn purge(conn: &mut AnyConnection, now: NaiveDateTime, batch: i64) -> Result<usize, AppError> {
    let before = now - TimeDelta::days(KEPT_DAYS);
    Ok(crate::access_log::purge(conn, before, batch)?)
}
