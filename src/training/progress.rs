//! A candidate works through a module: reads it, takes its quiz, writes its task.

use std::collections::BTreeMap;

use chrono::{NaiveDateTime, TimeDelta};
use rand::seq::SliceRandom;
use serde::Serialize;

use super::courses::best_text;
use super::domain::{self, MAX_TEXT, Quiz, Scored};
use super::model::{self, Cohort, Enrolment, Module};
use super::model_progress::{self as progress, Task};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// The candidate's enrolment that gives access to the module: the module belongs to the
/// version their cohort follows, or it is a refresher of the course's current version.
pub fn candidate_module(
    conn: &mut AnyConnection,
    user: &str,
    module_id: &str,
) -> Result<(Module, Cohort, Enrolment), AppError> {
    let module = model::module(conn, module_id)?.ok_or_else(AppError::not_found)?;
    let course = model::course(conn, &module.course_id)?.ok_or_else(AppError::not_found)?;
    for enrolment in model::enrolments_of(conn, user)? {
        let Some(cohort) = model::cohort(conn, &enrolment.cohort_id)? else {
            continue;
        };
        let follows = cohort.course_id == module.course_id
            && (cohort.course_version == module.version
                || (module.refresher && module.version == course.current_version));
        if follows {
            return Ok((module, cohort, enrolment));
        }
    }
    Err(AppError::not_found())
}

