//! Demo contacts: the Helsinki child health clinic's nurse is the named contact of a group of
//! each of the two facilitators (the one the demo family is in, where a facilitator leads it),
//! and visited the last session of the first one to answer questions about sleep. Made once, through the same services the pages use (the past visit, which no
//! page can make, is written as the room would have recorded it): a database with contacts
//! already is left alone.

use diesel::prelude::*;

use super::domain::NewContact;
use super::schema::{contact_guests, group_contacts};
use crate::auth::SignedIn;
use crate::auth::access::acting_as;
use crate::clock::now;
use crate::error::AppError;
use crate::groups::service as groups;
use crate::state::AppState;

const NURSE: &str = "neuvola@demo.silta.test";
/// The demo family whose group gets the contact first (the browser journey reads it there).
const FAMILY: &str = "aisha@demo.silta.test";
const FACILITATORS: [&str; 2] = [
    "facilitator.ar@demo.silta.test",
    "facilitator.ru@demo.silta.test",
];

async fn person(state: &AppState, email: &str) -> Result<Option<SignedIn>, AppError> {
    acting_as(state, email).await
}

/// Adds the demo contacts unless there are some; returns lines to print.
pub async fn demo_contacts(state: &AppState) -> Result<Vec<String>, AppError> {
    let any = state
        .db
        .run(|conn| {
            Ok(group_contacts::table
                .select(group_contacts::id)
                .first::<String>(conn)
                .optional()?)
        })
        .await?;
    let (Some(coordinator), Some(nurse)) = (
        person(state, "coordinator@demo.silta.test").await?,
        person(state, NURSE).await?,
    ) else {
        return Ok(Vec::new());
    };
    if any.is_some() {
        return Ok(Vec::new());
    }
    let family = person(state, FAMILY).await?.map(|f| f.user_id);
    let mut linked = Vec::new();
    for facilitator in FACILITATORS {
        let Some(facilitator) = person(state, facilitator).await? else {
            continue;
        };
        let (id, family) = (facilitator.user_id.clone(), family.clone());
        let chosen = state
            .db
            .run(move |conn| {
                let led = groups::groups_led_by(conn, &id, "fi")?;
                let mut chosen = led.first().map(|(group_id, _)| group_id.clone());
                for (group_id, _) in &led {
                    if let Some(family) = &family
                        && groups::is_member(conn, group_id, family)?
                    {
                        chosen = Some(group_id.clone());
                    }
                }
                Ok(chosen)
            })
            .await?;
        if let Some(group_id) = chosen {
            let input = NewContact {
                partner_id: nurse.user_id.clone(),
                role: "child_health_nurse".to_owned(),
                service_id: None,
                languages: vec!["fi".to_owned(), "en".to_owned(), "ar".to_owned()],
                reach: "Tue–Thu 9–11, 09 310 12345".to_owned(),
            };
            super::links::link(state, &coordinator, &group_id, input).await?;
            linked.push(group_id);
        }
    }
    let Some(first) = linked.first().cloned() else {
        return Ok(Vec::new());
    };
    let (nurse_id, by) = (nurse.user_id.clone(), coordinator.user_id.clone());
    state
        .db
        .run(move |conn| {
            let ids = groups::session_ids_of_group(conn, &first)?;
            let now = now();
            let last = groups::sessions_by_id(conn, &ids)?
                .into_iter()
                .filter(|s| s.ends_at < now)
                .max_by_key(|s| s.starts_at);
            if let Some(session) = last {
                diesel::insert_into(contact_guests::table)
                    .values((
                        contact_guests::id.eq(uuid::Uuid::new_v4().to_string()),
                        contact_guests::session_id.eq(&session.id),
                        contact_guests::group_id.eq(&first),
                        contact_guests::partner_id.eq(&nurse_id),
                        contact_guests::topic.eq("answers questions about sleep"),
                        contact_guests::invited_by.eq(&by),
                        contact_guests::invited_at
                            .eq(session.starts_at - chrono::TimeDelta::days(7)),
                        contact_guests::entered_at.eq(Some(session.starts_at)),
                    ))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await?;
    Ok(vec![format!(
        "the child health nurse ({NURSE}) is the contact of {} groups and visited a past session",
        linked.len()
    )])
}
