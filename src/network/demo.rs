//! The demo network: Helsinki's partner network, kept by the demo coordinator, with the demo
//! child health clinic's partner, a facilitator and the referral worker. Two meetings were
//! held: the first agreed two actions, the second followed one up as done (the other is still
//! open); the next meeting is in two weeks.

use chrono::{NaiveTime, TimeDelta};
use diesel::prelude::*;

use super::domain::{Kind, Status};
use super::schema::{
    network_actions as actions, network_agenda_items as agenda, network_meetings as meetings,
    network_networks as networks, network_participants as participants,
};
use crate::accounts::service as accounts;
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::AppError;
use crate::groups::circles::{self as group_circles, NewCircle, Purpose};
use crate::groups::schedule::WeeklySeries;
use crate::state::AppState;

const NAME: &str = "Helsingin perheiden kumppaniverkosto";

const PEOPLE: [(&str, Kind, &str); 3] = [
    (
        "neuvola@demo.silta.test",
        Kind::Partner,
        "Terveydenhoitaja, lapsiperheiden neuvonta",
    ),
    (
        "facilitator.ar@demo.silta.test",
        Kind::Facilitator,
        "Arabiankielisen vanhempainryhmän ohjaaja",
    ),
    (
        "referrals@demo.silta.test",
        Kind::Staff,
        "Ohjaa perheitä palveluihin",
    ),
];

/// Makes the demo network once; true when it made it.
pub async fn demo_network(state: &AppState) -> Result<bool, AppError> {
    state
        .db
        .run(|conn| {
            let exists = networks::table
                .filter(networks::name.eq(NAME))
                .count()
                .get_result::<i64>(conn)?
                > 0;
            let organiser = accounts::user_id_by_email(conn, "coordinator@demo.silta.test")?;
            let mut people = Vec::new();
            for (email, kind, works_as) in PEOPLE {
                if let Some(id) = accounts::user_id_by_email(conn, email)? {
                    people.push((id, kind, works_as));
                }
            }
            let (Some(organiser), false, 3) = (organiser, exists, people.len()) else {
                return Ok(false);
            };
            crate::db::transaction(conn, |conn| make(conn, &organiser, &people))?;
            Ok(true)
        })
        .await
}

fn make(
    conn: &mut AnyConnection,
    organiser: &str,
    people: &[(String, Kind, &str)],
) -> Result<(), AppError> {
    let at = now();
    let id = group_circles::create(
        conn,
        &NewCircle {
            purpose: Purpose::Network,
            name: NAME,
            language: "fi",
            leader: organiser,
            created_by: organiser,
        },
        at,
    )?;
    diesel::insert_into(networks::table)
        .values((
            networks::circle_id.eq(&id),
            networks::name.eq(NAME),
            networks::area_kind.eq("county"),
            networks::area_code.eq("90"),
            networks::organiser_id.eq(organiser),
            networks::created_at.eq(at - TimeDelta::days(60)),
        ))
        .execute(conn)?;
    for (user, kind, works_as) in people {
        diesel::insert_into(participants::table)
            .values((
                participants::network_id.eq(&id),
                participants::user_id.eq(user),
                participants::kind.eq(kind.as_str()),
                participants::works_as.eq(*works_as),
                participants::invited_by.eq(organiser),
                participants::invited_at.eq(at - TimeDelta::days(60)),
            ))
            .execute(conn)?;
    }
    let ids: Vec<String> = people.iter().map(|p| p.0.clone()).collect();
    group_circles::set_members(conn, &id, &ids, at)?;
    let mut held = Vec::new();
    for weeks_ago in [6, 2] {
        // At one in the afternoon, Helsinki time, as the meeting ahead.
        let day = crate::groups::service::local_date(at - TimeDelta::weeks(weeks_ago));
        let starts = crate::groups::schedule::local_to_utc(
            day.and_time(NaiveTime::from_hms_opt(13, 0, 0).unwrap_or_default()),
            crate::groups::schedule::GROUP_TIME_ZONE,
        );
        let session =
            group_circles::add_past_session(conn, &id, starts, starts + TimeDelta::hours(2), at)?;
        super::meetings::record(conn, &id, &session, starts - TimeDelta::days(7))?;
        held.push(session);
    }
    minutes(conn, &id, &held, organiser, &ids)?;
    let series = WeeklySeries {
        first_date: (at + TimeDelta::days(14)).date(),
        start: NaiveTime::from_hms_opt(13, 0, 0).unwrap_or_default(),
        duration_minutes: 120,
        weeks: 1,
    };
    for session in group_circles::schedule(conn, &id, &series, at)? {
        super::meetings::record(conn, &id, &session.id, at)?;
    }
    Ok(())
}

