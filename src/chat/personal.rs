//! The personal data chat keeps, declared for the privacy feature: the messages a person
//! wrote (never anyone else's, which are theirs), the messages they reported (their reason and
//! what came of it, without the other people's messages kept as context), limits set on them
//! in a room, and, for a moderator, what they did in rooms.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Value, json};

use crate::db::AnyConnection;
use crate::db::schema::{chat_messages, chat_reports, moderation_log, room_restrictions};
use crate::error::AppError;
use crate::groups::service as groups;
use crate::personal_data::{
    Kind, LawfulBasis, PersonalData, Pseudonyms, Retention, Subject, at, at_opt,
};
use crate::registry::Registry;

pub fn register(reg: &mut Registry) {
    let default_days = u32::try_from(reg.state().config.chat_retention_days).unwrap_or(180);
    reg.personal_data(PersonalData {
        feature: "chat",
        kinds: vec![
            Kind {
                key: "chat.messages",
                title: "privacy-kind-chat-messages",
                purpose: "privacy-purpose-of-chat-messages",
                basis: LawfulBasis::Contract,
                retention: Retention::Setting {
                    name: "SILTA_CHAT_RETENTION_DAYS",
                    default_days,
                },
                tables: &["chat_messages"],
            },
            Kind {
                key: "chat.reports",
                title: "privacy-kind-chat-reports",
                purpose: "privacy-purpose-of-chat-reports",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::DaysAfterClosing {
                    days: super::retention::MODERATION_KEPT_DAYS,
                },
                tables: &["chat_reports"],
            },
            Kind {
                key: "chat.restrictions",
                title: "privacy-kind-chat-restrictions",
                purpose: "privacy-purpose-of-chat-restrictions",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::WhileAccount,
                tables: &["room_restrictions"],
            },
            Kind {
                key: "chat.moderation",
                title: "privacy-kind-chat-moderation",
                purpose: "privacy-purpose-of-chat-moderation",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::Days {
                    days: super::retention::MODERATION_KEPT_DAYS,
                },
                tables: &["moderation_log"],
            },
        ],
        export,
        erase: super::erase::erase,
        purge: Some(super::retention::purge),
    });
}

type MessageRow = (String, i64, String, NaiveDateTime, Option<NaiveDateTime>);
type ReportRow = (
    String,
    Option<String>,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

type LimitRow = (String, String, Option<NaiveDateTime>);
type ActionRow = (String, String, Option<String>, NaiveDateTime);

/// The person's own rows of chat's tables.
struct Rows {
    messages: Vec<MessageRow>,
    reports: Vec<ReportRow>,
    limits: Vec<LimitRow>,
    actions: Vec<ActionRow>,
}

fn rows_of(conn: &mut AnyConnection, me: &str) -> Result<Rows, AppError> {
    let messages: Vec<MessageRow> = chat_messages::table
        .filter(chat_messages::author_id.eq(me))
        .order((chat_messages::created_at, chat_messages::seq))
        .select((
            chat_messages::session_id,
            chat_messages::seq,
            chat_messages::body,
            chat_messages::created_at,
            chat_messages::removed_at,
        ))
        .load(conn)?;
    let reports: Vec<ReportRow> = chat_reports::table
        .filter(chat_reports::reporter_id.eq(me))
        .order(chat_reports::created_at)
        .select((
            chat_reports::session_id,
            chat_reports::reason,
            chat_reports::outcome,
            chat_reports::created_at,
            chat_reports::handled_at,
        ))
        .load(conn)?;
    let limits: Vec<LimitRow> = room_restrictions::table
        .filter(room_restrictions::user_id.eq(me))
        .select((
            room_restrictions::session_id,
            room_restrictions::kind,
            room_restrictions::until,
        ))
        .load(conn)?;
    let actions: Vec<ActionRow> = moderation_log::table
        .filter(moderation_log::actor_id.eq(me))
        .order(moderation_log::created_at)
        .select((
            moderation_log::session_id,
            moderation_log::action,
            moderation_log::reason,
            moderation_log::created_at,
        ))
        .load(conn)?;
    Ok(Rows {
        messages,
        reports,
        limits,
        actions,
    })
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    _: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let Rows {
        messages,
        reports,
        limits,
        actions,
    } = rows_of(conn, &subject.user_id)?;
    let mut sessions: Vec<String> = messages.iter().map(|m| m.0.clone()).collect();
    sessions.extend(reports.iter().map(|r| r.0.clone()));
    sessions.extend(limits.iter().map(|l| l.0.clone()));
    sessions.extend(actions.iter().map(|a| a.0.clone()));
    let rooms = Rooms::of(conn, sessions, &subject.language)?;
    Ok(json!({
        "messages": messages.iter().map(|(session, seq, body, created, removed)| json!({
            "group": rooms.group(session), "session_starts_at": rooms.starts(session),
            "number": seq, "sent_at": at(*created), "text": body, "removed_at": at_opt(*removed),
        })).collect::<Vec<_>>(),
        "reports": reports.iter().map(|(session, reason, outcome, created, handled)| json!({
            "group": rooms.group(session), "reported_at": at(*created), "reason": reason,
            "outcome": outcome, "handled_at": at_opt(*handled),
        })).collect::<Vec<_>>(),
        "restrictions": limits.iter().map(|(session, kind, until)| json!({
            "group": rooms.group(session), "session_starts_at": rooms.starts(session),
            "kind": kind, "until": at_opt(*until),
        })).collect::<Vec<_>>(),
        "moderation": actions.iter().map(|(session, action, reason, created)| json!({
            "group": rooms.group(session), "action": action, "reason": reason, "at": at(*created),
        })).collect::<Vec<_>>(),
    }))
}

/// The group and start of each session a copy mentions, asked of groups once.
struct Rooms {
    sessions: HashMap<String, (String, NaiveDateTime)>,
    names: HashMap<String, String>,
}

impl Rooms {
    fn of(conn: &mut AnyConnection, mut ids: Vec<String>, lang: &str) -> Result<Self, AppError> {
        ids.sort();
        ids.dedup();
        let sessions: HashMap<String, (String, NaiveDateTime)> =
            groups::sessions_by_id(conn, &ids)?
                .into_iter()
                .map(|s| (s.id, (s.group_id, s.starts_at)))
                .collect();
        let mut group_ids: Vec<String> = sessions.values().map(|(g, _)| g.clone()).collect();
        group_ids.sort();
        group_ids.dedup();
        let names = groups::names_of(conn, &group_ids, lang)?;
        Ok(Self { sessions, names })
    }

    fn group(&self, session: &str) -> String {
        self.sessions
            .get(session)
            .and_then(|(group, _)| self.names.get(group))
            .cloned()
            .unwrap_or_default()
    }

    fn starts(&self, session: &str) -> Value {
        at_opt(self.sessions.get(session).map(|(_, starts)| *starts))
    }
}
