//! Partner networks through HTTP: staff make the network of an area, invite participants
//! (told by mail in their language) and schedule meetings in the network's own rooms; an
//! action needs an owner who takes part; what meeting 1 agreed is open on meeting 2's page and
//! followed up there; participants read but do not write the minutes; nobody else sees it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "network/access.rs"]
mod access;
mod common;
#[path = "network/pages.rs"]
mod pages;
#[path = "network/privacy.rs"]
mod privacy;

use common::accounts::{Person, create_person, last_mail_text, mails_to};
use common::directory::{add_partner, add_service};
use common::groups::{Api, World, world};
use common::supervision::sql;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

/// The first day at least `days` ahead.
fn in_days(days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::TimeDelta::days(days)).to_string()
}

pub struct Net {
    pub world: World,
    pub partner: Person,
    pub family: Person,
    pub id: String,
    pub first: String,
    pub second: String,
}

/// Helsinki's network kept by the world's coordinator, with a municipal partner of a child
/// health clinic (reading Swedish), the world's facilitator and a family representative, and
/// two meetings.
pub async fn network() -> Net {
    let world = world().await;
    let app = &world.app;
    let partner = create_person(app, "partner@example.org", &[Role::MunicipalPartner]).await;
    sql(
        app,
        format!(
            "UPDATE users SET ui_language = 'sv' WHERE id = '{}'",
            partner.id
        ),
    )
    .await;
    let service = add_service(app, "clinic", "Child health clinic", "").await;
    add_partner(app, &service, &partner, &world.coordinator).await;
    let family = create_person(app, "rep@example.org", &[Role::Family]).await;
    let staff = Api::as_person(app, &world.coordinator).await;
    let (status, problem) = staff
        .send(
            Method::POST,
            "/api/v1/networks",
            Some(json!({ "name": "", "area_kind": "county", "area_code": "99" })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert_eq!(problem["errors"].as_array().unwrap().len(), 2, "{problem}");
    let body =
        json!({ "name": "Helsinki families' network", "area_kind": "county", "area_code": "90" });
    let (status, made) = staff
        .send(Method::POST, "/api/v1/networks", Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let id = made["id"].as_str().unwrap().to_owned();
    let invite = format!("/api/v1/networks/{id}/participants");
    let (status, problem) = staff
        .send(
            Method::POST,
            &invite,
            Some(json!({ "email": family.email, "kind": "partner" })),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "a family is no partner: {problem}"
    );
    for (who, kind, works_as) in [
        (&partner, "partner", "Family counsellor"),
        (
            &world.facilitator,
            "facilitator",
            "Leads the Arabic-speaking parents' group",
        ),
        (&family, "family", "ignored for families"),
    ] {
        let body = json!({ "email": who.email, "kind": kind, "works_as": works_as });
        let (status, answer) = staff.send(Method::POST, &invite, Some(body)).await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
    }
    let meetings = format!("/api/v1/networks/{id}/meetings");
    let when =
        |date: String| json!({ "date": date, "start_time": "13:00", "duration_minutes": 120 });
    let (status, _) = staff
        .send(Method::POST, &meetings, Some(when("2020-02-04".into())))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "in the past");
    let mut ids = Vec::new();
    // Beyond the reminders' horizon (49 hours): no reminder mail comes between the invitations.
    for days in [3, 29] {
        let (status, made) = staff
            .send(Method::POST, &meetings, Some(when(in_days(days))))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{made}");
        ids.push(made["id"].as_str().unwrap().to_owned());
    }
    Net {
        second: ids.pop().unwrap(),
        first: ids.pop().unwrap(),
        world,
        partner,
        family,
        id,
    }
}

pub async fn meeting(api: &Api<'_>, net: &Net, session: &str) -> (StatusCode, Value) {
    let path = format!("/api/v1/networks/{}/meetings/{session}", net.id);
    api.send(Method::GET, &path, None).await
}

async fn count(app: &common::TestApp, table: &str) -> i64 {
    let query = format!("SELECT COUNT(*) AS n FROM {table}");
    privacy::scalar(app, query).await
}

#[tokio::test]
async fn an_action_agreed_at_one_meeting_is_followed_up_at_the_next() {
    let net = network().await;
    let app = &net.world.app;
    let staff = Api::as_person(app, &net.world.coordinator).await;
    let actions = format!("/api/v1/networks/{}/meetings/{}/actions", net.id, net.first);
    let (status, problem) = staff
        .send(
            Method::POST,
            &actions,
            Some(json!({ "text": "Share the leaflet", "owner_id": "", "due_on": "soon" })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let fields = problem["errors"].to_string();
    assert!(
        fields.contains("owner_id") && fields.contains("needs an owner"),
        "{fields}"
    );
    assert!(fields.contains("due_on"), "{fields}");
    let outsider = create_person(app, "outsider@example.org", &[Role::MunicipalPartner]).await;
    let (status, problem) = staff
        .send(
            Method::POST,
            &actions,
            Some(json!({ "text": "Share the leaflet", "owner_id": outsider.id })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert!(
        problem["errors"]
            .to_string()
            .contains("must be a participant"),
        "{problem}"
    );
    assert_eq!(
        count(app, "network_actions").await,
        0,
        "nothing half-written"
    );

    for (text, owner) in [
        ("Share the leaflet", &net.partner),
        ("Plan a joint info evening", &net.world.facilitator),
    ] {
        let body = json!({ "text": text, "owner_id": owner.id, "due_on": in_days(14) });
        let (status, made) = staff.send(Method::POST, &actions, Some(body)).await;
        assert_eq!(status, StatusCode::CREATED, "{made}");
    }
    let (_, first) = meeting(&staff, &net, &net.first).await;
    assert_eq!(first["actions"].as_array().unwrap().len(), 2, "{first}");
    assert_eq!(first["follow_ups"].as_array().unwrap().len(), 0);

    let partner = Api::as_person(app, &net.partner).await;
    let (status, second) = meeting(&partner, &net, &net.second).await;
    assert_eq!(status, StatusCode::OK, "{second}");
    let carried = second["follow_ups"].as_array().unwrap();
    assert_eq!(
        carried.len(),
        2,
        "both are open at the next meeting: {second}"
    );
    assert!(
        carried
            .iter()
            .all(|a| a["status"] == "open" && a["agreed_at"] == net.first.as_str())
    );
    let mine = carried
        .iter()
        .find(|a| a["owner"]["id"] == net.partner.id.as_str())
        .unwrap();
    let theirs = carried
        .iter()
        .find(|a| a["owner"]["id"] != net.partner.id.as_str())
        .unwrap();
    assert_eq!(
        (mine["may_update"].as_bool(), theirs["may_update"].as_bool()),
        (Some(true), Some(false))
    );
    let (_, own) = partner
        .send(Method::GET, "/api/v1/me/network-actions", None)
        .await;
    assert_eq!(
        own.as_array().unwrap().len(),
        1,
        "the owner's open action: {own}"
    );

    let status_of = |action: &Value| {
        format!(
            "/api/v1/networks/{}/meetings/{}/actions/{}/status",
            net.id,
            net.second,
            action["id"].as_str().unwrap()
        )
    };
    let (status, _) = partner
        .send(
            Method::POST,
            &status_of(theirs),
            Some(json!({ "status": "done" })),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not their action");
    let (status, _) = partner
        .send(
            Method::POST,
            &status_of(mine),
            Some(json!({ "status": "finished" })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = partner
        .send(
            Method::POST,
            &status_of(mine),
            Some(json!({ "status": "done" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = staff
        .send(
            Method::POST,
            &status_of(theirs),
            Some(json!({ "status": "dropped" })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    let (_, second) = meeting(&staff, &net, &net.second).await;
    let followed = second["follow_ups"].as_array().unwrap();
    assert_eq!(
        followed.len(),
        2,
        "followed up here, so still listed here: {second}"
    );
    assert!(
        followed
            .iter()
            .all(|a| a["followed_up_in"] == net.second.as_str())
    );
    assert!(
        followed.iter().any(|a| a["status"] == "done")
            && followed.iter().any(|a| a["status"] == "dropped")
    );
    let (_, own) = partner
        .send(Method::GET, "/api/v1/me/network-actions", None)
        .await;
    assert_eq!(own.as_array().unwrap().len(), 0, "{own}");
}

#[tokio::test]
async fn the_invitation_is_mailed_in_the_participants_language() {
    let net = network().await;
    let app = &net.world.app;
    let sv = last_mail_text(app, &net.world.sink, &net.partner.email, 0).await;
    assert!(
        sv.contains("Du är inbjuden till ett partnernätverk"),
        "{sv}"
    );
    assert!(
        sv.contains("Helsinki families' network") && sv.contains(&format!("/networks/{}", net.id)),
        "{sv}"
    );
    let en = last_mail_text(app, &net.world.sink, &net.world.facilitator.email, 0).await;
    assert!(en.contains("You are invited to a partner network"), "{en}");
    let before = mails_to(&net.world.sink, &net.partner.email);
    let staff = Api::as_person(app, &net.world.coordinator).await;
    let invite = format!("/api/v1/networks/{}/participants", net.id);
    let again =
        json!({ "email": net.partner.email, "kind": "partner", "works_as": "Public health nurse" });
    let (status, _) = staff.send(Method::POST, &invite, Some(again)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    app.run_pending_jobs().await;
    assert_eq!(
        mails_to(&net.world.sink, &net.partner.email),
        before,
        "invited once"
    );
    let (_, view) = staff
        .send(Method::GET, &format!("/api/v1/networks/{}", net.id), None)
        .await;
    let works: Vec<&str> = view["participants"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["works_as"].as_str())
        .collect();
    assert!(works.contains(&"Public health nurse"), "{view}");
}
