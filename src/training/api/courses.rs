//! Authoring courses through the API.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::training::courses::{self, ModuleInput, TextInput};
use crate::training::domain::{Answer, Question, Quiz};
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(Deserialize, ToSchema)]
pub struct CourseBody {
    #[schema(max_length = 200)]
    title: String,
    /// How many days a certificate of this course is valid (default 730).
    #[schema(minimum = 30, maximum = 3650)]
    expiry_days: Option<i32>,
}

/// Create a course (its draft has no modules yet)
#[utoipa::path(post, path = "/api/v1/training/courses", tag = "training", request_body = CourseBody,
    responses((status = 201, description = "Created", body = Created)))]
pub async fn create_course(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<CourseBody>,
) -> Result<HttpResponse, AppError> {
    let id = courses::create_course(&state, &me, &body.title, body.expiry_days).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// A module's text in one language (Markdown).
#[derive(Deserialize, ToSchema)]
pub struct ModuleTextBody {
    #[schema(schema_with = crate::api::schema::language_code)]
    language: String,
    #[schema(max_length = 200)]
    title: String,
    #[schema(max_length = 20000)]
    body: String,
    #[serde(default)]
    #[schema(max_length = 4000)]
    task_prompt: String,
}

#[derive(Deserialize, ToSchema)]
#[schema(as = QuizAnswerChoice)]
pub struct AnswerBody {
    /// By language code.
    text: std::collections::BTreeMap<String, String>,
    correct: bool,
    #[serde(default)]
    feedback: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize, ToSchema)]
pub struct QuestionBody {
    text: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    multiple: bool,
    #[schema(min_items = 2)]
    answers: Vec<AnswerBody>,
}

#[derive(Deserialize, ToSchema)]
#[schema(as = QuizSettingsBody)]
pub struct QuizBody {
    /// The percentage of questions answered right that passes.
    #[schema(minimum = 1, maximum = 100)]
    pass_mark: i32,
    #[schema(minimum = 1, maximum = 10)]
    attempts: i32,
    #[schema(min_items = 1)]
    questions: Vec<QuestionBody>,
}

#[derive(Deserialize, ToSchema)]
pub struct ModuleBody {
    /// What completes the module: read, quiz, task or live.
    #[schema(example = "read")]
    rule: String,
    /// A refresher module renews a certificate and is not required for the first one.
    #[serde(default)]
    refresher: bool,
    #[schema(min_items = 1)]
    texts: Vec<ModuleTextBody>,
    quiz: Option<QuizBody>,
}

fn quiz(body: QuizBody) -> Quiz {
    Quiz {
        pass_mark: body.pass_mark,
        attempts: body.attempts,
        questions: body
            .questions
            .into_iter()
            .enumerate()
            .map(|(i, q)| Question {
                id: format!("q{}", i + 1),
                text: q.text,
                multiple: q.multiple,
                answers: q
                    .answers
                    .into_iter()
                    .enumerate()
                    .map(|(j, a)| Answer {
                        id: format!("q{}a{}", i + 1, j + 1),
                        text: a.text,
                        correct: a.correct,
                        feedback: a.feedback,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Add a module at the end of the course's draft
///
/// Questions are numbered `q1`, `q2`…, their answers `q1a1`, `q1a2`…
#[utoipa::path(post, path = "/api/v1/training/courses/{id}/modules", tag = "training", request_body = ModuleBody,
    params(("id" = String, Path, description = "The course's id")),
    responses((status = 201, description = "Added", body = Created)))]
pub async fn add_module(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: Json<ModuleBody>,
) -> Result<HttpResponse, AppError> {
    let b = body.into_inner();
    let input = ModuleInput {
        rule: b.rule,
        refresher: b.refresher,
        texts: b
            .texts
            .into_iter()
            .map(|t| TextInput {
                language: t.language,
                title: t.title,
                body: t.body,
                task_prompt: t.task_prompt,
            })
            .collect(),
        quiz: b.quiz.map(quiz),
    };
    let id = courses::add_module(&state, &id, input).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

#[derive(Serialize, ToSchema)]
pub struct Published {
    pub version: i32,
}

/// Publish the draft as the next version; cohorts keep the version they began with
#[utoipa::path(post, path = "/api/v1/training/courses/{id}/publish", tag = "training",
    params(("id" = String, Path, description = "The course's id")),
    responses(
        (status = 200, description = "Published", body = Published),
        (status = 409, description = "The draft has no modules", body = Problem),
    ))]
pub async fn publish(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let version = courses::publish(&state, &id).await?;
    Ok(HttpResponse::Ok().json(Published { version }))
}
