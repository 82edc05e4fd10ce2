//! The category list staff keep: add, rename their own, archive and restore.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::Deserialize;

use crate::directory::categories::{self, CategoryLabel};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{HtmlForm, Page, see_other};

const LIST: &str = "/staff/directory/categories";

async fn render(
    page: &Page,
    form: CategoryLabel,
    failed: Option<String>,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let categories = categories::list(&page.state, page.locale.code()).await?;
    let vars = context! { categories, form, failed };
    match error {
        Some(error) => page.render_form_error("directory/categories.html", vars, error),
        None => page.render("directory/categories.html", vars),
    }
}

pub async fn list(page: Page) -> Result<HttpResponse, AppError> {
    render(&page, CategoryLabel::default(), None, None).await
}

pub async fn add(
    page: Page,
    HtmlForm(form): HtmlForm<CategoryLabel>,
) -> Result<HttpResponse, AppError> {
    match categories::add(&page.state, &form.label).await {
        Ok(_) => Ok(see_other(LIST)),
        Err(error) => render(&page, form, None, Some(error)).await,
    }
}

pub async fn rename(
    page: Page,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<CategoryLabel>,
) -> Result<HttpResponse, AppError> {
    match categories::rename(&page.state, &id, &form.label).await {
        Ok(()) => Ok(see_other(LIST)),
        Err(error) => render(&page, form, Some(id.into_inner()), Some(error)).await,
    }
}

#[derive(Deserialize)]
pub struct ArchiveForm {
    #[serde(default)]
    archived: bool,
}

pub async fn archive(
    state: web::Data<AppState>,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<ArchiveForm>,
) -> Result<HttpResponse, AppError> {
    categories::archive(&state, &id, form.archived).await?;
    Ok(see_other(LIST))
}
