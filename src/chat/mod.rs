//! Live group chat: a websocket room per group session, messages stored before anyone sees
//! them, numbered per room, resumable after a dropped connection.

pub mod budget;
pub mod connection;
pub mod help;
pub mod hub;
mod listen;
pub mod model;
pub mod numbering;
pub mod pages;
pub mod presence;
pub mod protocol;
pub mod reports;
pub mod retention;
pub mod rules;
pub mod state;
pub mod writer;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use diesel::prelude::*;
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::auth::policy::Permission::{self, SignedIn};
use crate::db::schema::{group_sessions, peer_groups};
use crate::error::AppError;
use crate::groups::model as groups;
use crate::jobs::Every;
use crate::registry::Registry;
use crate::routing::Routes;
use crate::state::AppState;
pub use state::ChatState;

/// Old messages are deleted this often.
const RETENTION_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

pub fn register(reg: &mut Registry) {
    let core = reg.state().clone();
    let hub = match hub::Hub::new(
        core.config.redis_url.as_deref(),
        core.config.chat_connections_per_address,
    ) {
        Ok(hub) => hub,
        Err(error) => return reg.refuse(format!("REDIS_URL: {error}")),
    };
    let chat = ChatState::new(core, hub);
    routes(reg.routes());
    reg.data(web::Data::new(chat.clone()));
    listen::register(reg, &chat);
    let (relay, presence, ready) = (chat.hub.clone(), chat.clone(), chat.hub.clone());
    reg.task("chat.redis_relay", move |stop| relay.relay_from_redis(stop))
        .task("chat.presence", move |stop| {
            presence::keep_fresh(presence, stop)
        })
        .readiness(move || (!ready.is_ready()).then_some("redis-unreachable"))
        .job(
            "chat.unattended_alert",
            Every::Round,
            |state, _| async move { presence::alert_unattended(&state).await },
        )
        .periodic("chat.retention", RETENTION_EVERY, |state, _| async move {
            let days = state.config.chat_retention_days;
            state
                .db
                .run(move |conn| Ok(retention::apply(conn, crate::clock::now(), days)?))
                .await
        });
}

fn routes(routes: &mut Routes) {
    routes
        .get("/sessions/{id}/room", SignedIn, room)
        .get("/reports", SignedIn, pages::report_queue)
        .post(
            "/reports/{id}/handle",
            Permission::ManageGroups,
            pages::handle_report,
        )
        .get(
            "/staff/sessions/{id}/moderation",
            Permission::ManageGroups,
            pages::moderation_log,
        )
        .get(
            "/staff/crisis-contacts",
            Permission::ManageGroups,
            pages::crisis_contacts,
        )
        .post(
            "/staff/crisis-contacts",
            Permission::ManageGroups,
            pages::add_crisis_contact,
        )
        .post(
            "/staff/crisis-contacts/{id}/delete",
            Permission::ManageGroups,
            pages::delete_crisis_contact,
        )
        .get("/api/v1/sessions/{id}/chat", SignedIn, open)
        .summary("Websocket of the session's chat room (protocol: src/chat/PROTOCOL.md)")
        .get("/api/v1/sessions/{id}/messages", SignedIn, history)
        .summary("Stored chat messages after `after`, in order")
        .post(
            "/api/v1/groups/{id}/chat-retention",
            Permission::ManageGroups,
            set_retention,
        )
        .summary("Set how many days the group's chat messages are kept")
        .get(
            "/api/v1/sessions/{id}/moderation",
            Permission::ManageGroups,
            moderation_log,
        )
        .summary("The moderation log of a session (staff)")
        .get("/api/v1/reports", SignedIn, report_queue)
        .summary("Reported messages to review (staff: all; facilitators: their groups')")
        .get(
            "/api/v1/crisis-contacts",
            Permission::Public,
            crisis_contacts,
        )
        .summary(
            "Crisis contacts in a language (`lang`, default the request's); 112 always applies",
        )
        .post(
            "/api/v1/crisis-contacts",
            Permission::ManageGroups,
            add_crisis_contact,
        )
        .summary("Add a crisis contact (staff)")
        .add(
            actix_web::http::Method::DELETE,
            "/api/v1/crisis-contacts/{id}",
            Permission::ManageGroups,
            delete_crisis_contact,
        )
        .summary("Remove a crisis contact (staff)")
        .post(
            "/api/v1/reports/{id}/handle",
            Permission::ManageGroups,
            handle_report,
        )
        .summary("Mark a report handled, with an outcome (staff)");
}

/// How someone may take part in a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Member,
    /// A facilitator of the group, or staff who manage groups.
    Moderator,
}

/// Someone's way into a session's room.
#[derive(Debug, Clone, Copy)]
pub struct Access {
    pub part: Part,
    pub starts_at: chrono::NaiveDateTime,
    pub ends_at: chrono::NaiveDateTime,
    /// The members and facilitators the group may hold (staff are not counted).
    pub people: usize,
}

