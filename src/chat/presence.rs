//! Who is in which room now, across every node: a row per open connection in the database,
//! counted while its node's lease runs. Each node renews its one lease row, so keeping
//! thousands of connections present costs one write, not thousands. A room where no
//! facilitator is present is read-only for members, and staff are told when a started room
//! stays without a facilitator.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use minijinja::context;

use crate::auth::policy::Role;
use crate::db::AnyConnection;
use crate::db::schema::{chat_nodes, room_presence, room_settings, users};
use crate::error::AppError;
use crate::state::AppState;

/// A lease outlives this many missed renewals: a busy node is not taken for a dead one.
const LEASE_RENEWALS: u32 = 3;
/// Staff who are told about a room without a facilitator.
const ALERTED_ROLES: [Role; 2] = [Role::Coordinator, Role::Supervisor];

/// A person in the room, as every client sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Present {
    pub user_id: String,
    pub name: String,
    /// A facilitator of the group or staff.
    pub facilitator: bool,
    /// A guest of this session (a visiting expert).
    pub guest: bool,
}

/// This node's lease on its connections' presence, until `until`.
#[derive(Debug, Clone, Copy)]
pub struct Lease {
    pub until: NaiveDateTime,
}

impl Lease {
    /// The lease a node renewing every `refresh` takes at `now`.
    pub fn taken_at(now: NaiveDateTime, refresh: Duration) -> Self {
        let length = TimeDelta::from_std(refresh * LEASE_RENEWALS).unwrap_or(TimeDelta::MAX);
        Self {
            until: now.checked_add_signed(length).unwrap_or(NaiveDateTime::MAX),
        }
    }
}

/// Takes or extends `node`'s lease; true when it had to be taken anew.
fn renew(conn: &mut AnyConnection, node: &str, lease: Lease) -> QueryResult<bool> {
    let extend = |conn: &mut AnyConnection| {
        diesel::update(chat_nodes::table.find(node))
            .set(chat_nodes::alive_until.eq(lease.until))
            .execute(conn)
    };
    if extend(conn)? > 0 {
        return Ok(false);
    }
    // A node's first connections may all take its lease at the same moment (on PostgreSQL;
    // SQLite's write lock serialises them). The savepoint keeps the transaction usable for
    // the one whose insert loses: the lease is there now, so it extends it.
    let taken = conn.transaction(|conn| {
        diesel::insert_into(chat_nodes::table)
            .values((
                chat_nodes::id.eq(node),
                chat_nodes::alive_until.eq(lease.until),
            ))
            .execute(conn)
    });
    match taken {
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => extend(conn).map(|_| false),
        other => other.map(|_| true),
    }
}

/// The presence rows of nodes whose lease runs at `now`.
type Current = diesel::dsl::Filter<
    diesel::dsl::InnerJoinOn<
        room_presence::table,
        chat_nodes::table,
        diesel::dsl::Eq<chat_nodes::id, room_presence::node>,
    >,
    diesel::dsl::Gt<chat_nodes::alive_until, NaiveDateTime>,
>;

pub(super) fn current(now: NaiveDateTime) -> Current {
    room_presence::table
        .inner_join(chat_nodes::table.on(chat_nodes::id.eq(room_presence::node)))
        .filter(chat_nodes::alive_until.gt(now))
}

/// Puts a connection in the room; the node's lease is renewed with it, so a node's first
/// connection counts at once. True when the lease had to be taken anew.
pub fn enter(
    conn: &mut AnyConnection,
    connection_id: &str,
    session_id: &str,
    user_id: &str,
    moderator: bool,
    node: &str,
    lease: Lease,
) -> QueryResult<bool> {
    crate::db::transaction(conn, |conn| {
        let anew = renew(conn, node, lease)?;
        diesel::insert_into(room_presence::table)
            .values((
                room_presence::connection_id.eq(connection_id),
                room_presence::session_id.eq(session_id),
                room_presence::user_id.eq(user_id),
                room_presence::moderator.eq(moderator),
                room_presence::node.eq(node),
            ))
            .execute(conn)
            .map(|_| anew)
    })
}

