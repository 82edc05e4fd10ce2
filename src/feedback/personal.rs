//! The personal data feedback keeps, declared for the privacy feature: only who was asked
//! after which session and whether they answered. The answers name nobody, so they are in
//! nobody's copy and stay when a person leaves; their free-text lines go after two years.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Value, json};

use super::schema::{feedback_answers as answers, feedback_invitations as invitations};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::personal_data::{
    Erasure, Kind, LawfulBasis, PersonalData, Pseudonyms, Purging, Retention, Subject, at,
};
use crate::registry::Registry;
use crate::{delete_of, stand_in_for};

/// Days an invitation is kept: long after its window, so that nobody is asked twice.
pub const INVITATIONS_KEPT_DAYS: u32 = 365;
/// Days a free-text line is kept.
pub const COMMENTS_KEPT_DAYS: u32 = 730;

pub fn register(reg: &mut Registry) {
    reg.personal_data(PersonalData {
        feature: "feedback",
        kinds: vec![
            Kind {
                key: "feedback.invitations",
                title: "privacy-kind-feedback-invitations",
                purpose: "privacy-purpose-of-feedback-invitations",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::Days {
                    days: INVITATIONS_KEPT_DAYS,
                },
                tables: &["feedback_invitations"],
            },
            Kind {
                key: "feedback.comments",
                title: "privacy-kind-feedback-comments",
                purpose: "privacy-purpose-of-feedback-comments",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::Days {
                    days: COMMENTS_KEPT_DAYS,
                },
                tables: &["feedback_answers"],
            },
        ],
        export,
        erase,
        purge: Some(purge),
    });
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    _: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let rows: Vec<(String, String, NaiveDateTime)> = invitations::table
        .filter(invitations::user_id.eq(&subject.user_id))
        .order(invitations::created_at)
        .select((
            invitations::session_id,
            invitations::status,
            invitations::created_at,
        ))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let sessions = groups::sessions_by_id(conn, &ids)?;
    let group_ids: Vec<String> = sessions.iter().map(|s| s.group_id.clone()).collect();
    let names = groups::names_of(conn, &group_ids, &subject.language)?;
    let session_of = |id: &str| sessions.iter().find(|s| s.id == id);
    Ok(json!({
        "invitations": rows.iter().map(|(session, status, asked)| {
            let found = session_of(session);
            json!({
                "group": found.and_then(|s| names.get(&s.group_id)).cloned().unwrap_or_default(),
                "session_starts_at": found.map_or(Value::Null, |s| at(s.starts_at)),
                "sent_at": at(*asked),
                "status": status,
            })
        }).collect::<Vec<_>>(),
    }))
}

fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.as_str();
    delete_of!(conn, me, invitations.user_id);
    stand_in_for!(conn, me, answers.comment_hidden_by);
    Ok(())
}

fn purge(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let keys: Vec<(String, String)> = invitations::table
        .filter(invitations::created_at.lt(purging.before(INVITATIONS_KEPT_DAYS)))
        .limit(purging.batch)
        .select((invitations::session_id, invitations::user_id))
        .load(conn)?;
    let mut purged = 0;
    for key in &keys {
        purged += diesel::delete(invitations::table.find((&key.0, &key.1))).execute(conn)?;
    }
    let before = groups::local_date(purging.before(COMMENTS_KEPT_DAYS));
    let lines: Vec<String> = answers::table
        .filter(answers::month.lt(before))
        .filter(answers::comment.is_not_null())
        .limit(purging.batch)
        .select(answers::id)
        .load(conn)?;
    let none: Option<String> = None;
    purged += diesel::update(answers::table.filter(answers::id.eq_any(&lines)))
        .set((
            answers::comment.eq(none.clone()),
            answers::comment_hidden_by.eq(none),
            answers::comment_hidden_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    Ok(purged)
}
