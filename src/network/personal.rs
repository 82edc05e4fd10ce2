//! The personal data networks keep, declared for the privacy feature: in which networks a
//! person takes part (and what they do there), the actions they own, and the meeting notes
//! they wrote. Erasing a person takes them off every network; the actions they owned and the
//! notes they wrote stay with the network's record, under the stand-in. Meetings (their
//! agendas, notes and actions) go five years after they were held.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde_json::{Value, json};

use super::schema::{
    network_actions, network_agenda_items, network_meetings, network_networks, network_participants,
};
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::personal_data::{
    Erasure, Kind, LawfulBasis, PersonalData, Pseudonyms, Purging, Retention, Subject, at, at_opt,
};
use crate::registry::Registry;
use crate::{delete_of, purgeable, stand_in_for};

/// Days a meeting's minutes are kept.
pub const KEPT_DAYS: u32 = 1826;

pub fn register(reg: &mut Registry) {
    let kept = Retention::Days { days: KEPT_DAYS };
    let kinds = vec![
        Kind {
            key: "network.participation",
            title: "privacy-kind-network-participation",
            purpose: "privacy-purpose-of-network-participation",
            basis: LawfulBasis::LegitimateInterests,
            retention: Retention::WhileAccount,
            tables: &["network_participants"],
        },
        Kind {
            key: "network.actions",
            title: "privacy-kind-network-actions",
            purpose: "privacy-purpose-of-network-actions",
            basis: LawfulBasis::LegitimateInterests,
            retention: kept,
            tables: &["network_actions"],
        },
        Kind {
            key: "network.notes",
            title: "privacy-kind-network-notes",
            purpose: "privacy-purpose-of-network-notes",
            basis: LawfulBasis::LegitimateInterests,
            retention: kept,
            tables: &[
                "network_meetings",
                "network_agenda_items",
                "network_networks",
            ],
        },
    ];
    reg.personal_data(PersonalData {
        feature: "network",
        kinds,
        export,
        erase,
        purge: Some(purge),
    });
}

fn export(
    conn: &mut AnyConnection,
    subject: &Subject,
    _names: &mut Pseudonyms,
) -> Result<Value, AppError> {
    let me = subject.user_id.as_str();
    let taking_part: Vec<(String, String, String, NaiveDateTime)> = network_participants::table
        .inner_join(network_networks::table)
        .filter(network_participants::user_id.eq(me))
        .select((
            network_networks::name,
            network_participants::kind,
            network_participants::works_as,
            network_participants::invited_at,
        ))
        .load(conn)?;
    let owned: Vec<(String, Option<NaiveDate>, String, NaiveDateTime)> = network_actions::table
        .filter(network_actions::owner_id.eq(me))
        .order(network_actions::created_at)
        .select((
            network_actions::body,
            network_actions::due_on,
            network_actions::status,
            network_actions::created_at,
        ))
        .load(conn)?;
    let written: Vec<(String, Option<NaiveDateTime>)> = network_meetings::table
        .filter(network_meetings::notes_by.eq(me))
        .select((network_meetings::notes, network_meetings::notes_at))
        .load(conn)?;
    Ok(json!({
        "participation": taking_part.into_iter().map(|(network, kind, works_as, since)| json!({
            "network": network, "taking_part_as": kind, "works_as": works_as, "since": at(since),
        })).collect::<Vec<_>>(),
        "actions": owned.into_iter().map(|(text, due, status, agreed)| json!({
            "text": text, "due_on": due.map(|d| d.to_string()), "status": status,
            "agreed_at": at(agreed),
        })).collect::<Vec<_>>(),
        "notes": written.into_iter().map(|(text, written_at)| json!({
            "text": text, "written_at": at_opt(written_at),
        })).collect::<Vec<_>>(),
    }))
}

fn erase(conn: &mut AnyConnection, erasure: &mut Erasure) -> Result<(), AppError> {
    let me = erasure.subject.user_id.as_str();
    delete_of!(conn, me, network_participants.user_id);
    stand_in_for!(
        conn,
        me,
        network_participants.invited_by,
        network_networks.organiser_id,
        network_meetings.notes_by,
        network_actions.owner_id,
        network_actions.followed_up_by,
        network_actions.created_by
    );
    Ok(())
}

/// Meetings held five years ago go with their agenda and actions.
fn purge(conn: &mut AnyConnection, purging: &Purging) -> Result<usize, AppError> {
    let before = purging.before(KEPT_DAYS);
    let actions = purgeable!(
        conn,
        purging,
        network_actions,
        network_actions::created_at.lt(before)
    );
    let mut purged =
        diesel::delete(network_actions::table.filter(network_actions::id.eq_any(&actions)))
            .execute(conn)?;
    let old: Vec<String> = network_meetings::table
        .filter(network_meetings::created_at.lt(before))
        .filter(
            network_meetings::session_id
                .ne_all(network_actions::table.select(network_actions::session_id)),
        )
        .limit(purging.batch)
        .select(network_meetings::session_id)
        .load(conn)?;
    diesel::delete(
        network_agenda_items::table.filter(network_agenda_items::session_id.eq_any(&old)),
    )
    .execute(conn)?;
    purged +=
        diesel::delete(network_meetings::table.filter(network_meetings::session_id.eq_any(&old)))
            .execute(conn)?;
    Ok(purged)
}
