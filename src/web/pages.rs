//! Pages for every visitor: the home page and the language switcher.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use minijinja::context;
use serde::Deserialize;

use super::{Page, safe_local_path};
use crate::error::AppError;
use crate::i18n::{LANG_COOKIE, language};
use crate::state::AppState;

pub async fn home(page: Page) -> Result<HttpResponse, AppError> {
    page.render("home.html", context! {})
}

#[derive(Deserialize)]
pub struct SwitchQuery {
    next: Option<String>,
}

/// Remembers the chosen language for a year and goes back to where the person was.
pub async fn switch_language(
    state: web::Data<AppState>,
    code: web::Path<String>,
    query: web::Query<SwitchQuery>,
) -> Result<HttpResponse, AppError> {
    let chosen = language(&code).ok_or_else(AppError::not_found)?;
    let cookie = Cookie::build(LANG_COOKIE, chosen.code)
        .path("/")
        .max_age(CookieDuration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.config.is_https())
        .finish();
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, safe_local_path(query.next.as_deref())))
        .cookie(cookie)
        .finish())
}
