//! Rows and queries of groups.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{
    group_facilitators, group_sessions, group_texts, memberships, peer_groups, users,
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = peer_groups)]
pub struct Group {
    pub id: String,
    pub spoken_languages: String,
    pub topics: String,
    pub audience: String,
    pub region: String,
    pub capacity: i32,
    pub join_policy: String,
    pub status: String,
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub purpose: String,
}

impl Group {
    /// A peer group that families may find and join (published or running); circles never.
    pub fn is_listed(&self) -> bool {
        self.purpose == PEER
            && super::domain::GroupStatus::parse(&self.status)
                .is_some_and(super::domain::GroupStatus::is_listed)
    }
}

/// The purpose of every group families see; circles (a feature's own) have another.
pub const PEER: &str = "peer";

/// The ids of peer groups, as a subquery: what lists of groups read, leaving circles out.
pub fn peer_group_ids() -> diesel::dsl::Select<
    diesel::dsl::Filter<peer_groups::table, diesel::dsl::Eq<peer_groups::purpose, &'static str>>,
    peer_groups::id,
> {
    peer_groups::table
        .filter(peer_groups::purpose.eq(PEER))
        .select(peer_groups::id)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = group_texts)]
pub struct GroupText {
    pub group_id: String,
    pub language: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = group_sessions)]
pub struct GroupSession {
    pub id: String,
    pub group_id: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub cancelled_at: Option<NaiveDateTime>,
    pub cancel_reason: Option<String>,
    pub created_at: NaiveDateTime,
}

pub struct NewGroup<'a> {
    pub id: &'a str,
    pub spoken_languages: &'a str,
    pub topics: &'a str,
    pub audience: &'a str,
    pub region: &'a str,
    pub capacity: i32,
    pub join_policy: &'a str,
    pub status: &'a str,
    pub created_by: &'a str,
}

pub fn insert_group(
    conn: &mut AnyConnection,
    new: &NewGroup,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(peer_groups::table)
        .values((
            peer_groups::id.eq(new.id),
            peer_groups::spoken_languages.eq(new.spoken_languages),
            peer_groups::topics.eq(new.topics),
            peer_groups::audience.eq(new.audience),
            peer_groups::region.eq(new.region),
            peer_groups::capacity.eq(new.capacity),
            peer_groups::join_policy.eq(new.join_policy),
            peer_groups::status.eq(new.status),
            peer_groups::created_by.eq(new.created_by),
            peer_groups::created_at.eq(now),
            peer_groups::updated_at.eq(now),
        ))
        .execute(conn)?;
    super::listing::insert_filter_rows(conn, new.id, new.spoken_languages, new.topics)
}

