//! The language switcher, for everyone: a cookie, and for a signed-in person their profile.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::accounts::profile;
use crate::auth::Principal;
use crate::error::AppError;
use crate::i18n::{LANG_COOKIE, language};
use crate::state::AppState;
use crate::web::safe_local_path;

#[derive(Deserialize)]
pub struct SwitchQuery {
    next: Option<String>,
}

/// Remembers the choice in a cookie and, for a signed-in person, in their profile (which
/// outranks the cookie).
pub async fn switch_language(
    state: web::Data<AppState>,
    principal: Principal,
    code: web::Path<String>,
    query: web::Query<SwitchQuery>,
) -> Result<HttpResponse, AppError> {
    let chosen = language(&code).ok_or_else(AppError::not_found)?;
    if let Some(user) = principal.user() {
        profile::set_language(&state, &user.user_id, chosen.code).await?;
    }
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
