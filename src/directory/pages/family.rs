//! The families' side: find help near me, one service with how to get there and contact it,
//! "ask Silta's staff to help me get there", and my requests.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::{category_choices, language_choices, municipality_choices};
use crate::auth::CurrentUser;
use crate::directory::help::find::{self, FindFilters};
use crate::directory::help::{self, MAX_MESSAGE, NewHelpRequest};
use crate::error::AppError;
use crate::paging::{PageNumber, PageRequest};
use crate::web::{HtmlForm, Page, path_segment, see_other};

pub async fn find(
    page: Page,
    me: CurrentUser,
    filters: web::Query<FindFilters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let lang = page.locale.code();
    let filters = filters.into_inner().for_family(&page.state, &me).await?;
    let found = find::find(&page.state, lang, &filters, number.into_inner().into()).await?;
    let pager = found.pager(
        "/help",
        &[
            (
                "municipality",
                Some(filters.municipality.clone().unwrap_or_default())
                    .filter(|m| !m.is_empty())
                    .or(Some("any".to_owned())),
            ),
            ("category", filters.category.clone()),
            ("language", filters.language.clone()),
            ("q", filters.q.clone()),
        ],
    );
    page.render(
        "directory/find.html",
        context! {
            services => found.items, total => found.total, pager, filters,
            municipalities => municipality_choices(lang),
            categories => category_choices(&page.state, lang).await?,
            languages_offered => language_choices(),
        },
    )
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct AskForm {
    #[serde(default)]
    message: String,
}

#[derive(Deserialize)]
pub struct Asked {
    asked: Option<String>,
}

async fn service_page(
    page: &Page,
    id: &str,
    asked: bool,
    form: AskForm,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let service = find::service(&page.state, page.locale.code(), id).await?;
    let vars = context! { service, asked, form, max_message => MAX_MESSAGE };
    match error {
        Some(error) => page.render_form_error("directory/service.html", vars, error),
        None => page.render("directory/service.html", vars),
    }
}

pub async fn service(
    page: Page,
    id: web::Path<String>,
    query: web::Query<Asked>,
) -> Result<HttpResponse, AppError> {
    service_page(&page, &id, query.asked.is_some(), AskForm::default(), None).await
}

pub async fn ask_about(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<AskForm>,
) -> Result<HttpResponse, AppError> {
    let input = NewHelpRequest {
        service_id: Some(id.to_string()),
        message: form.message.clone(),
    };
    match help::ask(&page.state, &me, input).await {
        Ok(_) => Ok(see_other(&format!(
            "/help/services/{}?asked=1",
            path_segment(&id)
        ))),
        Err(error) => service_page(&page, &id, false, form, Some(error)).await,
    }
}

async fn requests_page(
    page: &Page,
    me: &CurrentUser,
    paging: PageRequest,
    form: AskForm,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let found = help::mine(&page.state, me, paging).await?;
    let pager = found.pager("/help/requests", &[]);
    let vars: Value = context! {
        requests => found.items, total => found.total, pager, form, max_message => MAX_MESSAGE,
    };
    match error {
        Some(error) => page.render_form_error("directory/requests.html", vars, error),
        None => page.render("directory/requests.html", vars),
    }
}

pub async fn requests(
    page: Page,
    me: CurrentUser,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    requests_page(
        &page,
        &me,
        number.into_inner().into(),
        AskForm::default(),
        None,
    )
    .await
}

pub async fn ask_general(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<AskForm>,
) -> Result<HttpResponse, AppError> {
    let input = NewHelpRequest {
        service_id: None,
        message: form.message.clone(),
    };
    match help::ask(&page.state, &me, input).await {
        Ok(_) => Ok(see_other("/help/requests?asked=1")),
        Err(error) => requests_page(&page, &me, PageRequest::default(), form, Some(error)).await,
    }
}
