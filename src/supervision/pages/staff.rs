//! Supervisors' and coordinators' pages: the queue, a concern's decisions and comments, who
//! supervises whom, the themes list and escalated concerns.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::Deserialize;

use super::super::concerns::{self, Decision};
use super::super::{assignments, queue, reports, themes};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{HtmlForm, Page, see_other};

fn report_page(id: &str) -> HttpResponse {
    see_other(&format!("/supervision/reports/{id}"))
}

pub async fn queue(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let queue = queue::queue(&page.state, &me).await?;
    page.render("supervision/queue.html", context! { queue })
}

#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
}

pub async fn comment(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<CommentForm>,
) -> Result<HttpResponse, AppError> {
    reports::comment(&state, &me, &id, &form.0.body).await?;
    Ok(report_page(&id))
}

pub async fn acknowledge(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    concerns::decide(&state, &me, &id, Decision::Acknowledge).await?;
    Ok(report_page(&id))
}

#[derive(Deserialize)]
pub struct OutcomeForm {
    #[serde(default)]
    outcome: String,
}

pub async fn handle(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<OutcomeForm>,
) -> Result<HttpResponse, AppError> {
    let outcome = form.0.outcome;
    concerns::decide(&state, &me, &id, Decision::Handle { outcome }).await?;
    Ok(report_page(&id))
}

pub async fn facilitators(page: Page) -> Result<HttpResponse, AppError> {
    let (rows, supervisors) = assignments::overview(&page.state).await?;
    page.render(
        "supervision/facilitators.html",
        context! { rows, supervisors },
    )
}

#[derive(Deserialize)]
pub struct SupervisorForm {
    #[serde(default)]
    supervisor_id: String,
}

pub async fn set_supervisor(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<SupervisorForm>,
) -> Result<HttpResponse, AppError> {
    let chosen = Some(form.0.supervisor_id).filter(|s| !s.is_empty());
    assignments::set(&state, &me, &id, chosen).await?;
    Ok(see_other("/supervision/facilitators"))
}

pub async fn themes(page: Page) -> Result<HttpResponse, AppError> {
    let themes = themes::list(&page.state, page.locale.code()).await?;
    page.render("supervision/themes.html", context! { themes })
}

#[derive(Deserialize, serde::Serialize)]
pub struct ThemeForm {
    #[serde(default)]
    label: String,
}

pub async fn add_theme(page: Page, form: HtmlForm<ThemeForm>) -> Result<HttpResponse, AppError> {
    let form = form.0;
    match themes::add(&page.state, &form.label).await {
        Ok(_) => Ok(see_other("/supervision/themes")),
        Err(error) => {
            let themes = themes::list(&page.state, page.locale.code()).await?;
            page.render_form_error("supervision/themes.html", context! { themes, form }, error)
        }
    }
}

#[derive(Deserialize)]
pub struct ArchiveForm {
    #[serde(default)]
    archived: bool,
}

pub async fn archive_theme(
    state: web::Data<AppState>,
    id: web::Path<String>,
    form: HtmlForm<ArchiveForm>,
) -> Result<HttpResponse, AppError> {
    themes::archive(&state, &id, form.0.archived).await?;
    Ok(see_other("/supervision/themes"))
}

pub async fn escalations(page: Page) -> Result<HttpResponse, AppError> {
    let rows = queue::escalations(&page.state, page.locale.code()).await?;
    page.render("supervision/escalations.html", context! { rows })
}
