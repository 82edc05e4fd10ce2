//! What staff do for one candidate from the cohort page: extend the deadline, score the
//! supervised practice, sign off, give a failed quiz another round, record attendance at a
//! live session. Each calls its service; a refused action shows the cohort page again with the
//! error at that candidate's form and what was typed.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::cohort::refused;
use super::courses::number;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::training::{certificates, cohorts, review};
use crate::web::{HtmlForm, Page, path_segment, see_other};

type Candidate = web::Path<(String, String)>;
type CandidateModule = web::Path<(String, String, String)>;

async fn finish(
    page: &Page,
    me: &CurrentUser,
    (cohort, user): (&str, &str),
    action: &str,
    typed: Value,
    result: Result<(), AppError>,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/staff/training/cohorts/{}?done={action}#candidate-{}",
            path_segment(cohort),
            path_segment(user)
        ))),
        Err(error) => {
            let failed = context! { user, action };
            refused(page, me, cohort, context! { failed, typed }, error).await
        }
    }
}

#[derive(Deserialize, Serialize)]
pub struct ExtendForm {
    #[serde(default)]
    days: String,
}

pub async fn extend(
    page: Page,
    me: CurrentUser,
    path: Candidate,
    HtmlForm(form): HtmlForm<ExtendForm>,
) -> Result<HttpResponse, AppError> {
    let (cohort, user) = path.into_inner();
    let result = match number("days", &form.days, "training-extension-invalid") {
        Ok(days) => cohorts::extend(&page.state, &cohort, &user, days).await,
        Err(error) => Err(error),
    };
    let typed = Value::from_serialize(&form);
    finish(&page, &me, (&cohort, &user), "extend", typed, result).await
}

#[derive(Deserialize, Serialize)]
pub struct PracticeForm {
    #[serde(default)]
    result: String,
    #[serde(default)]
    comments: String,
}

pub async fn practice(
    page: Page,
    me: CurrentUser,
    path: Candidate,
    HtmlForm(form): HtmlForm<PracticeForm>,
) -> Result<HttpResponse, AppError> {
    let (cohort, user) = path.into_inner();
    let result =
        cohorts::score_practice(&page.state, &cohort, &user, &form.result, &form.comments).await;
    let typed = Value::from_serialize(&form);
    finish(&page, &me, (&cohort, &user), "practice", typed, result).await
}

pub async fn sign_off(
    page: Page,
    me: CurrentUser,
    path: Candidate,
) -> Result<HttpResponse, AppError> {
    let (cohort, user) = path.into_inner();
    let result = certificates::sign_off(&page.state, &me.user_id, &cohort, &user)
        .await
        .map(|_| ());
    finish(
        &page,
        &me,
        (&cohort, &user),
        "sign-off",
        context! {},
        result,
    )
    .await
}

pub async fn reset(
    page: Page,
    me: CurrentUser,
    path: CandidateModule,
) -> Result<HttpResponse, AppError> {
    let (cohort, user, module) = path.into_inner();
    let result = review::reset_attempts(&page.state, &module, &user).await;
    finish(&page, &me, (&cohort, &user), "reset", context! {}, result).await
}

pub async fn attended(
    page: Page,
    me: CurrentUser,
    path: CandidateModule,
) -> Result<HttpResponse, AppError> {
    let (cohort, user, module) = path.into_inner();
    let result = review::mark_attended(&page.state, &module, &user).await;
    finish(
        &page,
        &me,
        (&cohort, &user),
        "attended",
        context! {},
        result,
    )
    .await
}
