//! The page side of the copy of one's data: the button on the privacy page and the download.

use actix_web::{HttpResponse, web};

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::web::{Page, see_other};

/// "Make a copy of my data": back to the privacy page, where the request is listed.
pub async fn request(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    super::request(&page.state, &me).await?;
    Ok(see_other("/privacy?export=asked#export"))
}

pub async fn download(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let file = super::download(&page.state, &me, &id).await?;
    Ok(super::api::zip_response(file))
}
