//! Referrals as their readers see them. A worker sees everything; the family its own referral
//! without the history's notes; the service (a partner or the link) what the consent covered,
//! exactly as it was sent, and nothing of it once the consent is withdrawn.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::access::Reader;
use super::consent::{self, ConsentView, ItemView};
use super::domain::{Actor, DeclineReason, Outcome, Status};
use super::model::{self, Referral};
use crate::accounts::service as accounts;
use crate::db::AnyConnection;
use crate::directory::service::{self as directory, ServiceName};
use crate::error::AppError;
use crate::i18n::I18n;

/// One change in a referral's history.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventView {
    pub status: Status,
    /// worker, partner, service_link, family, family_link or system.
    pub actor_kind: String,
    /// The person's name, for staff readers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_name: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    pub at: DateTime<Utc>,
}

/// A referral and where it stands.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReferralView {
    pub id: String,
    pub status: Status,
    pub service_id: String,
    pub service_name: String,
    pub organisation_name: String,
    pub worker_name: String,
    /// The worker's texts (workers and the family).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hopes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What the service received, as the consent covered it (the service's readers).
    pub shared: Vec<ItemView>,
    pub decline_reason: Option<DeclineReason>,
    pub outcome: Option<Outcome>,
    /// The family asked not to be told of changes.
    pub quiet: bool,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub changed_at: DateTime<Utc>,
    /// With the service and unchanged for longer than the overdue limit.
    pub overdue: bool,
    pub history: Vec<EventView>,
    /// The consents given and withdrawn (workers and the family).
    pub consents: Vec<ConsentView>,
    /// The statuses this reader may move it to.
    pub next: Vec<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concern_report_id: Option<String>,
    #[serde(skip)]
    pub family_id: String,
}

/// Whether a referral has waited for a change longer than `overdue_days`.
pub fn is_overdue(referral: &Referral, now: NaiveDateTime, overdue_days: u32) -> bool {
    let with_service = Status::parse(&referral.status).is_some_and(Status::is_with_service);
    with_service && referral.changed_at < now - chrono::TimeDelta::days(i64::from(overdue_days))
}

pub fn actor_of(reader: Reader) -> Actor {
    match reader {
        Reader::Worker => Actor::Worker,
        Reader::Partner => Actor::Partner,
        Reader::ServiceLink => Actor::ServiceLink,
        Reader::Family => Actor::Family,
    }
}

/// The names of these services in `lang`.
pub fn service_names(
    conn: &mut AnyConnection,
    referrals: &[Referral],
    lang: &str,
) -> Result<HashMap<String, ServiceName>, AppError> {
    let mut ids: Vec<String> = referrals.iter().map(|r| r.service_id.clone()).collect();
    ids.sort();
    ids.dedup();
    Ok(directory::names(conn, &ids, lang)?)
}

/// The name of `service_id` among `names`, blank when the directory no longer has it.
pub fn name_in(names: &HashMap<String, ServiceName>, service_id: &str) -> ServiceName {
    names
        .get(service_id)
        .cloned()
        .unwrap_or_else(|| ServiceName {
            service: String::new(),
            organisation: String::new(),
            language: String::new(),
        })
}

fn history(
    conn: &mut AnyConnection,
    referral_id: &str,
    staff: bool,
) -> Result<Vec<EventView>, AppError> {
    let events = model::events_of(conn, referral_id)?;
    let people: Vec<String> = events.iter().filter_map(|e| e.actor_id.clone()).collect();
    let names = if staff {
        accounts::display_names(conn, &people)?
    } else {
        HashMap::new()
    };
    Ok(events
        .into_iter()
        .filter_map(|e| {
            Some(EventView {
                status: Status::parse(&e.status)?,
                actor_name: e.actor_id.as_ref().and_then(|id| names.get(id).cloned()),
                note: if staff { e.note } else { String::new() },
                actor_kind: e.actor_kind,
                at: e.at.and_utc(),
            })
        })
        .collect())
}

