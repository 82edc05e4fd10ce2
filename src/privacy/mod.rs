//! Privacy: families' data under their own control. Each feature declares the personal data
//! it keeps (`personal_data`); here a family reads who has seen its data, a person takes a
//! copy of everything kept about them (`export`), staff read what is kept, why and for how
//! long, and a job purges what has outlived its period.

pub mod api;
pub mod erasure;
pub mod export;
pub mod inactivity;
pub mod notice;
mod pages;
pub mod retention;
pub mod seen;

use serde_json::Value;

use crate::auth::policy::Permission::{InvitePeople, ManageAccounts, Public, SignedIn};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{
    Kind, LawfulBasis, PersonalData, Pseudonyms, Purging, Retention, Subject,
};
use crate::registry::Registry;

/// How often each node looks for data that outlived its period.
const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

pub fn register(reg: &mut Registry) {
    reg.routes()
        .get("/privacy", SignedIn, pages::privacy)
        .post("/privacy/export", SignedIn, export::pages::request)
        .get("/privacy/export/{id}", SignedIn, export::pages::download)
        .get(
            "/staff/data-retention",
            ManageAccounts,
            pages::data_retention,
        )
        .get("/api/v1/me/access-log", SignedIn, api::access_log)
        .post("/api/v1/me/export", SignedIn, export::api::request)
        .get("/api/v1/me/exports", SignedIn, export::api::list)
        .get("/api/v1/me/exports/{id}", SignedIn, export::api::download)
        .get("/api/v1/privacy/data-kinds", Public, api::catalogue)
        .get("/privacy/notice", Public, notice::pages::show)
        .post("/privacy/notice", SignedIn, notice::pages::accept)
        .post("/privacy/consents", SignedIn, notice::pages::consent)
        .get("/api/v1/privacy/notice", Public, notice::api::notice)
        .post("/api/v1/me/privacy-notice", SignedIn, notice::api::accept)
        .get("/api/v1/me/consents", SignedIn, notice::api::standing)
        .add(
            actix_web::http::Method::PUT,
            "/api/v1/me/consents/{purpose}",
            SignedIn,
            notice::api::consent,
        )
        .get("/privacy/erase", SignedIn, erasure::pages::show)
        .post("/privacy/erase", SignedIn, erasure::pages::request)
        .post("/privacy/erase/cancel", SignedIn, erasure::pages::cancel)
        .get(
            "/staff/erasure-requests",
            InvitePeople,
            erasure::pages::requests,
        )
        .post(
            "/staff/erasure-requests",
            InvitePeople,
            erasure::pages::record,
        )
        .post(
            "/staff/erasure-requests/{id}/approve",
            ManageAccounts,
            erasure::pages::approve,
        )
        .post(
            "/staff/erasure-requests/{id}/refuse",
            ManageAccounts,
            erasure::pages::refuse,
        )
        .post("/api/v1/me/erasure", SignedIn, erasure::api::request)
        .get("/api/v1/me/erasure", SignedIn, erasure::api::status)
        .add(
            actix_web::http::Method::DELETE,
            "/api/v1/me/erasure",
            SignedIn,
            erasure::api::cancel,
        )
        .post("/api/v1/staff/erasures", InvitePeople, erasure::api::record)
        .get(
            "/api/v1/staff/erasures",
            ManageAccounts,
            erasure::api::waiting,
        )
        .post(
            "/api/v1/staff/erasures/{id}/decision",
            ManageAccounts,
            erasure::api::decide,
        );
    reg.api(<api::PrivacyApi as utoipa::OpenApi>::openapi())
        .api(<export::api::ExportApi as utoipa::OpenApi>::openapi())
        .api(<erasure::api::ErasureApi as utoipa::OpenApi>::openapi())
        .api(<notice::api::NoticeApi as utoipa::OpenApi>::openapi());
    reg.periodic("privacy.retention", PURGE_EVERY, |state, _| async move {
        retention::run(&state).await
    });
    reg.periodic("privacy.inactivity", PURGE_EVERY, |state, _| async move {
        inactivity::run(&state).await
    });
    export::register(reg);
    erasure::register(reg);
    notice::register(reg);
    reg.personal_data(PersonalData {
        feature: "privacy",
        kinds: vec![
            Kind {
                key: "privacy.access_log",
                title: "privacy-kind-access-log",
                purpose: "privacy-purpose-of-access-log",
                basis: LawfulBasis::LegitimateInterests,
                retention: Retention::Days {
                    days: seen::KEPT_DAYS as u32,
                },
                tables: &["access_log"],
            },
            Kind {
                key: "privacy.exports",
                title: "privacy-kind-privacy-exports",
                purpose: "privacy-purpose-of-privacy-exports",
                basis: LawfulBasis::LegalObligation,
                retention: Retention::Days {
                    days: export::RECORDS_KEPT_DAYS as u32,
                },
                tables: &["privacy_exports"],
            },
            Kind {
                key: "privacy.erasures",
                title: "privacy-kind-erasures",
                purpose: "privacy-purpose-of-erasures",
                basis: LawfulBasis::LegalObligation,
                retention: Retention::WhileAccount,
                tables: &["privacy_erasures", "privacy_protected"],
            },
            Kind {
                key: "privacy.inactivity",
                title: "privacy-kind-inactivity",
                purpose: "privacy-purpose-of-inactivity",
                basis: LawfulBasis::LegalObligation,
                retention: Retention::Days {
                    days: inactivity::WARNING.num_days() as u32,
                },
                tables: &["privacy_inactivity_notices"],
            },
            Kind {
                key: "privacy.notice",
                title: "privacy-kind-notice",
                purpose: "privacy-purpose-of-notice",
                basis: LawfulBasis::LegalObligation,
                retention: Retention::WhileAccount,
                tables: &["privacy_notice_acceptances"],
            },
            Kind {
                key: "privacy.consents",
                title: "privacy-kind-consents",
                purpose: "privacy-purpose-of-consents",
                basis: LawfulBasis::Consent,
                retention: Retention::WhileAccount,
                tables: &["privacy_consents"],
            },
        ],
        export: export_all,
        erase: erasure::erase_own,
        purge: Some(purge_all),
    });
}

/// The family's access log and the records of the person's earlier copies.
fn export_all(
    conn: &mut AnyConnection,
    subject: &Subject,
    names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let mut data = seen::export(conn, subject, names)?;
    if let Value::Object(members) = &mut data {
        let records = export::export_records(conn, subject, names)?;
        members.insert("exports".to_owned(), records);
        let (acceptances, consents) = notice::export(conn, subject)?;
        members.insert("notice".to_owned(), acceptances);
        members.insert("consents".to_owned(), consents);
    }
    Ok(data)
}

fn purge_all(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let (now, batch) = (purging.now, purging.batch);
    Ok(seen::purge(conn, now, batch)? + export::purge_records(conn, now, batch)?)
}
