//! "Ask Silta's staff to help me get there": a family's request reaches the referral
//! workers' queue (not their mail), is handled and opened again; families see only their own.

use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use crate::common::groups::Api;
use crate::common::supervision::sql;
use crate::fixture::{clinic, directory};

#[tokio::test]
async fn a_help_request_reaches_the_queue_and_is_handled_and_opened_again() {
    let dir = directory().await;
    let app = &dir.app;
    let service = dir
        .add(&clinic(&dir.organisation, "Kallion neuvola", "091"))
        .await;
    let family = dir.family("family@example.org", "en").await;
    let parent = Api::as_person(app, &family).await;
    let ask = format!("/help/services/{service}/ask");
    let long = "x".repeat(1001);
    let refused = parent.submit(&ask, &[("message", long.as_str())]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("Write at most 1000 characters."));
    assert!(refused.text.contains(&long), "what was written is kept");
    let message = "Please call after 16, I need an Arabic interpreter.";
    let sent = parent.submit(&ask, &[("message", message)]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.text, format!("/help/services/{service}?asked=1"));
    parent.submit(&ask, &[("message", message)]).await;
    let (_, mine) = parent
        .send(Method::GET, "/api/v1/me/help-requests", None)
        .await;
    assert_eq!(mine["total"], 1, "sent twice, kept once: {mine}");
    assert_eq!(mine["items"][0]["service_name"], "Kallion neuvola (en)");
    let (status, _) = parent
        .send(
            Method::POST,
            "/api/v1/help-requests",
            Some(json!({ "service_id": "00000000-0000-4000-8000-000000000000" })),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no such service");

    let other = dir.family("other-family@example.org", "en").await;
    let neighbour = Api::as_person(app, &other).await;
    let (status, general) = neighbour
        .send(
            Method::POST,
            "/api/v1/help-requests",
            Some(json!({ "message": "We just moved here." })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    sql(
        app,
        format!(
            "UPDATE families SET municipality = '049' WHERE id = (SELECT family_id FROM users WHERE id = '{}')",
            other.id
        ),
    )
    .await;
    let (_, theirs) = neighbour
        .send(Method::GET, "/api/v1/me/help-requests", None)
        .await;
    assert_eq!(theirs["total"], 1, "a family sees only its own requests");
    let page = neighbour.open("/help/requests").await;
    assert!(!page.text.contains("Arabic interpreter"));
    assert!(page.text.contains("We just moved here."));

    let worker = dir.person("worker@example.org", Role::ReferralWorker).await;
    let worker = Api::as_person(app, &worker).await;
    let home = worker.open("/").await;
    assert!(
        home.text.contains("2 help requests waiting"),
        "{}",
        home.text
    );
    let queue = worker.open("/staff/help-requests").await;
    assert!(queue.text.contains(message) && queue.text.contains("Helsinki"));
    let (_, espoo) = worker
        .send(
            Method::GET,
            "/api/v1/staff/help-requests?municipality=049",
            None,
        )
        .await;
    assert_eq!(espoo["total"], 1);
    assert_eq!(espoo["items"][0]["id"], general["id"]);
    assert_eq!(espoo["items"][0]["municipality"], "Espoo");
    assert!(
        espoo["items"][0].get("family_id").is_none(),
        "staff see the name and the municipality"
    );

    let id = mine["items"][0]["id"].as_str().unwrap().to_owned();
    let handled = format!("/staff/help-requests/{id}/handled");
    let done = worker.submit(&handled, &[("handled", "true")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let (status, _) = worker
        .send(
            Method::POST,
            &format!("/api/v1{handled}"),
            Some(json!({ "handled": true })),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "handled already");
    let (_, mine) = parent
        .send(Method::GET, "/api/v1/me/help-requests", None)
        .await;
    assert_eq!(mine["items"][0]["handled"], true);
    let (_, open) = worker
        .send(Method::GET, "/api/v1/staff/help-requests", None)
        .await;
    assert_eq!(open["total"], 1, "the handled one left the open queue");
    let handled_list = worker.open("/staff/help-requests?state=handled").await;
    assert!(handled_list.text.contains("Open again"));
    let (status, _) = worker
        .send(
            Method::POST,
            &format!("/api/v1{handled}"),
            Some(json!({ "handled": false })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "undone");
    let (_, open) = worker
        .send(Method::GET, "/api/v1/staff/help-requests", None)
        .await;
    assert_eq!(open["total"], 2);

    let family_home = parent.open("/").await;
    assert!(family_home.text.contains("One request waiting for staff"));
    for outsider in [Role::MunicipalPartner, Role::Facilitator, Role::Family] {
        let person = dir
            .person(
                &format!("outsider-{}@example.org", outsider.as_str()),
                outsider,
            )
            .await;
        let api = Api::as_person(app, &person).await;
        assert_eq!(
            api.open("/staff/help-requests").await.status,
            StatusCode::FORBIDDEN
        );
        let (status, _) = api
            .send(Method::GET, "/api/v1/staff/help-requests", None)
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
}
