//! Staff's pages of services: the list (searched and paged), a new service, editing one,
//! and "checked today".

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};

use super::{category_choices, county_choices, language_choices, municipality_choices};
use crate::auth::CurrentUser;
use crate::directory::editing::form::{STATUSES, ServiceForm};
use crate::directory::editing::list::{self, StaffFilters};
use crate::directory::editing::{self, organisations};
use crate::directory::summaries::FAMILY_LANGUAGES;
use crate::error::AppError;
use crate::paging::PageNumber;
use crate::state::AppState;
use crate::web::{HtmlForm, Page, path_segment, see_other};

pub async fn list(
    page: Page,
    filters: web::Query<StaffFilters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let lang = page.locale.code();
    let filters = filters.into_inner();
    let found = list::page(
        &page.state,
        lang,
        filters.clone(),
        number.into_inner().into(),
    )
    .await?;
    let pager = found.pager(
        "/staff/directory",
        &[
            ("q", filters.q.clone()),
            ("status", filters.status.clone()),
            ("category", filters.category.clone()),
            ("municipality", filters.municipality.clone()),
        ],
    );
    page.render(
        "directory/staff_list.html",
        context! {
            services => found.items, total => found.total, pager, filters,
            statuses => STATUSES, family_languages => FAMILY_LANGUAGES,
            categories => category_choices(&page.state, lang).await?,
            municipalities => municipality_choices(lang),
        },
    )
}

/// Everything the service form offers, around the form's values.
async fn form_vars(page: &Page, form: &ServiceForm) -> Result<Value, AppError> {
    let lang = page.locale.code();
    let organisations = page
        .state
        .db
        .run(|conn| Ok(organisations::choices(conn)?))
        .await?;
    // Empty rows to add a location, two contacts and a week of hours.
    let rows = |n: usize, extra: usize| n + extra;
    Ok(context! {
        form => Value::from_serialize(form),
        organisations, statuses => STATUSES,
        location_rows => rows(form.location_name.len(), 1),
        contact_rows => rows(form.contact_name.len(), 2),
        hours_rows => rows(form.hours_weekday.len(), 5),
        entry_languages => crate::directory::service::ENTRY_LANGUAGES,
        categories => category_choices(&page.state, lang).await?,
        counties => county_choices(lang),
        municipalities => municipality_choices(lang),
        languages_offered => language_choices(),
        weekdays => (1..=7).map(|d| (d, page.t(&format!("weekday-{d}")))).collect::<Vec<_>>(),
    })
}

async fn render_form(
    page: &Page,
    id: Option<&str>,
    form: &ServiceForm,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let vars = form_vars(page, form).await?;
    let saved = page.request().query_string().contains("saved=1");
    let checked = page.request().query_string().contains("checked=1");
    let vars = context! { id, saved, checked, ..vars };
    match error {
        Some(error) => page.render_form_error("directory/service_form.html", vars, error),
        None => page.render("directory/service_form.html", vars),
    }
}

pub async fn new_form(page: Page) -> Result<HttpResponse, AppError> {
    let form = ServiceForm {
        status: "active".to_owned(),
        last_checked: editing::today().to_string(),
        ..ServiceForm::default()
    };
    render_form(&page, None, &form, None).await
}

pub async fn create(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<ServiceForm>,
) -> Result<HttpResponse, AppError> {
    match editing::create(&page.state, &me, form.clone()).await {
        Ok(id) => Ok(see_other(&format!(
            "/staff/directory/services/{}?saved=1",
            path_segment(&id)
        ))),
        Err(error) => render_form(&page, None, &form, Some(error)).await,
    }
}

pub async fn edit_form(page: Page, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let entry = editing::entry(&page.state, &id).await?;
    render_form(&page, Some(&id), &editing::form_of(&entry), None).await
}

pub async fn save(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
    HtmlForm(form): HtmlForm<ServiceForm>,
) -> Result<HttpResponse, AppError> {
    match editing::update(&page.state, &me, &id, form.clone()).await {
        Ok(()) => Ok(see_other(&format!(
            "/staff/directory/services/{}?saved=1",
            path_segment(&id)
        ))),
        Err(error) => render_form(&page, Some(&id), &form, Some(error)).await,
    }
}

pub async fn checked(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    editing::mark_checked(&state, &id).await?;
    Ok(see_other(&format!(
        "/staff/directory/services/{}?checked=1",
        path_segment(&id)
    )))
}
