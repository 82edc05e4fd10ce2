//! Trainers author courses: modules in order, texts in several languages, an optional quiz;
//! publishing freezes the draft as the next version. Coordinators open cohorts on a version.

use chrono::TimeDelta;
use serde::Serialize;

use super::domain::{
    self, DEFAULT_DEADLINE_DAYS, DEFAULT_EXPIRY_DAYS, MAX_BODY, MAX_TEXT, Quiz, RULES,
};
use super::model::{self, Cohort, Module, ModuleText};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::error::{AppError, ErrorKind, FieldError};
use crate::state::AppState;

/// The draft's version number: published versions count from 1.
pub const DRAFT: i32 = 0;

pub struct TextInput {
    pub language: String,
    pub title: String,
    pub body: String,
    pub task_prompt: String,
}

pub struct ModuleInput {
    pub rule: String,
    pub refresher: bool,
    pub texts: Vec<TextInput>,
    pub quiz: Option<Quiz>,
}

pub async fn create_course(
    state: &AppState,
    me: &SignedIn,
    title: &str,
    expiry_days: Option<i32>,
) -> Result<String, AppError> {
    let title = domain::text("title", title, 200).map_err(|e| AppError::invalid(vec![e]))?;
    let expiry = expiry_days.unwrap_or(DEFAULT_EXPIRY_DAYS);
    if !(30..=3650).contains(&expiry) {
        return Err(AppError::invalid(vec![FieldError::new(
            "expiry_days",
            "training-expiry-invalid",
            vec![],
        )]));
    }
    let by = me.user_id.clone();
    state
        .db
        .run(move |conn| {
            let id = model::new_id();
            model::insert_course(conn, &id, &title, expiry, &by, now())?;
            Ok(id)
        })
        .await
}

fn validate_module(input: ModuleInput) -> Result<(ModuleInput, Vec<FieldError>), AppError> {
    let mut errors = Vec::new();
    if !RULES.contains(&input.rule.as_str()) {
        errors.push(FieldError::new("rule", "training-rule-invalid", vec![]));
    }
    if input.texts.is_empty() {
        errors.push(FieldError::new("texts", "training-field-required", vec![]));
    }
    for t in &input.texts {
        if crate::i18n::language(&t.language).is_none() {
            errors.push(FieldError::new(
                "texts",
                "training-languages-invalid",
                vec![],
            ));
        }
        errors.extend(domain::text("title", &t.title, 200).err());
        errors.extend(domain::text("body", &t.body, MAX_BODY).err());
        if t.task_prompt.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(
                "task_prompt",
                "training-field-too-long",
                vec![],
            ));
        }
    }
    match (&input.quiz, input.rule.as_str()) {
        (Some(quiz), _) => quiz.validate()?,
        (None, "quiz") => errors.push(FieldError::new("quiz", "training-field-required", vec![])),
        _ => {}
    }
    Ok((input, errors))
}

/// Adds a module at the end of the course's draft; returns its id.
pub async fn add_module(
    state: &AppState,
    course_id: &str,
    input: ModuleInput,
) -> Result<String, AppError> {
    let (input, errors) = validate_module(input)?;
    if !errors.is_empty() {
        return Err(AppError::invalid(errors));
    }
    let course_id = course_id.to_owned();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                model::course(conn, &course_id)?.ok_or_else(AppError::not_found)?;
                let position =
                    i32::try_from(model::modules_of(conn, &course_id, DRAFT)?.len()).unwrap_or(0);
                let id = model::new_id();
                let quiz = match &input.quiz {
                    Some(q) => Some(serde_json::to_string(q).map_err(AppError::internal)?),
                    None => None,
                };
                let module = Module {
                    id: id.clone(),
                    course_id,
                    version: DRAFT,
                    position,
                    rule: input.rule,
                    refresher: input.refresher,
                    quiz,
                    created_at: now(),
                };
                let texts: Vec<ModuleText> = input
                    .texts
                    .into_iter()
                    .map(|t| ModuleText {
                        module_id: id.clone(),
                        language: t.language,
                        title: t.title.trim().to_owned(),
                        body: t.body,
                        task_prompt: t.task_prompt,
                    })
                    .collect();
                model::insert_module(conn, &module, &texts)?;
                Ok(id)
            })
        })
        .await
}

