//! The `privacy_notice_acceptances` and `privacy_consents` tables: which version of the
//! privacy notice each person accepted, and the optional consents they gave and withdrew,
//! each with the version and language of the text they were shown. A consent is never
//! changed but to record its withdrawal; giving it again writes a new row.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;

diesel::table! {
    privacy_notice_acceptances (id) {
        id -> Text,
        user_id -> Text,
        version -> Text,
        language -> Text,
        channel -> Text,
        accepted_at -> Timestamp,
    }
}

diesel::table! {
    privacy_consents (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        text_version -> Text,
        language -> Text,
        given_at -> Timestamp,
        withdrawn_at -> Nullable<Timestamp>,
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = privacy_notice_acceptances)]
pub struct Acceptance {
    pub version: String,
    pub language: String,
    pub channel: String,
    pub accepted_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = privacy_consents)]
pub struct Consent {
    pub purpose: String,
    pub text_version: String,
    pub language: String,
    pub given_at: NaiveDateTime,
    pub withdrawn_at: Option<NaiveDateTime>,
}

/// Records an acceptance of `version`, unless the person already accepted it.
pub fn accept(
    conn: &mut AnyConnection,
    user_id: &str,
    version: &str,
    language: &str,
    channel: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    if has_accepted(conn, user_id, version)? {
        return Ok(());
    }
    diesel::insert_into(privacy_notice_acceptances::table)
        .values((
            privacy_notice_acceptances::id.eq(uuid::Uuid::new_v4().to_string()),
            privacy_notice_acceptances::user_id.eq(user_id),
            privacy_notice_acceptances::version.eq(version),
            privacy_notice_acceptances::language.eq(language),
            privacy_notice_acceptances::channel.eq(channel),
            privacy_notice_acceptances::accepted_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn has_accepted(conn: &mut AnyConnection, user_id: &str, version: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        privacy_notice_acceptances::table
            .filter(privacy_notice_acceptances::user_id.eq(user_id))
            .filter(privacy_notice_acceptances::version.eq(version)),
    ))
    .get_result(conn)
}

/// Every acceptance of the person, newest first.
pub fn acceptances(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<Acceptance>> {
    privacy_notice_acceptances::table
        .filter(privacy_notice_acceptances::user_id.eq(user_id))
        .order(privacy_notice_acceptances::accepted_at.desc())
        .select(Acceptance::as_select())
        .load(conn)
}

/// Every consent the person gave, withdrawn ones included, newest first.
pub fn consents(conn: &mut AnyConnection, user_id: &str) -> QueryResult<Vec<Consent>> {
    privacy_consents::table
        .filter(privacy_consents::user_id.eq(user_id))
        .order(privacy_consents::given_at.desc())
        .select(Consent::as_select())
        .load(conn)
}

/// Gives the consent for `purpose`, unless it is in force already; whether a row was written.
pub fn give(
    conn: &mut AnyConnection,
    user_id: &str,
    purpose: &str,
    (text_version, language): (&str, &str),
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let in_force = privacy_consents::table
        .filter(privacy_consents::user_id.eq(user_id))
        .filter(privacy_consents::purpose.eq(purpose))
        .filter(privacy_consents::withdrawn_at.is_null());
    if diesel::select(diesel::dsl::exists(in_force)).get_result(conn)? {
        return Ok(false);
    }
    diesel::insert_into(privacy_consents::table)
        .values((
            privacy_consents::id.eq(uuid::Uuid::new_v4().to_string()),
            privacy_consents::user_id.eq(user_id),
            privacy_consents::purpose.eq(purpose),
            privacy_consents::text_version.eq(text_version),
            privacy_consents::language.eq(language),
            privacy_consents::given_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Withdraws the consent for `purpose` in force; whether there was one.
pub fn withdraw(
    conn: &mut AnyConnection,
    user_id: &str,
    purpose: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let changed = diesel::update(
        privacy_consents::table
            .filter(privacy_consents::user_id.eq(user_id))
            .filter(privacy_consents::purpose.eq(purpose))
            .filter(privacy_consents::withdrawn_at.is_null()),
    )
    .set(privacy_consents::withdrawn_at.eq(now))
    .execute(conn)?;
    Ok(changed > 0)
}
