//! The pages of partner networks: the list (searched and paged) with the form for a new one,
//! and a network's page with who does what, invitations and its meetings. A meeting's page is
//! in `meeting`.

pub mod meeting;

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::meetings::{self, NetworkMeetingInput};
use super::networks::{self, NetworkInput};
use super::participants::{self, NetworkParticipantInput};
use crate::auth::CurrentUser;
use crate::auth::policy::Permission;
use crate::error::AppError;
use crate::paging::PageRequest;
use crate::web::{HtmlForm, Page, path_segment, see_other};

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    q: Option<String>,
    page: Option<String>,
}

/// A choice of area for the form: `county:90` or `municipality:091`, named in `lang`.
#[derive(Serialize)]
struct AreaChoice {
    value: String,
    name: String,
}

fn area_choices(lang: &str) -> (Vec<AreaChoice>, Vec<AreaChoice>) {
    let mut counties: Vec<AreaChoice> = crate::regions::counties()
        .iter()
        .map(|c| AreaChoice {
            value: format!("county:{}", c.code),
            name: c.name(lang).to_owned(),
        })
        .collect();
    counties.sort_by(|a, b| a.name.cmp(&b.name));
    let municipalities = crate::regions::municipality_choices(lang)
        .into_iter()
        .map(|m| AreaChoice {
            value: format!("municipality:{}", m.code),
            name: m.name,
        })
        .collect();
    (counties, municipalities)
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct NetworkForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    area: String,
}

async fn list_page(
    page: &Page,
    me: &CurrentUser,
    query: ListQuery,
    form: Option<NetworkForm>,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let q = query.q.clone();
    let found = networks::page(
        &page.state,
        me,
        q.clone(),
        PageRequest::numbered(query.page),
    )
    .await?;
    let pager = found.pager("/networks", &[("q", q.clone())]);
    let (counties, municipalities) = area_choices(page.locale.code());
    let manages = me.can(Permission::ManageNetwork);
    let vars = context! { found, pager, q, counties, municipalities, form, manages };
    match error {
        Some(error) => page.render_form_error("network/list.html", vars, error),
        None => page.render("network/list.html", vars),
    }
}

pub async fn list(
    page: Page,
    me: CurrentUser,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    list_page(&page, &me, query.into_inner(), None, None).await
}

pub async fn create(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<NetworkForm>,
) -> Result<HttpResponse, AppError> {
    let (kind, code) = form.area.split_once(':').unwrap_or_default();
    let input = NetworkInput {
        name: form.name.clone(),
        area_kind: kind.to_owned(),
        area_code: code.to_owned(),
    };
    match networks::create(&page.state, &me, input).await {
        Ok(id) => Ok(see_other(&format!("/networks/{}", path_segment(&id)))),
        Err(error) => list_page(&page, &me, ListQuery::default(), Some(form), Some(error)).await,
    }
}

async fn network_page(
    page: &Page,
    me: &CurrentUser,
    id: &str,
    invite: Option<NetworkParticipantInput>,
    meeting: Option<NetworkMeetingInput>,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let network = networks::view(&page.state, me, id).await?;
    let kinds = super::domain::Kind::ALL.map(|k| k.as_str());
    let vars = context! { network, kinds, invite, meeting };
    match error {
        Some(error) => page.render_form_error("network/network.html", vars, error),
        None => page.render("network/network.html", vars),
    }
}

pub async fn network(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    network_page(&page, &me, &id, None, None, None).await
}

pub async fn invite(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<NetworkParticipantInput>,
) -> Result<HttpResponse, AppError> {
    match participants::invite(&page.state, &me, &id, form.clone()).await {
        Ok(()) => Ok(see_other(&format!(
            "/networks/{}?invited=1",
            path_segment(&id)
        ))),
        Err(error) => network_page(&page, &me, &id, Some(form), None, Some(error)).await,
    }
}

pub async fn remove(
    page: Page,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, user) = path.into_inner();
    participants::remove(&page.state, &me, &id, &user).await?;
    Ok(see_other(&format!("/networks/{}", path_segment(&id))))
}

#[derive(Debug, Default, Deserialize)]
pub struct MeetingForm {
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
    HtmlForm(form): HtmlForm<MeetingForm>,
) -> Result<HttpResponse, AppError> {
    let input = NetworkMeetingInput {
        date: form.date.clone(),
        start_time: form.start_time.clone(),
        duration_minutes: form.duration_minutes.trim().parse().unwrap_or(0),
    };
    match meetings::schedule(&page.state, &me, &id, input.clone()).await {
        Ok(session) => Ok(see_other(&format!(
            "/networks/{}/meetings/{}",
            path_segment(&id),
            path_segment(&session)
        ))),
        Err(error) => network_page(&page, &me, &id, None, Some(input), Some(error)).await,
    }
}
