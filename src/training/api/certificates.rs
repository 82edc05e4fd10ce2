//! Certificates through the API: sign-off, one's own training, renewal, revocation and the
//! public verification.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::training::certificates::{self, CertificateView, Verification};
use crate::training::cohorts::{self, MyTraining};
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(Serialize, ToSchema)]
pub struct Issued {
    /// The verification code, for `/verify/{code}`.
    pub code: String,
}

/// Sign a candidate off: the certificate is issued when everything required is done
#[utoipa::path(post, path = "/api/v1/training/cohorts/{id}/candidates/{user_id}/sign-off", tag = "training",
    params(("id" = String, Path, description = "The cohort's id"), ("user_id" = String, Path, description = "The candidate")),
    responses(
        (status = 201, description = "Certificate issued", body = Issued),
        (status = 409, description = "Modules or the practice are missing, or already signed off", body = Problem),
    ))]
pub async fn sign_off(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (cohort, user) = path.into_inner();
    let code = certificates::sign_off(&state, &me.user_id, &cohort, &user).await?;
    Ok(HttpResponse::Created().json(Issued { code }))
}

/// One's own applications, progress and certificates
#[utoipa::path(get, path = "/api/v1/me/training", tag = "training",
    responses((status = 200, description = "The person's training", body = MyTraining)))]
pub async fn mine(
    state: web::Data<AppState>,
    me: CurrentUser,
    locale: Locale,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(cohorts::mine(&state, &me, locale.code()).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct RenewBody {
    course_id: String,
}

/// Renew one's certificate after the refresher module
#[utoipa::path(post, path = "/api/v1/me/certificates/renew", tag = "training", request_body = RenewBody,
    responses(
        (status = 201, description = "Renewed: a new certificate", body = Issued),
        (status = 404, description = "No certificate to renew", body = Problem),
        (status = 409, description = "The refresher is not done", body = Problem),
    ))]
pub async fn renew(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<RenewBody>,
) -> Result<HttpResponse, AppError> {
    let code = certificates::renew(&state, &me.user_id, &body.course_id).await?;
    Ok(HttpResponse::Created().json(Issued { code }))
}

/// Revoke a certificate: the rights it gave lapse at once
#[utoipa::path(post, path = "/api/v1/training/certificates/{id}/revoke", tag = "training",
    params(("id" = String, Path, description = "The certificate's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 409, description = "Already revoked", body = Problem),
    ))]
pub async fn revoke(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    certificates::revoke(&state, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Verify a certificate by its code (no sign-in; rate-limited)
#[utoipa::path(get, path = "/api/v1/verify/{code}", tag = "training",
    params(("code" = String, Path, description = "The verification code")),
    responses(
        (status = 200, description = "The certificate", body = Verification),
        (status = 429, description = "Too many checks from this address", body = Problem),
    ))]
pub async fn verify(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let client = client(&req, &state);
    Ok(HttpResponse::Ok().json(certificates::verify(&state, &code, client).await?))
}

pub fn client(req: &HttpRequest, state: &AppState) -> String {
    crate::web::client::client_address(req, &state.config.trusted_proxies)
        .map(|a| a.to_string())
        .unwrap_or_default()
}

/// A person's certificates, newest first (the history, "recognised prior training" included)
#[utoipa::path(get, path = "/api/v1/training/people/{user_id}/certificates", tag = "training",
    params(("user_id" = String, Path, description = "The person")),
    responses((status = 200, description = "Certificates", body = Vec<CertificateView>)))]
pub async fn of_person(
    state: web::Data<AppState>,
    user_id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = user_id.into_inner();
    let views = state
        .db
        .run(move |conn| certificates::views_of(conn, &user))
        .await?;
    Ok(HttpResponse::Ok().json(views))
}
