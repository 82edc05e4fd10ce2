//! Demo referrals: the Helsinki child health clinic's partner account linked to its
//! organisation, Aisha's family referred there with its consent and accepted, a draft for
//! Olga's family waiting for her consent, and a child welfare notification recorded for
//! Hodan's family. Made once, through the same services the pages use: a database with
//! referrals already is left alone.

use diesel::prelude::*;

use super::changes::{self, Mover};
use super::domain::{Change, Status};
use super::drafts::{self, NewDraft};
use super::protection::service::{self as protection, NewNotice};
use super::schema::referrals;
use super::{consent, delivery};
use crate::auth::SignedIn;
use crate::auth::access::acting_as;
use crate::clock::now;
use crate::directory::search::{self, Filter};
use crate::directory::{partners, service as directory};
use crate::error::AppError;
use crate::state::AppState;

const WORKER: &str = "referrals@demo.silta.test";
const PARTNER: &str = "neuvola@demo.silta.test";

async fn person(state: &AppState, email: &str) -> Result<SignedIn, AppError> {
    acting_as(state, email)
        .await?
        .ok_or_else(|| AppError::internal(format!("demo account {email} is missing")))
}

/// The first active service in `municipality` of `category`.
async fn service_in(
    state: &AppState,
    municipality: &str,
    category: &str,
) -> Result<Option<String>, AppError> {
    let filter = Filter {
        municipality: Some(municipality.to_owned()),
        category: Some(category.to_owned()),
        ..Filter::default()
    };
    state
        .db
        .run(move |conn| Ok(search::find(conn, &filter, 0, 1)?.0.pop()))
        .await
}

fn draft(family_id: Option<String>, service_id: String, texts: [&str; 3]) -> NewDraft {
    NewDraft {
        family_id: family_id.unwrap_or_default(),
        service_id,
        reason: texts[0].to_owned(),
        hopes: texts[1].to_owned(),
        summary: texts[2].to_owned(),
        concern_report_id: None,
    }
}

/// Aisha's family to the Helsinki child health clinic: consented, sent into the partner's
/// inbox, received and accepted.
async fn accepted(state: &AppState, worker: &SignedIn, clinic: String) -> Result<(), AppError> {
    let target = state
        .db
        .run({
            let clinic = clinic.clone();
            move |conn| Ok(directory::target(conn, &clinic)?)
        })
        .await?
        .ok_or_else(AppError::not_found)?;
    let admin = person(state, "admin@demo.silta.test").await?;
    partners::link(state, &admin, &target.organisation_id, PARTNER).await?;
    let aisha = person(state, "aisha@demo.silta.test").await?;
    let texts = [
        "The parents would like support with the baby's sleep and feeding; they feel alone with it.",
        "A visit to the clinic with an Arabic interpreter.",
        "A family of four in Kallio; the parents speak Arabic and some Finnish.",
    ];
    let id = drafts::create(state, worker, draft(aisha.family_id.clone(), clinic, texts)).await?;
    let text = consent::text_for_family(state, &aisha, &id).await?;
    consent::give(state, &aisha, &id, &text.fingerprint).await?;
    delivery::send(state, worker, &id).await?;
    let neuvola = person(state, PARTNER).await?;
    for status in [Status::Received, Status::Accepted] {
        let change = Change {
            status,
            decline_reason: None,
            outcome: None,
            note: String::new(),
        };
        changes::change(state, Mover::Partner(neuvola.clone()), &id, change).await?;
    }
    Ok(())
}

/// A child welfare notification a referral worker made about Hodan's family in Vaasa.
async fn notice(state: &AppState, worker: &SignedIn) -> Result<(), AppError> {
    let made_at = now() - chrono::TimeDelta::days(3);
    let input = NewNotice {
        municipality: "905".to_owned(),
        recipient: "Vaasan sosiaali- ja kriisipäivystys".to_owned(),
        made_at: Some(made_at),
        member: None,
        adult_email: Some("hodan@demo.silta.test".to_owned()),
        note: "Made by phone after the family's facilitator called.".to_owned(),
    };
    protection::record(state, worker, input).await.map(drop)
}

/// Makes the demo referrals unless there are referrals; the lines to print.
pub async fn demo_referrals(state: &AppState) -> Result<Vec<String>, AppError> {
    let made: i64 = state
        .db
        .run(|conn| Ok(referrals::table.count().get_result(conn)?))
        .await?;
    if made > 0 {
        return Ok(Vec::new());
    }
    let worker = person(state, WORKER).await?;
    let mut lines = Vec::new();
    if let Some(clinic) = service_in(state, "091", "child-health-clinic").await? {
        accepted(state, &worker, clinic).await?;
        lines.push(format!(
            "a referral of Aisha's family accepted by the child health clinic ({PARTNER} is its partner account)"
        ));
    }
    if let Some(counselling) = service_in(state, "049", "family-counselling").await? {
        let olga = person(state, "olga@demo.silta.test").await?;
        let texts = [
            "The parents disagree about raising the children in two languages and argue a lot.",
            "Talking with a family counsellor together, in Finnish or Russian.",
            "",
        ];
        drafts::create(state, &worker, draft(olga.family_id, counselling, texts)).await?;
        lines.push("a referral for Olga's family waiting for her consent".to_owned());
    }
    notice(state, &worker).await?;
    lines.push("a child welfare notification recorded for Hodan's family".to_owned());
    Ok(lines)
}
