//! Queries on referrals' own tables: referrals, their history and their consents.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{referral_consents, referral_events, referrals};
use crate::db::AnyConnection;

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referrals)]
pub struct Referral {
    pub id: String,
    pub family_id: String,
    pub service_id: String,
    pub worker_id: String,
    pub status: String,
    pub reason: String,
    pub hopes: String,
    pub summary: String,
    pub decline_reason: Option<String>,
    pub outcome: Option<String>,
    pub quiet: bool,
    pub concern_report_id: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub changed_at: NaiveDateTime,
    pub overdue_flagged_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referral_events)]
pub struct Event {
    pub id: String,
    pub referral_id: String,
    pub status: String,
    pub actor_kind: String,
    pub actor_id: Option<String>,
    pub note: String,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referral_consents)]
pub struct Consent {
    pub id: String,
    pub referral_id: String,
    pub family_id: String,
    pub adult_id: String,
    pub purpose: String,
    pub recipient: String,
    pub items: String,
    pub text_version: String,
    pub language: String,
    pub channel: String,
    pub recorded_by: String,
    pub given_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub withdrawn_at: Option<NaiveDateTime>,
    pub withdrawn_by: Option<String>,
}

impl Consent {
    /// Given, not withdrawn and not expired at `now`.
    pub fn is_valid(&self, now: NaiveDateTime) -> bool {
        self.withdrawn_at.is_none() && self.expires_at > now
    }
}

