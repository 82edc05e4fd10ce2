//! Invitations by email: they expire, can be revoked, and set a role when accepted.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use serde::Serialize;

use super::new_id;
use crate::auth::tokens::{hash_token, random_token};
use crate::db::AnyConnection;
use crate::db::schema::invitations;

pub const LIFETIME: TimeDelta = TimeDelta::days(14);

/// An invitation to a role or into a family.
#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = invitations)]
pub struct Invitation {
    pub id: String,
    pub email: String,
    pub role: String,
    pub family_id: Option<String>,
    pub invited_by: String,
    #[serde(skip)]
    pub token_hash: String,
    pub language: String,
    pub expires_at: NaiveDateTime,
    pub accepted_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

impl Invitation {
    pub fn is_open(&self, now: NaiveDateTime) -> bool {
        self.accepted_at.is_none() && self.revoked_at.is_none() && self.expires_at > now
    }
}

pub struct NewInvitation<'a> {
    pub email: &'a str,
    pub role: &'a str,
    pub family_id: Option<&'a str>,
    pub invited_by: &'a str,
    pub language: &'a str,
}

/// Stores an invitation; returns it and the secret token for the link.
pub fn create(
    conn: &mut AnyConnection,
    new: &NewInvitation,
    now: NaiveDateTime,
) -> QueryResult<(Invitation, String)> {
    let token = random_token();
    let id = new_id();
    diesel::insert_into(invitations::table)
        .values((
            invitations::id.eq(&id),
            invitations::email.eq(new.email),
            invitations::role.eq(new.role),
            invitations::family_id.eq(new.family_id),
            invitations::invited_by.eq(new.invited_by),
            invitations::token_hash.eq(hash_token(&token)),
            invitations::language.eq(new.language),
            invitations::expires_at.eq(now + LIFETIME),
            invitations::created_at.eq(now),
        ))
        .execute(conn)?;
    let invitation = invitations::table
        .find(&id)
        .select(Invitation::as_select())
        .first(conn)?;
    Ok((invitation, token))
}

pub fn by_token(conn: &mut AnyConnection, token: &str) -> QueryResult<Option<Invitation>> {
    invitations::table
        .filter(invitations::token_hash.eq(hash_token(token)))
        .select(Invitation::as_select())
        .first(conn)
        .optional()
}

pub fn by_id(conn: &mut AnyConnection, id: &str) -> QueryResult<Option<Invitation>> {
    invitations::table
        .find(id)
        .select(Invitation::as_select())
        .first(conn)
        .optional()
}

pub fn open_for_family(
    conn: &mut AnyConnection,
    family_id: &str,
    now: NaiveDateTime,
) -> QueryResult<Vec<Invitation>> {
    invitations::table
        .filter(invitations::family_id.eq(family_id))
        .filter(invitations::accepted_at.is_null())
        .filter(invitations::revoked_at.is_null())
        .filter(invitations::expires_at.gt(now))
        .select(Invitation::as_select())
        .load(conn)
}

/// Marks an open invitation accepted; false if someone else was first or it closed.
pub fn accept(conn: &mut AnyConnection, id: &str, now: NaiveDateTime) -> QueryResult<bool> {
    diesel::update(
        invitations::table
            .find(id)
            .filter(invitations::accepted_at.is_null())
            .filter(invitations::revoked_at.is_null())
            .filter(invitations::expires_at.gt(now)),
    )
    .set(invitations::accepted_at.eq(Some(now)))
    .execute(conn)
    .map(|n| n > 0)
}

pub fn revoke(conn: &mut AnyConnection, id: &str, now: NaiveDateTime) -> QueryResult<bool> {
    diesel::update(
        invitations::table
            .find(id)
            .filter(invitations::accepted_at.is_null())
            .filter(invitations::revoked_at.is_null()),
    )
    .set(invitations::revoked_at.eq(Some(now)))
    .execute(conn)
    .map(|n| n > 0)
}

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Open,
    Accepted,
    Revoked,
    Expired,
}

impl Standing {
    pub const ALL: [(Standing, &'static str); 4] = [
        (Standing::Open, "open"),
        (Standing::Accepted, "accepted"),
        (Standing::Revoked, "revoked"),
        (Standing::Expired, "expired"),
    ];

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, n)| *n == text).map(|(s, _)| *s)
    }
}

/// What the staff list is narrowed to; `None` is "any".
#[derive(Debug, Clone, Default)]
pub struct StaffFilter {
    pub standing: Option<Standing>,
    pub role: Option<String>,
}

type Backend = <AnyConnection as Connection>::Backend;

fn staff_filtered<'a>(
    filter: &StaffFilter,
    now: NaiveDateTime,
) -> invitations::BoxedQuery<'a, Backend> {
    let mut query = invitations::table
        .filter(invitations::family_id.is_null())
        .into_boxed();
    if let Some(role) = &filter.role {
        query = query.filter(invitations::role.eq(role.clone()));
    }
    let unanswered = invitations::accepted_at
        .is_null()
        .and(invitations::revoked_at.is_null());
    query = match filter.standing {
        None => query,
        Some(Standing::Open) => query.filter(unanswered.and(invitations::expires_at.gt(now))),
        Some(Standing::Expired) => query.filter(unanswered.and(invitations::expires_at.le(now))),
        Some(Standing::Accepted) => query.filter(invitations::accepted_at.is_not_null()),
        Some(Standing::Revoked) => query.filter(
            invitations::accepted_at
                .is_null()
                .and(invitations::revoked_at.is_not_null()),
        ),
    };
    query
}

/// Up to `limit` staff invitations matching the filter from `position`, newest first.
pub fn staff_page(
    conn: &mut AnyConnection,
    filter: &StaffFilter,
    now: NaiveDateTime,
    position: &crate::paging::Position,
    limit: i64,
) -> QueryResult<Vec<Invitation>> {
    crate::keyset_page!(
        staff_filtered(filter, now),
        invitations::created_at,
        invitations::id,
        position,
        limit
    )
    .select(Invitation::as_select())
    .load(conn)
}

pub fn staff_count(
    conn: &mut AnyConnection,
    filter: &StaffFilter,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    staff_filtered(filter, now).count().get_result(conn)
}
