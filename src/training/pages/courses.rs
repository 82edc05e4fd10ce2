//! Course authoring: the list of courses with their versions, a new course, a course's page
//! with its draft modules in order, and publishing the draft as the next version.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::{Deserialize, Serialize};

use super::render_refused;
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldError};
use crate::training::domain::DEFAULT_EXPIRY_DAYS;
use crate::training::{catalogue, courses};
use crate::web::{HtmlForm, Page, path_segment, see_other};

#[derive(Deserialize, Serialize, Default)]
pub struct CourseForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    expiry_days: String,
}

async fn render_list(
    page: &Page,
    form: CourseForm,
    error: Option<AppError>,
) -> Result<HttpResponse, AppError> {
    let courses = catalogue::courses(&page.state).await?;
    let vars = context! { courses, form };
    match error {
        None => page.render("training/staff/courses.html", vars),
        Some(error) => page.render_form_error("training/staff/courses.html", vars, error),
    }
}

pub async fn list(page: Page) -> Result<HttpResponse, AppError> {
    let form = CourseForm {
        expiry_days: DEFAULT_EXPIRY_DAYS.to_string(),
        ..CourseForm::default()
    };
    render_list(&page, form, None).await
}

/// A whole number typed into a form; a field error naming `field` otherwise.
pub(super) fn number<T: std::str::FromStr>(
    field: &'static str,
    value: &str,
    message: &'static str,
) -> Result<T, AppError> {
    value
        .trim()
        .parse()
        .map_err(|_| AppError::invalid(vec![FieldError::new(field, message, vec![])]))
}

pub async fn create(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<CourseForm>,
) -> Result<HttpResponse, AppError> {
    let created = match number("expiry_days", &form.expiry_days, "training-expiry-invalid") {
        Ok(days) => courses::create_course(&page.state, &me, &form.title, Some(days)).await,
        Err(error) => Err(error),
    };
    match created {
        Ok(id) => Ok(see_other(&format!(
            "/staff/training/courses/{}?created=1",
            path_segment(&id)
        ))),
        Err(error) => render_list(&page, form, Some(error)).await,
    }
}

const COURSE: &str = "training/staff/course.html";

pub async fn course(page: Page, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    let course = catalogue::course(&page.state, &id, page.locale.code()).await?;
    page.render(COURSE, context! { course })
}

pub async fn publish(page: Page, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    match courses::publish(&page.state, &id).await {
        Ok(version) => Ok(see_other(&format!(
            "/staff/training/courses/{}?published={version}",
            path_segment(&id)
        ))),
        Err(error) => {
            let course = catalogue::course(&page.state, &id, page.locale.code()).await?;
            render_refused(&page, COURSE, context! { course }, error)
        }
    }
}
