//! A trainer schedules a live session for the cohort from its page.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::cohort::refused;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::training::live::{self, LiveInput};
use crate::web::{HtmlForm, Page, path_segment, see_other};

#[derive(Deserialize, Serialize)]
pub struct LiveForm {
    #[serde(default)]
    module_id: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    start_time: String,
    #[serde(default)]
    duration_minutes: String,
}

pub async fn schedule(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<LiveForm>,
) -> Result<HttpResponse, AppError> {
    let input = LiveInput {
        module_id: form.module_id.clone(),
        date: form.date.clone(),
        start_time: form.start_time.clone(),
        duration_minutes: form.duration_minutes.trim().parse().unwrap_or(0),
    };
    match live::schedule(&page.state, &me, &id, input).await {
        Ok(_) => Ok(see_other(&format!(
            "/staff/training/cohorts/{}?done=live#live-sessions",
            path_segment(&id)
        ))),
        Err(error) => {
            let live_form = form;
            refused(&page, &me, &id, context! { live_form }, error).await
        }
    }
}
