//! The JSON API of chat: the room's websocket, stored messages, retention, the moderation
//! log, reports and crisis contacts.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::access::{Part, Window, authorise};
use super::help::{CrisisContact, NewContact};
use super::model::ModerationEntry;
use super::moderation_log::ModerationFilters;
use super::protocol::MessageOut;
use super::reports::{ReportFilters, ReportView};
use super::{ChatState, connection, help, model, reports, retention};
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::paging::{Page, PageRequest};
use crate::state::AppState;
use crate::web::client::{client_address, is_own_origin};
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(
        open, history, set_retention, moderation_log, report_queue, handle_report,
        crisis_contacts, add_crisis_contact, delete_crisis_contact,
    ),
    tags((name = "chat", description = "Session chat rooms, reports and crisis contacts")),
)]
pub struct ChatApi;

/// Websocket of the session's chat room (protocol: src/chat/PROTOCOL.md)
///
/// The upgrade to the room's websocket. Browsers must come from Silta's own origin; the room
/// opens a while before the session starts and closes when it ends.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/chat", tag = "chat",
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 101, description = "Switched to the websocket protocol"),
        (status = 400, description = "Not a websocket upgrade", body = Problem),
        (status = 429, description = "Too many connections from this person or address", body = Problem),
    ))]
pub async fn open(
    req: HttpRequest,
    body: web::Payload,
    state: web::Data<ChatState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    if let Some(origin) = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        && !is_own_origin(&req, &state.config, origin)
    {
        return Err(AppError::forbidden()
            .with_message("error-csrf", vec![])
            .with_cause(format!("websocket origin {origin}")));
    }
    let access = authorise(&state, &me, &id).await?;
    let window = access.window(state.config.room_opens_before, crate::clock::now());
    if window != Window::Open {
        return Err(AppError::forbidden().with_message(
            if window == Window::NotYet {
                "chat-room-not-open-yet"
            } else {
                "chat-room-over"
            },
            vec![],
        ));
    }
    let address = client_address(&req, &state.config.trusted_proxies)
        .map(|a| a.to_string())
        .unwrap_or_default();
    let admission = state.hub.admit(&me.user_id, &address).ok_or_else(|| {
        AppError::new(crate::error::ErrorKind::TooManyRequests)
            .with_message("chat-error-too-many-connections", vec![])
    })?;
    let (response, session, stream) = actix_ws::handle(&req, body)
        .map_err(|e| AppError::bad_request("chat-error-bad-frame").with_cause(e.to_string()))?;
    let connection = connection::Connection {
        id: uuid::Uuid::new_v4().to_string(),
        state: state.clone(),
        user: connection::Participant::from(me.0.as_ref()),
        room: id.into_inner(),
        admission,
        moderator: access.part == Part::Moderator,
        guest: access.part == Part::Guest,
        open_until: access.open_until(state.config.room_opens_before),
        people: access.people,
        attends: (
            access.starts_at - state.config.room_opens_before,
            access.ends_at,
        ),
    };
    actix_web::rt::spawn(connection.run(session, stream));
    Ok(response)
}

/// Where to continue.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HistoryQuery {
    /// The last sequence number the client has; 0 for the start.
    #[serde(default)]
    #[param(minimum = 0)]
    after: i64,
}

/// Stored chat messages after `after`, in order
///
/// For clients that were told to reload: at most 1,000 messages.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/messages", tag = "chat", params(
        ("id" = String, Path, description = "The session's id"),
        HistoryQuery,
    ),
    responses((status = 200, description = "The messages", body = Vec<MessageOut>)))]
pub async fn history(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    query: web::Query<HistoryQuery>,
) -> Result<HttpResponse, AppError> {
    authorise(&state, &me, &id).await?;
    let (room, after) = (id.into_inner(), query.after);
    let messages = state
        .db
        .run(move |conn| Ok(model::since(conn, &room, after, 1_000)?))
        .await?;
    Ok(HttpResponse::Ok().json(messages))
}

/// How long the messages are kept.
#[derive(Deserialize, ToSchema)]
pub struct RetentionBody {
    #[schema(minimum = 1, maximum = 365)]
    days: i32,
}

/// Set how many days the group's chat messages are kept
#[utoipa::path(post, path = "/api/v1/groups/{id}/chat-retention", tag = "chat", request_body = RetentionBody,
    params(("id" = String, Path, description = "The group's id")),
    responses((status = 204, description = "Set")))]
