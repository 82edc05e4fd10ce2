//! Live training sessions in Silta's own rooms. A cohort's live sessions are sessions of its
//! circle (groups' private group: the trainer leads, the candidates are members), so the chat,
//! its reminders and its moderation are the ones families' groups have. When a session has
//! ended, who was present (from the room's presence or marked by the trainer) completes the
//! session's "live" module.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::{self, Cohort};
use super::model_progress as progress;
use super::progress::conflict;
use super::schema::{training_circles as cohort_circles, training_live_sessions as live};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::groups::circles::{self, NewCircle, Purpose};
use crate::groups::schedule::WeeklySeries;
use crate::state::AppState;

/// A trainer's new live session: the module it completes and when (Helsinki time).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct LiveInput {
    pub module_id: String,
    /// `YYYY-MM-DD`, Helsinki.
    #[schema(example = "2027-01-14")]
    pub date: String,
    /// `HH:MM`, Helsinki.
    #[schema(example = "18:00")]
    pub start_time: String,
    #[schema(minimum = 15, maximum = 480)]
    pub duration_minutes: u32,
}

/// A live session as the cohort's people see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LiveSession {
    pub session_id: String,
    pub module_id: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Whether attendance has been read into completions (the session is over).
    pub recorded: bool,
    /// The room's page.
    pub room: String,
}

fn series(input: &LiveInput) -> Result<WeeklySeries, AppError> {
    WeeklySeries::parse(&input.date, &input.start_time, input.duration_minutes, 1).ok_or_else(
        || {
            AppError::invalid(vec![FieldError::new(
                "date",
                "training-live-time-invalid",
                vec![],
            )])
        },
    )
}

/// The cohort's circle, made on first use with `leader` leading; `leader` leads it from then on.
fn circle_of(
    conn: &mut AnyConnection,
    cohort: &Cohort,
    leader: &str,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    let found: Option<String> = cohort_circles::table
        .find(&cohort.id)
        .select(cohort_circles::circle_id)
        .first(conn)
        .optional()?;
    if let Some(circle) = found {
        circles::add_leader(conn, &circle, leader)?;
        return Ok(circle);
    }
    let circle = circles::create(
        conn,
        &NewCircle {
            purpose: Purpose::Training,
            name: &cohort.name,
            language: "fi",
            leader,
            created_by: leader,
        },
        now,
    )?;
    diesel::insert_into(cohort_circles::table)
        .values((
            cohort_circles::cohort_id.eq(&cohort.id),
            cohort_circles::circle_id.eq(&circle),
        ))
        .execute(conn)?;
    Ok(circle)
}

/// Gives every candidate of the cohort a seat in its circle (candidates accepted later too).
fn seat_candidates(
    conn: &mut AnyConnection,
    cohort_id: &str,
    circle: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let people: Vec<String> = model::cohort_enrolments(conn, cohort_id)?
        .into_iter()
        .map(|e| e.user_id)
        .collect();
    circles::set_members(conn, circle, &people, now)
}

/// A trainer schedules a live session of the cohort for one of its course's "live" modules.
pub async fn schedule(
    state: &AppState,
    me: &SignedIn,
    cohort_id: &str,
    input: LiveInput,
) -> Result<LiveSession, AppError> {
    let series = series(&input)?;
    let (by, cohort_id) = (me.user_id.clone(), cohort_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let cohort = model::cohort(conn, &cohort_id)?.ok_or_else(AppError::not_found)?;
                let module = model::module(conn, &input.module_id)?
                    .filter(|m| {
                        m.course_id == cohort.course_id && m.version == cohort.course_version
                    })
                    .ok_or_else(AppError::not_found)?;
                if module.rule != "live" {
                    return Err(conflict("training-rule-not-live"));
                }
                let at = now();
                let circle = circle_of(conn, &cohort, &by, at)?;
                seat_candidates(conn, &cohort.id, &circle, at)?;
                let session = circles::schedule(conn, &circle, &series, at)?
                    .pop()
                    .ok_or_else(|| AppError::internal("a single session was not scheduled"))?;
                diesel::insert_into(live::table)
                    .values((
                        live::session_id.eq(&session.id),
                        live::cohort_id.eq(&cohort.id),
                        live::module_id.eq(&module.id),
                        live::ends_at.eq(session.ends_at),
                        live::created_by.eq(&by),
                        live::created_at.eq(at),
                    ))
                    .execute(conn)?;
                Ok(LiveSession {
                    room: room(&session.id),
                    session_id: session.id,
                    module_id: module.id,
                    starts_at: session.starts_at.and_utc(),
                    ends_at: session.ends_at.and_utc(),
                    recorded: false,
                })
            })
        })
        .await
}

