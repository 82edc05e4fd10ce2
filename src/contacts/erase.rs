//! Erasing a person from contacts, and purging what outlived its period. A partner's links
//! go; a conversation goes with either of its two sides (it is theirs alone); a visit stays,
//! by the stand-in, as the record that it took place; an offer goes with its family.

use diesel::prelude::*;

use super::schema::{
    contact_guests, contact_messages, contact_offers, contact_threads, group_contacts,
};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{Erasure, Purging};
use crate::{delete_of, purgeable, stand_in_for};

/// Advice threads are kept two years after their last message.
pub const ADVICE_KEPT_DAYS: u32 = 730;
/// Visits are kept two years after the invitation.
pub const VISITS_KEPT_DAYS: u32 = 730;
/// Offers are kept a year after they were made.
pub const OFFERS_KEPT_DAYS: u32 = 365;

pub fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.clone();
    let threads: Vec<String> = contact_threads::table
        .filter(
            contact_threads::partner_id
                .eq(&me)
                .or(contact_threads::facilitator_id.eq(&me)),
        )
        .select(contact_threads::id)
        .load(conn)?;
    delete_threads(conn, &threads)?;
    if let Some(family) = erasure.family_going() {
        diesel::delete(contact_offers::table.filter(contact_offers::family_id.eq(family)))
            .execute(conn)?;
    }
    delete_of!(conn, &me, group_contacts.partner_id);
    stand_in_for!(
        conn,
        &me,
        group_contacts.added_by,
        contact_guests.partner_id,
        contact_guests.invited_by,
        contact_offers.user_id
    );
    Ok(())
}

fn delete_threads(conn: &mut AnyConnection, ids: &[String]) -> Result<usize, AppError> {
    diesel::delete(contact_messages::table.filter(contact_messages::thread_id.eq_any(ids)))
        .execute(conn)?;
    Ok(
        diesel::delete(contact_threads::table.filter(contact_threads::id.eq_any(ids)))
            .execute(conn)?,
    )
}

pub fn purge(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let threads = purgeable!(
        conn,
        purging,
        contact_threads,
        contact_threads::last_at.lt(purging.before(ADVICE_KEPT_DAYS))
    );
    let mut purged = delete_threads(conn, &threads)?;
    let offers = purgeable!(
        conn,
        purging,
        contact_offers,
        contact_offers::offered_at.lt(purging.before(OFFERS_KEPT_DAYS))
    );
    purged += diesel::delete(contact_offers::table.filter(contact_offers::id.eq_any(&offers)))
        .execute(conn)?;
    let visits = purgeable!(
        conn,
        purging,
        contact_guests,
        contact_guests::invited_at.lt(purging.before(VISITS_KEPT_DAYS))
    );
    diesel::delete(contact_offers::table.filter(contact_offers::guest_id.eq_any(&visits)))
        .execute(conn)?;
    purged += diesel::delete(contact_guests::table.filter(contact_guests::id.eq_any(&visits)))
        .execute(conn)?;
    Ok(purged)
}
