//! Training's pages: a person's own training and certificates, a module with its quiz and
//! task, the printable certificate, the public verification, and the staff's overview.

use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::{Value, context};
use serde::Deserialize;

use super::apply::{self, ApplicationInput};
use super::{certificates, cohorts, progress, review};
use crate::auth::CurrentUser;
use crate::auth::policy::Permission;
use crate::error::AppError;
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
            let form_error = error.message().map(|m| {
                page.state
                    .i18n
                    .translate_with(page.locale.code(), m.id, &m.args)
            });
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
            let form_error = error.message().map(|m| {
                page.state
                    .i18n
                    .translate_with(page.locale.code(), m.id, &m.args)
            });
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
    let client = super::api::client(&req, &page.state);
    let verification = match certificates::verify(&page.state, &code, client).await {
        Ok(v) => Some(v),
        Err(e) if e.kind() == crate::error::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    page.render("training/verify.html", context! { verification })
}

pub async fn staff(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let lang = page.locale.code();
    let applications = apply::list(&page.state, "pending".to_owned()).await?;
    let cohorts = cohorts::all(&page.state, lang).await?;
    let trainer = me.can(Permission::TrainFacilitators);
    let charts: Vec<Value> = cohorts
        .iter()
        .map(|c| Value::from_safe_string(super::chart::svg(&c.completion, c.possible)))
        .collect();
    let reviews = if trainer {
        review::queue(&page.state, lang).await?
    } else {
        Vec::new()
    };
    page.render(
        "training/staff.html",
        context! { applications, cohorts, charts, reviews, trainer },
    )
}

#[derive(Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    cohort_id: String,
    #[serde(default)]
    reason: String,
}

pub async fn decide(
    page: Page,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<DecideForm>,
) -> Result<HttpResponse, AppError> {
    let cohort = Some(form.cohort_id).filter(|c| !c.is_empty());
    let reason = Some(form.reason).filter(|r| !r.trim().is_empty());
    apply::decide(&page.state, &id, cohort, reason).await?;
    Ok(see_other("/staff/training?decided=1"))
}

#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    accept: Option<String>,
    #[serde(default)]
    feedback: String,
}

pub async fn review(
    page: Page,
    path: web::Path<(String, String)>,
    HtmlForm(form): HtmlForm<ReviewForm>,
) -> Result<HttpResponse, AppError> {
    let (module, user) = path.into_inner();
    review::review(
        &page.state,
        &module,
        &user,
        form.accept.is_some(),
        &form.feedback,
    )
    .await?;
    Ok(see_other("/staff/training?reviewed=1"))
}
