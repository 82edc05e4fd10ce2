//! Rows and queries of the group listing: one row per spoken language and per topic of a
//! group (so the filters are index lookups) and the filtered query over listed groups.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDateTime, Timelike};
use diesel::dsl::{Eq, exists, sql};
use diesel::prelude::*;
use diesel::sql_types::Bool;

use crate::db::AnyConnection;
use crate::db::schema::{group_languages, group_sessions, group_topics, peer_groups};
use crate::groups::domain::ONLINE;
use crate::groups::model::Group;
use crate::groups::schedule::{self, GROUP_TIME_ZONE};
use crate::paging::Position;

/// Writes the filter rows of a new group; call in the transaction that inserts the group.
pub fn insert_filter_rows(
    conn: &mut AnyConnection,
    group_id: &str,
    spoken_languages: &str,
    topics: &str,
) -> QueryResult<()> {
    for language in values(spoken_languages) {
        diesel::insert_into(group_languages::table)
            .values((
                group_languages::group_id.eq(group_id),
                group_languages::language.eq(language),
            ))
            .execute(conn)?;
    }
    for topic in values(topics) {
        diesel::insert_into(group_topics::table)
            .values((
                group_topics::group_id.eq(group_id),
                group_topics::topic.eq(topic),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn values(joined: &str) -> BTreeSet<&str> {
    joined.split(',').filter(|v| !v.is_empty()).collect()
}

/// The Helsinki weekday (1 = Monday) and hour of a session starting at `starts_at` (UTC), as
/// the columns to write with every start.
pub fn local_start(
    starts_at: NaiveDateTime,
) -> (
    Eq<group_sessions::local_weekday, i16>,
    Eq<group_sessions::local_hour, i16>,
) {
    let local = schedule::utc_to_local(starts_at, GROUP_TIME_ZONE);
    let weekday = local.weekday().number_from_monday();
    (
        group_sessions::local_weekday.eq(i16::try_from(weekday).unwrap_or_default()),
        group_sessions::local_hour.eq(i16::try_from(local.hour()).unwrap_or_default()),
    )
}

/// The local hours of a time of day: morning before 12, afternoon 12–17, evening from 17.
/// An unknown name has none.
fn hours(time_of_day: &str) -> (i16, i16) {
    match time_of_day {
        "morning" => (0, 11),
        "afternoon" => (12, 16),
        "evening" => (17, 23),
        _ => (1, 0),
    }
}

/// The filters the database applies; `None` is "any".
#[derive(Debug, Clone, Default)]
pub struct ListingFilter<'a> {
    pub language: Option<&'a str>,
    pub topic: Option<&'a str>,
    /// A municipality code: its groups and the online ones.
    pub region: Option<&'a str>,
    /// 1 = Monday … 7 = Sunday, of a session that is not cancelled, in Helsinki time.
    pub weekday: Option<u32>,
    /// morning, afternoon or evening of that same session.
    pub time_of_day: Option<&'a str>,
}

type Backend = <AnyConnection as Connection>::Backend;

/// Up to `limit` published and running groups matching the filter, from `position` in the
/// listing order (newest first, then by id, so the order is total and stable).
pub fn listed_page(
    conn: &mut AnyConnection,
    filter: &ListingFilter,
    position: &Position,
    limit: i64,
) -> QueryResult<Vec<Group>> {
    crate::keyset_page!(
        filtered(filter, false),
        peer_groups::created_at,
        peer_groups::id,
        position,
        limit
    )
    .select(Group::as_select())
    .load(conn)
}

/// How many groups match the filter.
pub fn listed_count(conn: &mut AnyConnection, filter: &ListingFilter) -> QueryResult<i64> {
    filtered(filter, true).count().get_result(conn)
}

/// Listed groups matching the filter, in no order.
///
/// A page (`counting` false) walks the listed groups newest first in the partial index
/// `peer_groups_listed` (the status test is written as in the index, so both backends use
/// it) and looks each one's language, topic and sessions up by a correlated `EXISTS`, stopping
/// after a page. The count (`counting` true) instead starts from the language or topic rows
/// (`IN`, which SQLite drives from), so it reads the groups of that language, not every group.
/// EXPLAIN QUERY PLAN and figures: benches/RESULTS.md.
fn filtered<'a>(filter: &ListingFilter, counting: bool) -> peer_groups::BoxedQuery<'a, Backend> {
    let mut query = peer_groups::table
        .filter(sql::<Bool>(
            "peer_groups.status IN ('published', 'running') AND peer_groups.purpose = 'peer'",
        ))
        .into_boxed();
    if let Some(language) = filter.language {
        let rows = group_languages::table.filter(group_languages::language.eq(language.to_owned()));
        query = if counting {
            query.filter(peer_groups::id.eq_any(rows.select(group_languages::group_id)))
        } else {
            query.filter(exists(
                rows.filter(group_languages::group_id.eq(peer_groups::id)),
            ))
        };
    }
    if let Some(topic) = filter.topic {
        let rows = group_topics::table.filter(group_topics::topic.eq(topic.to_owned()));
        query = if counting {
            query.filter(peer_groups::id.eq_any(rows.select(group_topics::group_id)))
        } else {
            query.filter(exists(
                rows.filter(group_topics::group_id.eq(peer_groups::id)),
            ))
        };
    }
    if let Some(region) = filter.region {
        query = query.filter(peer_groups::region.eq_any([region.to_owned(), ONLINE.to_owned()]));
    }
    if filter.weekday.is_some() || filter.time_of_day.is_some() {
        // Out of range matches nothing, as no session has it.
        let (first_day, last_day) = match filter.weekday {
            Some(day) => (
                i16::try_from(day).unwrap_or(-1),
                i16::try_from(day).unwrap_or(-1),
            ),
            None => (1, 7),
        };
        let (from, to) = filter.time_of_day.map_or((0, 23), hours);
        // Not cancelled, on that weekday and time of day: `group_sessions_slot`.
        query = query.filter(exists(
            group_sessions::table
                .filter(group_sessions::group_id.eq(peer_groups::id))
                .filter(group_sessions::cancelled_at.is_null())
                .filter(group_sessions::local_weekday.between(first_day, last_day))
                .filter(group_sessions::local_hour.between(from, to)),
        ));
    }
    query
}
