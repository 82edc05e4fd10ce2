//! The personal data contacts keeps, declared for the privacy feature: a partner's links to
//! groups, the advice threads between facilitators and contacts, the visits of a guest and
//! the contacts offered to families. Other people appear by pseudonym.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Value, json};

use super::schema::{
    contact_guests, contact_messages, contact_offers, contact_threads, group_contacts,
};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::personal_data::{
    Kind, LawfulBasis, PersonalData, Pseudonyms, Retention, Subject, at, at_opt,
};
use crate::registry::Registry;

pub fn register(reg: &mut Registry) {
    let kind = |key, title, purpose, retention, tables| Kind {
        key,
        title,
        purpose,
        basis: LawfulBasis::LegitimateInterests,
        retention,
        tables,
    };
    reg.personal_data(PersonalData {
        feature: "contacts",
        kinds: vec![
            kind(
                "contacts.links",
                "privacy-kind-contacts-links",
                "privacy-purpose-of-contacts-links",
                Retention::WhileAccount,
                &["group_contacts"],
            ),
            kind(
                "contacts.advice",
                "privacy-kind-contacts-advice",
                "privacy-purpose-of-contacts-advice",
                Retention::Days {
                    days: super::erase::ADVICE_KEPT_DAYS,
                },
                &["contact_threads", "contact_messages"],
            ),
            kind(
                "contacts.visits",
                "privacy-kind-contacts-visits",
                "privacy-purpose-of-contacts-visits",
                Retention::Days {
                    days: super::erase::VISITS_KEPT_DAYS,
                },
                &["contact_guests"],
            ),
            kind(
                "contacts.offers",
                "privacy-kind-contacts-offers",
                "privacy-purpose-of-contacts-offers",
                Retention::Days {
                    days: super::erase::OFFERS_KEPT_DAYS,
                },
                &["contact_offers"],
            ),
        ],
        export,
        erase: super::erase::erase,
        purge: Some(super::erase::purge),
    });
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let me = subject.user_id.as_str();
    let lang = subject.language.as_str();
    let links: Vec<(String, String, String, NaiveDateTime)> = group_contacts::table
        .filter(group_contacts::partner_id.eq(me))
        .select((
            group_contacts::group_id,
            group_contacts::role,
            group_contacts::reach,
            group_contacts::added_at,
        ))
        .load(conn)?;
    let mut out_links = Vec::new();
    for (group, role, reach, added) in links {
        out_links.push(json!({
            "group": groups::name_of(conn, &group, lang)?, "role": role, "note": reach,
            "added_at": at(added),
        }));
    }
    Ok(json!({
        "links": out_links,
        "advice": advice(conn, subject, names)?,
        "visits": visits(conn, subject, names)?,
        "offers": offers(conn, subject)?,
    }))
}

fn advice(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let me = subject.user_id.as_str();
    let rows: Vec<(String, String, String, NaiveDateTime)> = contact_messages::table
        .inner_join(contact_threads::table)
        .filter(
            contact_threads::partner_id
                .eq(me)
                .or(contact_threads::facilitator_id.eq(me)),
        )
        .order(contact_messages::created_at)
        .select((
            contact_threads::group_id,
            contact_messages::author_id,
            contact_messages::body,
            contact_messages::created_at,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (group, author, body, written) in rows {
        out.push(json!({
            "group": groups::name_of(conn, &group, &subject.language)?,
            "author": names.name(subject, &author), "text": body, "written_at": at(written),
        }));
    }
    Ok(out)
}

fn visits(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Vec<Value>, AppError> {
    let rows: Vec<(String, String, String, Option<NaiveDateTime>)> = contact_guests::table
        .filter(contact_guests::partner_id.eq(&subject.user_id))
        .select((
            contact_guests::group_id,
            contact_guests::topic,
            contact_guests::invited_by,
            contact_guests::entered_at,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (group, topic, by, entered) in rows {
        out.push(json!({
            "group": groups::name_of(conn, &group, &subject.language)?, "subject": topic,
            "invited_by": names.name(subject, &by), "entered_at": at_opt(entered),
        }));
    }
    Ok(out)
}

fn offers(conn: &mut AnyConnection, subject: &Subject) -> Result<Vec<Value>, AppError> {
    let Some(family) = subject.family_id.as_deref() else {
        return Ok(Vec::new());
    };
    let rows: Vec<(String, NaiveDateTime, Option<NaiveDateTime>, Option<bool>)> =
        contact_offers::table
            .inner_join(contact_guests::table)
            .filter(contact_offers::family_id.eq(family))
            .select((
                contact_guests::group_id,
                contact_offers::offered_at,
                contact_offers::decided_at,
                contact_offers::accepted,
            ))
            .load(conn)?;
    let mut out = Vec::new();
    for (group, offered, decided, accepted) in rows {
        out.push(json!({
            "group": groups::name_of(conn, &group, &subject.language)?,
            "given_at": at(offered), "decided_at": at_opt(decided), "status": match accepted {
                Some(true) => "accepted", Some(false) => "declined", None => "open",
            },
        }));
    }
    Ok(out)
}
