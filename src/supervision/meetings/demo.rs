//! Demo supervision circle: the demo supervisor's circle of every demo facilitator, with
//! monthly meetings behind it (attended by all, except one who stopped coming after the first)
//! and two meetings ahead; a shared note and a private one; hours of other work waiting for
//! the supervisor's approval.

use chrono::{NaiveTime, TimeDelta};
use diesel::prelude::*;

use super::super::schema::{supervision_circles as circles, supervision_notes as notes};
use crate::accounts::service as accounts;
use crate::auth::policy::Role;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::circles::{self as group_circles, NewCircle, Purpose};
use crate::groups::schedule::WeeklySeries;
use crate::state::AppState;

const NAME: &str = "Tukiryhmä: tiistain ohjaajat";

/// Makes the demo circle once; true when it made it.
pub async fn demo_circle(state: &AppState) -> Result<bool, AppError> {
    state
        .db
        .run(|conn| {
            let exists = circles::table
                .filter(circles::name.eq(NAME))
                .count()
                .get_result::<i64>(conn)?
                > 0;
            let supervisor = accounts::people_with_role(conn, Role::Supervisor)?;
            let facilitators = accounts::people_with_role(conn, Role::Facilitator)?;
            let (Some(supervisor), false, false) =
                (supervisor.first(), facilitators.is_empty(), exists)
            else {
                return Ok(false);
            };
            let ids: Vec<String> = facilitators.iter().map(|f| f.id.clone()).collect();
            crate::db::transaction(conn, |conn| make(conn, &supervisor.id, &ids))?;
            Ok(true)
        })
        .await
}

fn make(
    conn: &mut AnyConnection,
    supervisor: &str,
    facilitators: &[String],
) -> Result<(), AppError> {
    let at = now();
    let circle = group_circles::create(
        conn,
        &NewCircle {
            purpose: Purpose::Supervision,
            name: NAME,
            language: "fi",
            leader: supervisor,
            created_by: supervisor,
        },
        at,
    )?;
    group_circles::set_members(conn, &circle, facilitators, at)?;
    diesel::insert_into(circles::table)
        .values((
            circles::circle_id.eq(&circle),
            circles::supervisor_id.eq(supervisor),
            circles::name.eq(NAME),
            circles::created_at.eq(at),
        ))
        .execute(conn)?;
    // Monthly meetings from seven months ago; the last facilitator stopped coming after the
    // first.
    for months_ago in (1..=7).rev() {
        let starts = at - TimeDelta::days(30 * months_ago) - TimeDelta::hours(2);
        let ends = starts + TimeDelta::minutes(90);
        let session = group_circles::add_past_session(conn, &circle, starts, ends, at)?;
        for (i, person) in facilitators.iter().enumerate() {
            let stopped = i + 1 == facilitators.len() && facilitators.len() > 1 && months_ago < 6;
            if !stopped {
                crate::groups::service::note_presence(conn, &session, person, ends)?;
            }
        }
    }
    let first_date = (at + TimeDelta::days(7)).date();
    let series = WeeklySeries {
        first_date,
        start: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default(),
        duration_minutes: 90,
        weeks: 2,
    };
    group_circles::schedule(conn, &circle, &series, at)?;
    for (days_ago, minutes, note) in [
        (3, 45, "Valmistelin syksyn teemakeskustelun."),
        (
            10,
            30,
            "Puhelu uuden perheen kanssa ennen ensimmäistä tapaamista.",
        ),
    ] {
        for person in facilitators {
            let day = (at - TimeDelta::days(days_ago)).date();
            super::super::hours::demo_pending(conn, person, day, minutes, note)?;
        }
    }
    if let Some(first) = facilitators.first() {
        for (body, shared) in [
            (
                "Kiitos hyvästä työstä syksyn ryhmissä. Puhutaan ensi kerralla hiljaisista jäsenistä.",
                true,
            ),
            (
                "Vaikutti väsyneeltä; kysy jaksamisesta ja tauon tarpeesta.",
                false,
            ),
        ] {
            diesel::insert_into(notes::table)
                .values((
                    notes::id.eq(uuid::Uuid::new_v4().to_string()),
                    notes::facilitator_id.eq(first),
                    notes::author_id.eq(supervisor),
                    notes::body.eq(body),
                    notes::shared.eq(shared),
                    notes::created_at.eq(at - TimeDelta::days(30)),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}
