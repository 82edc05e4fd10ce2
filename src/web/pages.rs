//! Pages for every visitor: the home page.

use actix_web::HttpResponse;
use minijinja::context;

use super::Page;
use crate::error::AppError;

pub async fn home(page: Page) -> Result<HttpResponse, AppError> {
    page.render("home.html", context! {})
}
