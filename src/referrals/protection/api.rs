//! The JSON API of child protection: where to make a notification, recording one, and the
//! records for supervisors and administrators.

use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::service::{self, NewNotice, NoticeView};
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::directory::service::Contact;
use crate::error::AppError;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(contacts, record, notices),
    components(schemas(Contact)),
    tags((name = "child-protection", description = "Child welfare notifications: where to make them and the record that one was made")),
)]
pub struct ProtectionApi;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MunicipalityQuery {
    /// A municipality's three-digit code.
    #[param(max_length = 3)]
    pub municipality: Option<String>,
}

/// The child welfare contacts of a municipality, from the directory (in an emergency: 112)
#[utoipa::path(get, path = "/api/v1/child-protection/contacts", tag = "child-protection",
    params(MunicipalityQuery),
    responses((status = 200, description = "Contacts of services taking child welfare notifications", body = Vec<Contact>)))]
pub async fn contacts(
    state: web::Data<AppState>,
    query: web::Query<MunicipalityQuery>,
) -> Result<HttpResponse, AppError> {
    let code = query.into_inner().municipality.unwrap_or_default();
    Ok(HttpResponse::Ok().json(service::contacts(&state, code).await?))
}

/// That a child welfare notification was made (it needs no consent of the family)
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewNoticeBody {
    /// The municipality's three-digit code.
    #[schema(max_length = 3)]
    pub municipality: String,
    /// To whom it was made (the service or person).
    #[schema(max_length = 200)]
    pub recipient: String,
    /// When it was made (within the last year).
    pub made_at: DateTime<Utc>,
    /// A group the recorder leads and one of its members, when the notification concerns them.
    #[serde(default)]
    pub group_id: Option<String>,
    #[serde(default)]
    pub member_id: Option<String>,
    /// A family adult's address (staff only).
    #[serde(default)]
    #[schema(max_length = 254)]
    pub adult_email: Option<String>,
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: String,
}

/// Record that a child welfare notification was made
#[utoipa::path(post, path = "/api/v1/child-protection/notices", tag = "child-protection",
    request_body = NewNoticeBody,
    responses(
        (status = 201, description = "Recorded", body = Created),
        (status = 422, description = "A field is missing or wrong", body = Problem),
    ))]
pub async fn record(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Json<NewNoticeBody>,
) -> Result<HttpResponse, AppError> {
    let b = body.into_inner();
    let input = NewNotice {
        municipality: b.municipality,
        recipient: b.recipient,
        made_at: Some(b.made_at.naive_utc()),
        member: b.group_id.zip(b.member_id),
        adult_email: b.adult_email,
        note: b.note,
    };
    let id = service::record(&state, &me, input).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// The records of child welfare notifications, newest first (supervisors and administrators;
/// each record about a family is logged as read)
#[utoipa::path(get, path = "/api/v1/child-protection/notices", tag = "child-protection",
    params(MunicipalityQuery, PageRequest),
    responses((status = 200, description = "A page of records", body = Page<NoticeView>)))]
pub async fn notices(
    state: web::Data<AppState>,
    me: CurrentUser,
    query: web::Query<MunicipalityQuery>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let municipality = query.into_inner().municipality;
    let page = service::page(&state, &me, municipality, paging.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}
