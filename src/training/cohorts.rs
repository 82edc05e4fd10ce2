//! Cohorts as trainers and coordinators see them: progress per candidate, deadlines and
//! extensions, the supervised practice rubric; and a candidate's own view of their training.

use serde::Serialize;

use super::certificates::{self, CertificateView};
use super::courses::{ModuleSummary, summaries};
use super::domain::MAX_TEXT;
use super::model::{self, Cohort, Enrolment};
use super::model_progress as progress;
use super::progress::deadline;
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::state::AppState;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ModuleProgress {
    #[serde(flatten)]
    pub module: ModuleSummary,
    pub completed: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EnrolmentView {
    pub cohort_id: String,
    pub cohort_name: String,
    pub course_title: String,
    pub deadline: String,
    pub overdue: bool,
    /// Required modules done, of `total`.
    pub done: usize,
    pub total: usize,
    pub modules: Vec<ModuleProgress>,
    /// pass or not_yet once scored.
    pub practice: Option<String>,
    pub practice_comments: String,
    pub signed_off: bool,
}

/// Required modules done and in all, with every module's state.
pub fn progress_of(
    conn: &mut AnyConnection,
    cohort: &Cohort,
    enrolment: &Enrolment,
    lang: &str,
) -> Result<EnrolmentView, AppError> {
    let course = model::course(conn, &cohort.course_id)?.ok_or_else(AppError::not_found)?;
    let mut modules = model::modules_of(conn, &cohort.course_id, cohort.course_version)?;
    modules.extend(
        model::modules_of(conn, &cohort.course_id, course.current_version)?
            .into_iter()
            .filter(|m| m.refresher && course.current_version != cohort.course_version),
    );
    let ids: Vec<String> = modules.iter().map(|m| m.id.clone()).collect();
    let texts = model::module_texts(conn, &ids)?;
    let done: Vec<String> = progress::completions(conn, &enrolment.user_id, &ids)?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let required: Vec<&model::Module> = modules.iter().filter(|m| !m.refresher).collect();
    let done_required = required.iter().filter(|m| done.contains(&m.id)).count();
    let end = deadline(cohort, enrolment);
    Ok(EnrolmentView {
        cohort_id: cohort.id.clone(),
        cohort_name: cohort.name.clone(),
        course_title: course.title,
        deadline: end.and_utc().to_rfc3339(),
        overdue: now() > end && enrolment.signed_off_at.is_none(),
        done: done_required,
        total: required.len(),
        modules: summaries(&modules, &texts, lang)
            .into_iter()
            .map(|module| ModuleProgress {
                completed: done.contains(&module.id),
                module,
            })
            .collect(),
        practice: enrolment.practice.clone(),
        practice_comments: enrolment.practice_comments.clone(),
        signed_off: enrolment.signed_off_at.is_some(),
    })
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MyTraining {
    /// pending, accepted or declined, newest first.
    pub applications: Vec<String>,
    pub enrolments: Vec<EnrolmentView>,
    pub certificates: Vec<CertificateView>,
    /// Whether the person may lead and moderate now.
    pub qualified: bool,
}

pub async fn mine(
    state: &AppState,
    me: &SignedIn,
    lang: &'static str,
) -> Result<MyTraining, AppError> {
    let user = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let mut enrolments = Vec::new();
            for enrolment in model::enrolments_of(conn, &user)? {
                if let Some(cohort) = model::cohort(conn, &enrolment.cohort_id)? {
                    enrolments.push(progress_of(conn, &cohort, &enrolment, lang)?);
                }
            }
            let mut applications: Vec<_> = model::applications_of(conn, &user)?;
            applications.reverse();
            Ok(MyTraining {
                applications,
                enrolments,
                certificates: certificates::views_of(conn, &user)?,
                qualified: progress::has_valid(conn, &user, now())?,
            })
        })
        .await
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CandidateRow {
    pub user_id: String,
    pub display_name: String,
    #[serde(flatten)]
    pub progress: EnrolmentView,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CohortView {
    pub id: String,
    pub name: String,
    pub course_id: String,
    pub course_version: i32,
    pub deadline: String,
    pub candidates: Vec<CandidateRow>,
    /// Required modules completed over time, all candidates together.
    pub completion: Vec<super::chart::ChartPoint>,
    /// Required modules of every candidate: the top of the chart.
    pub possible: usize,
}

pub async fn cohort(
    state: &AppState,
    id: &str,
    lang: &'static str,
) -> Result<CohortView, AppError> {
    let id = id.to_owned();
    state.db.run(move |conn| cohort_view(conn, &id, lang)).await
}

pub fn cohort_view(conn: &mut AnyConnection, id: &str, lang: &str) -> Result<CohortView, AppError> {
    let cohort = model::cohort(conn, id)?.ok_or_else(AppError::not_found)?;
    let enrolments = model::cohort_enrolments(conn, id)?;
    let ids: Vec<String> = enrolments.iter().map(|e| e.user_id.clone()).collect();
    let names = crate::accounts::service::display_names(conn, &ids)?;
    let mut candidates = Vec::new();
    let mut dates = Vec::new();
    let required: Vec<String> = model::modules_of(conn, &cohort.course_id, cohort.course_version)?
        .into_iter()
        .filter(|m| !m.refresher)
        .map(|m| m.id)
        .collect();
    for e in &enrolments {
        dates.extend(
            progress::completions(conn, &e.user_id, &required)?
                .into_iter()
                .map(|(_, at)| at),
        );
        candidates.push(CandidateRow {
            user_id: e.user_id.clone(),
            display_name: names.get(&e.user_id).cloned().unwrap_or_default(),
            progress: progress_of(conn, &cohort, e, lang)?,
        });
    }
    Ok(CohortView {
        completion: super::chart::over_time(cohort.starts_at, &dates),
        possible: required.len() * enrolments.len(),
        deadline: cohort.deadline.and_utc().to_rfc3339(),
        id: cohort.id,
        name: cohort.name,
        course_id: cohort.course_id,
        course_version: cohort.course_version,
        candidates,
    })
}

/// Gives one candidate more days before the cohort's deadline.
pub async fn extend(state: &AppState, cohort: &str, user: &str, days: i32) -> Result<(), AppError> {
    if !(1..=365).contains(&days) {
        return Err(AppError::invalid(vec![FieldError::new(
            "days",
            "training-extension-invalid",
            vec![],
        )]));
    }
    let (cohort, user) = (cohort.to_owned(), user.to_owned());
    state
        .db
        .run(move |conn| {
            if !model::extend(conn, &cohort, &user, days)? {
                return Err(AppError::not_found());
            }
            Ok(())
        })
        .await
}

/// The trainer scores the supervised practice: the candidate co-led a real session.
pub async fn score_practice(
    state: &AppState,
    cohort: &str,
    user: &str,
    result: &str,
    comments: &str,
) -> Result<(), AppError> {
    if !["pass", "not_yet"].contains(&result) {
        return Err(AppError::invalid(vec![FieldError::new(
            "result",
            "training-practice-invalid",
            vec![],
        )]));
    }
    if comments.chars().count() > MAX_TEXT {
        return Err(AppError::invalid(vec![FieldError::new(
            "comments",
            "training-field-too-long",
            vec![],
        )]));
    }
    let (cohort, user, result, comments) = (
        cohort.to_owned(),
        user.to_owned(),
        result.to_owned(),
        comments.trim().to_owned(),
    );
    state
        .db
        .run(move |conn| {
            if !model::set_practice(conn, &cohort, &user, &result, &comments)? {
                return Err(AppError::not_found());
            }
            Ok(())
        })
        .await
}

/// Every cohort with its candidates' progress, newest first.
pub async fn all(state: &AppState, lang: &'static str) -> Result<Vec<CohortView>, AppError> {
    state
        .db
        .run(move |conn| {
            let ids: Vec<String> = model::all_cohorts(conn)?
                .into_iter()
                .map(|c| c.id)
                .collect();
            ids.iter().map(|id| cohort_view(conn, id, lang)).collect()
        })
        .await
}
