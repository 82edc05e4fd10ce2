//! What accounts purges when its time is over: security-log lines two years after they were
//! written, and the nameless stubs an erasure kept once no protected record points at them.

use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{families, invitations, security_events, users};
use crate::error::AppError;
use crate::personal_data::Purging;
use crate::purgeable;

/// Days a security-log line is kept: long enough to look into a misuse of an account.
pub const SECURITY_LOG_KEPT_DAYS: u32 = 730;

pub fn purge(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let before = purging.before(SECURITY_LOG_KEPT_DAYS);
    let old = purgeable!(
        conn,
        purging,
        security_events,
        security_events::created_at.lt(before)
    );
    let mut purged =
        diesel::delete(security_events::table.filter(security_events::id.eq_any(&old)))
            .execute(conn)?;
    let stubs = purging.ended("users");
    purged += diesel::delete(
        users::table
            .filter(users::id.eq_any(&stubs))
            .filter(users::email.like(super::model::users::ERASED_ADDRESSES)),
    )
    .execute(conn)?;
    let families = purging.ended("families");
    diesel::delete(invitations::table.filter(invitations::family_id.eq_any(&families)))
        .execute(conn)?;
    purged +=
        diesel::delete(families::table.filter(families::id.eq_any(&families))).execute(conn)?;
    Ok(purged)
}
