//! The JSON API of the privacy notice and the optional consents.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use super::{OptionalConsent, Purpose, SECTIONS, Standing, VERSION};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(notice, standing, accept, consent),
    components(schemas(
        NoticeText,
        Section,
        Standing,
        OptionalConsent,
        Purpose,
        Acceptance,
        Choice
    ))
)]
pub struct NoticeApi;

/// The privacy notice in force, in the reader's language.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoticeText {
    pub version: String,
    pub language: String,
    pub title: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Section {
    pub heading: String,
    pub text: String,
}

/// The privacy notice in force (`Accept-Language` or `?lang=` chooses its language)
#[utoipa::path(get, path = "/api/v1/privacy/notice", tag = "privacy",
    responses((status = 200, description = "The notice", body = NoticeText)))]
pub async fn notice(state: web::Data<AppState>, locale: Locale) -> Result<HttpResponse, AppError> {
    let lang = locale.code();
    let t = |id: String| state.i18n.translate(lang, &id, None);
    let sections = SECTIONS
        .iter()
        .map(|name| Section {
            heading: t(format!("privacy-notice-{name}-heading")),
            text: t(format!("privacy-notice-{name}-text")),
        })
        .collect();
    Ok(HttpResponse::Ok().json(NoticeText {
        version: VERSION.to_owned(),
        language: lang.to_owned(),
        title: t("privacy-notice-title".to_owned()),
        sections,
    }))
}

/// Which notice I accepted, and my optional consents
#[utoipa::path(get, path = "/api/v1/me/consents", tag = "privacy",
    responses((status = 200, description = "Where I stand", body = Standing)))]
pub async fn standing(
    state: web::Data<AppState>,
    me: CurrentUser,
    locale: Locale,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::standing(&state, &me, locale.code()).await?))
}

/// The version of the notice the person read.
#[derive(Debug, Deserialize, ToSchema)]
pub struct Acceptance {
    #[schema(max_length = 40)]
    pub version: String,
}

/// Accept the privacy notice in force, after reading it
#[utoipa::path(post, path = "/api/v1/me/privacy-notice", tag = "privacy", request_body = Acceptance,
    responses(
        (status = 204, description = "Accepted"),
        (status = 409, description = "That is not the version in force: read it again", body = Problem),
    ))]
pub async fn accept(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<Acceptance>,
) -> Result<HttpResponse, AppError> {
    super::accept(&state, &me, &body.version).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Give or withdraw a consent.
#[derive(Debug, Deserialize, ToSchema)]
pub struct Choice {
    pub given: bool,
}

/// Give or withdraw one optional consent; the answer is where I stand afterwards
#[utoipa::path(put, path = "/api/v1/me/consents/{purpose}", tag = "privacy", request_body = Choice,
    params(("purpose" = Purpose, Path, description = "What the consent is for")),
    responses(
        (status = 200, description = "Saved", body = Standing),
        (status = 404, description = "No such consent", body = Problem),
    ))]
pub async fn consent(
    state: web::Data<AppState>,
    me: CurrentUser,
    locale: Locale,
    purpose: web::Path<String>,
    body: Json<Choice>,
) -> Result<HttpResponse, AppError> {
    let purpose = Purpose::parse(&purpose).ok_or_else(AppError::not_found)?;
    super::set_consent(&state, &me, purpose, body.given).await?;
    Ok(HttpResponse::Ok().json(super::standing(&state, &me, locale.code()).await?))
}
