//! Staff write a service's short summary in each of the families' languages and mark it
//! reviewed (or take the review back).

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::directory::editing::form::{MAX_NAME, MAX_SUMMARY};
use crate::directory::help::find;
use crate::directory::summaries::{self, SummaryInput};
use crate::error::AppError;
use crate::web::{HtmlForm, Page, path_segment, see_other};

async fn render(
    page: &Page,
    id: &str,
    failed: Option<(String, SummaryInput)>,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let mut rows = summaries::of_service(&page.state, id).await?;
    let service = crate::directory::editing::entry(&page.state, id).await?;
    let base = find::service(&page.state, "fi", id).await.ok();
    if let Some((language, input)) = &failed {
        for row in rows.iter_mut().filter(|r| r.language == *language) {
            row.name = input.name.clone();
            row.summary = input.summary.clone();
        }
    }
    let failed_language = failed.map(|(l, _)| l);
    let vars = context! {
        id, rows, failed_language, base,
        status => service.service.status,
        max_name => MAX_NAME, max_summary => MAX_SUMMARY,
    };
    match error {
        Some(error) => page.render_form_error("directory/summaries.html", vars, error),
        None => page.render("directory/summaries.html", vars),
    }
}

pub async fn page(page: Page, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    render(&page, &id, None, None).await
}

fn back(id: &str, language: &str) -> HttpResponse {
    see_other(&format!(
        "/staff/directory/services/{}/summaries#summary-{}",
        path_segment(id),
        path_segment(language)
    ))
}

pub async fn write(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    HtmlForm(input): HtmlForm<SummaryInput>,
) -> Result<HttpResponse, AppError> {
    let (id, language) = path.into_inner();
    match summaries::write(&page.state, &me, &id, &language, input.clone()).await {
        Ok(()) => Ok(back(&id, &language)),
        Err(error) => render(&page, &id, Some((language, input)), Some(error)).await,
    }
}

#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    reviewed: bool,
}

pub async fn review(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    HtmlForm(form): HtmlForm<ReviewForm>,
) -> Result<HttpResponse, AppError> {
    let (id, language) = path.into_inner();
    summaries::review(&page.state, &me, &id, &language, form.reviewed).await?;
    Ok(back(&id, &language))
}
