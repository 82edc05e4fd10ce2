//! Lists of referrals, newest first and paged: every referral for referral workers (by status
//! and by words in the texts), a partner's inbox (what was sent to their organisation's
//! services), a family's own; and the rows the dashboard's figures count.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::domain::{Outcome, Status};
use super::model::{self, Referral};
use super::schema::referrals;
use super::views::{self, ReferralRow};
use crate::auth::SignedIn;
use crate::db::AnyConnection;
use crate::db::like::{self, lower};
use crate::directory::service as directory;
use crate::error::{AppError, FieldError};
use crate::paging::{Cursor, Page, PageRequest};
use crate::state::AppState;

type Backend = <AnyConnection as diesel::Connection>::Backend;
type Boxed<'a> = referrals::BoxedQuery<'a, Backend>;

/// The longest search text.
pub const MAX_QUERY: usize = 200;

/// What a referral worker looks for.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WorkerFilter {
    /// One status (draft, sent, received, accepted, declined, contacted, help_started,
    /// closed, cancelled); any when not given.
    pub status: Option<String>,
    /// Words in the reason, hopes or summary.
    #[param(max_length = 200)]
    pub q: Option<String>,
    /// Only those with the service and unchanged for too long (`true`).
    pub overdue: Option<String>,
}

struct Checked {
    status: Option<String>,
    pattern: Option<String>,
    overdue_before: Option<NaiveDateTime>,
}

impl WorkerFilter {
    fn check(&self, overdue_days: u32) -> Result<Checked, AppError> {
        let mut errors = Vec::new();
        let status = self.status.clone().filter(|s| !s.trim().is_empty());
        if status
            .as_deref()
            .is_some_and(|s| Status::parse(s).is_none())
        {
            errors.push(FieldError::new("status", "field-choice-unknown", vec![]));
        }
        errors.extend(crate::paging::too_long("q", &self.q, MAX_QUERY));
        if !errors.is_empty() {
            return Err(AppError::invalid(errors));
        }
        let overdue = self
            .overdue
            .as_deref()
            .is_some_and(|o| o == "true" || o == "1");
        let days = chrono::TimeDelta::days(i64::from(overdue_days));
        Ok(Checked {
            status,
            pattern: self.q.as_deref().and_then(like::contains),
            overdue_before: overdue.then(|| crate::clock::now() - days),
        })
    }
}

fn worker_query(filter: &Checked) -> Boxed<'static> {
    let mut query = referrals::table.into_boxed();
    if let Some(status) = &filter.status {
        query = query.filter(referrals::status.eq(status.clone()));
    }
    if let Some(pattern) = &filter.pattern {
        query = query.filter(
            lower(referrals::reason)
                .like(pattern.clone())
                .escape('\\')
                .or(lower(referrals::hopes).like(pattern.clone()).escape('\\'))
                .or(lower(referrals::summary).like(pattern.clone()).escape('\\')),
        );
    }
    if let Some(before) = filter.overdue_before {
        query = query
            .filter(referrals::status.eq_any(&Status::OPEN[1..]))
            .filter(referrals::changed_at.lt(before));
    }
    query
}

/// Reads a page of `query` (built twice: once to count, once to read).
fn page_of(
    conn: &mut AnyConnection,
    paging: &crate::paging::Checked,
    query: impl Fn() -> Boxed<'static>,
    rows: impl FnOnce(&mut AnyConnection, Vec<Referral>) -> Result<Vec<ReferralRow>, AppError>,
) -> Result<Page<ReferralRow>, AppError> {
    let total = query().count().get_result(conn)?;
    let (position, page) = paging.position(total);
    let found = crate::keyset_page!(
        query(),
        referrals::created_at,
        referrals::id,
        &position,
        paging.limit + 1
    )
    .select(Referral::as_select())
    .load(conn)?;
    paging.page_of(
        found,
        total,
        page,
        |r| Cursor::new(r.created_at, r.id.clone()),
        |found| rows(conn, found),
    )
}

/// A page of every referral, for referral workers.
pub async fn for_workers(
    state: &AppState,
    me: &SignedIn,
    filter: WorkerFilter,
    paging: PageRequest,
) -> Result<Page<ReferralRow>, AppError> {
    if !me.can(crate::auth::policy::Permission::MakeReferrals) {
        return Err(AppError::forbidden());
    }
    let days = state.config.referral_overdue_days;
    let filter = filter.check(days)?;
    let paging = paging.check()?;
    let (lang, me) = (me.language.code, me.clone());
    state
        .db
        .run(move |conn| {
            page_of(
                conn,
                &paging,
                || worker_query(&filter),
                |conn, found| {
                    for referral in &found {
                        super::access::log(
                            conn,
                            referral,
                            super::access::Reader::Worker,
                            Some(&me.user_id),
                            "referral",
                            &referral.id,
                        )?;
                    }
                    views::rows(conn, found, lang, days, true)
                },
            )
        })
        .await
}

/// A page of the partner's inbox: referrals sent to their organisation's services.
pub async fn for_partner(
    state: &AppState,
    me: &SignedIn,
    paging: PageRequest,
) -> Result<Page<ReferralRow>, AppError> {
    let paging = paging.check()?;
    let days = state.config.referral_overdue_days;
    let (lang, me) = (me.language.code, me.clone());
    state
        .db
        .run(move |conn| {
            let services = directory::services_of_partner(conn, &me.user_id)?;
            let query = || {
                referrals::table
                    .filter(referrals::service_id.eq_any(services.clone()))
                    .filter(referrals::status.ne("draft"))
                    .into_boxed()
            };
            page_of(conn, &paging, query, |conn, found| {
                views::rows(conn, found, lang, days, false)
            })
        })
        .await
}

/// The family's referrals that its worker has shown it (every one but those cancelled as
/// drafts before it was asked), newest first.
pub async fn for_family(state: &AppState, me: &SignedIn) -> Result<Vec<ReferralRow>, AppError> {
    let Some(family_id) = me.family_id.clone() else {
        return Ok(Vec::new());
    };
    let days = state.config.referral_overdue_days;
    let lang = me.language.code;
    state
        .db
        .run(move |conn| {
            let found = model::of_family(conn, &family_id)?;
            views::rows(conn, found, lang, days, false)
        })
        .await
}

/// A referral sent in a period, for the dashboard's figures.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SentReferral {
    pub service_id: String,
    pub status: Status,
    pub outcome: Option<Outcome>,
    pub sent_at: DateTime<Utc>,
}

/// The referrals sent in `[from, until)`, oldest first: no family, no texts.
pub fn sent_between(
    conn: &mut AnyConnection,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> Result<Vec<SentReferral>, AppError> {
    Ok(model::sent_between(conn, from, until)?
        .into_iter()
        .filter_map(|(service_id, status, outcome, sent_at)| {
            Some(SentReferral {
                service_id,
                status: Status::parse(&status)?,
                outcome: outcome.as_deref().and_then(Outcome::parse),
                sent_at: sent_at?.and_utc(),
            })
        })
        .collect())
}