fn room(session_id: &str) -> String {
    format!("/sessions/{session_id}/room")
}

/// The cohort's live sessions (of one module when given), in time order.
pub fn sessions(
    conn: &mut AnyConnection,
    cohort_id: &str,
    module_id: Option<&str>,
) -> Result<Vec<LiveSession>, AppError> {
    let circle: Option<String> = cohort_circles::table
        .find(cohort_id)
        .select(cohort_circles::circle_id)
        .first(conn)
        .optional()?;
    let Some(circle) = circle else {
        return Ok(Vec::new());
    };
    let rows: Vec<(String, String, Option<NaiveDateTime>)> = live::table
        .filter(live::cohort_id.eq(cohort_id))
        .select((live::session_id, live::module_id, live::recorded_at))
        .load(conn)?;
    Ok(circles::sessions(conn, &circle)?
        .into_iter()
        .filter_map(|s| {
            let (_, module, recorded) = rows.iter().find(|(id, ..)| *id == s.id)?;
            module_id.is_none_or(|m| m == module).then(|| LiveSession {
                room: room(&s.id),
                session_id: s.id,
                module_id: module.clone(),
                starts_at: s.starts_at.and_utc(),
                ends_at: s.ends_at.and_utc(),
                recorded: recorded.is_some(),
            })
        })
        .collect())
}

/// Reads who attended each live session that has ended into the module's completions; each
/// session once. Returns how many sessions it recorded.
pub async fn record_attendance(state: &AppState) -> Result<usize, AppError> {
    state
        .db
        .run(|conn| {
            let at = now();
            let due: Vec<(String, String, String)> = live::table
                .filter(live::recorded_at.is_null())
                .filter(live::ends_at.le(at))
                .select((live::session_id, live::cohort_id, live::module_id))
                .load(conn)?;
            let mut recorded = 0;
            for (session, cohort, module) in due {
                crate::db::transaction(conn, |conn| {
                    let claimed = diesel::update(live::table.find(&session))
                        .filter(live::recorded_at.is_null())
                        .set(live::recorded_at.eq(at))
                        .execute(conn)?;
                    if claimed == 0 {
                        return Ok::<_, AppError>(());
                    }
                    let candidates: Vec<String> = model::cohort_enrolments(conn, &cohort)?
                        .into_iter()
                        .map(|e| e.user_id)
                        .collect();
                    for person in crate::groups::service::present_at(conn, &session)? {
                        if candidates.contains(&person) {
                            progress::complete(conn, &person, &module, at)?;
                        }
                    }
                    recorded += 1;
                    Ok(())
                })?;
            }
            Ok(recorded)
        })
        .await
}

/// A "live" module of the cohort's course, by title in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct LiveModule {
    pub id: String,
    pub title: String,
}

/// The cohort's live sessions and the modules a live session can be scheduled for.
pub async fn overview(
    state: &AppState,
    cohort_id: &str,
    lang: &'static str,
) -> Result<(Vec<LiveSession>, Vec<LiveModule>), AppError> {
    let cohort_id = cohort_id.to_owned();
    state
        .db
        .run(move |conn| {
            let cohort = model::cohort(conn, &cohort_id)?.ok_or_else(AppError::not_found)?;
            let modules: Vec<_> =
                model::modules_of(conn, &cohort.course_id, cohort.course_version)?
                    .into_iter()
                    .filter(|m| m.rule == "live")
                    .collect();
            let ids: Vec<String> = modules.iter().map(|m| m.id.clone()).collect();
            let texts = model::module_texts(conn, &ids)?;
            let live = modules
                .into_iter()
                .map(|m| LiveModule {
                    title: super::courses::best_text(&texts, &m.id, lang)
                        .map(|t| t.title.clone())
                        .unwrap_or_default(),
                    id: m.id,
                })
                .collect();
            Ok((sessions(conn, &cohort.id, None)?, live))
        })
        .await
}
