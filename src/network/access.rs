//! Who sees a network: the staff who keep networks, and its participants; nobody else learns
//! that it exists (not found).

use diesel::prelude::*;

use super::domain::Area;
use super::schema::{network_networks as networks, network_participants as participants};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::db::AnyConnection;
use crate::error::AppError;

/// A network's row as the feature reads it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = networks)]
pub struct Network {
    pub circle_id: String,
    pub name: String,
    pub area_kind: String,
    pub area_code: String,
    pub organiser_id: String,
    pub created_at: chrono::NaiveDateTime,
}

impl Network {
    pub fn area(&self) -> Option<Area> {
        Area::parse(&self.area_kind, &self.area_code)
    }
}

/// How the reader stands with a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// Staff who keep networks.
    Manager,
    Participant,
}

pub fn find(conn: &mut AnyConnection, id: &str) -> Result<Option<Network>, AppError> {
    Ok(networks::table
        .find(id)
        .select(Network::as_select())
        .first(conn)
        .optional()?)
}

pub fn is_participant(
    conn: &mut AnyConnection,
    network_id: &str,
    user_id: &str,
) -> Result<bool, AppError> {
    Ok(participants::table
        .find((network_id, user_id))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// The network and how `me` stands with it; not found for anyone else.
pub fn reader(
    conn: &mut AnyConnection,
    me: &SignedIn,
    network_id: &str,
) -> Result<(Network, Reader), AppError> {
    let network = find(conn, network_id)?.ok_or_else(AppError::not_found)?;
    if me.can(Permission::ManageNetwork) {
        return Ok((network, Reader::Manager));
    }
    if is_participant(conn, network_id, &me.user_id)? {
        return Ok((network, Reader::Participant));
    }
    Err(AppError::not_found())
}

/// The network, when `me` keeps it; not found otherwise.
pub fn managed(
    conn: &mut AnyConnection,
    me: &SignedIn,
    network_id: &str,
) -> Result<Network, AppError> {
    match reader(conn, me, network_id)? {
        (network, Reader::Manager) => Ok(network),
        _ => Err(AppError::not_found()),
    }
}