pub fn insert_referral(conn: &mut AnyConnection, r: &Referral) -> QueryResult<()> {
    diesel::insert_into(referrals::table)
        .values((
            referrals::id.eq(&r.id),
            referrals::family_id.eq(&r.family_id),
            referrals::service_id.eq(&r.service_id),
            referrals::worker_id.eq(&r.worker_id),
            referrals::status.eq(&r.status),
            referrals::reason.eq(&r.reason),
            referrals::hopes.eq(&r.hopes),
            referrals::summary.eq(&r.summary),
            referrals::quiet.eq(r.quiet),
            referrals::concern_report_id.eq(&r.concern_report_id),
            referrals::created_at.eq(r.created_at),
            referrals::changed_at.eq(r.changed_at),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn referral(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Referral>> {
    referrals::table
        .find(id)
        .select(Referral::as_select())
        .first(conn)
        .optional()
}

/// Rewrites a draft's service and texts; false when it is no longer a draft.
pub fn update_draft(
    conn: &mut AnyConnection,
    id: &str,
    service_id: &str,
    texts: &super::domain::Texts,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        referrals::table
            .find(id)
            .filter(referrals::status.eq("draft")),
    )
    .set((
        referrals::service_id.eq(service_id),
        referrals::reason.eq(&texts.reason),
        referrals::hopes.eq(&texts.hopes),
        referrals::summary.eq(&texts.summary),
        referrals::changed_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// A move from one status to the next, written only if the referral is still at `from`.
pub struct Move<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub decline_reason: Option<&'a str>,
    pub outcome: Option<&'a str>,
    pub at: NaiveDateTime,
}

/// Moves the referral; false when someone else moved it first. The overdue flag is cleared,
/// so a referral that stalls again is flagged again.
pub fn move_status(conn: &mut AnyConnection, id: &str, step: &Move) -> QueryResult<bool> {
    let sent_at = (step.to == "sent").then_some(step.at);
    let target = referrals::table
        .find(id)
        .filter(referrals::status.eq(step.from));
    let changed = diesel::update(target)
        .set((
            referrals::status.eq(step.to),
            referrals::changed_at.eq(step.at),
            referrals::overdue_flagged_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    if changed == 1 {
        if let Some(at) = sent_at {
            diesel::update(referrals::table.find(id))
                .set(referrals::sent_at.eq(at))
                .execute(conn)?;
        }
        if step.decline_reason.is_some() || step.outcome.is_some() {
            diesel::update(referrals::table.find(id))
                .set((
                    referrals::decline_reason.eq(step.decline_reason),
                    referrals::outcome.eq(step.outcome),
                ))
                .execute(conn)?;
        }
    }
    Ok(changed == 1)
}

pub fn set_quiet(conn: &mut AnyConnection, id: &str, quiet: bool) -> QueryResult<()> {
    diesel::update(referrals::table.find(id))
        .set(referrals::quiet.eq(quiet))
        .execute(conn)
        .map(|_| ())
}

pub fn insert_event(conn: &mut AnyConnection, event: &Event) -> QueryResult<()> {
    diesel::insert_into(referral_events::table)
        .values((
            referral_events::id.eq(&event.id),
            referral_events::referral_id.eq(&event.referral_id),
            referral_events::status.eq(&event.status),
            referral_events::actor_kind.eq(&event.actor_kind),
            referral_events::actor_id.eq(&event.actor_id),
            referral_events::note.eq(&event.note),
            referral_events::at.eq(event.at),
        ))
        .execute(conn)
        .map(|_| ())
}

/// A referral's history, oldest first.
pub fn events_of(conn: &mut AnyConnection, referral_id: &str) -> QueryResult<Vec<Event>> {
    referral_events::table
        .filter(referral_events::referral_id.eq(referral_id))
        .order((referral_events::at.asc(), referral_events::id.asc()))
        .select(Event::as_select())
        .load(conn)
}

/// Events of these referrals since `since`, newest first (the family's latest changes).
pub fn events_since(
    conn: &mut AnyConnection,
    referral_ids: &[String],
    since: NaiveDateTime,
) -> QueryResult<Vec<Event>> {
    referral_events::table
        .filter(referral_events::referral_id.eq_any(referral_ids))
        .filter(referral_events::at.ge(since))
        .order((referral_events::at.desc(), referral_events::id.desc()))
        .select(Event::as_select())
        .load(conn)
}

pub fn insert_consent(conn: &mut AnyConnection, consent: &Consent) -> QueryResult<()> {
    diesel::insert_into(referral_consents::table)
        .values((
            referral_consents::id.eq(&consent.id),
            referral_consents::referral_id.eq(&consent.referral_id),
            referral_consents::family_id.eq(&consent.family_id),
            referral_consents::adult_id.eq(&consent.adult_id),
            referral_consents::purpose.eq(&consent.purpose),
            referral_consents::recipient.eq(&consent.recipient),
            referral_consents::items.eq(&consent.items),
            referral_consents::text_version.eq(&consent.text_version),
            referral_consents::language.eq(&consent.language),
            referral_consents::channel.eq(&consent.channel),
            referral_consents::recorded_by.eq(&consent.recorded_by),
            referral_consents::given_at.eq(consent.given_at),
            referral_consents::expires_at.eq(consent.expires_at),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The consents of a referral, newest first.
pub fn consents_of(conn: &mut AnyConnection, referral_id: &str) -> QueryResult<Vec<Consent>> {
    referral_consents::table
        .filter(referral_consents::referral_id.eq(referral_id))
        .order((
            referral_consents::given_at.desc(),
            referral_consents::id.desc(),
        ))
        .select(Consent::as_select())
        .load(conn)
}

/// Withdraws every consent of the referral still in force; how many were.
pub fn withdraw_consents(
    conn: &mut AnyConnection,
    referral_id: &str,
    by: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        referral_consents::table
            .filter(referral_consents::referral_id.eq(referral_id))
            .filter(referral_consents::withdrawn_at.is_null()),
    )
    .set((
        referral_consents::withdrawn_at.eq(Some(at)),
        referral_consents::withdrawn_by.eq(Some(by)),
    ))
    .execute(conn)
}

/// The open referrals of these statuses whose last change was before `before` and that are
/// not flagged yet (the overdue job's candidates).
pub fn stalled(
    conn: &mut AnyConnection,
    statuses: &[&str],
    before: NaiveDateTime,
) -> QueryResult<Vec<String>> {
    referrals::table
        .filter(referrals::status.eq_any(statuses))
        .filter(referrals::changed_at.lt(before))
        .filter(referrals::overdue_flagged_at.is_null())
        .order(referrals::changed_at.asc())
        .select(referrals::id)
        .load(conn)
}

/// Flags a stalled referral; false when another node flagged it first or it changed.
pub fn flag_overdue(
    conn: &mut AnyConnection,
    id: &str,
    before: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        referrals::table
            .find(id)
            .filter(referrals::overdue_flagged_at.is_null())
            .filter(referrals::changed_at.lt(before)),
    )
    .set(referrals::overdue_flagged_at.eq(Some(now)))
    .execute(conn)
    .map(|n| n == 1)
}

/// The referrals of a family, newest first.
pub fn of_family(conn: &mut AnyConnection, family_id: &str) -> QueryResult<Vec<Referral>> {
    referrals::table
        .filter(referrals::family_id.eq(family_id))
        .order((referrals::created_at.desc(), referrals::id.desc()))
        .select(Referral::as_select())
        .load(conn)
}

/// (service, status, outcome, sent at) of a sent referral.
pub type SentRow = (String, String, Option<String>, Option<NaiveDateTime>);

/// Referrals sent in `[from, until)`: (service, status, outcome, sent at), for figures.
pub fn sent_between(
    conn: &mut AnyConnection,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<SentRow>> {
    referrals::table
        .filter(referrals::sent_at.ge(from))
        .filter(referrals::sent_at.lt(until))
        .order(referrals::sent_at.asc())
        .select((
            referrals::service_id,
            referrals::status,
            referrals::outcome,
            referrals::sent_at,
        ))
        .load(conn)
}

/// The open referrals (drafts, and those with the service) a worker prepared.
pub fn open_of_worker(conn: &mut AnyConnection, worker_id: &str) -> QueryResult<Vec<Referral>> {
    referrals::table
        .filter(referrals::worker_id.eq(worker_id))
        .filter(referrals::status.eq_any(super::domain::Status::OPEN))
        .order((referrals::created_at.desc(), referrals::id.desc()))
        .select(Referral::as_select())
        .load(conn)
}

/// Referrals to these services that wait to be opened (`sent`), newest first.
pub fn waiting_for(conn: &mut AnyConnection, services: &[String]) -> QueryResult<Vec<Referral>> {
    referrals::table
        .filter(referrals::service_id.eq_any(services))
        .filter(referrals::status.eq("sent"))
        .order((referrals::created_at.desc(), referrals::id.desc()))
        .select(Referral::as_select())
        .load(conn)
}
