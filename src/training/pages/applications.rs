//! The applications to become a facilitator, paged and filtered by status; a pending one is
//! accepted into a cohort or declined with a reason (the applicant is mailed either way).

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::render_refused;
use crate::auth::{CurrentUser, SignedIn};
use crate::error::AppError;
use crate::paging::{PageNumber, PageRequest};
use crate::training::{apply, catalogue};
use crate::web::{HtmlForm, Page, see_other};

const LIST: &str = "training/staff/applications.html";

#[derive(Deserialize, Clone, Default)]
pub struct Filters {
    /// pending (the default), accepted, declined, or `all`.
    status: Option<String>,
}

impl Filters {
    fn status(&self) -> String {
        self.status
            .clone()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| "pending".to_owned())
    }
}

async fn vars(
    page: &Page,
    me: &SignedIn,
    filters: &Filters,
    paging: PageRequest,
) -> Result<Value, AppError> {
    let status = filters.status();
    let wanted = Some(status.clone()).filter(|s| s != "all");
    let found = apply::page(&page.state, me, wanted, paging).await?;
    let pager = found.pager(
        "/staff/training/applications",
        &[("status", Some(status.clone()))],
    );
    let cohorts = catalogue::cohorts(&page.state, None).await?;
    Ok(context! {
        applications => found.items, total => found.total, pager, status,
        statuses => apply::STATUSES, cohorts,
    })
}

pub async fn list(
    page: Page,
    me: CurrentUser,
    filters: web::Query<Filters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let vars = vars(&page, &me, &filters, number.into_inner().into()).await?;
    page.render(LIST, vars)
}

#[derive(Deserialize, Serialize)]
pub struct DecideForm {
    #[serde(default)]
    cohort_id: String,
    #[serde(default)]
    reason: String,
}

/// Accepts into the chosen cohort, or (with no cohort) declines with the reason given.
pub async fn decide(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<DecideForm>,
) -> Result<HttpResponse, AppError> {
    let cohort = Some(form.cohort_id.clone()).filter(|c| !c.is_empty());
    let reason = Some(form.reason.clone()).filter(|r| !r.trim().is_empty());
    match apply::decide(&page.state, &id, cohort, reason).await {
        Ok(()) => Ok(see_other("/staff/training/applications?decided=1")),
        Err(error) => {
            let mut vars = vars(&page, &me, &Filters::default(), PageRequest::default()).await?;
            let failed = context! { id => id.into_inner(), typed => Value::from_serialize(&form) };
            vars = context! { failed, ..vars };
            render_refused(&page, LIST, vars, error)
        }
    }
}