pub async fn set_retention(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: Json<RetentionBody>,
) -> Result<HttpResponse, AppError> {
    retention::set_days(&state, &id, body.days).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The moderation log of a session (staff)
///
/// What facilitators and staff did in a room, of one kind of action: a page of `limit`
/// (1–100, default 20) from `cursor`, newest first, with `next_cursor` and `total`.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/moderation", tag = "chat",
    params(("id" = String, Path, description = "The session's id"), ModerationFilters, PageRequest),
    responses((status = 200, description = "A page of the log", body = Page<ModerationEntry>)))]
pub async fn moderation_log(
    state: web::Data<AppState>,
    id: web::Path<String>,
    filters: web::Query<ModerationFilters>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let (filters, paging) = (filters.into_inner(), paging.into_inner());
    let page = super::moderation_log::page(&state, &id, filters, paging).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reported messages to review, filtered and paged (staff: all; facilitators: their groups')
///
/// Staff see every report, with the reporter; facilitators see their own groups' reports.
/// Open or handled, of one group: a page of `limit` (1–100, default 20) from `cursor`,
/// newest first, with `next_cursor` and `total`.
#[utoipa::path(get, path = "/api/v1/reports", tag = "chat", params(ReportFilters, PageRequest),
    responses((status = 200, description = "A page of reports", body = Page<ReportView>)))]
pub async fn report_queue(
    state: web::Data<AppState>,
    me: CurrentUser,
    filters: web::Query<ReportFilters>,
    paging: web::Query<PageRequest>,
) -> Result<HttpResponse, AppError> {
    let (filters, paging) = (filters.into_inner(), paging.into_inner());
    Ok(HttpResponse::Ok().json(reports::queue(&state, &me, filters, paging).await?))
}

/// What was done about the report.
#[derive(Deserialize, ToSchema)]
pub struct HandleBody {
    #[schema(min_length = 1, max_length = 1000)]
    outcome: String,
}

/// Mark a report handled, with an outcome (staff)
#[utoipa::path(post, path = "/api/v1/reports/{id}/handle", tag = "chat", request_body = HandleBody,
    params(("id" = String, Path, description = "The report's id")),
    responses(
        (status = 204, description = "Handled"),
        (status = 409, description = "Already handled", body = Problem),
    ))]
pub async fn handle_report(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: Json<HandleBody>,
) -> Result<HttpResponse, AppError> {
    reports::handle(&state, &me, &id, &body.outcome).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Which language's contacts.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LanguageQuery {
    #[param(schema_with = crate::api::schema::language_code)]
    lang: Option<String>,
}

/// Crisis contacts in a language (`lang`, default the request's); 112 always applies
#[utoipa::path(get, path = "/api/v1/crisis-contacts", tag = "chat", params(LanguageQuery),
    responses((status = 200, description = "The contacts", body = Vec<CrisisContact>)))]
pub async fn crisis_contacts(
    state: web::Data<AppState>,
    locale: crate::i18n::Locale,
    query: web::Query<LanguageQuery>,
) -> Result<HttpResponse, AppError> {
    let language = match query.into_inner().lang {
        Some(lang) if !crate::i18n::LANGUAGES.iter().any(|l| l.code == lang) => {
            return Err(AppError::invalid(vec![crate::error::FieldError::new(
                "lang",
                "field-choice-unknown",
                vec![],
            )]));
        }
        Some(lang) => lang,
        None => locale.code().to_owned(),
    };
    Ok(HttpResponse::Ok().json(help::for_language(&state, &language).await?))
}

/// Add a crisis contact (staff)
#[utoipa::path(post, path = "/api/v1/crisis-contacts", tag = "chat", request_body = NewContact,
    responses((status = 201, description = "Added", body = Created)))]
pub async fn add_crisis_contact(
    state: web::Data<AppState>,
    body: Json<help::NewContact>,
) -> Result<HttpResponse, AppError> {
    let id = help::add(&state, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// Remove a crisis contact (staff)
#[utoipa::path(delete, path = "/api/v1/crisis-contacts/{id}", tag = "chat",
    params(("id" = String, Path, description = "The contact's id")),
    responses((status = 204, description = "Removed")))]
pub async fn delete_crisis_contact(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    help::delete(&state, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}
