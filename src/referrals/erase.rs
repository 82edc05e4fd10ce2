//! Erasing a person from referrals. A referral that was sent, with the consent it was sent
//! under, is kept (protected) for the time a claim about it can be made; so is a record of a
//! child welfare notification about the family. Everything else of the family's goes with its
//! last adult: drafts, their consents and history. Work done by a worker stays, by the
//! stand-in.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::schema::{child_protection_notices, referral_consents, referral_events, referrals};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{Erasure, STAND_IN};
use crate::stand_in_for;

/// A sent referral and its consent are kept three years after the erasure: the general
/// limitation period for claims in Finland (act 728/2003, § 4).
const CLAIMS_KEPT: TimeDelta = TimeDelta::days(3 * 365);
/// A child welfare notification's record is kept ten years after it was made.
const PROTECTION_KEPT: TimeDelta = TimeDelta::days(3652);
const SENT_REASON: &str = "privacy-protected-sent-referral";
const CONSENT_REASON: &str = "privacy-protected-consent-of-sent-referral";
const PROTECTION_REASON: &str = "privacy-protected-child-protection";

pub fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.clone();
    let until = erasure.now + CLAIMS_KEPT;
    if let Some(family) = erasure.family_going().map(str::to_owned) {
        erase_family(conn, erasure, &family, until)?;
    }
    // The person's own consents: kept where a referral was sent under them.
    let consents: Vec<(String, Option<NaiveDateTime>)> = referral_consents::table
        .inner_join(referrals::table)
        .filter(referral_consents::adult_id.eq(&me))
        .select((referral_consents::id, referrals::sent_at))
        .load(conn)?;
    for (id, sent_at) in consents {
        if sent_at.is_some() {
            erasure.protect("referral_consents", &id, CONSENT_REASON, until);
        } else {
            diesel::delete(referral_consents::table.find(&id)).execute(conn)?;
        }
    }
    stand_in_for!(
        conn,
        &me,
        referrals.worker_id,
        referral_events.actor_id,
        child_protection_notices.made_by
    );
    // Who recorded or withdrew another adult's consent (a protected record of the person's
    // own keeps its own names).
    let others = referral_consents::adult_id.ne(me.clone());
    diesel::update(referral_consents::table.filter(referral_consents::recorded_by.eq(&me)))
        .filter(others.clone())
        .set(referral_consents::recorded_by.eq(STAND_IN))
        .execute(conn)?;
    diesel::update(referral_consents::table.filter(referral_consents::withdrawn_by.eq(&me)))
        .filter(others)
        .set(referral_consents::withdrawn_by.eq(STAND_IN))
        .execute(conn)?;
    Ok(())
}

/// The family's referrals and child welfare records, when its last adult goes.
fn erase_family(
    conn: &mut AnyConnection,
    erasure: &mut Erasure,
    family: &str,
    until: NaiveDateTime,
) -> Result<(), AppError> {
    let theirs: Vec<(String, Option<NaiveDateTime>)> = referrals::table
        .filter(referrals::family_id.eq(family))
        .select((referrals::id, referrals::sent_at))
        .load(conn)?;
    let (sent, unsent): (Vec<_>, Vec<_>) = theirs.into_iter().partition(|(_, s)| s.is_some());
    let unsent: Vec<String> = unsent.into_iter().map(|(id, _)| id).collect();
    diesel::delete(referral_events::table.filter(referral_events::referral_id.eq_any(&unsent)))
        .execute(conn)?;
    diesel::delete(referral_consents::table.filter(referral_consents::referral_id.eq_any(&unsent)))
        .execute(conn)?;
    diesel::delete(referrals::table.filter(referrals::id.eq_any(&unsent))).execute(conn)?;
    for (id, _) in &sent {
        erasure.protect("referrals", id, SENT_REASON, until);
    }
    let notices: Vec<(String, NaiveDateTime)> = child_protection_notices::table
        .filter(child_protection_notices::family_id.eq(family))
        .select((
            child_protection_notices::id,
            child_protection_notices::made_at,
        ))
        .load(conn)?;
    for (id, made_at) in notices {
        let kept = (made_at + PROTECTION_KEPT).max(erasure.now);
        erasure.protect("child_protection_notices", &id, PROTECTION_REASON, kept);
    }
    Ok(())
}
