//! One's own account through the API: who I am, my settings, where I am signed in.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::accounts::profile;
use crate::accounts::signin;
use crate::auth::CurrentUser;
use crate::auth::access::CsrfToken;
use crate::auth::policy::{Role, SecondFactor};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::json::Json;

/// The signed-in person.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    id: String,
    #[schema(format = Email)]
    email: String,
    display_name: String,
    /// The language Silta speaks to the person.
    language: String,
    roles: Vec<Role>,
    second_factor: SecondFactor,
    /// Cookie clients send it back as `X-CSRF-Token` on every change.
    csrf_token: String,
}

/// The signed-in person, roles, language and CSRF token
#[utoipa::path(get, path = "/api/v1/me", tag = "me",
    responses((status = 200, description = "The person", body = Me)))]
pub async fn me(me: CurrentUser, csrf: web::ReqData<CsrfToken>) -> HttpResponse {
    HttpResponse::Ok().json(Me {
        id: me.user_id.clone(),
        email: me.email.clone(),
        display_name: me.display_name.clone(),
        language: me.language.code.to_owned(),
        roles: me.roles.clone(),
        second_factor: me.second_factor,
        csrf_token: csrf.0.clone(),
    })
}

/// The person's settings.
#[derive(Deserialize, ToSchema)]
pub struct ProfileBody {
    #[schema(schema_with = super::display_name)]
    display_name: String,
    #[schema(schema_with = crate::api::schema::language_code)]
    ui_language: String,
    #[serde(default = "yes")]
    notify_by_email: bool,
    #[serde(default = "yes")]
    notify_new_sign_in: bool,
    /// How many hours before a session the reminder comes (one of the offered choices).
    #[serde(default = "crate::groups::reminders::default_hours")]
    #[schema(schema_with = reminder_hours)]
    reminder_hours: i32,
}

/// The reminder choices the account page offers (0: no reminder).
fn reminder_hours() -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::Integer)
        .enum_values(Some(
            crate::groups::reminders::REMINDER_CHOICES.iter().copied(),
        ))
        .build()
}

fn yes() -> bool {
    true
}

/// Change display name, language and notification preferences
#[utoipa::path(patch, path = "/api/v1/me", tag = "me", request_body = ProfileBody,
    responses((status = 204, description = "Changed")))]
pub async fn update_me(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<ProfileBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let input = profile::ProfileInput {
        display_name: body.display_name,
        ui_language: body.ui_language,
        notify_by_email: body.notify_by_email,
        notify_new_sign_in: body.notify_new_sign_in,
        reminder_hours: body.reminder_hours,
        municipality: None,
    };
    profile::update_profile(&state, &me, input).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A place where the person is signed in.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionInfo {
    id: String,
    /// Browser and system, as the device told.
    device: String,
    created_at: chrono::DateTime<chrono::Utc>,
    last_seen_at: chrono::DateTime<chrono::Utc>,
    /// This is the session asking.
    current: bool,
}

/// Where the person is signed in
#[utoipa::path(get, path = "/api/v1/me/sessions", tag = "me",
    responses((status = 200, description = "The live sessions", body = Vec<SessionInfo>)))]
pub async fn list_sessions(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let sessions: Vec<_> = profile::sessions(&state, &me)
        .await?
        .into_iter()
        .map(|s| SessionInfo {
            current: s.id == me.session_id,
            id: s.id,
            device: s.device,
            created_at: s.created_at.and_utc(),
            last_seen_at: s.last_seen_at.and_utc(),
        })
        .collect();
    Ok(HttpResponse::Ok().json(sessions))
}

/// End one of the person's sessions
#[utoipa::path(delete, path = "/api/v1/me/sessions/{id}", tag = "me",
    params(("id" = String, Path, description = "The session's id")),
    responses((status = 204, description = "Ended")))]
pub async fn revoke_session(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    profile::revoke_session(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// End every session of the person
#[utoipa::path(post, path = "/api/v1/me/sessions/revoke-all", tag = "me",
    responses((status = 204, description = "Every session ended, this one too")))]
pub async fn revoke_all_sessions(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    signin::sign_out(&state, &me.user_id, &me.session_id, true).await?;
    Ok(HttpResponse::NoContent().finish())
}
