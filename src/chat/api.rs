//! The JSON API of chat: the room's websocket, stored messages, retention, the moderation
//! log, reports and crisis contacts.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::access::{Part, Window, authorise};
use super::{ChatState, connection, help, model, reports, retention};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::client::{client_address, is_own_origin};

/// The websocket upgrade. Browsers must come from our own origin.
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
        open_until: access.open_until(state.config.room_opens_before),
        people: access.people,
    };
    actix_web::rt::spawn(connection.run(session, stream));
    Ok(response)
}

#[derive(Deserialize)]
pub struct HistoryQuery {
    #[serde(default)]
    after: i64,
}

/// The stored messages after `after`, for clients that were told to reload.
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

#[derive(Deserialize)]
pub struct RetentionBody {
    days: i32,
}

/// How many days a group's chat messages are kept.
pub async fn set_retention(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<RetentionBody>,
) -> Result<HttpResponse, AppError> {
    retention::set_days(&state, &id, body.days).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// What facilitators and staff did in a room, newest first (staff only).
pub async fn moderation_log(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let room = id.into_inner();
    let entries = state
        .db
        .run(move |conn| Ok(model::moderation_history(conn, &room)?))
        .await?;
    Ok(HttpResponse::Ok().json(entries))
}

/// Reports to review: staff see all (with the reporter), facilitators their groups'.
pub async fn report_queue(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(reports::queue(&state, &me).await?))
}

#[derive(Deserialize)]
pub struct HandleBody {
    outcome: String,
}

/// Staff mark a report handled, with an outcome.
pub async fn handle_report(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
    body: web::Json<HandleBody>,
) -> Result<HttpResponse, AppError> {
    reports::handle(&state, &me, &id, &body.outcome).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub struct LanguageQuery {
    lang: Option<String>,
}

/// Crisis contacts in a language (default: the request's language).
pub async fn crisis_contacts(
    state: web::Data<AppState>,
    locale: crate::i18n::Locale,
    query: web::Query<LanguageQuery>,
) -> Result<HttpResponse, AppError> {
    let language = query
        .into_inner()
        .lang
        .unwrap_or_else(|| locale.code().to_owned());
    Ok(HttpResponse::Ok().json(help::for_language(&state, &language).await?))
}

pub async fn add_crisis_contact(
    state: web::Data<AppState>,
    body: web::Json<help::NewContact>,
) -> Result<HttpResponse, AppError> {
    let id = help::add(&state, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": id })))
}

pub async fn delete_crisis_contact(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    help::delete(&state, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}
