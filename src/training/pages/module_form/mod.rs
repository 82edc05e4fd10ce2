//! Adding a module to a course's draft: the trainer picks the languages it is written in, its
//! completion rule, writes a title and Markdown text per language, and optionally a quiz. The
//! same form previews the Markdown, adds a question slot or changes the languages without
//! losing what was typed; a refused module is shown again with each error at its field.

mod draft;

use std::borrow::Cow;
use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::{Value, context};

use self::draft::Draft;
use super::language_options;
use crate::error::{AppError, FieldError};
use crate::training::domain::{self, MAX_BODY, MAX_TEXT, RULES};
use crate::training::{catalogue, courses};
use crate::web::{HtmlForm, Page, path_segment, see_other};

async fn render(
    page: &Page,
    course_id: &str,
    draft: &Draft,
    extra: Value,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let course = catalogue::course(&page.state, course_id, page.locale.code()).await?;
    let vars = context! {
        course, draft, rules => RULES, languages => language_options(page),
        answer_slots => draft::ANSWER_SLOTS, max_questions => draft::MAX_QUESTIONS, ..extra
    };
    match error {
        None => page.render("training/staff/module_new.html", vars),
        Some(error) => page.render_form_error("training/staff/module_new.html", vars, error),
    }
}

/// The empty form, in Finnish and the reader's language unless `?languages=` says otherwise.
pub async fn new(
    page: Page,
    req: HttpRequest,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(req.query_string().as_bytes())
        .into_owned()
        .collect();
    let draft = if pairs.iter().any(|(k, _)| k == "languages") {
        Draft::from_pairs(pairs)
    } else {
        Draft::empty(&["fi", page.locale.code()])
    };
    render(&page, &id, &draft, context! {}, None).await
}

/// Saves the module, or (by the button pressed) previews it, adds a question slot, or shows
/// the fields of the languages now chosen.
pub async fn add(
    page: Page,
    id: web::Path<String>,
    HtmlForm(pairs): HtmlForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let action = pairs
        .iter()
        .find(|(k, _)| k == "action")
        .map_or("save".to_owned(), |(_, v)| v.clone());
    let mut draft = Draft::from_pairs(pairs);
    match action.as_str() {
        "preview" => {
            let preview = preview(&draft);
            render(&page, &id, &draft, context! { preview }, None).await
        }
        "question" => {
            draft.add_question();
            render(&page, &id, &draft, context! {}, None).await
        }
        "languages" => render(&page, &id, &draft, context! {}, None).await,
        _ => match courses::add_module(&page.state, &id, draft.input()).await {
            Ok(_) => Ok(see_other(&format!(
                "/staff/training/courses/{}?added=1",
                path_segment(&id)
            ))),
            Err(error) => {
                let error = at_fields(&draft, error);
                render(&page, &id, &draft, context! {}, Some(error)).await
            }
        },
    }
}

/// Each language's text as the candidate will see it (rendered safely, as the module page
/// does).
fn preview(draft: &Draft) -> BTreeMap<String, Value> {
    draft
        .texts
        .iter()
        .filter(|(_, t)| !t.body.trim().is_empty())
        .map(|(lang, t)| {
            let html = domain::render_markdown(&t.body);
            (lang.clone(), Value::from_safe_string(html))
        })
        .collect()
}

/// The service names a text's field (`title`); the form has one per language (`title.fi`):
/// the error goes to each language whose value breaks the same rule.
fn at_fields(draft: &Draft, error: AppError) -> AppError {
    if error.kind() != crate::error::ErrorKind::BadRequest {
        return error;
    }
    let mut fields: Vec<FieldError> = Vec::new();
    for field in error.fields() {
        let per_language: Vec<FieldError> = draft
            .languages
            .iter()
            .filter_map(|lang| {
                let text = draft.texts.get(lang);
                let value = |f: fn(&draft::TextDraft) -> &str| text.map_or("", f).to_owned();
                let broken = match field.field.as_ref() {
                    "title" => domain::text("title", &value(|t| &t.title), 200).err(),
                    "body" => domain::text("body", &value(|t| &t.body), MAX_BODY).err(),
                    "task_prompt" => (value(|t| &t.task_prompt).chars().count() > MAX_TEXT)
                        .then(|| field.clone()),
                    _ => None,
                }?;
                Some(FieldError {
                    field: Cow::Owned(format!("{}.{lang}", field.field)),
                    message: broken.message,
                })
            })
            .collect();
        if per_language.is_empty() {
            fields.push(field.clone());
        } else {
            fields.extend(per_language);
        }
    }
    AppError::invalid(fields)
}