fn minutes(
    conn: &mut AnyConnection,
    network: &str,
    held: &[String],
    organiser: &str,
    people: &[String],
) -> Result<(), AppError> {
    let (Some(first), Some(second), Some(partner), Some(facilitator)) =
        (held.first(), held.get(1), people.first(), people.get(1))
    else {
        return Ok(());
    };
    agenda_and_notes(conn, first, second, organiser)?;
    agreed(
        conn,
        network,
        first,
        second,
        organiser,
        partner,
        facilitator,
    )
}

fn agenda_and_notes(
    conn: &mut AnyConnection,
    first: &str,
    second: &str,
    organiser: &str,
) -> Result<(), AppError> {
    let at = now();
    for (session, items) in [
        (
            first,
            [
                "Tutustumiskierros: kuka tekee mitä",
                "Neuvolan ja vertaisryhmien yhteistyö",
            ],
        ),
        (
            second,
            ["Edellisen kerran toimenpiteet", "Kevään ryhmät ja tiedotus"],
        ),
    ] {
        for (i, body) in items.iter().enumerate() {
            diesel::insert_into(agenda::table)
                .values((
                    agenda::id.eq(uuid::Uuid::new_v4().to_string()),
                    agenda::session_id.eq(session),
                    agenda::position.eq(i32::try_from(i + 1).unwrap_or_default()),
                    agenda::body.eq(*body),
                ))
                .execute(conn)?;
        }
    }
    for (session, notes) in [
        (
            first,
            "Neuvola kertoo vertaisryhmistä perheille, joilla on kaksi kulttuuria. Ohjaajat eivät tunteneet neuvolan perhetyötä.",
        ),
        (
            second,
            "Esite on jaettu. Yhteinen infotilaisuus siirtyy kevääseen.",
        ),
    ] {
        diesel::update(meetings::table.find(session))
            .set((
                meetings::notes.eq(notes),
                meetings::notes_by.eq(Some(organiser)),
                meetings::notes_at.eq(Some(at)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The first meeting's two actions; the second meeting followed the partner's up as done.
fn agreed(
    conn: &mut AnyConnection,
    network: &str,
    first: &str,
    second: &str,
    organiser: &str,
    partner: &str,
    facilitator: &str,
) -> Result<(), AppError> {
    let at = now();
    let today = at.date();
    for (owner, body, due, done) in [
        (
            partner,
            "Jaa vertaisryhmien esite neuvolan odotustilaan",
            30,
            true,
        ),
        (
            facilitator,
            "Suunnittele yhteinen infotilaisuus neuvolan kanssa",
            -7,
            false,
        ),
    ] {
        diesel::insert_into(actions::table)
            .values((
                actions::id.eq(uuid::Uuid::new_v4().to_string()),
                actions::network_id.eq(network),
                actions::session_id.eq(first),
                actions::body.eq(body),
                actions::owner_id.eq(owner),
                actions::due_on.eq(Some(today - TimeDelta::days(due))),
                actions::status.eq(if done { Status::Done } else { Status::Open }.as_str()),
                actions::followed_up_in.eq(done.then_some(second)),
                actions::followed_up_by.eq(done.then_some(organiser)),
                actions::followed_up_at.eq(done.then_some(at - TimeDelta::weeks(2))),
                actions::created_by.eq(organiser),
                actions::created_at.eq(at - TimeDelta::weeks(6)),
            ))
            .execute(conn)?;
    }
    Ok(())
}
