//! Who may read a referral: referral workers (every referral, each reading logged), the
//! municipal partners of the service's organisation (once sent, each reading logged), the
//! service through the referral's link (logged), and the family itself. Anyone else is told
//! there is no such referral. Facilitators never see referrals.

use super::model::{self, Referral};
use crate::access_log::{self, Reading};
use crate::auth::SignedIn;
use crate::auth::policy::Permission;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::directory::service as directory;
use crate::error::AppError;

/// How a reader stands to a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Worker,
    Partner,
    ServiceLink,
    Family,
}

impl Reader {
    /// The role written to the access log.
    pub fn role(self) -> &'static str {
        match self {
            Self::Worker => "referral_worker",
            Self::Partner => "municipal_partner",
            Self::ServiceLink => "service_link",
            Self::Family => "family",
        }
    }
}

/// Why a screen reads the referral (the access log's purpose).
pub const PURPOSE: &str = "referral_follow_up";

/// Writes one reading of `item_kind` (`referral` or `consent`) of the referral's family.
pub fn log(
    conn: &mut AnyConnection,
    referral: &Referral,
    reader: Reader,
    reader_id: Option<&str>,
    item_kind: &str,
    item_id: &str,
) -> Result<(), AppError> {
    if reader == Reader::Family {
        return Ok(());
    }
    let reading = Reading {
        family_id: &referral.family_id,
        reader_id,
        reader_role: reader.role(),
        item_kind,
        item_id,
        purpose: PURPOSE,
    };
    Ok(access_log::record(conn, &reading, now())?)
}

fn found(conn: &mut AnyConnection, id: &str) -> Result<Referral, AppError> {
    model::referral(conn, id)?.ok_or_else(AppError::not_found)
}

/// The referral for a referral worker; the reading is logged.
pub fn for_worker(conn: &mut AnyConnection, me: &SignedIn, id: &str) -> Result<Referral, AppError> {
    if !me.can(Permission::MakeReferrals) {
        return Err(AppError::not_found());
    }
    let referral = found(conn, id)?;
    log(
        conn,
        &referral,
        Reader::Worker,
        Some(&me.user_id),
        "referral",
        id,
    )?;
    Ok(referral)
}

/// The referral for a partner of the service's organisation, once it was sent; logged.
pub fn for_partner(
    conn: &mut AnyConnection,
    me: &SignedIn,
    id: &str,
) -> Result<Referral, AppError> {
    if !me.can(Permission::HandleReferrals) {
        return Err(AppError::not_found());
    }
    let referral = found(conn, id)?;
    let services = directory::services_of_partner(conn, &me.user_id)?;
    if referral.status == "draft" || !services.contains(&referral.service_id) {
        return Err(AppError::not_found());
    }
    log(
        conn,
        &referral,
        Reader::Partner,
        Some(&me.user_id),
        "referral",
        id,
    )?;
    Ok(referral)
}

/// The referral for an adult of its family (their own data: not logged).
pub fn for_family(conn: &mut AnyConnection, me: &SignedIn, id: &str) -> Result<Referral, AppError> {
    let referral = found(conn, id)?;
    if !me.can(Permission::RequestHelp) || me.family_id.as_deref() != Some(&referral.family_id) {
        return Err(AppError::not_found());
    }
    Ok(referral)
}

/// The referral a verified link names, once it was sent; the opening is logged.
pub fn for_link(conn: &mut AnyConnection, id: &str) -> Result<Referral, AppError> {
    let referral = found(conn, id)?;
    if referral.status == "draft" {
        return Err(AppError::not_found());
    }
    log(conn, &referral, Reader::ServiceLink, None, "referral", id)?;
    Ok(referral)
}
