//! The referral workers' queue of help requests, and marking one handled (or open again).

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::Deserialize;

use super::municipality_choices;
use crate::auth::CurrentUser;
use crate::directory::help::queue::{self, QueueFilters, STATES};
use crate::error::AppError;
use crate::paging::PageNumber;
use crate::web::{HtmlForm, Page, see_other};

pub async fn queue(
    page: Page,
    me: CurrentUser,
    filters: web::Query<QueueFilters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let lang = page.locale.code();
    let filters = filters.into_inner();
    let found = queue::page(
        &page.state,
        &me,
        lang,
        filters.clone(),
        number.into_inner().into(),
    )
    .await?;
    let pager = found.pager(
        "/staff/help-requests",
        &[
            ("municipality", filters.municipality.clone()),
            ("state", filters.state.clone()),
        ],
    );
    page.render(
        "directory/queue.html",
        context! {
            requests => found.items, total => found.total, pager,
            state => filters.state(), municipality => filters.municipality(),
            states => STATES, municipalities => municipality_choices(lang),
        },
    )
}

#[derive(Deserialize)]
pub struct HandledForm {
    #[serde(default)]
    handled: bool,
}

pub async fn set_handled(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<HandledForm>,
) -> Result<HttpResponse, AppError> {
    queue::set_handled(&page.state, &me, &id, form.handled).await?;
    let back = if form.handled {
        "/staff/help-requests?done=handled"
    } else {
        "/staff/help-requests?done=reopened"
    };
    Ok(see_other(back))
}
