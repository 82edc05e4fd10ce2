//! Linking partners of the directory to a group, and who sees the group's contacts.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::common::accounts::create_person;
use super::common::groups::Api;
use super::{count, scene};
use silta::auth::policy::Role;

#[tokio::test]
async fn only_a_partner_of_the_directory_is_linked_and_a_wrong_one_writes_nothing() {
    let scene = scene().await;
    let app = &scene.room.app;
    let staff = Api::as_person(app, &scene.room.coordinator).await;
    let path = format!("/api/v1/groups/{}/contacts", scene.group_id);
    let family = &scene.room.members[0];
    let (status, problem) = staff
        .send(
            Method::POST,
            &path,
            Some(json!({ "partner_id": family.id, "role": "family_worker" })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "partner_id", "{problem}");
    let message = problem["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("not a partner account"), "{message}");
    let unlinked = create_person(app, "loose@example.org", &[Role::MunicipalPartner]).await;
    let (status, _) = staff
        .send(
            Method::POST,
            &path,
            Some(json!({ "partner_id": unlinked.id, "role": "family_worker" })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "not in the directory");
    let (status, problem) = staff
        .send(
            Method::POST,
            &path,
            Some(json!({ "partner_id": scene.stranger.id, "role": "juggler" })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(problem["errors"][0]["field"], "role");
    let (status, _) = staff
        .send(
            Method::POST,
            &path,
            Some(json!({ "partner_id": scene.stranger.id, "role": "other", "service_id": "service-clinic" })),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "another organisation's service"
    );
    let links = count(app, "SELECT COUNT(*) AS n FROM group_contacts").await;
    assert_eq!(links, 1, "nothing but the scene's link was written");

    let facilitator = Api::as_person(app, &scene.room.facilitator).await;
    let (status, _) = facilitator
        .send(
            Method::POST,
            &path,
            Some(json!({ "partner_id": scene.stranger.id, "role": "other" })),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "facilitators do not link");

    let unlink = format!("{path}/{}", scene.contact_id);
    let (status, _) = staff.send(Method::DELETE, &unlink, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = staff.send(Method::DELETE, &unlink, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "once");
    let member = Api::as_person(app, family).await;
    let (_, seen) = member.send(Method::GET, &path, None).await;
    assert_eq!(seen["contacts"], json!([]));
}

#[tokio::test]
async fn members_and_facilitators_see_the_contact_and_partners_only_their_groups() {
    let scene = scene().await;
    let app = &scene.room.app;
    let path = format!("/api/v1/groups/{}/contacts", scene.group_id);
    let member = Api::as_person(app, &scene.room.members[0]).await;
    let (status, seen) = member.send(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    let contact = &seen["contacts"][0];
    assert_eq!(contact["name"], "Test Person", "{seen}");
    assert_eq!(contact["role"], "child_health_nurse");
    assert_eq!(
        contact["service"], "Clinic",
        "the service in the reader's language"
    );
    assert_eq!(contact["organisation"], "Clinic association");
    assert_eq!(contact["languages"], json!(["العربية", "Suomi"]));
    assert_eq!(contact["reach"], "Tue 9-11, 09 123 456");
    assert_eq!(seen["manages"], false);

    let page = member
        .open(&format!("/groups/{}/contacts", scene.group_id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Child health nurse"), "{}", page.text);
    assert!(page.text.contains("Clinic association"));
    assert!(
        !page.text.contains("Ask for advice"),
        "members ask nobody here"
    );
    let group_page = member.open(&format!("/groups/{}", scene.group_id)).await;
    assert!(
        group_page.text.contains("Contacts of the group"),
        "the group page links them"
    );

    let facilitator = Api::as_person(app, &scene.room.facilitator).await;
    let page = facilitator
        .open(&format!("/groups/{}/contacts", scene.group_id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Ask for advice about the group"));
    assert!(page.text.contains("Do not write any family"));

    let outsider = Api::as_person(app, &scene.room.outsider).await;
    assert_eq!(
        outsider.send(Method::GET, &path, None).await.0,
        StatusCode::NOT_FOUND
    );
    let stranger = Api::as_person(app, &scene.stranger).await;
    assert_eq!(
        stranger.send(Method::GET, &path, None).await.0,
        StatusCode::NOT_FOUND,
        "a partner not linked to the group"
    );
    let (_, none) = stranger
        .send(Method::GET, "/api/v1/me/contact-groups", None)
        .await;
    assert_eq!(none, json!([]));

    let partner = Api::as_person(app, &scene.partner).await;
    assert_eq!(
        partner.send(Method::GET, &path, None).await.0,
        StatusCode::OK
    );
    let before = count(
        app,
        "SELECT COUNT(*) AS n FROM access_log WHERE reader_role = 'municipal_partner'",
    )
    .await;
    let (status, groups) = partner
        .send(Method::GET, "/api/v1/me/contact-groups", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    assert_eq!(groups[0]["group_id"], scene.group_id.as_str());
    assert_eq!(groups[0]["members"].as_array().unwrap().len(), 2);
    assert!(groups[0].get("email").is_none() && groups[0]["members"][0].is_string());
    let after = count(
        app,
        "SELECT COUNT(*) AS n FROM access_log WHERE reader_role = 'municipal_partner'",
    )
    .await;
    assert_eq!(after - before, 2, "each family's reading is logged");
    let page = partner.open("/contacts/my-groups").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Groups you are a contact of"));
    let home = partner.open("/").await;
    assert!(home.text.contains("Your groups"), "the partner's home card");
}
