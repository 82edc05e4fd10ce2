//! A network's meetings: staff schedule one (a session of the network's circle, with its own
//! room); a meeting's page gathers its agenda, who takes part, its notes, the actions agreed at
//! it and the open actions of earlier meetings it follows up.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use super::access::{self, Reader};
use super::domain::{NOTES_OPEN_DAYS, Status};
use super::networks::{area_view, participants_of};
use super::schema::{network_actions as actions, network_agenda_items as agenda, network_meetings};
use super::views::{NetworkAction, NetworkAgendaItem, NetworkMeeting};
use crate::accounts::service::{self as accounts, Person};
use crate::auth::SignedIn;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, FieldError};
use crate::groups::circles as group_circles;
use crate::groups::schedule::WeeklySeries;
use crate::groups::service::SessionRef;
use crate::state::AppState;

/// A meeting to schedule, in Helsinki time.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, ToSchema)]
pub struct NetworkMeetingInput {
    #[schema(example = "2027-01-14")]
    #[serde(default)]
    pub date: String,
    #[schema(example = "13:00")]
    #[serde(default)]
    pub start_time: String,
    #[schema(minimum = 15, maximum = 480)]
    #[serde(default)]
    pub duration_minutes: u32,
}

/// Staff schedule a meeting of the network; its session's id.
pub async fn schedule(
    state: &AppState,
    me: &SignedIn,
    network_id: &str,
    input: NetworkMeetingInput,
) -> Result<String, AppError> {
    let series = WeeklySeries::parse(&input.date, &input.start_time, input.duration_minutes, 1)
        .filter(|_| (15..=480).contains(&input.duration_minutes))
        .ok_or_else(|| {
            AppError::invalid(vec![FieldError::new(
                "date",
                "network-meeting-time-invalid",
                vec![],
            )])
        })?;
    let (me, id) = (me.clone(), network_id.to_owned());
    state
        .db
        .run(move |conn| {
            access::managed(conn, &me, &id)?;
            crate::db::transaction(conn, |conn| {
                let at = now();
                let session = group_circles::schedule(conn, &id, &series, at)?
                    .into_iter()
                    .next()
                    .ok_or_else(|| AppError::internal("no session scheduled"))?;
                record(conn, &id, &session.id, at)?;
                Ok(session.id)
            })
        })
        .await
}

