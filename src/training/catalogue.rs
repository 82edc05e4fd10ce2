//! What the authoring and cohort pages read about courses: each course with its published
//! version and whether its draft has changes not yet published, a course's draft modules with
//! their languages, the published courses a cohort can follow, and a trainer's cohorts.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::courses::{DRAFT, ModuleSummary, summaries};
use super::domain::Quiz;
use super::model::{self, Course};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::state::AppState;

#[derive(Debug, Clone, Serialize)]
pub struct CourseSummary {
    pub id: String,
    pub title: String,
    pub expiry_days: i32,
    /// The newest published version; 0 while nothing has been published.
    pub current_version: i32,
    pub draft_modules: usize,
    /// The draft differs from the newest published version (or nothing is published yet).
    pub unpublished: bool,
}

fn summary(conn: &mut AnyConnection, course: Course) -> Result<CourseSummary, AppError> {
    let draft = model::modules_of(conn, &course.id, DRAFT)?;
    let published = if course.current_version == DRAFT {
        Vec::new()
    } else {
        model::modules_of(conn, &course.id, course.current_version)?
    };
    // Publishing copies the draft with a new creation time, so a draft module created after
    // the published copies was added since.
    let unpublished = match published.iter().map(|m| m.created_at).min() {
        None => !draft.is_empty(),
        Some(at) => draft.len() != published.len() || draft.iter().any(|m| m.created_at > at),
    };
    Ok(CourseSummary {
        id: course.id,
        title: course.title,
        expiry_days: course.expiry_days,
        current_version: course.current_version,
        draft_modules: draft.len(),
        unpublished,
    })
}

/// Every course, oldest first.
pub async fn courses(state: &AppState) -> Result<Vec<CourseSummary>, AppError> {
    state
        .db
        .run(|conn| {
            model::all_courses(conn)?
                .into_iter()
                .map(|c| summary(conn, c))
                .collect()
        })
        .await
}

/// A module of the draft as the course page lists it.
#[derive(Debug, Serialize)]
pub struct DraftModule {
    #[serde(flatten)]
    pub module: ModuleSummary,
    /// The languages it is written in.
    pub languages: Vec<String>,
    pub questions: usize,
}

#[derive(Debug, Serialize)]
pub struct CourseView {
    #[serde(flatten)]
    pub course: CourseSummary,
    pub modules: Vec<DraftModule>,
}

/// A course with its draft's modules in order.
pub async fn course(
    state: &AppState,
    id: &str,
    lang: &'static str,
) -> Result<CourseView, AppError> {
    let id = id.to_owned();
    state
        .db
        .run(move |conn| {
            let course = model::course(conn, &id)?.ok_or_else(AppError::not_found)?;
            let draft = model::modules_of(conn, &id, DRAFT)?;
            let ids: Vec<String> = draft.iter().map(|m| m.id.clone()).collect();
            let texts = model::module_texts(conn, &ids)?;
            let modules = summaries(&draft, &texts, lang)
                .into_iter()
                .zip(&draft)
                .map(|(module, m)| DraftModule {
                    languages: texts
                        .iter()
                        .filter(|t| t.module_id == m.id)
                        .map(|t| t.language.clone())
                        .collect(),
                    questions: m
                        .quiz
                        .as_deref()
                        .and_then(|q| serde_json::from_str::<Quiz>(q).ok())
                        .map_or(0, |q| q.questions.len()),
                    module,
                })
                .collect();
            Ok(CourseView {
                course: summary(conn, course)?,
                modules,
            })
        })
        .await
}

/// A cohort in a short list: a link, its deadline and how many candidates it has.
#[derive(Debug, Serialize)]
pub struct CohortLink {
    pub id: String,
    pub name: String,
    pub course_title: String,
    pub deadline: String,
    pub candidates: usize,
}

/// Cohorts newest first; with `trainer`, only those they opened or that follow a course they
/// wrote.
pub async fn cohorts(
    state: &AppState,
    trainer: Option<String>,
) -> Result<Vec<CohortLink>, AppError> {
    state
        .db
        .run(move |conn| {
            let courses = model::all_courses(conn)?;
            let mut links = Vec::new();
            for c in model::all_cohorts(conn)? {
                let course = courses.iter().find(|x| x.id == c.course_id);
                let theirs = trainer
                    .as_deref()
                    .is_none_or(|t| c.created_by == t || course.is_some_and(|x| x.created_by == t));
                if theirs {
                    links.push(CohortLink {
                        candidates: model::cohort_enrolments(conn, &c.id)?.len(),
                        deadline: c.deadline.and_utc().to_rfc3339(),
                        course_title: course.map(|x| x.title.clone()).unwrap_or_default(),
                        id: c.id,
                        name: c.name,
                    });
                }
            }
            Ok(links)
        })
        .await
}

/// The oldest time in `times` (RFC 3339), if any is older than `days`.
pub fn waited_longer_than(times: &[&str], days: i64, now: NaiveDateTime) -> bool {
    times.iter().any(|t| {
        chrono::DateTime::parse_from_rfc3339(t)
            .is_ok_and(|t| now.and_utc() - t.to_utc() > chrono::TimeDelta::days(days))
    })
}