/// What the service received: the items of the consent it was sent with.
fn shared(
    conn: &mut AnyConnection,
    i18n: &I18n,
    referral: &Referral,
    lang: &str,
) -> Result<Vec<ItemView>, AppError> {
    if referral.status == Status::Cancelled.as_str() {
        return Ok(Vec::new());
    }
    let given = model::consents_of(conn, &referral.id)?
        .into_iter()
        .find(|c| c.withdrawn_at.is_none());
    let items: Vec<consent::Item> = given
        .map(|c| serde_json::from_str(&c.items).unwrap_or_default())
        .unwrap_or_default();
    Ok(consent::text::label(i18n, lang, &items))
}

/// The whole referral as `reader` may see it, in `lang`.
pub fn full(
    conn: &mut AnyConnection,
    i18n: &I18n,
    referral: Referral,
    reader: Reader,
    lang: &str,
    overdue_days: u32,
) -> Result<ReferralView, AppError> {
    let staff = reader == Reader::Worker;
    let service_side = matches!(reader, Reader::Partner | Reader::ServiceLink);
    let names = service_names(conn, std::slice::from_ref(&referral), lang)?;
    let name = name_in(&names, &referral.service_id);
    let worker_name = accounts::display_names(conn, std::slice::from_ref(&referral.worker_id))?
        .remove(&referral.worker_id)
        .unwrap_or_default();
    let status = Status::parse(&referral.status).unwrap_or(Status::Draft);
    let consents = if service_side {
        Vec::new()
    } else {
        consent::views(conn, i18n, &referral.id, lang)?
    };
    let texts = |text: &str| (!service_side).then(|| text.to_owned());
    Ok(ReferralView {
        overdue: is_overdue(&referral, crate::clock::now(), overdue_days),
        history: history(conn, &referral.id, staff || service_side)?,
        shared: if service_side {
            shared(conn, i18n, &referral, lang)?
        } else {
            Vec::new()
        },
        next: status.next_for(actor_of(reader)),
        reason: texts(&referral.reason),
        hopes: texts(&referral.hopes),
        summary: texts(&referral.summary),
        decline_reason: referral
            .decline_reason
            .as_deref()
            .and_then(DeclineReason::parse),
        outcome: referral.outcome.as_deref().and_then(Outcome::parse),
        concern_report_id: referral.concern_report_id.clone().filter(|_| staff),
        service_name: name.service,
        organisation_name: name.organisation,
        consents,
        worker_name,
        status,
        quiet: referral.quiet,
        created_at: referral.created_at.and_utc(),
        sent_at: referral.sent_at.map(|s| s.and_utc()),
        changed_at: referral.changed_at.and_utc(),
        id: referral.id,
        service_id: referral.service_id,
        family_id: referral.family_id,
    })
}

/// A line of a list of referrals: no texts, so a list reveals little.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReferralRow {
    pub id: String,
    pub status: Status,
    pub service_name: String,
    pub organisation_name: String,
    /// The family's adults (workers' lists only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub changed_at: DateTime<Utc>,
    pub overdue: bool,
}

/// The rows of `referrals`; with the family's adults' names when `with_family`.
pub fn rows(
    conn: &mut AnyConnection,
    referrals: Vec<Referral>,
    lang: &str,
    overdue_days: u32,
    with_family: bool,
) -> Result<Vec<ReferralRow>, AppError> {
    let names = service_names(conn, &referrals, lang)?;
    let now = crate::clock::now();
    let mut rows = Vec::with_capacity(referrals.len());
    for referral in referrals {
        let family_name = if with_family {
            accounts::family(conn, &referral.family_id)?.map(|f| {
                f.adults
                    .iter()
                    .map(|a| a.display_name.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        } else {
            None
        };
        let name = name_in(&names, &referral.service_id);
        rows.push(ReferralRow {
            overdue: is_overdue(&referral, now, overdue_days),
            status: Status::parse(&referral.status).unwrap_or(Status::Draft),
            service_name: name.service,
            organisation_name: name.organisation,
            family_name,
            created_at: referral.created_at.and_utc(),
            sent_at: referral.sent_at.map(|s| s.and_utc()),
            changed_at: referral.changed_at.and_utc(),
            id: referral.id,
        });
    }
    Ok(rows)
}