/// The meeting's own row beside its session.
pub fn record(
    conn: &mut AnyConnection,
    network_id: &str,
    session_id: &str,
    at: NaiveDateTime,
) -> Result<(), AppError> {
    diesel::insert_into(network_meetings::table)
        .values((
            network_meetings::session_id.eq(session_id),
            network_meetings::network_id.eq(network_id),
            network_meetings::notes.eq(""),
            network_meetings::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The session of a meeting of this network; not found for any other.
pub fn session_of(
    conn: &mut AnyConnection,
    network_id: &str,
    session_id: &str,
) -> Result<SessionRef, AppError> {
    let kept = network_meetings::table
        .find(session_id)
        .filter(network_meetings::network_id.eq(network_id))
        .count()
        .get_result::<i64>(conn)?;
    if kept == 0 {
        return Err(AppError::not_found());
    }
    group_circles::sessions(conn, network_id)?
        .into_iter()
        .find(|s| s.id == session_id)
        .ok_or_else(AppError::not_found)
}

/// Whether the notes of a meeting that ends at `ends_at` may still be written.
pub fn notes_open(ends_at: NaiveDateTime) -> bool {
    now() <= ends_at + TimeDelta::days(NOTES_OPEN_DAYS)
}

type ActionRow = (
    String,
    String,
    String,
    String,
    Option<NaiveDate>,
    String,
    Option<String>,
);

/// Actions of the network as the reader sees them, with the start of the meeting each was
/// agreed at, in the order agreed.
fn action_views(
    conn: &mut AnyConnection,
    rows: Vec<ActionRow>,
    sessions: &[SessionRef],
    me: &SignedIn,
    manages: bool,
) -> Result<Vec<NetworkAction>, AppError> {
    let owners: Vec<String> = rows.iter().map(|r| r.3.clone()).collect();
    let names = accounts::display_names(conn, &owners)?;
    let mut out: Vec<NetworkAction> = rows
        .into_iter()
        .map(|(id, session, body, owner, due_on, status, followed)| {
            let agreed_on = sessions
                .iter()
                .find(|s| s.id == session)
                .map(|s| s.starts_at.and_utc())
                .unwrap_or_default();
            NetworkAction {
                may_update: manages || owner == me.user_id,
                owner: Person {
                    display_name: names.get(&owner).cloned().unwrap_or_default(),
                    id: owner,
                },
                id,
                text: body,
                due_on,
                status,
                agreed_at: session,
                agreed_on,
                followed_up_in: followed,
            }
        })
        .collect();
    out.sort_by_key(|a| a.agreed_on);
    Ok(out)
}

fn load_actions(conn: &mut AnyConnection, network_id: &str) -> Result<Vec<ActionRow>, AppError> {
    Ok(actions::table
        .filter(actions::network_id.eq(network_id))
        .order((actions::created_at, actions::id))
        .select((
            actions::id,
            actions::session_id,
            actions::body,
            actions::owner_id,
            actions::due_on,
            actions::status,
            actions::followed_up_in,
        ))
        .load(conn)?)
}

fn agenda_of(
    conn: &mut AnyConnection,
    session_id: &str,
) -> Result<Vec<NetworkAgendaItem>, AppError> {
    Ok(agenda::table
        .filter(agenda::session_id.eq(session_id))
        .order(agenda::position)
        .select((agenda::position, agenda::body))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .map(|(position, text)| NetworkAgendaItem { position, text })
        .collect())
}

/// A meeting as a participant or the network's staff see it.
pub async fn view(
    state: &AppState,
    me: &SignedIn,
    network_id: &str,
    session_id: &str,
) -> Result<NetworkMeeting, AppError> {
    let (me, id, session) = (me.clone(), network_id.to_owned(), session_id.to_owned());
    state
        .db
        .run(move |conn| {
            let (network, reader) = access::reader(conn, &me, &id)?;
            let manages = reader == Reader::Manager;
            let this = session_of(conn, &id, &session)?;
            let sessions = group_circles::sessions(conn, &id)?;
            let earlier: Vec<String> = sessions
                .iter()
                .filter(|s| s.starts_at < this.starts_at)
                .map(|s| s.id.clone())
                .collect();
            let all = load_actions(conn, &id)?;
            let (own, others): (Vec<ActionRow>, Vec<ActionRow>) =
                all.into_iter().partition(|a| a.1 == session);
            let open = Status::Open.as_str();
            let follow_ups: Vec<ActionRow> = others
                .into_iter()
                .filter(|a| earlier.contains(&a.1))
                .filter(|a| a.5 == open || a.6.as_deref() == Some(session.as_str()))
                .collect();
            let lang = me.language.code;
            let (notes,): (String,) = network_meetings::table
                .find(&session)
                .select((network_meetings::notes,))
                .first(conn)?;
            let agenda_items = agenda_of(conn, &session)?;
            Ok(NetworkMeeting {
                actions: action_views(conn, own, &sessions, &me, manages)?,
                follow_ups: action_views(conn, follow_ups, &sessions, &me, manages)?,
                participants: participants_of(conn, &id, lang)?,
                area: area_view(&network, lang),
                room: format!("/sessions/{}/room", this.id),
                past: this.ends_at < now(),
                notes_editable: manages && notes_open(this.ends_at),
                starts_at: this.starts_at.and_utc(),
                ends_at: this.ends_at.and_utc(),
                session_id: this.id,
                network_id: network.circle_id,
                network_name: network.name,
                agenda: agenda_items,
                notes,
                manages,
            })
        })
        .await
}