pub fn leave(conn: &mut AnyConnection, connection_id: &str) -> QueryResult<()> {
    diesel::delete(room_presence::table.find(connection_id))
        .execute(conn)
        .map(|_| ())
}

/// Everyone in the room now, once per person (several tabs count once), by name.
pub fn in_room(
    conn: &mut AnyConnection,
    session_id: &str,
    now: NaiveDateTime,
) -> QueryResult<Vec<Present>> {
    let rows: Vec<(String, String, bool)> = current(now)
        .inner_join(users::table.on(users::id.eq(room_presence::user_id)))
        .filter(room_presence::session_id.eq(session_id))
        .select((users::id, users::display_name, room_presence::moderator))
        .load(conn)?;
    let mut people: BTreeMap<String, Present> = BTreeMap::new();
    for (user_id, name, facilitator) in rows {
        people
            .entry(user_id.clone())
            .and_modify(|p| p.facilitator |= facilitator)
            .or_insert(Present {
                user_id,
                name,
                facilitator,
                guest: false,
            });
    }
    let mut people: Vec<Present> = people.into_values().collect();
    people.sort_by(|a, b| (!a.facilitator, &a.name).cmp(&(!b.facilitator, &b.name)));
    Ok(people)
}

/// Those of `rooms` where a facilitator or staff member is at `now`.
pub fn attended_among(
    conn: &mut AnyConnection,
    rooms: &[String],
    now: NaiveDateTime,
) -> QueryResult<std::collections::HashSet<String>> {
    Ok(current(now)
        .filter(room_presence::session_id.eq_any(rooms))
        .filter(room_presence::moderator.eq(true))
        .select(room_presence::session_id)
        .distinct()
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// What a node's refresh found.
#[derive(Debug)]
pub struct Refreshed {
    /// The node had no lease any more and took it anew.
    pub lease_taken_anew: bool,
    /// Rooms whose people changed: those of nodes that stopped.
    pub rooms: Vec<String>,
}

/// Renews this node's lease and takes the people of nodes whose lease ran out (they stopped
/// without saying so) out of their rooms.
pub fn refresh(
    conn: &mut AnyConnection,
    node: &str,
    lease: Lease,
    now: NaiveDateTime,
) -> QueryResult<Refreshed> {
    crate::db::transaction(conn, |conn| {
        let lease_taken_anew = renew(conn, node, lease)?;
        let stopped: Vec<String> = chat_nodes::table
            .filter(chat_nodes::alive_until.le(now))
            .select(chat_nodes::id)
            .load(conn)?;
        if stopped.is_empty() {
            return Ok(Refreshed {
                lease_taken_anew,
                rooms: Vec::new(),
            });
        }
        let left = room_presence::table.filter(room_presence::node.eq_any(&stopped));
        let mut rooms: Vec<String> = left
            .clone()
            .select(room_presence::session_id)
            .distinct()
            .load(conn)?;
        diesel::delete(left).execute(conn)?;
        diesel::delete(chat_nodes::table.filter(chat_nodes::id.eq_any(&stopped))).execute(conn)?;
        rooms.sort();
        Ok(Refreshed {
            lease_taken_anew,
            rooms,
        })
    })
}

/// A node that shuts down takes its connections out of every room.
pub fn forget_node(conn: &mut AnyConnection, node: &str) -> QueryResult<usize> {
    crate::db::transaction(conn, |conn| {
        diesel::delete(chat_nodes::table.find(node)).execute(conn)?;
        diesel::delete(room_presence::table.filter(room_presence::node.eq(node))).execute(conn)
    })
}

/// Keeps this node's lease until `stopped` fires, then removes its presence.
pub async fn keep_fresh(state: super::ChatState, mut stopped: tokio::sync::watch::Receiver<bool>) {
    let node = state.hub.node_id().to_owned();
    let refresh_every = state.config.presence_refresh;
    let mut every = tokio::time::interval(refresh_every);
    // The first tick is immediate, while the migrations may still run; entering a room takes
    // the lease anyway.
    every.tick().await;
    loop {
        tokio::select! {
            _ = every.tick() => {}
            _ = stopped.changed() => break,
        }
        let node = node.clone();
        let changed = state
            .db
            .run(move |conn| {
                let now = crate::clock::now();
                Ok(refresh(
                    conn,
                    &node,
                    Lease::taken_at(now, refresh_every),
                    now,
                )?)
            })
            .await;
        match changed {
            Ok(refreshed) => {
                if refreshed.lease_taken_anew {
                    state.hub.lease_taken_anew();
                }
                for room in refreshed.rooms {
                    super::connection::announce_presence(&state, &room);
                }
            }
            // While the database is away: the next tick retries.
            Err(error) => tracing::warn!(%error, "refreshing room presence failed"),
        }
    }
    let forgotten = state
        .db
        .run(move |conn| Ok(forget_node(conn, &node)?))
        .await;
    if let Err(error) = forgotten {
        tracing::warn!(%error, "removing this node's room presence failed");
    }
}

/// Started rooms that have members but no facilitator: after the configured time, staff are
/// told once per absence (exactly once across nodes: the flag is set by a conditional update).
/// Returns the rooms it marked unattended or alerted about.
pub async fn alert_unattended(state: &AppState) -> Result<usize, AppError> {
    let state_for_db = state.clone();
    state
        .db
        .run(move |conn| {
            let state = state_for_db;
            let now = crate::clock::now();
            let rooms: Vec<(String, Option<NaiveDateTime>, Option<NaiveDateTime>)> =
                room_settings::table
                    .filter(room_settings::started_at.is_not_null())
                    .filter(room_settings::ended_at.is_null())
                    .select((
                        room_settings::session_id,
                        room_settings::unattended_since,
                        room_settings::staff_alerted_at,
                    ))
                    .load(conn)?;
            // Two queries for every room at once, not two per room.
            let attended: HashSet<String> = current(now)
                .filter(room_presence::moderator.eq(true))
                .select(room_presence::session_id)
                .distinct()
                .load::<String>(conn)?
                .into_iter()
                .collect();
            let occupied: HashSet<String> = current(now)
                .select(room_presence::session_id)
                .distinct()
                .load::<String>(conn)?
                .into_iter()
                .collect();
            let mut alerted = 0;
            for (room, unattended_since, staff_alerted_at) in rooms {
                let row = room_settings::table.find(&room);
                if attended.contains(&room) {
                    if unattended_since.is_some() {
                        diesel::update(row)
                            .set((
                                room_settings::unattended_since.eq(None::<NaiveDateTime>),
                                room_settings::staff_alerted_at.eq(None::<NaiveDateTime>),
                            ))
                            .execute(conn)?;
                    }
                    continue;
                }
                if !occupied.contains(&room) {
                    continue;
                }
                match unattended_since {
                    None => {
                        // Counted as work done, so a round run on demand looks again.
                        alerted += diesel::update(row)
                            .set(room_settings::unattended_since.eq(Some(now)))
                            .execute(conn)?;
                    }
                    Some(since)
                        if staff_alerted_at.is_none()
                            && since + state.config.unattended_alert_after <= now =>
                    {
                        alerted += crate::db::transaction(conn, |conn| {
                            alert_staff(&state, conn, &room, now)
                        })?;
                    }
                    Some(_) => {}
                }
            }
            Ok(alerted)
        })
        .await
}

fn alert_staff(
    state: &AppState,
    conn: &mut AnyConnection,
    room: &str,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let claimed = diesel::update(
        room_settings::table
            .find(room)
            .filter(room_settings::staff_alerted_at.is_null()),
    )
    .set(room_settings::staff_alerted_at.eq(Some(now)))
    .execute(conn)?;
    if claimed == 0 {
        return Ok(0);
    }
    let group_id =
        crate::groups::service::group_of_session(conn, room)?.ok_or_else(AppError::not_found)?;
    let staff = crate::accounts::service::contacts_with_roles(conn, &ALERTED_ROLES)?;
    for contact in &staff {
        let name = crate::groups::service::name_of(conn, &group_id, &contact.language)?;
        crate::mail::queue_action(
            state,
            conn,
            "room-unattended",
            &contact.language,
            &contact.email,
            &format!("/sessions/{room}/room"),
            context! { name },
        )?;
    }
    Ok(staff.len())
}
