//! The trainer's side of a candidate's work: the review queue, accepting a task or asking for a
//! revision, resetting a failed quiz, recording attendance at a live session.

use serde::Serialize;

use super::courses::best_text;
use super::domain::{MAX_TEXT, Quiz};
use super::model;
use super::model_progress::{self as progress, Task};
use super::progress::{candidate_module, conflict};
use crate::clock::now;
use crate::error::AppError;
use crate::state::AppState;

/// A trainer gives a candidate who failed every attempt another round.
pub async fn reset_attempts(
    state: &AppState,
    module_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    let (user, module_id) = (user_id.to_owned(), module_id.to_owned());
    state
        .db
        .run(move |conn| {
            model::module(conn, &module_id)?.ok_or_else(AppError::not_found)?;
            if progress::clear_attempts(conn, &user, &module_id)? == 0 {
                return Err(AppError::not_found());
            }
            Ok(())
        })
        .await
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReviewItem {
    pub module_id: String,
    pub user_id: String,
    pub display_name: String,
    pub module_title: String,
    pub answer: String,
    pub submitted_at: String,
}

/// The trainer's review queue: submitted tasks, oldest first.
pub async fn queue(state: &AppState, lang: &'static str) -> Result<Vec<ReviewItem>, AppError> {
    state
        .db
        .run(move |conn| {
            let tasks = progress::submitted_tasks(conn)?;
            let users: Vec<String> = tasks.iter().map(|t| t.user_id.clone()).collect();
            let modules: Vec<String> = tasks.iter().map(|t| t.module_id.clone()).collect();
            let names = crate::accounts::service::display_names(conn, &users)?;
            let texts = model::module_texts(conn, &modules)?;
            Ok(tasks
                .into_iter()
                .map(|t| ReviewItem {
                    display_name: names.get(&t.user_id).cloned().unwrap_or_default(),
                    module_title: best_text(&texts, &t.module_id, lang)
                        .map(|x| x.title.clone())
                        .unwrap_or_default(),
                    submitted_at: t.updated_at.and_utc().to_rfc3339(),
                    module_id: t.module_id,
                    user_id: t.user_id,
                    answer: t.answer,
                })
                .collect())
        })
        .await
}

/// The trainer accepts a submitted task (the module is done) or asks for a revision.
pub async fn review(
    state: &AppState,
    module_id: &str,
    user_id: &str,
    accept: bool,
    feedback: &str,
) -> Result<(), AppError> {
    if feedback.chars().count() > MAX_TEXT {
        return Err(AppError::invalid(vec![crate::error::FieldError::new(
            "feedback",
            "training-field-too-long",
            vec![],
        )]));
    }
    if !accept && feedback.trim().is_empty() {
        return Err(AppError::invalid(vec![crate::error::FieldError::new(
            "feedback",
            "training-field-required",
            vec![],
        )]));
    }
    let (user, module_id, feedback) = (
        user_id.to_owned(),
        module_id.to_owned(),
        feedback.trim().to_owned(),
    );
    let state_in = state.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let task =
                    progress::task(conn, &user, &module_id)?.ok_or_else(AppError::not_found)?;
                if task.status != "submitted" {
                    return Err(conflict("training-task-not-submitted"));
                }
                let status = if accept { "accepted" } else { "needs_revision" };
                progress::save_task(
                    conn,
                    &Task {
                        status: status.to_owned(),
                        feedback,
                        updated_at: now(),
                        ..task
                    },
                )?;
                if accept {
                    progress::complete(conn, &user, &module_id, now())?;
                }
                let key = if accept {
                    "training-task-accepted"
                } else {
                    "training-task-revision"
                };
                super::apply::mail_person(
                    &state_in,
                    conn,
                    &user,
                    key,
                    &format!("/training/modules/{module_id}"),
                    String::new(),
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(())
}

/// A trainer records that the candidate attended the module's live session.
pub async fn mark_attended(
    state: &AppState,
    module_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    let (user, module_id) = (user_id.to_owned(), module_id.to_owned());
    state
        .db
        .run(move |conn| {
            let (module, _, _) = candidate_module(conn, &user, &module_id)?;
            if module.rule != "live" {
                return Err(conflict("training-rule-not-live"));
            }
            Ok(progress::complete(conn, &user, &module.id, now())?)
        })
        .await
}

/// (candidate, module) of every quiz in the cohort's course that a candidate failed with every
/// attempt: what a trainer may reset.
pub async fn exhausted(
    state: &AppState,
    cohort_id: &str,
) -> Result<Vec<(String, String)>, AppError> {
    let cohort_id = cohort_id.to_owned();
    state
        .db
        .run(move |conn| {
            let cohort = model::cohort(conn, &cohort_id)?.ok_or_else(AppError::not_found)?;
            let quizzes: Vec<(String, usize)> =
                model::modules_of(conn, &cohort.course_id, cohort.course_version)?
                    .into_iter()
                    .filter_map(|m| {
                        let quiz: Quiz = serde_json::from_str(m.quiz.as_deref()?).ok()?;
                        Some((m.id, usize::try_from(quiz.attempts).unwrap_or(0)))
                    })
                    .collect();
            let mut stuck = Vec::new();
            for e in model::cohort_enrolments(conn, &cohort_id)? {
                for (module, allowed) in &quizzes {
                    let tries = progress::attempts(conn, &e.user_id, module)?;
                    let counted = tries.iter().filter(|(_, _, cleared)| !cleared).count();
                    if !tries.iter().any(|(_, passed, _)| *passed) && counted >= *allowed {
                        stuck.push((e.user_id.clone(), module.clone()));
                    }
                }
            }
            Ok(stuck)
        })
        .await
}
