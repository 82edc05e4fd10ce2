//! The trainer's review queue: submitted tasks, oldest first, each accepted or sent back with
//! feedback.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::render_refused;
use crate::error::AppError;
use crate::training::review;
use crate::web::{HtmlForm, Page, see_other};

const QUEUE: &str = "training/staff/reviews.html";

async fn vars(page: &Page, extra: Value) -> Result<Value, AppError> {
    let reviews = review::queue(&page.state, page.locale.code()).await?;
    Ok(context! { reviews, ..extra })
}

pub async fn queue(page: Page) -> Result<HttpResponse, AppError> {
    page.render(QUEUE, vars(&page, context! {}).await?)
}

#[derive(Deserialize, Serialize)]
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
    let accept = form.accept.is_some();
    match review::review(&page.state, &module, &user, accept, &form.feedback).await {
        Ok(()) => Ok(see_other("/staff/training/reviews?reviewed=1")),
        Err(error) => {
            let failed = context! { module, user, feedback => form.feedback };
            render_refused(&page, QUEUE, vars(&page, context! { failed }).await?, error)
        }
    }
}
