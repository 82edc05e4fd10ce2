//! Pages about a group's sessions: answers, attendance, cancelling and adding sessions, and
//! calendars.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::Deserialize;

use super::super::{calendar, sessions};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::web::{HtmlForm, Page, see_other};

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    group_id: String,
}

pub async fn answer(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    sessions::answer(&page.state, &me, &id, &form.answer).await?;
    Ok(see_other(&format!(
        "/groups/{}",
        crate::web::path_segment(&form.group_id)
    )))
}

pub async fn attendance(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let rows = sessions::attendance(&page.state, &me, &id).await?;
    page.render(
        "groups/attendance.html",
        context! { rows, session_id => id.into_inner() },
    )
}

#[derive(Deserialize)]
pub struct AttendanceForm {
    #[serde(default)]
    present: Vec<String>,
}

pub async fn mark_attendance(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<AttendanceForm>,
) -> Result<HttpResponse, AppError> {
    sessions::mark_present(&page.state, &me, &id, form.present).await?;
    Ok(see_other(&format!("/sessions/{id}/attendance?saved=1")))
}

#[derive(Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    group_id: String,
}

pub async fn cancel_session(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<CancelForm>,
) -> Result<HttpResponse, AppError> {
    sessions::cancel(&page.state, &me, &id, &form.reason).await?;
    Ok(see_other(&format!(
        "/groups/{}",
        crate::web::path_segment(&form.group_id)
    )))
}

#[derive(Deserialize)]
pub struct NewSessionForm {
    #[serde(default)]
    start: String,
    #[serde(default)]
    duration_minutes: String,
}

pub async fn add_session(
    page: Page,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<NewSessionForm>,
) -> Result<HttpResponse, AppError> {
    sessions::add(
        &page.state,
        &id,
        &form.start,
        form.duration_minutes.trim().parse().unwrap_or(0),
    )
    .await?;
    Ok(see_other(&format!("/groups/{id}")))
}

fn ics(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{filename}\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

pub async fn group_calendar(page: Page, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    Ok(ics(
        calendar::group_file(&page.state, &id, page.locale.code()).await?,
        "silta-group.ics",
    ))
}

pub async fn calendar_feed(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    Ok(ics(calendar::feed(&page.state, &token).await?, "silta.ics"))
}

pub async fn calendar_settings(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let has_feed = calendar::has_feed(&page.state, &me).await?;
    page.render(
        "groups/calendar.html",
        context! { has_feed, feed_url => Value::UNDEFINED },
    )
}

pub async fn new_calendar_feed(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let feed_url = calendar::new_feed(&page.state, &me).await?;
    page.render(
        "groups/calendar.html",
        context! { has_feed => true, feed_url },
    )
}

pub async fn revoke_calendar_feed(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    calendar::revoke_feed(&page.state, &me).await?;
    Ok(see_other("/account/calendar"))
}