pub fn insert_text(
    conn: &mut AnyConnection,
    group_id: &str,
    language: &str,
    name: &str,
    description: &str,
) -> QueryResult<()> {
    diesel::insert_into(group_texts::table)
        .values((
            group_texts::group_id.eq(group_id),
            group_texts::language.eq(language),
            group_texts::name.eq(name),
            group_texts::description.eq(description),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn add_facilitator(conn: &mut AnyConnection, group_id: &str, user_id: &str) -> QueryResult<()> {
    diesel::insert_into(group_facilitators::table)
        .values((
            group_facilitators::group_id.eq(group_id),
            group_facilitators::user_id.eq(user_id),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn insert_session(
    conn: &mut AnyConnection,
    group_id: &str,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(group_sessions::table)
        .values((
            group_sessions::id.eq(&id),
            group_sessions::group_id.eq(group_id),
            group_sessions::starts_at.eq(starts_at),
            group_sessions::ends_at.eq(ends_at),
            group_sessions::created_at.eq(now),
            super::listing::local_start(starts_at),
        ))
        .execute(conn)?;
    Ok(id)
}

pub fn group(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Group>> {
    peer_groups::table
        .find(id)
        .select(Group::as_select())
        .first(conn)
        .optional()
}

/// Takes the group's row lock (PostgreSQL) or the write lock (SQLite) for this transaction,
/// so decisions about seats are made one at a time.
pub fn lock_group(conn: &mut AnyConnection, id: &str, now: NaiveDateTime) -> QueryResult<bool> {
    diesel::update(peer_groups::table.find(id))
        .set(peer_groups::updated_at.eq(now))
        .execute(conn)
        .map(|n| n > 0)
}

pub fn set_status(
    conn: &mut AnyConnection,
    id: &str,
    status: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(peer_groups::table.find(id))
        .set((
            peer_groups::status.eq(status),
            peer_groups::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Every peer group (not circles), newest first.
pub fn all_groups(conn: &mut AnyConnection) -> QueryResult<Vec<Group>> {
    peer_groups::table
        .filter(peer_groups::purpose.eq(PEER))
        .order(peer_groups::created_at.desc())
        .select(Group::as_select())
        .load(conn)
}

pub fn texts(conn: &mut AnyConnection, group_ids: &[String]) -> QueryResult<Vec<GroupText>> {
    group_texts::table
        .filter(group_texts::group_id.eq_any(group_ids))
        .select(GroupText::as_select())
        .load(conn)
}

pub fn sessions(conn: &mut AnyConnection, group_ids: &[String]) -> QueryResult<Vec<GroupSession>> {
    group_sessions::table
        .filter(group_sessions::group_id.eq_any(group_ids))
        .order(group_sessions::starts_at)
        .select(GroupSession::as_select())
        .load(conn)
}

pub fn facilitator_ids(conn: &mut AnyConnection, group_id: &str) -> QueryResult<Vec<String>> {
    group_facilitators::table
        .filter(group_facilitators::group_id.eq(group_id))
        .select(group_facilitators::user_id)
        .load(conn)
}

/// The groups `user_id` is a facilitator of.
pub fn groups_facilitated_by(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<String>> {
    group_facilitators::table
        .filter(group_facilitators::user_id.eq(user_id))
        .filter(group_facilitators::group_id.eq_any(peer_group_ids()))
        .select(group_facilitators::group_id)
        .load(conn)
}

/// A group's purpose: [`PEER`] or the circle's.
pub fn purpose(conn: &mut AnyConnection, group_id: &str) -> QueryResult<Option<String>> {
    peer_groups::table
        .find(group_id)
        .select(peer_groups::purpose)
        .first(conn)
        .optional()
}

/// (group id, number of members) for the given groups.
pub fn member_counts(
    conn: &mut AnyConnection,
    group_ids: &[String],
) -> QueryResult<Vec<(String, i64)>> {
    memberships::table
        .filter(memberships::group_id.eq_any(group_ids))
        .filter(memberships::status.eq("member"))
        .group_by(memberships::group_id)
        .select((memberships::group_id, diesel::dsl::count_star()))
        .load(conn)
}

pub fn membership(
    conn: &mut AnyConnection,
    group_id: &str,
    user_id: &str,
) -> QueryResult<Option<String>> {
    memberships::table
        .find((group_id, user_id))
        .select(memberships::status)
        .first(conn)
        .optional()
}

pub fn set_membership(
    conn: &mut AnyConnection,
    group_id: &str,
    user_id: &str,
    status: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let updated = diesel::update(memberships::table.find((group_id, user_id)))
        .set((
            memberships::status.eq(status),
            memberships::updated_at.eq(now),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(memberships::table)
            .values((
                memberships::group_id.eq(group_id),
                memberships::user_id.eq(user_id),
                memberships::status.eq(status),
                memberships::created_at.eq(now),
                memberships::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The longest-waiting family of a group's waiting list.
pub fn first_waiting(conn: &mut AnyConnection, group_id: &str) -> QueryResult<Option<String>> {
    memberships::table
        .filter(memberships::group_id.eq(group_id))
        .filter(memberships::status.eq("waiting"))
        .order(memberships::updated_at)
        .select(memberships::user_id)
        .first(conn)
        .optional()
}

/// (display name, status) of the people in a group, for its facilitators and staff.
pub fn roster(
    conn: &mut AnyConnection,
    group_id: &str,
) -> QueryResult<Vec<(String, String, String)>> {
    memberships::table
        .inner_join(users::table)
        .filter(memberships::group_id.eq(group_id))
        .filter(memberships::status.ne("left"))
        .order(memberships::created_at)
        .select((users::id, users::display_name, memberships::status))
        .load(conn)
}

/// (group id, status) of every group a person belongs to or waits for.
pub fn memberships_of(
    conn: &mut AnyConnection,
    user_id: &str,
) -> QueryResult<Vec<(String, String)>> {
    memberships::table
        .filter(memberships::user_id.eq(user_id))
        .filter(memberships::status.ne("left"))
        .filter(memberships::group_id.eq_any(peer_group_ids()))
        .select((memberships::group_id, memberships::status))
        .load(conn)
}

pub fn groups_led_by(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<Group>> {
    peer_groups::table
        .inner_join(group_facilitators::table.on(group_facilitators::group_id.eq(peer_groups::id)))
        .filter(group_facilitators::user_id.eq(user_id))
        .filter(peer_groups::purpose.eq(PEER))
        .order(peer_groups::created_at.desc())
        .select(Group::as_select())
        .load(conn)
}

/// (group id, start, end, the group's capacity) of a session that is not cancelled.
pub fn held_session(
    conn: &mut AnyConnection,
    id: &str,
) -> QueryResult<Option<(String, NaiveDateTime, NaiveDateTime, i32)>> {
    group_sessions::table
        .inner_join(peer_groups::table)
        .filter(group_sessions::id.eq(id))
        .filter(group_sessions::cancelled_at.is_null())
        .select((
            group_sessions::group_id,
            group_sessions::starts_at,
            group_sessions::ends_at,
            peer_groups::capacity,
        ))
        .first(conn)
        .optional()
}

pub fn session_group(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<String>> {
    group_sessions::table
        .find(id)
        .select(group_sessions::group_id)
        .first(conn)
        .optional()
}

pub fn sessions_by_id(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<Vec<GroupSession>> {
    group_sessions::table
        .filter(group_sessions::id.eq_any(ids))
        .select(GroupSession::as_select())
        .load(conn)
}

/// The ids of the sessions of every group `user_id` facilitates.
pub fn session_ids_led_by(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<String>> {
    let led = group_facilitators::table
        .filter(group_facilitators::user_id.eq(user_id))
        .select(group_facilitators::group_id);
    group_sessions::table
        .filter(group_sessions::group_id.eq_any(led))
        .select(group_sessions::id)
        .load(conn)
}

/// The ids of the sessions of one group.
pub fn session_ids_of_group(conn: &mut AnyConnection, group_id: &str) -> QueryResult<Vec<String>> {
    group_sessions::table
        .filter(group_sessions::group_id.eq(group_id))
        .select(group_sessions::id)
        .load(conn)
}

/// Locks the sessions' rows until the transaction ends, in id order (no two transactions wait
/// on each other in a cycle); PostgreSQL only, as SQLite's write lock serialises writers.
pub fn lock_sessions(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<()> {
    if let AnyConnection::Postgres(pg) = conn {
        group_sessions::table
            .filter(group_sessions::id.eq_any(ids))
            .order(group_sessions::id)
            .select(group_sessions::id)
            .for_update()
            .load::<String>(pg)?;
    }
    Ok(())
}
