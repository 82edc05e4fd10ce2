//! Who sees a network: participants read its meetings (who does what, the agenda) but do not
//! write the minutes; outsiders get nothing, not even its name in a list; the meeting's room
//! lets participants in and, once taken off the network, no longer.

use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use super::common::accounts::create_person;
use super::common::chat::enter;
use super::common::groups::Api;
use super::common::supervision::sql;
use super::{meeting, network};

#[tokio::test]
async fn participants_read_the_minutes_outsiders_see_nothing_and_the_room_lets_members_in() {
    let net = network().await;
    let app = &net.world.app;
    let staff = Api::as_person(app, &net.world.coordinator).await;
    let agenda = format!("/api/v1/networks/{}/meetings/{}/agenda", net.id, net.first);
    let items = json!({ "items": ["Who does what", "  ", "Spring groups"] });
    let (status, _) = staff.send(Method::POST, &agenda, Some(items)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = staff
        .send(
            Method::POST,
            &agenda,
            Some(json!({ "items": ["x".repeat(301)] })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let partner = Api::as_person(app, &net.partner).await;
    let (status, _) = partner
        .send(Method::POST, &agenda, Some(json!({ "items": ["Mine"] })))
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a participant cannot edit the agenda"
    );
    let (_, seen) = meeting(&partner, &net, &net.first).await;
    let texts: Vec<&str> = seen["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Who does what", "Spring groups"]);
    assert_eq!(seen["manages"], false);
    let people = seen["participants"].as_array().unwrap();
    let of = |id: &str| people.iter().find(|p| p["user_id"] == id).unwrap().clone();
    let worker = of(&net.partner.id);
    assert_eq!(worker["works_as"], "Family counsellor");
    let named = |field: &str| worker[field][0].as_str().unwrap_or_default().to_owned();
    assert!(
        named("organisations").starts_with("Child health clinic"),
        "{worker}"
    );
    assert!(
        named("services").starts_with("Child health clinic"),
        "the partner's service: {worker}"
    );
    let rep = of(&net.family.id);
    assert!(
        rep["works_as"].is_null() && rep["services"].as_array().unwrap().is_empty(),
        "{rep}"
    );

    let outsider = create_person(app, "outsider@example.org", &[Role::Facilitator]).await;
    let outsider_api = Api::as_person(app, &outsider).await;
    assert_eq!(
        meeting(&outsider_api, &net, &net.first).await.0,
        StatusCode::NOT_FOUND
    );
    let network = format!("/api/v1/networks/{}", net.id);
    assert_eq!(
        outsider_api.send(Method::GET, &network, None).await.0,
        StatusCode::NOT_FOUND
    );
    let (_, list) = outsider_api
        .send(Method::GET, "/api/v1/networks", None)
        .await;
    assert_eq!(list["total"], 0, "{list}");
    let (_, list) = partner
        .send(Method::GET, "/api/v1/networks?q=helsinki", None)
        .await;
    assert_eq!(list["total"], 1, "{list}");

    sql(
        app,
        format!(
            "UPDATE group_sessions SET starts_at = {{ts:-1}}, ends_at = {{ts:1}} WHERE id = '{}'",
            net.first
        ),
    )
    .await;
    assert!(
        enter(app, &outsider, &net.first).await.is_err(),
        "not in the network"
    );
    let (socket, welcome) = enter(app, &net.partner, &net.first).await.unwrap();
    assert_eq!(welcome["type"], "welcome", "{welcome}");
    drop(socket);

    let remove = format!("/api/v1/networks/{}/participants/{}", net.id, net.family.id);
    let (status, _) = staff.send(Method::DELETE, &remove, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let family = Api::as_person(app, &net.family).await;
    assert_eq!(
        family.send(Method::GET, &network, None).await.0,
        StatusCode::NOT_FOUND,
        "taken off"
    );
    assert!(
        enter(app, &net.family, &net.first).await.is_err(),
        "no longer in the room"
    );
}
