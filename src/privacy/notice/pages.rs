//! The privacy notice page (anyone can read it; a signed-in person whose acceptance is due
//! confirms it there and goes on where they were going) and the consents' form on the
//! privacy page.

use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::Deserialize;

use super::{Purpose, SECTIONS, VERSION};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::web::{HtmlForm, Page, safe_local_path, see_other};

#[derive(Deserialize)]
pub struct Next {
    #[serde(default)]
    next: Option<String>,
}

pub async fn show(page: Page, query: web::Query<Next>) -> Result<HttpResponse, AppError> {
    let standing = match page.principal.user() {
        Some(me) => Some(super::standing(&page.state, me, page.locale.code()).await?),
        None => None,
    };
    page.render(
        "privacy/notice.html",
        context! {
            sections => SECTIONS, version => VERSION, standing,
            next => safe_local_path(query.next.as_deref()),
        },
    )
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    next: Option<String>,
}

pub async fn accept(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<AcceptForm>,
) -> Result<HttpResponse, AppError> {
    let next = safe_local_path(form.next.as_deref()).to_owned();
    match super::accept(&page.state, &me, &form.version).await {
        Ok(()) => Ok(see_other(&next)),
        Err(error) => {
            let standing = super::standing(&page.state, &me, page.locale.code()).await?;
            page.render_form_error(
                "privacy/notice.html",
                context! { sections => SECTIONS, version => VERSION, standing, next },
                error,
            )
        }
    }
}

#[derive(Deserialize)]
pub struct ConsentForm {
    #[serde(default)]
    purpose: String,
    /// `give` or `withdraw`.
    #[serde(default)]
    choice: String,
}

pub async fn consent(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<ConsentForm>,
) -> Result<HttpResponse, AppError> {
    let purpose = Purpose::parse(&form.purpose)
        .ok_or_else(|| AppError::bad_request("privacy-consent-unknown"))?;
    let given = match form.choice.as_str() {
        "give" => true,
        "withdraw" => false,
        _ => return Err(AppError::bad_request("privacy-consent-unknown")),
    };
    super::set_consent(&page.state, &me, purpose, given).await?;
    Ok(see_other("/privacy?consent=saved#consents"))
}
