//! What referrals purges: a referral with its history and consents five years after it ended
//! (declined, closed or cancelled), a child welfare notification's record ten years after it
//! was made, and what an erasure kept once its protection ended.

use diesel::prelude::*;

use super::domain::Status;
use super::schema::{child_protection_notices, referral_consents, referral_events, referrals};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::Purging;
use crate::purgeable;

/// Days an ended referral is kept: what was shared, with whom and under which consent.
pub const KEPT_DAYS: u32 = 1826;
/// Days the record of a child welfare notification is kept.
pub const PROTECTION_KEPT_DAYS: u32 = 3652;

pub fn purge(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let ended = [Status::Declined, Status::Closed, Status::Cancelled].map(Status::as_str);
    let mut gone = purgeable!(
        conn,
        purging,
        referrals,
        referrals::status
            .eq_any(ended)
            .and(referrals::changed_at.lt(purging.before(KEPT_DAYS)))
    );
    gone.extend(purging.ended("referrals"));
    diesel::delete(referral_events::table.filter(referral_events::referral_id.eq_any(&gone)))
        .execute(conn)?;
    let consents = purging.ended("referral_consents");
    let mut purged = diesel::delete(
        referral_consents::table.filter(
            referral_consents::referral_id
                .eq_any(&gone)
                .or(referral_consents::id.eq_any(&consents)),
        ),
    )
    .execute(conn)?;
    purged += diesel::delete(referrals::table.filter(referrals::id.eq_any(&gone))).execute(conn)?;
    let mut notices = purgeable!(
        conn,
        purging,
        child_protection_notices,
        child_protection_notices::made_at.lt(purging.before(PROTECTION_KEPT_DAYS))
    );
    notices.extend(purging.ended("child_protection_notices"));
    purged += diesel::delete(
        child_protection_notices::table.filter(child_protection_notices::id.eq_any(&notices)),
    )
    .execute(conn)?;
    Ok(purged)
}