/// The cohort's deadline with the candidate's extensions.
pub fn deadline(cohort: &Cohort, enrolment: &Enrolment) -> NaiveDateTime {
    cohort.deadline + TimeDelta::days(i64::from(enrolment.extended_days))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AnswerView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct QuestionView {
    pub id: String,
    pub text: String,
    pub multiple: bool,
    pub answers: Vec<AnswerView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct QuizView {
    pub pass_mark: i32,
    pub attempts_left: i32,
    pub passed: bool,
    /// The number of the next attempt: sent back with the answers, so that the same attempt
    /// submitted twice counts once.
    pub attempt: i32,
    /// In a shuffled order, without the right answers.
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TaskView {
    /// draft, submitted, needs_revision or accepted.
    pub status: String,
    pub answer: String,
    pub feedback: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ModuleView {
    pub id: String,
    pub rule: String,
    pub refresher: bool,
    pub title: String,
    /// The module's text, rendered from Markdown (no raw HTML; only http and https links).
    pub html: String,
    pub task_prompt: String,
    pub quiz: Option<QuizView>,
    pub task: Option<TaskView>,
    pub completed: bool,
    /// The cohort's live sessions of a "live" module, in time order.
    pub live: Vec<super::live::LiveSession>,
}

fn quiz_of(module: &Module) -> Result<Option<Quiz>, AppError> {
    module
        .quiz
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(AppError::internal)
}

/// (attempts counted, passed once) for the candidate's quiz.
fn attempt_state(
    conn: &mut AnyConnection,
    user: &str,
    module: &str,
) -> Result<(i32, bool, i32), AppError> {
    let all = progress::attempts(conn, user, module)?;
    let counted = all.iter().filter(|(_, _, cleared)| !cleared).count();
    let passed = all.iter().any(|(_, passed, _)| *passed);
    let next = all.last().map_or(1, |(n, _, _)| n + 1);
    Ok((i32::try_from(counted).unwrap_or(i32::MAX), passed, next))
}

fn shuffled(quiz: &Quiz, lang: &str) -> Vec<QuestionView> {
    let mut rng = rand::rng();
    let mut questions: Vec<QuestionView> = quiz
        .questions
        .iter()
        .map(|q| {
            let mut answers: Vec<AnswerView> = q
                .answers
                .iter()
                .map(|a| AnswerView {
                    id: a.id.clone(),
                    text: domain::in_language(&a.text, lang).unwrap_or_default(),
                })
                .collect();
            answers.shuffle(&mut rng);
            QuestionView {
                id: q.id.clone(),
                text: domain::in_language(&q.text, lang).unwrap_or_default(),
                multiple: q.multiple,
                answers,
            }
        })
        .collect();
    questions.shuffle(&mut rng);
    questions
}

pub async fn view(
    state: &AppState,
    me: &SignedIn,
    module_id: &str,
    lang: &'static str,
) -> Result<ModuleView, AppError> {
    let (user, module_id) = (me.user_id.clone(), module_id.to_owned());
    state
        .db
        .run(move |conn| {
            let (module, cohort, _) = candidate_module(conn, &user, &module_id)?;
            let live = match module.rule.as_str() {
                "live" => super::live::sessions(conn, &cohort.id, Some(&module.id))?,
                _ => Vec::new(),
            };
            let texts = model::module_texts(conn, std::slice::from_ref(&module.id))?;
            let text = best_text(&texts, &module.id, lang).cloned();
            let quiz = match quiz_of(&module)? {
                Some(quiz) => {
                    let (counted, passed, next) = attempt_state(conn, &user, &module.id)?;
                    Some(QuizView {
                        attempt: next,
                        pass_mark: quiz.pass_mark,
                        attempts_left: (quiz.attempts - counted).max(0),
                        passed,
                        questions: shuffled(&quiz, lang),
                    })
                }
                None => None,
            };
            let task = progress::task(conn, &user, &module.id)?.map(|t| TaskView {
                status: t.status,
                answer: t.answer,
                feedback: t.feedback,
            });
            let completed =
                !progress::completions(conn, &user, std::slice::from_ref(&module.id))?.is_empty();
            Ok(ModuleView {
                html: text
                    .as_ref()
                    .map(|t| domain::render_markdown(&t.body))
                    .unwrap_or_default(),
                title: text.as_ref().map(|t| t.title.clone()).unwrap_or_default(),
                task_prompt: text.map(|t| t.task_prompt).unwrap_or_default(),
                id: module.id,
                rule: module.rule,
                refresher: module.refresher,
                quiz,
                task,
                completed,
                live,
            })
        })
        .await
}

pub(super) fn conflict(id: &'static str) -> AppError {
    AppError::new(ErrorKind::Conflict).with_message(id, vec![])
}

/// A module whose rule is "read" is done when the candidate says they read it.
pub async fn mark_read(state: &AppState, me: &SignedIn, module_id: &str) -> Result<(), AppError> {
    let (user, module_id) = (me.user_id.clone(), module_id.to_owned());
    state
        .db
        .run(move |conn| {
            let (module, _, _) = candidate_module(conn, &user, &module_id)?;
            if module.rule != "read" {
                return Err(conflict("training-rule-not-read"));
            }
            Ok(progress::complete(conn, &user, &module.id, now())?)
        })
        .await
}

/// One attempt at the quiz. The same attempt submitted twice (at once or again) counts once:
/// its number is part of the primary key, so the second is refused and rolls back.
pub async fn submit_quiz(
    state: &AppState,
    me: &SignedIn,
    module_id: &str,
    attempt: i32,
    chosen: BTreeMap<String, Vec<String>>,
    lang: &'static str,
) -> Result<Scored, AppError> {
    let (user, module_id) = (me.user_id.clone(), module_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (module, _, _) = candidate_module(conn, &user, &module_id)?;
                let quiz = quiz_of(&module)?.ok_or_else(|| conflict("training-no-quiz"))?;
                let (counted, passed, next) = attempt_state(conn, &user, &module.id)?;
                if passed {
                    return Err(conflict("training-quiz-already-passed"));
                }
                if counted >= quiz.attempts {
                    return Err(conflict("training-quiz-no-attempts"));
                }
                if attempt != next {
                    return Err(conflict("training-quiz-counted"));
                }
                let scored = quiz.score(&chosen, lang)?;
                progress::insert_attempt(
                    conn,
                    &user,
                    &module.id,
                    next,
                    scored.score,
                    scored.passed,
                    now(),
                )
                .map_err(|e| {
                    if progress::is_duplicate(&e) {
                        conflict("training-quiz-counted")
                    } else {
                        e.into()
                    }
                })?;
                if scored.passed && module.rule == "quiz" {
                    progress::complete(conn, &user, &module.id, now())?;
                }
                Ok(scored)
            })
        })
        .await
}

/// Saves the candidate's answer to the task as a draft, or submits it for review. Refused
/// after the cohort's deadline, and once accepted.
pub async fn save_task(
    state: &AppState,
    me: &SignedIn,
    module_id: &str,
    answer: &str,
    submit: bool,
) -> Result<String, AppError> {
    let answer =
        domain::text("answer", answer, MAX_TEXT).map_err(|e| AppError::invalid(vec![e]))?;
    let (user, module_id) = (me.user_id.clone(), module_id.to_owned());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let (module, cohort, enrolment) = candidate_module(conn, &user, &module_id)?;
                if module.rule != "task" {
                    return Err(conflict("training-no-task"));
                }
                if now() > deadline(&cohort, &enrolment) && !module.refresher {
                    return Err(conflict("training-deadline-passed"));
                }
                let old = progress::task(conn, &user, &module.id)?;
                if old.as_ref().is_some_and(|t| t.status == "accepted") {
                    return Err(conflict("training-task-accepted"));
                }
                let status = if submit { "submitted" } else { "draft" };
                progress::save_task(
                    conn,
                    &Task {
                        user_id: user.clone(),
                        module_id: module.id,
                        answer,
                        status: status.to_owned(),
                        feedback: old.map(|t| t.feedback).unwrap_or_default(),
                        updated_at: now(),
                    },
                )?;
                Ok(status.to_owned())
            })
        })
        .await
}
