//! The personal data groups keep, declared for the privacy feature: memberships and places on
//! waiting lists, the answers a person gave to sessions ("I'll come") and whether they were
//! marked present, the groups they lead, and whether they have a calendar feed (never its
//! secret address).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Value, json};

use super::service::names_of;
use crate::db::AnyConnection;
use crate::db::schema::{
    calendar_feeds, group_facilitators, group_sessions, memberships, peer_groups,
    session_attendance,
};
use crate::error::AppError;
use crate::personal_data::{Kind, LawfulBasis, PersonalData, Pseudonyms, Retention, Subject, at};
use crate::registry::Registry;

pub fn register(reg: &mut Registry) {
    reg.personal_data(PersonalData {
        feature: "groups",
        kinds: vec![
            Kind {
                key: "groups.memberships",
                title: "privacy-kind-groups-memberships",
                purpose: "privacy-purpose-of-groups-memberships",
                basis: LawfulBasis::Contract,
                retention: Retention::WhileAccount,
                tables: &["memberships"],
            },
            Kind {
                key: "groups.attendance",
                title: "privacy-kind-groups-attendance",
                purpose: "privacy-purpose-of-groups-attendance",
                basis: LawfulBasis::Contract,
                retention: Retention::WhileAccount,
                tables: &["session_attendance", "session_reminders"],
            },
            Kind {
                key: "groups.leading",
                title: "privacy-kind-groups-leading",
                purpose: "privacy-purpose-of-groups-leading",
                basis: LawfulBasis::Contract,
                retention: Retention::WhileAccount,
                tables: &["group_facilitators", "peer_groups"],
            },
            Kind {
                key: "groups.calendar_feed",
                title: "privacy-kind-groups-calendar-feed",
                purpose: "privacy-purpose-of-groups-calendar-feed",
                basis: LawfulBasis::Consent,
                retention: Retention::WhileAccount,
                tables: &["calendar_feeds"],
            },
        ],
        export,
        erase: super::erase::erase,
        purge: None,
    });
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    _: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let me = subject.user_id.as_str();
    let joined: Vec<(String, String, NaiveDateTime, NaiveDateTime)> = memberships::table
        .filter(memberships::user_id.eq(me))
        .order(memberships::created_at)
        .select((
            memberships::group_id,
            memberships::status,
            memberships::created_at,
            memberships::updated_at,
        ))
        .load(conn)?;
    let answers = attendance(conn, me)?;
    let led: Vec<(String, String, NaiveDateTime)> = group_facilitators::table
        .inner_join(peer_groups::table.on(peer_groups::id.eq(group_facilitators::group_id)))
        .filter(group_facilitators::user_id.eq(me))
        .select((
            peer_groups::id,
            peer_groups::status,
            peer_groups::created_at,
        ))
        .load(conn)?;
    let mut ids: Vec<String> = joined.iter().map(|m| m.0.clone()).collect();
    ids.extend(answers.iter().map(|a| a.group_id.clone()));
    ids.extend(led.iter().map(|g| g.0.clone()));
    ids.sort();
    ids.dedup();
    let names = names_of(conn, &ids, &subject.language)?;
    let name = |id: &str| names.get(id).cloned().unwrap_or_default();
    let feed: Option<NaiveDateTime> = calendar_feeds::table
        .find(me)
        .select(calendar_feeds::created_at)
        .first(conn)
        .optional()?;
    Ok(json!({
        "memberships": joined.iter().map(|(group, status, created, updated)| json!({
            "group": name(group), "status": status,
            "since": at(*created), "changed_at": at(*updated),
        })).collect::<Vec<_>>(),
        "attendance": answers.iter().map(|a| json!({
            "group": name(&a.group_id), "session_starts_at": at(a.starts_at),
            "answer": a.answer, "present": a.present, "changed_at": at(a.updated_at),
        })).collect::<Vec<_>>(),
        "leading": led.iter().map(|(group, status, created)| json!({
            "group": name(group), "group_status": status, "group_created_at": at(*created),
        })).collect::<Vec<_>>(),
        "calendar_feed": feed.map(|created| vec![json!({ "created_at": at(created) })])
            .unwrap_or_default(),
    }))
}

struct Answer {
    group_id: String,
    starts_at: NaiveDateTime,
    answer: Option<String>,
    present: Option<bool>,
    updated_at: NaiveDateTime,
}

fn attendance(conn: &mut AnyConnection, me: &str) -> Result<Vec<Answer>, AppError> {
    type Row = (
        String,
        NaiveDateTime,
        Option<String>,
        Option<bool>,
        NaiveDateTime,
    );
    let rows: Vec<Row> = session_attendance::table
        .inner_join(group_sessions::table.on(group_sessions::id.eq(session_attendance::session_id)))
        .filter(session_attendance::user_id.eq(me))
        .order(group_sessions::starts_at)
        .select((
            group_sessions::group_id,
            group_sessions::starts_at,
            session_attendance::answer,
            session_attendance::present,
            session_attendance::updated_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(group_id, starts_at, answer, present, updated_at)| Answer {
                group_id,
                starts_at,
                answer,
                present,
                updated_at,
            },
        )
        .collect())
}
