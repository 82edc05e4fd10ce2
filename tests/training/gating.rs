//! Moderation follows certification: only a facilitator with a valid certificate is named to
//! lead a group or moderates in its room; a lapse takes the rights away from open sockets.

use std::time::Duration;

use futures_util::StreamExt;
use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;
use tokio_tungstenite::tungstenite::Message;

use crate::common::accounts::{create_person, create_uncertified};
use crate::common::chat::{connect, next, next_of, room, send};
use crate::common::groups::{Api, create_group, group_body, world};

#[tokio::test]
async fn an_uncertified_facilitator_cannot_be_named_to_lead_a_group() {
    let world = world().await;
    let untrained =
        create_uncertified(&world.app, "untrained@example.org", &[Role::Facilitator]).await;
    let api = Api::as_person(&world.app, &world.coordinator).await;
    let (status, body) = api
        .send(
            Method::POST,
            "/api/v1/groups",
            Some(group_body(8, "open", &untrained.email)),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.to_string().contains("certificate"), "{body}");
    let id = create_group(&world, 8, "open").await;
    let (_, group) = api
        .send(Method::GET, &format!("/api/v1/groups/{id}"), None)
        .await;
    assert_eq!(
        group["trained"], true,
        "families see that a trained facilitator leads"
    );
}

#[tokio::test]
async fn a_revoked_certificate_closes_moderator_rights_within_five_seconds() {
    let room = room().await;
    let trainer = create_person(&room.app, "trainer@example.org", &[Role::Trainer]).await;
    let (mut member, _) = connect(&room, &room.members[0], 0).await;
    let (mut facilitator, _) = connect(&room, &room.facilitator, 0).await;
    send(
        &mut member,
        json!({ "type": "send", "client_id": "m1", "text": "hello" }),
    )
    .await;
    while next(&mut facilitator).await["type"] != "message" {}

    let t = Api::as_person(&room.app, &trainer).await;
    let path = format!(
        "/api/v1/training/people/{}/certificates",
        room.facilitator.id
    );
    let (status, certificates) = t.send(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{certificates}");
    assert_eq!(
        certificates[0]["kind"], "prior",
        "recognised prior training, visible to staff"
    );
    let id = certificates[0]["id"].as_str().unwrap();
    let revoke = format!("/api/v1/training/certificates/{id}/revoke");
    assert_eq!(
        t.send(Method::POST, &revoke, None).await.0,
        StatusCode::NO_CONTENT
    );

    let closed = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match facilitator.next().await {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => break,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert!(
        closed.is_ok(),
        "the moderator's socket closed within five seconds"
    );

    let (mut again, _) = connect(&room, &room.facilitator, 0).await;
    send(
        &mut again,
        json!({ "type": "remove", "seq": 1, "reason": "test" }),
    )
    .await;
    assert_eq!(next_of(&mut again, "forbidden").await["code"], "forbidden");
}
