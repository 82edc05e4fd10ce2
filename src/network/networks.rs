//! Networks: staff make the partner network of an area (a circle of groups holds its people
//! and meetings), list them, and read one with who does what.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use super::access::{self, Network, Reader};
use super::domain::{self, Area, Kind, MAX_NAME};
use super::schema::{
    network_actions as actions, network_networks as networks, network_participants as participants,
};
use super::views::{
    NetworkArea, NetworkMeetingSummary, NetworkParticipant, NetworkRow, NetworkView,
};
use crate::accounts::service::{self as accounts, Person};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::db::like::{self, lower};
use crate::error::{AppError, FieldError};
use crate::groups::circles::{self as group_circles, NewCircle, Purpose};
use crate::paging::{Cursor, Page, PageRequest, too_long};
use crate::state::AppState;

/// A new network: its name and the area it serves.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, ToSchema)]
pub struct NetworkInput {
    #[schema(max_length = 200)]
    #[serde(default)]
    pub name: String,
    /// `county` (a wellbeing services county) or `municipality`.
    #[serde(default)]
    pub area_kind: String,
    /// The county's two-digit or the municipality's three-digit code.
    #[serde(default)]
    pub area_code: String,
}

pub fn area_view(network: &Network, language: &str) -> NetworkArea {
    NetworkArea {
        kind: network.area_kind.clone(),
        code: network.area_code.clone(),
        name: network
            .area()
            .map(|a| a.name(language).to_owned())
            .unwrap_or_default(),
    }
}

/// Staff make a network; its id (the circle's).
pub async fn create(
    state: &AppState,
    me: &SignedIn,
    input: NetworkInput,
) -> Result<String, AppError> {
    let name = domain::text("name", &input.name, MAX_NAME, false);
    let area = Area::parse(&input.area_kind, &input.area_code)
        .ok_or_else(|| FieldError::new("area_code", "network-area-unknown", vec![]));
    let (name, area) = match (name, area) {
        (Ok(name), Ok(area)) => (name, area),
        (name, area) => {
            return Err(AppError::invalid(
                name.err().into_iter().chain(area.err()).collect(),
            ));
        }
    };
    let me = me.clone();
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let at = now();
                let id = group_circles::create(
                    conn,
                    &NewCircle {
                        purpose: Purpose::Network,
                        name: &name,
                        language: me.language.code,
                        leader: &me.user_id,
                        created_by: &me.user_id,
                    },
                    at,
                )?;
                diesel::insert_into(networks::table)
                    .values((
                        networks::circle_id.eq(&id),
                        networks::name.eq(&name),
                        networks::area_kind.eq(area.kind()),
                        networks::area_code.eq(area.code()),
                        networks::organiser_id.eq(&me.user_id),
                        networks::created_at.eq(at),
                    ))
                    .execute(conn)?;
                Ok(id)
            })
        })
        .await
}

type Backend = <AnyConnection as diesel::Connection>::Backend;

fn matching(me: &SignedIn, q: Option<&str>) -> networks::BoxedQuery<'static, Backend> {
    let mut query = networks::table.into_boxed();
    if !me.can(Permission::ManageNetwork) {
        let mine = participants::table
            .filter(participants::user_id.eq(me.user_id.clone()))
            .select(participants::network_id);
        query = query.filter(networks::circle_id.eq_any(mine));
    }
    if let Some(pattern) = q.and_then(like::contains) {
        query = query.filter(lower(networks::name).like(pattern).escape('\\'));
    }
    query
}

/// A page of the networks `me` sees (staff: all; others: theirs), newest first, by words in
/// their names.
pub async fn page(
    state: &AppState,
    me: &SignedIn,
    q: Option<String>,
    paging: PageRequest,
) -> Result<Page<NetworkRow>, AppError> {
    if let Some(error) = too_long("q", &q, MAX_NAME) {
        return Err(AppError::invalid(vec![error]));
    }
    let paging = paging.check()?;
    let (me, q) = (me.clone(), q.filter(|q| !q.trim().is_empty()));
    state
        .db
        .run(move |conn| {
            let total = matching(&me, q.as_deref()).count().get_result(conn)?;
            let (position, page) = paging.position(total);
            let rows: Vec<Network> = crate::keyset_page!(
                matching(&me, q.as_deref()),
                networks::created_at,
                networks::circle_id,
                &position,
                paging.limit + 1
            )
            .select(Network::as_select())
            .load(conn)?;
            let lang = me.language.code;
            paging.page_of(
                rows,
                total,
                page,
                |n| Cursor::new(n.created_at, n.circle_id.clone()),
                |rows| rows.iter().map(|n| row(conn, n, lang)).collect(),
            )
        })
        .await
}

