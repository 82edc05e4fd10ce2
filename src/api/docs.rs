//! `GET /api/docs`: the API document, browsable. Swagger UI is vendored in
//! `web/static/vendor/swagger-ui` and started by `web/static/js/api-docs.js`, so the page
//! keeps the site's Content-Security-Policy (no inline script, nothing from elsewhere).

use actix_web::HttpResponse;
use minijinja::context;

use crate::error::AppError;
use crate::web::Page;

pub async fn page(page: Page) -> Result<HttpResponse, AppError> {
    page.render("api/docs.html", context! {})
}
