//! The personal data the directory keeps, declared for the privacy feature: the requests for
//! help a person sent to Silta's staff (with the service they were about) and, for a municipal
//! partner, the organisations whose referrals they handle. Staff appear by pseudonym.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Value, json};

use super::schema::{directory_help_requests as requests, directory_partner_members as partners};
use super::service;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{
    Kind, LawfulBasis, PersonalData, Pseudonyms, Purging, Retention, Subject, at, at_opt,
};
use crate::purgeable;
use crate::registry::Registry;

/// Days a help request is kept after staff handled it.
pub const HELP_REQUESTS_KEPT_DAYS: u32 = 365;

pub fn register(reg: &mut Registry) {
    reg.personal_data(PersonalData {
        feature: "directory",
        kinds: vec![
            Kind {
                key: "directory.help_requests",
                title: "privacy-kind-directory-help-requests",
                purpose: "privacy-purpose-of-directory-help-requests",
                basis: LawfulBasis::Contract,
                retention: Retention::DaysAfterClosing {
                    days: HELP_REQUESTS_KEPT_DAYS,
                },
                tables: &["directory_help_requests"],
            },
            Kind {
                key: "directory.partner_of",
                title: "privacy-kind-directory-partner-of",
                purpose: "privacy-purpose-of-directory-partner-of",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::WhileAccount,
                tables: &["directory_partner_members"],
            },
        ],
        export,
        erase: super::erase::erase,
        purge: Some(purge),
    });
}

type RequestRow = (
    Option<String>,
    String,
    NaiveDateTime,
    Option<String>,
    Option<NaiveDateTime>,
);

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let rows: Vec<RequestRow> = requests::table
        .filter(requests::user_id.eq(&subject.user_id))
        .order(requests::created_at)
        .select((
            requests::service_id,
            requests::message,
            requests::created_at,
            requests::handled_by,
            requests::handled_at,
        ))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().filter_map(|r| r.0.clone()).collect();
    let services = service::names(conn, &ids, &subject.language)?;
    let service_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| services.get(id))
            .map(|s| format!("{} ({})", s.service, s.organisation))
    };
    let help: Vec<Value> = rows
        .iter()
        .map(|(service, message, created, by, handled)| {
            json!({
                "service": service_name(service), "message": message, "sent_at": at(*created),
                "handled_by": by.as_ref().map(|b| names.name(subject, b)),
                "handled_at": at_opt(*handled),
            })
        })
        .collect();
    let partner_of: Vec<(String, String, NaiveDateTime)> = partners::table
        .inner_join(super::schema::directory_organisations::table)
        .filter(partners::user_id.eq(&subject.user_id))
        .select((
            super::schema::directory_organisations::name_fi,
            partners::added_by,
            partners::added_at,
        ))
        .load(conn)?;
    Ok(json!({
        "help_requests": help,
        "partner_of": partner_of.into_iter().map(|(organisation, by, added)| json!({
            "organisation": organisation, "added_by": names.name(subject, &by),
            "added_at": at(added),
        })).collect::<Vec<_>>(),
    }))
}

/// Help requests a year after staff handled them.
fn purge(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let before = purging.before(HELP_REQUESTS_KEPT_DAYS);
    let handled = purgeable!(conn, purging, requests, requests::handled_at.lt(before));
    Ok(diesel::delete(requests::table.filter(requests::id.eq_any(&handled))).execute(conn)?)
}