/// When members may be in the room, relative to the session's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    NotYet,
    Open,
    Over,
}

impl Access {
    /// Facilitators and staff may always enter; members from a while before the start until
    /// as long after the end.
    pub fn window(&self, lead: chrono::TimeDelta, now: chrono::NaiveDateTime) -> Window {
        match self.open_until(lead) {
            None => Window::Open,
            Some(_) if now < self.starts_at - lead => Window::NotYet,
            Some(end) if now > end => Window::Over,
            Some(_) => Window::Open,
        }
    }

    /// When members must leave the room; facilitators and staff may stay.
    pub fn open_until(&self, lead: chrono::TimeDelta) -> Option<chrono::NaiveDateTime> {
        (self.part == Part::Member).then(|| self.ends_at + lead)
    }
}

/// Members of the session's group, its facilitators and staff who manage groups may enter.
async fn authorise(
    state: &AppState,
    me: &CurrentUser,
    session_id: &str,
) -> Result<Access, AppError> {
    let (me, session_id) = (me.0.clone(), session_id.to_owned());
    state
        .db
        .run(move |conn| {
            let session: Option<(String, chrono::NaiveDateTime, chrono::NaiveDateTime, i32)> =
                group_sessions::table
                    .inner_join(peer_groups::table)
                    .filter(group_sessions::id.eq(&session_id))
                    .filter(group_sessions::cancelled_at.is_null())
                    .select((
                        group_sessions::group_id,
                        group_sessions::starts_at,
                        group_sessions::ends_at,
                        peer_groups::capacity,
                    ))
                    .first(conn)
                    .optional()?;
            let (group_id, starts_at, ends_at, capacity) =
                session.ok_or_else(AppError::not_found)?;
            let member =
                groups::membership(conn, &group_id, &me.user_id)?.as_deref() == Some("member");
            let facilitators = groups::facilitator_ids(conn, &group_id)?;
            let facilitator = facilitators.contains(&me.user_id);
            if rules::is_removed(conn, &session_id, &me.user_id, crate::clock::now())? {
                return Err(AppError::not_found());
            }
            let part = if facilitator || me.can(Permission::ManageGroups) {
                Part::Moderator
            } else if member {
                Part::Member
            } else {
                return Err(AppError::not_found());
            };
            Ok(Access {
                part,
                starts_at,
                ends_at,
                people: usize::try_from(capacity).unwrap_or(0) + facilitators.len(),
            })
        })
        .await
}

/// The websocket upgrade. Browsers must come from our own origin.
async fn open(
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
    {
        let info = req.connection_info();
        let own = format!("{}://{}", info.scheme(), info.host());
        if origin != own && origin != state.config.public_origin() {
            return Err(AppError::forbidden()
                .with_message("error-csrf", vec![])
                .with_cause(format!("websocket origin {origin}")));
        }
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
    let address = req
        .peer_addr()
        .map(|a| a.ip().to_string())
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
async fn history(
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

/// The chat room page; the script in `web/static/js/chat.js` does the talking.
async fn room(
    page: crate::web::Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let access = authorise(&page.state, &me, &id).await?;
    let lead = page.state.config.room_opens_before;
    let window = access.window(lead, crate::clock::now());
    let (session_id, lang) = (id.into_inner(), page.locale.code());
    let lookup = session_id.clone();
    let group_name = page
        .state
        .db
        .run(move |conn| {
            let group_id: String = group_sessions::table
                .find(&lookup)
                .select(group_sessions::group_id)
                .first(conn)?;
            crate::groups::service::name_of(conn, &group_id, lang)
        })
        .await?;
    let starts_at = access.starts_at;
    let local_start = page.datetime(starts_at);
    let opens_at = page.datetime(starts_at - lead);
    let crisis_contacts = help::for_language(&page.state, lang).await?;
    page.render(
        "chat/room.html",
        minijinja::context! {
            session_id, group_name, local_start,
            starts_at => starts_at.and_utc().to_rfc3339(),
            moderator => access.part == Part::Moderator,
            not_yet => window == Window::NotYet,
            over => window == Window::Over,
            opens_at,
            me => me.user_id.clone(),
            crisis_contacts,
        },
    )
}

#[derive(Deserialize)]
pub struct RetentionBody {
    days: i32,
}

/// How many days a group's chat messages are kept.
async fn set_retention(
    state: web::Data<AppState>,
    id: web::Path<String>,
    body: web::Json<RetentionBody>,
) -> Result<HttpResponse, AppError> {
    retention::set_days(&state, &id, body.days).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// What facilitators and staff did in a room, newest first (staff only).
async fn moderation_log(
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
async fn report_queue(
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
async fn handle_report(
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
async fn crisis_contacts(
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

async fn add_crisis_contact(
    state: web::Data<AppState>,
    body: web::Json<help::NewContact>,
) -> Result<HttpResponse, AppError> {
    let id = help::add(&state, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": id })))
}

async fn delete_crisis_contact(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    help::delete(&state, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}
