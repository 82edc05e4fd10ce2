//! Pages of families' feedback: the questions after a session and what is waiting; the summed
//! answers for facilitators and supervisors; families' lines for staff.

use actix_web::{HttpResponse, web};
use chrono::{Months, NaiveDate};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::answer;
use super::comments::{self, CommentFilter};
use super::domain::{AnswerInput, COMMENT_MAX, NEEDS, SAFE};
use super::results;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::web::{HtmlForm, Page, path_segment, see_other};

#[derive(Deserialize)]
pub struct Thanks {
    thanks: Option<String>,
}

pub async fn waiting(
    page: Page,
    me: CurrentUser,
    query: web::Query<Thanks>,
) -> Result<HttpResponse, AppError> {
    let waiting = answer::waiting_for(&page.state, &me).await?;
    page.render(
        "feedback/waiting.html",
        context! { waiting, thanks => query.thanks.is_some() },
    )
}

/// The form as sent: every field optional; `useful` a text so that garbage is an error.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct AnswerForm {
    useful: String,
    safe: String,
    needs: Vec<String>,
    comment: String,
}

impl AnswerForm {
    fn input(&self) -> Result<AnswerInput, AppError> {
        let useful = match self.useful.trim() {
            "" => None,
            text => Some(text.parse::<i16>().map_err(|_| {
                AppError::invalid(vec![crate::error::FieldError::new(
                    "useful",
                    "field-invalid-value",
                    vec![],
                )])
            })?),
        };
        Ok(AnswerInput {
            useful,
            safe: Some(self.safe.clone()),
            needs: self.needs.clone(),
            comment: self.comment.clone(),
        })
    }
}

fn form_vars(waiting: &answer::Waiting) -> minijinja::Value {
    context! {
        session => waiting,
        scores => ["1", "2", "3", "4", "5"],
        safe_choices => SAFE,
        need_choices => NEEDS,
        comment_max => COMMENT_MAX,
    }
}

pub async fn form(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let waiting = answer::questions(&page.state, &me, &id).await?;
    let form = AnswerForm::default();
    page.render(
        "feedback/form.html",
        context! { form, ..form_vars(&waiting) },
    )
}

pub async fn give(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    form: HtmlForm<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.0;
    let given = match form.input() {
        Ok(input) => answer::answer(&page.state, &me, &id, input).await,
        Err(error) => Err(error),
    };
    match given {
        Ok(()) => Ok(see_other("/feedback?thanks=1")),
        Err(error) => {
            let waiting = answer::questions(&page.state, &me, &id).await?;
            page.render_form_error(
                "feedback/form.html",
                context! { form, ..form_vars(&waiting) },
                error,
            )
        }
    }
}

pub async fn decline(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    answer::decline(&page.state, &me, &id).await?;
    Ok(see_other("/feedback"))
}

#[derive(Deserialize)]
pub struct MonthQuery {
    month: Option<String>,
}

/// `YYYY-MM` of a month start.
fn label(month: NaiveDate) -> String {
    month.format("%Y-%m").to_string()
}

/// The month shown and its neighbours; no next month after the current one.
fn months_around(month: NaiveDate) -> minijinja::Value {
    let next = month + Months::new(1);
    context! {
        month => label(month),
        previous => label(month - Months::new(1)),
        next => (next <= results::month_of(None)).then(|| label(next)),
    }
}

pub async fn results_of_month(
    page: Page,
    me: CurrentUser,
    query: web::Query<MonthQuery>,
) -> Result<HttpResponse, AppError> {
    let month = results::month_of(query.month.as_deref());
    let sessions = results::of_month(&page.state, &me, month).await?;
    page.render(
        "feedback/results.html",
        context! { sessions, ..months_around(month) },
    )
}

pub async fn results_of_session(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let session = results::of_session(&page.state, &me, &id).await?;
    page.render("feedback/session.html", context! { session })
}

pub async fn lines(
    page: Page,
    me: CurrentUser,
    query: web::Query<CommentFilter>,
) -> Result<HttpResponse, AppError> {
    let month = results::month_of(query.month.as_deref());
    let filter = query.into_inner();
    let lines = comments::of_month(&page.state, &me, month, &filter).await?;
    page.render(
        "feedback/comments.html",
        context! {
            lines,
            q => filter.q.unwrap_or_default(),
            hidden => filter.hidden.unwrap_or(false),
            ..months_around(month)
        },
    )
}

#[derive(Deserialize)]
pub struct Back {
    month: Option<String>,
}

async fn set_hidden(
    page: Page,
    me: CurrentUser,
    id: &str,
    hide: bool,
    back: &Back,
) -> Result<HttpResponse, AppError> {
    comments::set_hidden(&page.state, &me, id, hide).await?;
    let month = label(results::month_of(back.month.as_deref()));
    let hidden = if hide { "" } else { "&hidden=true" };
    Ok(see_other(&format!(
        "/staff/feedback/comments?month={}{hidden}",
        path_segment(&month)
    )))
}

pub async fn hide(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    back: HtmlForm<Back>,
) -> Result<HttpResponse, AppError> {
    set_hidden(page, me, &id, true, &back.0).await
}

pub async fn show(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    back: HtmlForm<Back>,
) -> Result<HttpResponse, AppError> {
    set_hidden(page, me, &id, false, &back.0).await
}
