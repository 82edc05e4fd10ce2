//! Advice threads: a facilitator asks a contact; the two of them and the facilitator's
//! supervisor read it, nobody else.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::common::accounts::create_person;
use super::common::groups::Api;
use super::{count, scene};
use silta::auth::policy::Role;

#[tokio::test]
async fn the_thread_is_read_by_its_two_sides_and_the_supervisor_but_not_another_facilitator() {
    let scene = scene().await;
    let app = &scene.room.app;
    let facilitator = Api::as_person(app, &scene.room.facilitator).await;
    let ask = format!(
        "/api/v1/groups/{}/contacts/{}/advice",
        scene.group_id, scene.contact_id
    );
    let (status, problem) = facilitator
        .send(Method::POST, &ask, Some(json!({ "body": "  " })))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let long = "x".repeat(2001);
    let (status, _) = facilitator
        .send(Method::POST, &ask, Some(json!({ "body": long })))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "too long");
    let question = "Parents ask a lot about sleep; what could we read together?";
    let (status, made) = facilitator
        .send(Method::POST, &ask, Some(json!({ "body": question })))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let thread = made["id"].as_str().unwrap().to_owned();
    let mails = format!(
        "SELECT COUNT(*) AS n FROM mail_outbox WHERE recipient = '{}' AND subject = 'A facilitator asks for your advice'",
        scene.partner.email
    );
    assert_eq!(count(app, &mails).await, 1, "the contact is told");
    let leak = format!("SELECT COUNT(*) AS n FROM mail_outbox WHERE body_text LIKE '%{question}%'");
    assert_eq!(count(app, &leak).await, 0, "without the text");

    let member = Api::as_person(app, &scene.room.members[0]).await;
    assert_eq!(
        member
            .send(Method::POST, &ask, Some(json!({ "body": "Hi" })))
            .await
            .0,
        StatusCode::NOT_FOUND,
        "only the group's facilitators ask"
    );

    let partner = Api::as_person(app, &scene.partner).await;
    let home = partner.open("/").await;
    assert!(
        home.text
            .contains("A facilitator is waiting for your answer."),
        "the home card"
    );
    let path = format!("/api/v1/advice/{thread}");
    let (status, read) = partner.send(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read["messages"][0]["body"], question);
    assert_eq!(read["waiting"], true);
    let (status, _) = partner
        .send(
            Method::POST,
            &format!("{path}/messages"),
            Some(json!({ "body": "A leaflet in six languages: I bring it." })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, read) = facilitator.send(Method::GET, &path, None).await;
    assert_eq!(read["messages"].as_array().unwrap().len(), 2);
    assert_eq!(read["messages"][1]["from_contact"], true);
    assert_eq!(read["waiting"], false);

    let supervisor = create_person(app, "supervisor@example.org", &[Role::Supervisor]).await;
    let other_supervisor = create_person(app, "other.sup@example.org", &[Role::Supervisor]).await;
    let staff = Api::as_person(app, &scene.room.coordinator).await;
    let assign = format!(
        "/api/v1/supervision/facilitators/{}/supervisor",
        scene.room.facilitator.id
    );
    let (status, body) = staff
        .send(
            Method::POST,
            &assign,
            Some(json!({ "supervisor_id": supervisor.id })),
        )
        .await;
    assert!(status.is_success(), "{body}");
    let supervisor = Api::as_person(app, &supervisor).await;
    let (status, read) = supervisor.send(Method::GET, &path, None).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the facilitator's supervisor reads it"
    );
    assert!(read["may_write"] == false);
    let (_, list) = supervisor.send(Method::GET, "/api/v1/advice", None).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    let page = supervisor.open(&format!("/advice/{thread}")).await;
    assert!(page.text.contains("A leaflet in six languages"));

    let other_facilitator = create_person(app, "other.fac@example.org", &[Role::Facilitator]).await;
    for person in [
        &other_facilitator,
        &other_supervisor,
        &scene.room.members[0],
        &scene.stranger,
    ] {
        let api = Api::as_person(app, person).await;
        assert_eq!(
            api.send(Method::GET, &path, None).await.0,
            StatusCode::NOT_FOUND,
            "{}",
            person.email
        );
        let (_, list) = api.send(Method::GET, "/api/v1/advice", None).await;
        assert_eq!(list, json!([]), "{}", person.email);
    }
}