/// Copies the draft to a new version; cohorts keep the version they began with.
pub async fn publish(state: &AppState, course_id: &str) -> Result<i32, AppError> {
    let course_id = course_id.to_owned();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let course = model::course(conn, &course_id)?.ok_or_else(AppError::not_found)?;
                let draft = model::modules_of(conn, &course_id, DRAFT)?;
                if draft.is_empty() {
                    return Err(AppError::new(ErrorKind::Conflict)
                        .with_message("training-course-empty", vec![]));
                }
                let version = course.current_version + 1;
                let ids: Vec<String> = draft.iter().map(|m| m.id.clone()).collect();
                let texts = model::module_texts(conn, &ids)?;
                for m in draft {
                    let id = model::new_id();
                    let copied: Vec<ModuleText> = texts
                        .iter()
                        .filter(|t| t.module_id == m.id)
                        .map(|t| ModuleText {
                            module_id: id.clone(),
                            ..t.clone()
                        })
                        .collect();
                    let module = Module {
                        id,
                        version,
                        created_at: now(),
                        ..m
                    };
                    model::insert_module(conn, &module, &copied)?;
                }
                model::set_course_version(conn, &course_id, version)?;
                Ok(version)
            })
        })
        .await
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ModuleSummary {
    pub id: String,
    pub position: i32,
    pub rule: String,
    pub refresher: bool,
    pub title: String,
}

pub fn summaries(modules: &[Module], texts: &[ModuleText], lang: &str) -> Vec<ModuleSummary> {
    modules
        .iter()
        .map(|m| ModuleSummary {
            id: m.id.clone(),
            position: m.position,
            rule: m.rule.clone(),
            refresher: m.refresher,
            title: best_text(texts, &m.id, lang)
                .map(|t| t.title.clone())
                .unwrap_or_default(),
        })
        .collect()
}

/// The module's text in `lang`, else Finnish, else English, else any.
pub fn best_text<'a>(
    texts: &'a [ModuleText],
    module_id: &str,
    lang: &str,
) -> Option<&'a ModuleText> {
    let mine: Vec<&ModuleText> = texts.iter().filter(|t| t.module_id == module_id).collect();
    [lang, "fi", "en"]
        .iter()
        .find_map(|l| mine.iter().find(|t| t.language == *l).copied())
        .or_else(|| mine.first().copied())
}

/// Opens a cohort on the course's published version.
pub async fn create_cohort(
    state: &AppState,
    me: &SignedIn,
    course_id: &str,
    name: &str,
    deadline_days: Option<i64>,
) -> Result<String, AppError> {
    let name = domain::text("name", name, 200).map_err(|e| AppError::invalid(vec![e]))?;
    let days = deadline_days.unwrap_or(DEFAULT_DEADLINE_DAYS);
    if !(1..=730).contains(&days) {
        return Err(AppError::invalid(vec![FieldError::new(
            "deadline_days",
            "training-deadline-invalid",
            vec![],
        )]));
    }
    let (by, course_id) = (me.user_id.clone(), course_id.to_owned());
    state
        .db
        .run(move |conn| {
            let course = model::course(conn, &course_id)?.ok_or_else(AppError::not_found)?;
            if course.current_version == DRAFT {
                return Err(AppError::new(ErrorKind::Conflict)
                    .with_message("training-course-unpublished", vec![]));
            }
            let starts_at = now();
            let cohort = Cohort {
                id: model::new_id(),
                course_id,
                course_version: course.current_version,
                name,
                starts_at,
                deadline: starts_at + TimeDelta::days(days),
                created_by: by,
                created_at: starts_at,
            };
            model::insert_cohort(conn, &cohort)?;
            Ok(cohort.id)
        })
        .await
}