fn row(conn: &mut AnyConnection, network: &Network, lang: &str) -> Result<NetworkRow, AppError> {
    let at = now();
    let next_meeting = group_circles::sessions(conn, &network.circle_id)?
        .into_iter()
        .find(|s| s.ends_at > at)
        .map(|s| s.starts_at.and_utc());
    Ok(NetworkRow {
        id: network.circle_id.clone(),
        name: network.name.clone(),
        area: area_view(network, lang),
        participants: participant_ids(conn, &network.circle_id)?.len(),
        next_meeting,
    })
}

pub fn participant_ids(
    conn: &mut AnyConnection,
    network_id: &str,
) -> Result<Vec<String>, AppError> {
    Ok(participants::table
        .filter(participants::network_id.eq(network_id))
        .order((participants::invited_at, participants::user_id))
        .select(participants::user_id)
        .load(conn)?)
}

pub fn person(conn: &mut AnyConnection, id: &str) -> Result<Person, AppError> {
    let names = accounts::display_names(conn, &[id.to_owned()])?;
    Ok(Person {
        display_name: names.get(id).cloned().unwrap_or_default(),
        id: id.to_owned(),
    })
}

/// Who takes part, with who does what, in the reader's language.
pub fn participants_of(
    conn: &mut AnyConnection,
    network_id: &str,
    lang: &str,
) -> Result<Vec<NetworkParticipant>, AppError> {
    let rows: Vec<(String, String, String, NaiveDateTime)> = participants::table
        .filter(participants::network_id.eq(network_id))
        .order((participants::invited_at, participants::user_id))
        .select((
            participants::user_id,
            participants::kind,
            participants::works_as,
            participants::invited_at,
        ))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let names = accounts::display_names(conn, &ids)?;
    let mut out = Vec::new();
    for (user_id, kind, works_as, _) in rows {
        let family = kind == Kind::Family.as_str();
        let partner = kind == Kind::Partner.as_str();
        let (organisations, services) = if partner {
            let organisations =
                crate::directory::service::organisations_of_partner(conn, &user_id, lang)?;
            let service_ids = crate::directory::service::services_of_partner(conn, &user_id)?;
            let named = crate::directory::service::names(conn, &service_ids, lang)?;
            let mut services: Vec<String> = named.into_values().map(|n| n.service).collect();
            services.sort();
            (organisations, services)
        } else {
            (Vec::new(), Vec::new())
        };
        out.push(NetworkParticipant {
            display_name: names.get(&user_id).cloned().unwrap_or_default(),
            works_as: (!family && !works_as.is_empty()).then_some(works_as),
            user_id,
            kind,
            organisations,
            services,
        });
    }
    Ok(out)
}

/// A network as `me` sees it.
pub async fn view(state: &AppState, me: &SignedIn, id: &str) -> Result<NetworkView, AppError> {
    let (me, id) = (me.clone(), id.to_owned());
    state
        .db
        .run(move |conn| {
            let (network, reader) = access::reader(conn, &me, &id)?;
            let lang = me.language.code;
            let at = now();
            let mut meetings = Vec::new();
            for s in group_circles::sessions(conn, &id)? {
                let open_actions = actions::table
                    .filter(actions::session_id.eq(&s.id))
                    .filter(actions::status.eq(domain::Status::Open.as_str()))
                    .count()
                    .get_result::<i64>(conn)?;
                meetings.push(NetworkMeetingSummary {
                    room: format!("/sessions/{}/room", s.id),
                    past: s.ends_at < at,
                    starts_at: s.starts_at.and_utc(),
                    ends_at: s.ends_at.and_utc(),
                    session_id: s.id,
                    open_actions: usize::try_from(open_actions).unwrap_or_default(),
                });
            }
            Ok(NetworkView {
                organiser: person(conn, &network.organiser_id)?,
                participants: participants_of(conn, &id, lang)?,
                area: area_view(&network, lang),
                id: network.circle_id,
                name: network.name,
                meetings,
                manages: reader == Reader::Manager,
            })
        })
        .await
}
