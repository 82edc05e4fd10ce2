//! A visiting expert in a session: invited only if a contact of the group, announced on the
//! group's page and reminders, in that session's room only, labelled, never moderating, out
//! when it ends; afterwards an offer the family accepts or not.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::common::chat::{enter, next_of, send};
use super::common::groups::Api;
use super::common::supervision::sql;
use super::{count, scene};

const TOPIC: &str = "answers questions about sleep";

#[tokio::test]
async fn a_partner_not_linked_to_the_group_is_not_invited_and_nothing_is_written() {
    let scene = scene().await;
    let app = &scene.room.app;
    let facilitator = Api::as_person(app, &scene.room.facilitator).await;
    let path = format!("/api/v1/sessions/{}/guests", scene.room.later_session_id);
    let body = json!({ "partner_id": scene.stranger.id, "topic": TOPIC });
    let (status, problem) = facilitator.send(Method::POST, &path, Some(body)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "partner_id");
    assert_eq!(
        problem["errors"][0]["message"],
        "Only a contact of this group can be invited to its sessions."
    );
    let (status, _) = facilitator
        .send(
            Method::POST,
            &path,
            Some(json!({ "partner_id": scene.partner.id, "topic": "" })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a topic is needed");
    let member = Api::as_person(app, &scene.room.members[0]).await;
    let body = json!({ "partner_id": scene.partner.id, "topic": TOPIC });
    let (status, _) = member.send(Method::POST, &path, Some(body)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "members invite nobody");
    assert_eq!(
        count(app, "SELECT COUNT(*) AS n FROM contact_guests").await,
        0
    );

    let page = facilitator
        .submit(
            &format!("/groups/{}/guests", scene.group_id),
            &[
                ("session_id", &scene.room.later_session_id),
                ("partner_id", &scene.stranger.id),
                ("topic", TOPIC),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text.contains("Only a contact of this group"),
        "{}",
        page.text
    );
    assert!(page.text.contains(TOPIC), "what was typed stays");
    assert_eq!(
        count(app, "SELECT COUNT(*) AS n FROM contact_guests").await,
        0
    );
}

#[tokio::test]
async fn a_guest_enters_only_their_session_labelled_cannot_moderate_and_is_out_when_it_ends() {
    let scene = scene().await;
    let app = &scene.room.app;
    let facilitator = Api::as_person(app, &scene.room.facilitator).await;
    let path = format!("/api/v1/sessions/{}/guests", scene.room.session_id);
    let body = json!({ "partner_id": scene.partner.id, "topic": TOPIC });
    let (status, made) = facilitator.send(Method::POST, &path, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let visit = made["id"].as_str().unwrap().to_owned();

    let member = Api::as_person(app, &scene.room.members[0]).await;
    let page = member.open(&format!("/groups/{}", scene.group_id)).await;
    let note = format!("Visiting expert: Test Person, Child health nurse — {TOPIC}.");
    assert!(page.text.contains(&note), "{}", page.text);
    assert!(
        page.text.contains("answer \"No\" for this session")
            || page.text.contains("answer &quot;No&quot; for this session")
    );
    app.run_pending_jobs().await;
    let reminded = format!(
        "SELECT COUNT(*) AS n FROM mail_outbox WHERE recipient = '{}' AND body_text LIKE '%Visiting expert%'",
        scene.room.members[0].email
    );
    assert_eq!(count(app, &reminded).await, 1, "the reminder says so");

    let (mut socket, welcome) = enter(app, &scene.partner, &scene.room.session_id)
        .await
        .expect("the guest enters their session");
    assert_eq!(welcome["type"], "welcome", "{welcome}");
    let me = welcome["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["user_id"] == scene.partner.id.as_str())
        .cloned()
        .unwrap();
    assert_eq!(
        (me["guest"].as_bool(), me["facilitator"].as_bool()),
        (Some(true), Some(false))
    );
    send(
        &mut socket,
        json!({ "type": "send", "client_id": "g1", "text": "Hello, ask me about sleep!" }),
    )
    .await;
    assert_eq!(
        next_of(&mut socket, "ack").await["client_id"],
        "g1",
        "the guest writes"
    );
    send(
        &mut socket,
        json!({ "type": "lock", "locked": true, "reason": null }),
    )
    .await;
    let refused = next_of(&mut socket, "forbidden").await;
    assert_eq!(refused["type"], "error", "{refused}");
    send(
        &mut socket,
        json!({ "type": "remove", "seq": 1, "reason": null }),
    )
    .await;
    assert_eq!(next_of(&mut socket, "forbidden").await["type"], "error");
    let entered = format!(
        "SELECT COUNT(*) AS n FROM contact_guests WHERE id = '{visit}' AND entered_at IS NOT NULL"
    );
    assert_eq!(count(app, &entered).await, 1, "the visit is recorded");
    let taken = format!(
        "SELECT COUNT(*) AS n FROM session_attendance WHERE user_id = '{}'",
        scene.partner.id
    );
    assert_eq!(count(app, &taken).await, 0, "a guest is no member present");

    assert!(
        enter(app, &scene.partner, &scene.room.later_session_id)
            .await
            .is_err(),
        "another session of the group is closed to the guest"
    );
    let (_, _) = enter(app, &scene.room.members[0], &scene.room.session_id)
        .await
        .expect("a member takes part");
    let page = Api::as_person(app, &scene.partner).await;
    let (status, _) = page
        .send(
            Method::GET,
            &format!("/api/v1/guests/{visit}/present"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "no offers before the end");

    sql(
        app,
        format!(
            "UPDATE group_sessions SET starts_at = {{ts:-2}}, ends_at = {{ts:-1}} WHERE id = '{}'",
            scene.room.session_id
        ),
    )
    .await;
    assert!(
        enter(app, &scene.partner, &scene.room.session_id)
            .await
            .is_err(),
        "out when the session ends"
    );
    offer_after_the_visit(&scene, &visit).await;
}

async fn offer_after_the_visit(scene: &super::Scene, visit: &str) {
    let app = &scene.room.app;
    let partner = Api::as_person(app, &scene.partner).await;
    let (status, present) = partner
        .send(
            Method::GET,
            &format!("/api/v1/guests/{visit}/present"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{present}");
    assert_eq!(present.as_array().unwrap().len(), 1, "{present}");
    let offers = format!("/api/v1/guests/{visit}/offers");
    let absent = json!({ "user_id": scene.room.members[1].id });
    let (status, _) = partner.send(Method::POST, &offers, Some(absent)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "only to someone present");
    let present = json!({ "user_id": scene.room.members[0].id });
    let (status, made) = partner.send(Method::POST, &offers, Some(present)).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let help = "SELECT COUNT(*) AS n FROM directory_help_requests";
    assert_eq!(
        count(app, help).await,
        0,
        "nothing before the family says yes"
    );

    let family = Api::as_person(app, &scene.room.members[0]).await;
    let home = family.open("/").await;
    assert!(
        home.text.contains("offers to meet your family"),
        "the family sees the offer"
    );
    let (_, open) = family
        .send(Method::GET, "/api/v1/me/contact-offers", None)
        .await;
    let offer = open[0]["id"].as_str().unwrap().to_owned();
    let other = Api::as_person(app, &scene.room.members[1]).await;
    let accept = format!("/api/v1/contact-offers/{offer}/accept");
    assert_eq!(
        other.send(Method::POST, &accept, None).await.0,
        StatusCode::NOT_FOUND
    );
    let (status, decided) = family.send(Method::POST, &accept, None).await;
    assert_eq!(status, StatusCode::OK, "{decided}");
    assert!(decided["help_request_id"].is_string());
    assert_eq!(
        count(app, help).await,
        1,
        "the family's own request for help"
    );
    assert_eq!(
        family.send(Method::POST, &accept, None).await.0,
        StatusCode::CONFLICT
    );
}
