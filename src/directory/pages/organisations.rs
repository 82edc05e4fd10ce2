//! Staff's pages of organisations: the list (searched, paged) with a form to add one, and an
//! organisation's page: its details and the partner accounts linked to it.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use crate::auth::CurrentUser;
use crate::directory::editing::organisations::{self, OrganisationForm, STATUSES};
use crate::directory::partners;
use crate::error::AppError;
use crate::paging::{PageNumber, PageRequest};
use crate::web::{HtmlForm, Page, path_segment, see_other};

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Search {
    q: Option<String>,
}

async fn render_list(
    page: &Page,
    q: Option<String>,
    paging: PageRequest,
    form: OrganisationForm,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let found = organisations::page(&page.state, q.clone(), paging).await?;
    let pager = found.pager("/staff/directory/organisations", &[("q", q.clone())]);
    let vars = context! {
        organisations => found.items, total => found.total, pager, q, form, statuses => STATUSES,
    };
    match error {
        Some(error) => page.render_form_error("directory/organisations.html", vars, error),
        None => page.render("directory/organisations.html", vars),
    }
}

pub async fn list(
    page: Page,
    search: web::Query<Search>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let form = OrganisationForm {
        status: "active".to_owned(),
        ..OrganisationForm::default()
    };
    let paging = number.into_inner().into();
    render_list(&page, search.into_inner().q, paging, form, None).await
}

pub async fn create(
    page: Page,
    HtmlForm(form): HtmlForm<OrganisationForm>,
) -> Result<HttpResponse, AppError> {
    match organisations::create(&page.state, form.clone()).await {
        Ok(id) => Ok(see_other(&format!(
            "/staff/directory/organisations/{}?saved=1",
            path_segment(&id)
        ))),
        Err(error) => render_list(&page, None, PageRequest::default(), form, Some(error)).await,
    }
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct PartnerForm {
    #[serde(default)]
    partner_email: String,
}

async fn render_one(
    page: &Page,
    id: &str,
    form: Option<OrganisationForm>,
    partner: PartnerForm,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let organisation = organisations::one(&page.state, id).await?;
    let form = form.unwrap_or_else(|| OrganisationForm::of(&organisation));
    let partners = partners::of_organisation(&page.state, id).await?;
    let query = page.request().query_string();
    let vars = context! {
        id, organisation, form, partners, partner, statuses => STATUSES,
        saved => query.contains("saved=1"), linked => query.contains("linked=1"),
        unlinked => query.contains("unlinked=1"),
    };
    match error {
        Some(error) => page.render_form_error("directory/organisation.html", vars, error),
        None => page.render("directory/organisation.html", vars),
    }
}

fn organisation_page(id: &str, notice: &str) -> HttpResponse {
    see_other(&format!(
        "/staff/directory/organisations/{}?{notice}=1",
        path_segment(id)
    ))
}

pub async fn edit(page: Page, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    render_one(&page, &id, None, PartnerForm::default(), None).await
}

pub async fn save(
    page: Page,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<OrganisationForm>,
) -> Result<HttpResponse, AppError> {
    match organisations::update(&page.state, &id, form.clone()).await {
        Ok(()) => Ok(organisation_page(&id, "saved")),
        Err(error) => render_one(&page, &id, Some(form), PartnerForm::default(), Some(error)).await,
    }
}

pub async fn link(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(partner): HtmlForm<PartnerForm>,
) -> Result<HttpResponse, AppError> {
    match partners::link(&page.state, &me, &id, &partner.partner_email).await {
        Ok(()) => Ok(organisation_page(&id, "linked")),
        Err(error) => render_one(&page, &id, None, partner, Some(error)).await,
    }
}

pub async fn unlink(
    page: Page,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, user) = path.into_inner();
    partners::unlink(&page.state, &id, &user).await?;
    Ok(organisation_page(&id, "unlinked"))
}
