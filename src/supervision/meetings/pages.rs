//! Pages of supervision meetings: a supervisor's circles and a circle's meetings with their
//! attendance, notes per facilitator, and a facilitator's own supervision page.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::{CircleInput, MeetingInput, lapse, notes};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::web::{HtmlForm, Page, path_segment, see_other};

async fn circles_page(
    page: &Page,
    me: &CurrentUser,
    form: Option<CircleForm>,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let circles = super::mine(&page.state, me).await?;
    let me_in = me.0.clone();
    let facilitators = page
        .state
        .db
        .run(move |conn| {
            let ids = super::super::access::supervised_by(conn, &me_in)?;
            super::people(conn, ids)
        })
        .await?;
    let vars = context! { circles, facilitators, form };
    match error {
        Some(error) => page.render_form_error("supervision/circles.html", vars, error),
        None => page.render("supervision/circles.html", vars),
    }
}

pub async fn circles(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    circles_page(&page, &me, None, None).await
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct CircleForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    facilitators: Vec<String>,
}

pub async fn create(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<CircleForm>,
) -> Result<HttpResponse, AppError> {
    let input = CircleInput {
        name: form.name.clone(),
        facilitators: form.facilitators.clone(),
    };
    match super::create(&page.state, &me, input).await {
        Ok(id) => Ok(see_other(&format!(
            "/supervision/circles/{}",
            path_segment(&id)
        ))),
        Err(error) => circles_page(&page, &me, Some(form), Some(error)).await,
    }
}

async fn circle_page(
    page: &Page,
    me: &CurrentUser,
    id: &str,
    form: Option<MeetingForm>,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let circle = super::circle(&page.state, me, id).await?;
    let vars = context! { circle, form };
    match error {
        Some(error) => page.render_form_error("supervision/circle.html", vars, error),
        None => page.render("supervision/circle.html", vars),
    }
}

pub async fn circle(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    circle_page(&page, &me, &id, None, None).await
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct MeetingForm {
    #[serde(default)]
    date: String,
    #[serde(default)]
    start_time: String,
    #[serde(default)]
    duration_minutes: String,
    #[serde(default)]
    weeks: String,
}

pub async fn schedule(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<MeetingForm>,
) -> Result<HttpResponse, AppError> {
    let input = MeetingInput {
        date: form.date.clone(),
        start_time: form.start_time.clone(),
        duration_minutes: form.duration_minutes.trim().parse().unwrap_or(0),
        weeks: form.weeks.trim().parse().unwrap_or(0),
    };
    match super::schedule(&page.state, &me, &id, input).await {
        Ok(_) => Ok(see_other(&format!(
            "/supervision/circles/{}?scheduled=1",
            path_segment(&id)
        ))),
        Err(error) => circle_page(&page, &me, &id, Some(form), Some(error)).await,
    }
}

#[derive(Deserialize)]
pub struct AttendanceForm {
    #[serde(default)]
    present: Vec<String>,
}

/// The supervisor records who attended a meeting (the room's presence is marked already).
pub async fn attendance(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    HtmlForm(form): HtmlForm<AttendanceForm>,
) -> Result<HttpResponse, AppError> {
    let (circle, session) = path.into_inner();
    // Only the circle's supervisor, and only a meeting of this circle.
    let view = super::circle(&page.state, &me, &circle).await?;
    if !view.leads || !view.meetings.iter().any(|m| m.session_id == session) {
        return Err(AppError::not_found());
    }
    crate::groups::sessions::mark_present(&page.state, &me, &session, form.present).await?;
    Ok(see_other(&format!(
        "/supervision/circles/{}?recorded=1",
        path_segment(&circle)
    )))
}

async fn notes_page(
    page: &Page,
    me: &CurrentUser,
    facilitator: &str,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let notes = notes::about(&page.state, me, facilitator).await?;
    let id = facilitator.to_owned();
    let name = page
        .state
        .db
        .run(move |conn| Ok(super::people(conn, vec![id])?.remove(0)))
        .await?;
    let vars = context! { notes, facilitator => name };
    match error {
        Some(error) => page.render_form_error("supervision/notes.html", vars, error),
        None => page.render("supervision/notes.html", vars),
    }
}

pub async fn notes(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    notes_page(&page, &me, &id, None).await
}

#[derive(Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    shared: Option<String>,
}

pub async fn add_note(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<NoteForm>,
) -> Result<HttpResponse, AppError> {
    match notes::add(&page.state, &me, &id, &form.body, form.shared.is_some()).await {
        Ok(_) => Ok(see_other(&format!(
            "/supervision/facilitators/{}/notes",
            path_segment(&id)
        ))),
        Err(error) => notes_page(&page, &me, &id, Some(error)).await,
    }
}

/// A facilitator's own supervision: circles and meetings, the lapse date, shared notes.
pub async fn mine(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let own = super::own(&page.state, &me).await?;
    let notes = notes::about(&page.state, &me, &me.user_id).await?;
    let warn_days = lapse::WARN_DAYS;
    page.render(
        "supervision/my_supervision.html",
        context! { own, notes, warn_days },
    )
}

/// A facilitator's home card: the next supervision meeting, and a warning before the lapse
/// (urgent once rights are about to lapse or have lapsed).
pub async fn home_card(
    state: crate::state::AppState,
    me: std::sync::Arc<crate::auth::SignedIn>,
) -> Result<Option<crate::home::Card>, AppError> {
    if !me.can(crate::auth::policy::Permission::ReportSessions) {
        return Ok(None);
    }
    let own = super::own(&state, &me).await?;
    let next = own
        .circles
        .iter()
        .flat_map(|c| c.meetings.iter().filter(|m| !m.past))
        .min_by_key(|m| m.starts_at)
        .cloned();
    let urgent = own.warning || own.lapsed;
    if next.is_none() && !urgent {
        return Ok(None);
    }
    Ok(Some(
        crate::home::Card::new("supervision/_home_meetings.html", context! { own, next })
            .urgent(urgent),
    ))
}
