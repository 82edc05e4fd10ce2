//! The candidate's pages: their own training and certificates, a module with its quiz and
//! task, the printable certificate, and the public verification.

use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::{Value, context};
use serde::Deserialize;

use super::message_of;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::training::apply::{self, ApplicationInput};
use crate::training::{certificates, cohorts, progress};
use crate::web::{HtmlForm, Page, path_segment, see_other};

pub async fn mine(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let training = cohorts::mine(&page.state, &me, page.locale.code()).await?;
    page.render("training/mine.html", context! { training })
}

#[derive(Deserialize)]
pub struct ApplyForm {
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    municipality: String,
    #[serde(default)]
    motivation: String,
    #[serde(default)]
    availability: String,
}

pub async fn apply(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<ApplyForm>,
) -> Result<HttpResponse, AppError> {
    let input = ApplicationInput {
        languages: form.languages,
        municipality: form.municipality,
        motivation: form.motivation,
        availability: form.availability,
    };
    match apply::apply(&page.state, &me, input).await {
        Ok(_) => Ok(see_other("/training?applied=1")),
        Err(error) => {
            let training = cohorts::mine(&page.state, &me, page.locale.code()).await?;
            page.render_form_error("training/mine.html", context! { training }, error)
        }
    }
}

async fn render_module(
    page: &Page,
    me: &CurrentUser,
    id: &str,
    extra: Value,
) -> Result<HttpResponse, AppError> {
    let module = progress::view(&page.state, me, id, page.locale.code()).await?;
    let html = Value::from_safe_string(module.html.clone());
    page.render("training/module.html", context! { module, html, ..extra })
}

pub async fn module(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    render_module(&page, &me, &id, context! {}).await
}

pub async fn read(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    progress::mark_read(&page.state, &me, &id).await?;
    Ok(see_other(&format!(
        "/training/modules/{}",
        path_segment(&id)
    )))
}

/// The quiz as a form: `attempt`, and for each question `q1=q1a2` (repeated for several).
pub async fn quiz(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(pairs): HtmlForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let mut attempt = 0;
    let mut answers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, value) in pairs {
        match key.as_str() {
            "attempt" => attempt = value.parse().unwrap_or(0),
            "csrf_token" => {}
            _ => answers.entry(key).or_default().push(value),
        }
    }
    match progress::submit_quiz(&page.state, &me, &id, attempt, answers, page.locale.code()).await {
        Ok(scored) => render_module(&page, &me, &id, context! { scored }).await,
        Err(error) if error.kind() == crate::error::ErrorKind::Conflict => {
            let form_error = message_of(&page, &error);
            render_module(&page, &me, &id, context! { form_error }).await
        }
        Err(error) => Err(error),
    }
}

#[derive(Deserialize)]
pub struct TaskForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    submit: Option<String>,
}

pub async fn task(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<TaskForm>,
) -> Result<HttpResponse, AppError> {
    match progress::save_task(&page.state, &me, &id, &form.answer, form.submit.is_some()).await {
        Ok(_) => Ok(see_other(&format!(
            "/training/modules/{}?saved=1",
            path_segment(&id)
        ))),
        Err(error) => {
            let form_error = message_of(&page, &error);
            render_module(&page, &me, &id, context! { form_error }).await
        }
    }
}

pub async fn certificate(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (certificate, name) = certificates::own(&page.state, &me.user_id, &id).await?;
    let link = page.state.link(&format!("/verify/{}", certificate.code));
    let qr = crate::auth::second_factor::qr_svg(&link)?;
    page.render(
        "training/certificate.html",
        context! { certificate, name, link, qr => Value::from_safe_string(qr) },
    )
}

pub async fn verify(
    page: Page,
    req: HttpRequest,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let client = crate::training::api::client(&req, &page.state);
    let verification = match certificates::verify(&page.state, &code, client).await {
        Ok(v) => Some(v),
        Err(e) if e.kind() == crate::error::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    page.render("training/verify.html", context! { verification })
}
