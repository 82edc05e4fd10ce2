//! The pages of erasure: "erase my account" with what goes and what the law keeps (asking to
//! sign in again first), cancelling within the grace period, and the staff page where phone
//! requests are recorded and approved.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::Deserialize;

use super::{FRESH_SIGN_IN, staff};
use crate::accounts::service as accounts;
use crate::auth::CurrentUser;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::error::{AppError, FieldError};
use crate::web::{HtmlForm, Page, see_other};

const PAGE: &str = "privacy/erase.html";
const STAFF_PAGE: &str = "privacy/erasure_requests.html";

/// Whether `me` signed in recently enough to ask for an erasure.
async fn fresh(page: &Page, me: &CurrentUser) -> Result<bool, AppError> {
    let session = me.session_id.clone();
    let started = page
        .state
        .db
        .run(move |conn| accounts::session_started(conn, &session))
        .await?;
    Ok(started.is_some_and(|at| at >= now() - FRESH_SIGN_IN))
}

async fn render(
    page: &Page,
    me: &CurrentUser,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let vars = context! {
        erasure => super::mine(&page.state, me).await?,
        fresh => fresh(page, me).await?,
        in_family => me.family_id.is_some(),
        cancelled => page.request().query_string().contains("cancelled"),
    };
    match error {
        Some(error) => page.render_form_error(PAGE, vars, error),
        None => page.render(PAGE, vars),
    }
}

pub async fn show(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    render(&page, &me, None).await
}

#[derive(Deserialize)]
pub struct EraseForm {
    understood: Option<String>,
}

pub async fn request(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<EraseForm>,
) -> Result<HttpResponse, AppError> {
    if form.understood.is_none() {
        let error = FieldError::new("understood", "erasure-understood-needed", vec![]);
        return render(&page, &me, Some(AppError::invalid(vec![error]))).await;
    }
    super::request(&page.state, &me).await?;
    Ok(see_other("/privacy/erase"))
}

pub async fn cancel(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    super::cancel(&page.state, &me).await?;
    Ok(see_other("/privacy/erase?cancelled"))
}

#[derive(Deserialize, Default, serde::Serialize)]
pub struct PhoneForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    note: String,
}

async fn render_staff(
    page: &Page,
    me: &CurrentUser,
    form: PhoneForm,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let waiting = if me.can(Permission::ManageAccounts) {
        staff::waiting(&page.state, me).await?
    } else {
        Vec::new()
    };
    let recorded = page.request().query_string().contains("recorded");
    let vars = context! { waiting, form, recorded, note_max => staff::NOTE_MAX };
    match error {
        Some(error) => page.render_form_error(STAFF_PAGE, vars, error),
        None => page.render(STAFF_PAGE, vars),
    }
}

pub async fn requests(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    render_staff(&page, &me, PhoneForm::default(), None).await
}

pub async fn record(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<PhoneForm>,
) -> Result<HttpResponse, AppError> {
    match staff::record(&page.state, &me, &form.email, &form.note).await {
        Ok(_) => Ok(see_other("/staff/erasure-requests?recorded")),
        Err(error) => render_staff(&page, &me, form, Some(error)).await,
    }
}

pub async fn approve(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    staff::decide(&page.state, &me, &id, true).await?;
    Ok(see_other("/staff/erasure-requests"))
}

pub async fn refuse(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    staff::decide(&page.state, &me, &id, false).await?;
    Ok(see_other("/staff/erasure-requests"))
}
