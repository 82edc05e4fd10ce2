//! The personal data referrals keep, declared for the privacy feature: the referrals about the
//! person's family (what was written, where it went, what came of it), each change of their
//! status with its note, and the consents the person gave, each with the version of the text
//! they agreed to and the data items exactly as shared. Workers and other adults appear by
//! pseudonym; another adult's consents are theirs and are left out.

use std::collections::HashMap;

use diesel::prelude::*;
use serde_json::{Value, json};

use super::consent::text::Item;
use super::model::{Consent, Event, Referral};
use super::schema::{referral_consents, referral_events, referrals};
use crate::db::AnyConnection;
use crate::directory::service as directory;
use crate::error::AppError;
use crate::personal_data::{
    Kind, LawfulBasis, PersonalData, Pseudonyms, Retention, Subject, at, at_opt,
};
use crate::registry::Registry;

pub fn register(reg: &mut Registry) {
    reg.personal_data(PersonalData {
        feature: "referrals",
        kinds: vec![
            Kind {
                key: "referrals.referrals",
                title: "privacy-kind-referrals-referrals",
                purpose: "privacy-purpose-of-referrals-referrals",
                basis: LawfulBasis::Consent,
                retention: Retention::DaysAfterClosing {
                    days: super::purge::KEPT_DAYS,
                },
                tables: &["referrals"],
            },
            Kind {
                key: "referrals.history",
                title: "privacy-kind-referrals-history",
                purpose: "privacy-purpose-of-referrals-history",
                basis: LawfulBasis::Consent,
                retention: Retention::DaysAfterClosing {
                    days: super::purge::KEPT_DAYS,
                },
                tables: &["referral_events"],
            },
            Kind {
                key: "referrals.consents",
                title: "privacy-kind-referrals-consents",
                purpose: "privacy-purpose-of-referrals-consents",
                basis: LawfulBasis::LegalObligation,
                retention: Retention::DaysAfterClosing {
                    days: super::purge::KEPT_DAYS,
                },
                tables: &["referral_consents"],
            },
            Kind {
                key: "referrals.child_protection",
                title: "privacy-kind-referrals-child-protection",
                purpose: "privacy-purpose-of-referrals-child-protection",
                basis: LawfulBasis::LegalObligation,
                retention: Retention::Days {
                    days: super::purge::PROTECTION_KEPT_DAYS,
                },
                tables: &["child_protection_notices"],
            },
        ],
        export,
        erase: super::erase::erase,
        purge: Some(super::purge::purge),
    });
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let Some(family) = subject.family_id.as_deref() else {
        return Ok(json!({ "referrals": [], "history": [], "consents": [] }));
    };
    let found: Vec<Referral> = referrals::table
        .filter(referrals::family_id.eq(family))
        .order((referrals::created_at, referrals::id))
        .select(Referral::as_select())
        .load(conn)?;
    let ids: Vec<String> = found.iter().map(|r| r.id.clone()).collect();
    // Referrals are numbered in the copy, so that history and consents can say which.
    let number: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i + 1))
        .collect();
    let services: Vec<String> = found.iter().map(|r| r.service_id.clone()).collect();
    let services = directory::names(conn, &services, &subject.language)?;
    let service = |id: &str| {
        services
            .get(id)
            .map(|s| format!("{} ({})", s.service, s.organisation))
            .unwrap_or_default()
    };
    let events: Vec<Event> = referral_events::table
        .filter(referral_events::referral_id.eq_any(&ids))
        .order((referral_events::at, referral_events::id))
        .select(Event::as_select())
        .load(conn)?;
    let consents: Vec<Consent> = referral_consents::table
        .filter(referral_consents::referral_id.eq_any(&ids))
        .filter(referral_consents::adult_id.eq(&subject.user_id))
        .order(referral_consents::given_at)
        .select(Consent::as_select())
        .load(conn)?;
    let which = |id: &str| number.get(id).copied().unwrap_or_default();
    Ok(json!({
        "referrals": found.iter().map(|r| json!({
            "referral": which(&r.id), "service": service(&r.service_id), "status": r.status,
            "worker": names.name(subject, &r.worker_id), "reason": r.reason, "hopes": r.hopes,
            "summary": r.summary, "decline_reason": r.decline_reason, "outcome": r.outcome,
            "no_updates_wanted": r.quiet, "created_at": at(r.created_at),
            "sent_at": at_opt(r.sent_at), "changed_at": at(r.changed_at),
        })).collect::<Vec<_>>(),
        "history": events.iter().map(|e| json!({
            "referral": which(&e.referral_id), "status": e.status, "by": e.actor_kind,
            "person": e.actor_id.as_ref().map(|a| names.name(subject, a)),
            "note": e.note, "at": at(e.at),
        })).collect::<Vec<_>>(),
        "consents": consents.iter().map(|c| consent(c, which(&c.referral_id), subject, names))
            .collect::<Vec<_>>(),
    }))
}

fn consent(c: &Consent, referral: usize, subject: &Subject, names: &mut Pseudonyms) -> Value {
    let items: Vec<Item> = serde_json::from_str(&c.items).unwrap_or_default();
    let shared: Vec<String> = items
        .into_iter()
        .map(|i| format!("{}: {}", i.key, i.value))
        .collect();
    json!({
        "referral": referral, "purpose": c.purpose,
        "recipient": c.recipient.lines().collect::<Vec<_>>().join(", "),
        "shared": shared, "text_version": c.text_version, "language": c.language,
        "channel": c.channel, "recorded_by": names.name(subject, &c.recorded_by),
        "given_at": at(c.given_at), "expires_at": at(c.expires_at),
        "withdrawn_at": at_opt(c.withdrawn_at),
        "withdrawn_by": c.withdrawn_by.as_ref().map(|w| names.name(subject, w)),
    })
}
