//! A meeting's page: its agenda, who does what, notes, the actions agreed at it and the open
//! ones of earlier meetings it follows up; staff write the minutes here, owners follow their
//! own actions up.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::super::meetings;
use super::super::minutes::{
    self, NetworkActionInput, NetworkActionStatusInput, NetworkAgendaInput, NetworkNotesInput,
};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::web::{HtmlForm, Page, path_segment, see_other};

/// What was typed into the meeting's forms, shown again with their errors.
#[derive(Debug, Default, Serialize)]
struct Typed {
    agenda: Option<String>,
    notes: Option<String>,
    action: Option<NetworkActionInput>,
}

async fn meeting_page(
    page: &Page,
    me: &CurrentUser,
    path: &(String, String),
    typed: Typed,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let meeting = meetings::view(&page.state, me, &path.0, &path.1).await?;
    let statuses = super::super::domain::Status::ALL.map(|s| s.as_str());
    let vars = context! { meeting, typed, statuses };
    match error {
        Some(error) => page.render_form_error("network/meeting.html", vars, error),
        None => page.render("network/meeting.html", vars),
    }
}

fn back(path: &(String, String), anchor: &str) -> HttpResponse {
    see_other(&format!(
        "/networks/{}/meetings/{}#{anchor}",
        path_segment(&path.0),
        path_segment(&path.1)
    ))
}

pub async fn meeting(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    meeting_page(&page, &me, &path, Typed::default(), None).await
}

#[derive(Debug, Deserialize)]
pub struct AgendaForm {
    #[serde(default)]
    agenda: String,
}

/// Staff write the agenda, one item a line.
pub async fn agenda(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    HtmlForm(form): HtmlForm<AgendaForm>,
) -> Result<HttpResponse, AppError> {
    let items = form.agenda.lines().map(str::to_owned).collect();
    let input = NetworkAgendaInput { items };
    match minutes::set_agenda(&page.state, &me, &path.0, &path.1, input).await {
        Ok(()) => Ok(back(&path, "agenda-heading")),
        Err(error) => {
            let typed = Typed {
                agenda: Some(form.agenda),
                ..Typed::default()
            };
            meeting_page(&page, &me, &path, typed, Some(error)).await
        }
    }
}

pub async fn notes(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    HtmlForm(form): HtmlForm<NetworkNotesForm>,
) -> Result<HttpResponse, AppError> {
    let input = NetworkNotesInput {
        notes: form.notes.clone(),
    };
    match minutes::set_notes(&page.state, &me, &path.0, &path.1, input).await {
        Ok(()) => Ok(back(&path, "notes-heading")),
        Err(error) => {
            let typed = Typed {
                notes: Some(form.notes),
                ..Typed::default()
            };
            meeting_page(&page, &me, &path, typed, Some(error)).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct NetworkNotesForm {
    #[serde(default)]
    notes: String,
}

pub async fn add_action(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
    HtmlForm(form): HtmlForm<NetworkActionInput>,
) -> Result<HttpResponse, AppError> {
    match minutes::add_action(&page.state, &me, &path.0, &path.1, form.clone()).await {
        Ok(_) => Ok(back(&path, "actions-heading")),
        Err(error) => {
            let typed = Typed {
                action: Some(form),
                ..Typed::default()
            };
            meeting_page(&page, &me, &path, typed, Some(error)).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

pub async fn follow_up(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String, String)>,
    HtmlForm(form): HtmlForm<StatusForm>,
) -> Result<HttpResponse, AppError> {
    let (id, session, action) = path.into_inner();
    let input = NetworkActionStatusInput {
        status: form.status,
    };
    minutes::follow_up(&page.state, &me, &id, &session, &action, input).await?;
    Ok(back(&(id, session), "follow-ups-heading"))
}
