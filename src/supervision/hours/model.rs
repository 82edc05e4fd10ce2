//! Queries on volunteer hours.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{Date, Integer, Text, Timestamp};

use super::super::schema::volunteer_hours;
use crate::db::AnyConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = volunteer_hours)]
pub struct Entry {
    pub id: String,
    pub facilitator_id: String,
    pub kind: String,
    pub source_id: Option<String>,
    pub worked_on: NaiveDate,
    pub minutes: i32,
    pub note: String,
    pub status: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// Adds an entry; an automatic one (with `source_id`) only once. True when it was added.
pub fn insert(conn: &mut AnyConnection, entry: &Entry) -> QueryResult<bool> {
    let mark = if conn.is_postgres() { '$' } else { '?' };
    let values: Vec<String> = (1..=8).map(|i| format!("{mark}{i}")).collect();
    let sql = format!(
        "INSERT INTO volunteer_hours (id, facilitator_id, kind, source_id, worked_on, minutes, note, status, created_at) \
         VALUES ({}, {mark}9) ON CONFLICT (facilitator_id, kind, source_id) DO NOTHING",
        values.join(", ")
    );
    diesel::sql_query(sql)
        .bind::<Text, _>(&entry.id)
        .bind::<Text, _>(&entry.facilitator_id)
        .bind::<Text, _>(&entry.kind)
        .bind::<diesel::sql_types::Nullable<Text>, _>(&entry.source_id)
        .bind::<Date, _>(entry.worked_on)
        .bind::<Integer, _>(entry.minutes)
        .bind::<Text, _>(&entry.note)
        .bind::<Text, _>(&entry.status)
        .bind::<Timestamp, _>(entry.created_at)
        .execute(conn)
        .map(|n| n == 1)
}

/// The entries of these people on days in `[from, until)`, newest first.
pub fn of_people(
    conn: &mut AnyConnection,
    people: &[String],
    from: NaiveDate,
    until: NaiveDate,
) -> QueryResult<Vec<Entry>> {
    volunteer_hours::table
        .filter(volunteer_hours::facilitator_id.eq_any(people))
        .filter(volunteer_hours::worked_on.ge(from))
        .filter(volunteer_hours::worked_on.lt(until))
        .order((volunteer_hours::worked_on.desc(), volunteer_hours::id))
        .select(Entry::as_select())
        .load(conn)
}

/// Minutes a person has on record for one day (rejected entries not counted).
pub fn minutes_on(conn: &mut AnyConnection, person: &str, day: NaiveDate) -> QueryResult<i64> {
    let minutes: Option<i64> = volunteer_hours::table
        .filter(volunteer_hours::facilitator_id.eq(person))
        .filter(volunteer_hours::worked_on.eq(day))
        .filter(volunteer_hours::status.ne("rejected"))
        .select(diesel::dsl::sum(volunteer_hours::minutes))
        .first(conn)?;
    Ok(minutes.unwrap_or(0))
}

/// Pending entries of these people, oldest first.
pub fn pending(conn: &mut AnyConnection, people: &[String]) -> QueryResult<Vec<Entry>> {
    volunteer_hours::table
        .filter(volunteer_hours::facilitator_id.eq_any(people))
        .filter(volunteer_hours::status.eq("pending"))
        .order((volunteer_hours::worked_on, volunteer_hours::id))
        .select(Entry::as_select())
        .load(conn)
}

/// Decides pending entries of these people; returns how many changed.
pub fn decide(
    conn: &mut AnyConnection,
    ids: &[String],
    people: &[String],
    status: &str,
    by: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        volunteer_hours::table
            .filter(volunteer_hours::id.eq_any(ids))
            .filter(volunteer_hours::facilitator_id.eq_any(people))
            .filter(volunteer_hours::status.eq("pending")),
    )
    .set((
        volunteer_hours::status.eq(status),
        volunteer_hours::decided_by.eq(Some(by)),
        volunteer_hours::decided_at.eq(Some(now)),
    ))
    .execute(conn)
}

/// Approved entries on days in `[from, until)`, everyone's.
pub fn approved_between(
    conn: &mut AnyConnection,
    from: NaiveDate,
    until: NaiveDate,
) -> QueryResult<Vec<Entry>> {
    volunteer_hours::table
        .filter(volunteer_hours::status.eq("approved"))
        .filter(volunteer_hours::worked_on.ge(from))
        .filter(volunteer_hours::worked_on.lt(until))
        .order((volunteer_hours::worked_on, volunteer_hours::id))
        .select(Entry::as_select())
        .load(conn)
}
