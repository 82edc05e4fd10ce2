//! What came of a session's feedback, for those who lead and supervise it: counts only, and
//! only from `SHOWN_FROM` answers on. Free-text lines are not here (staff read them in
//! `comments`).

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::domain::{NEEDS, SAFE, SHOWN_FROM};
use super::schema::{feedback_answers as answers, feedback_invitations as invitations};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::service::{self as groups, LedSession};
use crate::state::AppState;

/// How many chose one answer.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = FeedbackCount)]
pub struct Count {
    pub value: String,
    pub count: i64,
}

/// A session's feedback, summed.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = FeedbackSessionResults)]
pub struct SessionResults {
    pub session_id: String,
    pub group_name: String,
    pub starts_at: DateTime<Utc>,
    /// Members who were asked.
    pub asked: i64,
    pub answered: i64,
    /// Whether enough answered for the counts to be shown; when not, they are empty.
    pub shown: bool,
    /// Answers 1–5 to "how useful", each with its count.
    pub useful: Vec<Count>,
    pub useful_average: Option<f64>,
    pub safe: Vec<Count>,
    pub needs: Vec<Count>,
}

/// Whether `me` may read the feedback of the session: its facilitators, their supervisors and
/// staff who manage supervision.
fn may_read(conn: &mut AnyConnection, me: &SignedIn, led: &LedSession) -> Result<bool, AppError> {
    if me.can(Permission::ManageSupervision) || led.facilitators.contains(&me.user_id) {
        return Ok(true);
    }
    for facilitator in &led.facilitators {
        if crate::supervision::access::supervises(conn, me, facilitator)? {
            return Ok(true);
        }
    }
    Ok(false)
}

type AnswerRow = (Option<i16>, Option<String>, String);

fn counted<'a>(
    keys: impl Iterator<Item = String>,
    values: impl Iterator<Item = &'a str>,
) -> Vec<Count> {
    let mut counts: BTreeMap<String, i64> = keys.map(|k| (k, 0)).collect();
    for value in values {
        if let Some(count) = counts.get_mut(value) {
            *count += 1;
        }
    }
    counts
        .into_iter()
        .map(|(value, count)| Count { value, count })
        .collect()
}

fn summed(
    conn: &mut AnyConnection,
    led: LedSession,
    lang: &str,
) -> Result<SessionResults, AppError> {
    let id = led.session.id.clone();
    let asked: i64 = invitations::table
        .filter(invitations::session_id.eq(&id))
        .count()
        .get_result(conn)?;
    let rows: Vec<AnswerRow> = answers::table
        .filter(answers::session_id.eq(&id))
        .select((answers::useful, answers::safe, answers::needs))
        .load(conn)?;
    let answered = rows.len() as i64;
    let shown = answered >= SHOWN_FROM;
    let scores: Vec<i16> = rows.iter().filter_map(|r| r.0).collect();
    let score_names: Vec<String> = scores.iter().map(i16::to_string).collect();
    if !shown {
        return Ok(SessionResults {
            group_name: groups::name_of(conn, &led.session.group_id, lang)?,
            starts_at: led.session.starts_at.and_utc(),
            session_id: id,
            asked,
            answered,
            shown,
            useful: Vec::new(),
            useful_average: None,
            safe: Vec::new(),
            needs: Vec::new(),
        });
    }
    let useful = counted(
        (1..=5).map(|n: i16| n.to_string()),
        score_names.iter().map(String::as_str),
    );
    let safe = counted(
        SAFE.iter().map(|s| (*s).to_owned()),
        rows.iter().filter_map(|r| r.1.as_deref()),
    );
    let needs = counted(
        NEEDS.iter().map(|s| (*s).to_owned()),
        rows.iter().flat_map(|r| r.2.split(',')),
    );
    Ok(SessionResults {
        group_name: groups::name_of(conn, &led.session.group_id, lang)?,
        starts_at: led.session.starts_at.and_utc(),
        session_id: id,
        asked,
        answered,
        shown,
        useful_average: (!scores.is_empty())
            .then(|| scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64),
        useful: order(useful, &["1", "2", "3", "4", "5"]),
        safe: order(safe, &SAFE),
        needs: order(needs, &NEEDS),
    })
}

/// The counts in the order the questions list their answers.
fn order(counts: Vec<Count>, keys: &[&str]) -> Vec<Count> {
    let mut counts = counts;
    counts.sort_by_key(|c| keys.iter().position(|k| *k == c.value));
    counts
}

/// The feedback of one session.
pub async fn of_session(
    state: &AppState,
    me: &SignedIn,
    session_id: &str,
) -> Result<SessionResults, AppError> {
    let (me, id, lang) = (me.clone(), session_id.to_owned(), me.language.code);
    state
        .db
        .run(move |conn| {
            let led = groups::led_session(conn, &id)?.ok_or_else(AppError::not_found)?;
            if !may_read(conn, &me, &led)? {
                return Err(AppError::not_found());
            }
            summed(conn, led, lang)
        })
        .await
}

/// The first day of the month `YYYY-MM`, or of the current month when none or garbage.
pub fn month_of(text: Option<&str>) -> NaiveDate {
    let today = groups::local_date(crate::clock::now());
    text.and_then(|t| NaiveDate::parse_from_str(&format!("{t}-01"), "%Y-%m-%d").ok())
        .unwrap_or_else(|| today.with_day(1).unwrap_or(today))
}

/// The feedback of the sessions that ended in the month (Helsinki time) that `me` may read,
/// newest first: a facilitator's own sessions, a supervisor's facilitators', all for staff;
/// none for anyone else.
pub async fn of_month(
    state: &AppState,
    me: &SignedIn,
    month: NaiveDate,
) -> Result<Vec<SessionResults>, AppError> {
    let reads = [
        Permission::ReportSessions,
        Permission::Supervise,
        Permission::ManageSupervision,
    ];
    if !reads.iter().any(|p| me.can(*p)) {
        return Ok(Vec::new());
    }
    let (me, lang) = (me.clone(), me.language.code);
    let (from, until) = super::figures::month_bounds(month);
    let until = until.min(crate::clock::now());
    state
        .db
        .run(move |conn| {
            let everyone = me.can(Permission::ManageSupervision) || me.can(Permission::Supervise);
            let only = (!everyone).then(|| me.user_id.clone());
            let ended = groups::ended_sessions(conn, from, until, only.as_deref())?;
            let mut out = Vec::new();
            for led in ended.into_iter().rev() {
                if may_read(conn, &me, &led)? {
                    out.push(summed(conn, led, lang)?);
                }
            }
            Ok(out)
        })
        .await
}
