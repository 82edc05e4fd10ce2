//! The `mail_outbox` table.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::RenderedMail;
use crate::db::AnyConnection;
use crate::db::queue::{self, WorkTable};
use crate::db::schema::mail_outbox;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = mail_outbox)]
pub struct OutboxMail {
    pub id: String,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub attempts: i32,
}

#[derive(Insertable)]
#[diesel(table_name = mail_outbox)]
struct NewOutboxMail<'a> {
    id: String,
    recipient: &'a str,
    subject: &'a str,
    body_text: &'a str,
    body_html: &'a str,
    run_at: NaiveDateTime,
    created_at: NaiveDateTime,
}

/// Stores a mail for delivery; call inside the transaction that caused it.
pub fn enqueue(
    conn: &mut AnyConnection,
    mail: &RenderedMail,
    now: NaiveDateTime,
) -> QueryResult<String> {
    let id = uuid::Uuid::now_v7().to_string();
    diesel::insert_into(mail_outbox::table)
        .values(NewOutboxMail {
            id: id.clone(),
            recipient: &mail.to,
            subject: &mail.subject,
            body_text: &mail.text,
            body_html: &mail.html,
            run_at: now,
            created_at: now,
        })
        .execute(conn)?;
    Ok(id)
}

pub fn claim_due(
    conn: &mut AnyConnection,
    worker: &str,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<OutboxMail>> {
    let ids = queue::claim_due(
        conn,
        WorkTable::MAIL_OUTBOX,
        worker,
        now,
        lease_until,
        limit,
    )?;
    load(conn, &ids)
}

pub fn load(conn: &mut AnyConnection, ids: &[String]) -> QueryResult<Vec<OutboxMail>> {
    mail_outbox::table
        .filter(mail_outbox::id.eq_any(ids))
        .order(mail_outbox::run_at)
        .select(OutboxMail::as_select())
        .load(conn)
}

pub fn mark_sent(conn: &mut AnyConnection, id: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(mail_outbox::table.find(id))
        .set((
            mail_outbox::done_at.eq(Some(now)),
            mail_outbox::locked_by.eq(None::<String>),
            mail_outbox::locked_until.eq(None::<NaiveDateTime>),
            mail_outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn mark_failed(
    conn: &mut AnyConnection,
    id: &str,
    error: &str,
    retry_at: NaiveDateTime,
) -> QueryResult<()> {
    let error: String = error.chars().take(500).collect();
    diesel::update(mail_outbox::table.find(id))
        .set((
            mail_outbox::run_at.eq(retry_at),
            mail_outbox::locked_by.eq(None::<String>),
            mail_outbox::locked_until.eq(None::<NaiveDateTime>),
            mail_outbox::last_error.eq(Some(error)),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Sent mail holds addresses and personal text: it is kept only as long as needed to debug.
pub fn purge_sent_before(conn: &mut AnyConnection, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(mail_outbox::table.filter(mail_outbox::done_at.lt(cutoff))).execute(conn)
}

/// A mail to someone as their copy of their data shows it: never its body, which may carry a
/// sign-in link or another one-time token.
#[derive(Debug, Clone, Queryable)]
pub struct MailLine {
    pub subject: String,
    pub created_at: NaiveDateTime,
    pub done_at: Option<NaiveDateTime>,
    pub attempts: i32,
}

/// The mails to `recipient` still in the outbox (waiting, or sent in the last week), oldest first.
pub fn to_recipient(conn: &mut AnyConnection, recipient: &str) -> QueryResult<Vec<MailLine>> {
    mail_outbox::table
        .filter(mail_outbox::recipient.eq(recipient))
        .order((mail_outbox::created_at, mail_outbox::id))
        .select((
            mail_outbox::subject,
            mail_outbox::created_at,
            mail_outbox::done_at,
            mail_outbox::attempts,
        ))
        .load(conn)
}
