//! The privacy pages: a family's "who has seen my data" with what Silta keeps and why, and the
//! staff's data-retention page.

use actix_web::{HttpResponse, web};
use minijinja::context;

use super::{export, retention, seen};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::paging::PageNumber;
use crate::web::Page;

pub async fn privacy(
    page: Page,
    me: CurrentUser,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let found = seen::page(&page.state, &me, number.into_inner().into()).await?;
    let pager = found.pager("/privacy", &[]);
    let kinds = retention::kinds(&page.state, page.locale.code());
    let exports = export::mine(&page.state, &me).await?;
    let asked = page.request().query_string().contains("export=asked");
    let erasure = super::erasure::mine(&page.state, &me).await?;
    let standing = super::notice::standing(&page.state, &me, page.locale.code()).await?;
    let consent_saved = page.request().query_string().contains("consent=saved");
    page.render(
        "privacy/page.html",
        context! {
            readings => found.items, total => found.total, pager, kinds,
            in_family => me.family_id.is_some(), exports, asked, erasure, standing,
            consent_saved,
        },
    )
}

pub async fn data_retention(page: Page) -> Result<HttpResponse, AppError> {
    let kinds = retention::kinds(&page.state, page.locale.code());
    page.render("privacy/retention.html", context! { kinds })
}
