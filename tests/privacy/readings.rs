//! The readings the features write to a family's access log: an administrator reading the
//! account list and an account, a group's leaders reading its roster and a session's
//! attendance, referral workers reading the help-request queue, reviewers reading reported
//! chat messages, and coordinators reading applications to become a facilitator. Each
//! reading of a list is one row per family, the reader's own family is never logged, and the
//! family sees every row, named in its language, through `GET /api/v1/me/access-log`.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

use super::common::accounts::{Person, create_person};
use super::common::chat::{next_of, room, send};
use super::common::groups::{Api, create_group, world};
use super::common::supervision::sql;
use super::common::{self, TestApp};
use super::log_of;

/// The family's readings of `item`, newest first.
async fn readings_of(app: &TestApp, family: &Person, item: &str) -> Vec<Value> {
    let family = Api::as_person(app, family).await;
    let log = log_of(&family).await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["item"] == item)
        .cloned()
        .collect()
}

fn who_why(reading: &Value) -> (&str, &str) {
    (
        reading["role"].as_str().unwrap(),
        reading["purpose"].as_str().unwrap(),
    )
}

async fn get_ok(api: &Api<'_>, path: &str) -> Value {
    let (status, body) = api.send(Method::GET, path, None).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body}");
    body
}

#[tokio::test]
async fn administrators_reading_accounts_are_logged_once_per_family_and_reading() {
    let app = common::spawn_app().await;
    let family = create_person(&app, "parent@example.org", &[Role::Family]).await;
    let admin = create_person(&app, "admin@example.org", &[Role::Admin]).await;
    let admin = Api::as_person(&app, &admin).await;
    get_ok(&admin, "/api/v1/admin/users").await;
    assert_eq!(
        admin.open("/admin/users?q=parent").await.status,
        StatusCode::OK
    );
    get_ok(&admin, &format!("/api/v1/admin/users/{}", family.id)).await;

    let listed = readings_of(&app, &family, "account").await;
    assert_eq!(
        listed.len(),
        2,
        "one row per reading of the list: {listed:?}"
    );
    assert_eq!(who_why(&listed[0]), ("admin", "account_administration"));
    assert_eq!(
        listed[0]["purpose_name"],
        "Looking after accounts: roles, access and security"
    );
    let opened = readings_of(&app, &family, "account_security").await;
    assert_eq!(opened.len(), 1, "{opened:?}");
    assert_eq!(
        opened[0]["item_name"],
        "An account with its sign-ins and security events"
    );
}

/// Lists `person` as a facilitator of the group.
async fn lead(app: &TestApp, group: &str, person: &Person) {
    let id = &person.id;
    let insert =
        format!("INSERT INTO group_facilitators (group_id, user_id) VALUES ('{group}', '{id}')");
    sql(app, insert).await;
}

async fn join(app: &TestApp, person: &Person, group: &str) {
    let api = Api::as_person(app, person).await;
    let (status, body) = api
        .send(Method::POST, &format!("/api/v1/groups/{group}/join"), None)
        .await;
    assert!(status.is_success(), "{body}");
}

#[tokio::test]
async fn leaders_reading_the_roster_and_attendance_are_logged_but_not_the_own_family() {
    let world = world().await;
    let app = &world.app;
    let group = create_group(&world, 10, "open").await;
    let family = create_person(app, "parent@example.org", &[Role::Family]).await;
    // A facilitator who is also a family's adult, and a member of the group.
    let both = create_person(app, "both@example.org", &[Role::Family, Role::Facilitator]).await;
    for person in [&family, &both] {
        join(app, person, &group).await;
    }
    let detail = get_ok(
        &Api::as_person(app, &family).await,
        &format!("/api/v1/groups/{group}"),
    )
    .await;
    let session = detail["sessions"][0]["id"].as_str().unwrap().to_owned();

    let facilitator = Api::as_person(app, &world.facilitator).await;
    let roster = get_ok(&facilitator, &format!("/api/v1/groups/{group}/roster")).await;
    assert_eq!(roster.as_array().unwrap().len(), 2);
    let coordinator = Api::as_person(app, &world.coordinator).await;
    let attendance = format!("/api/v1/sessions/{session}/attendance");
    get_ok(&coordinator, &attendance).await;
    assert_eq!(
        coordinator.open(&format!("/groups/{group}")).await.status,
        StatusCode::OK
    );

    let roster = readings_of(app, &family, "group_membership").await;
    assert_eq!(roster.len(), 2, "the API and the group's page: {roster:?}");
    assert_eq!(who_why(&roster[0]), ("coordinator", "group_leading"));
    assert_eq!(who_why(&roster[1]), ("facilitator", "group_leading"));
    let marks = readings_of(app, &family, "session_attendance").await;
    assert_eq!(marks.len(), 1, "{marks:?}");
    assert_eq!(who_why(&marks[0]), ("coordinator", "group_attendance"));
    assert_eq!(
        marks[0]["item_name"],
        "Who said they would come to a group session, and who came"
    );

    // The facilitator-parent is not a leader of this group: a member reads no roster.
    let member = Api::as_person(app, &both).await;
    let (status, _) = member
        .send(Method::GET, &format!("/api/v1/groups/{group}/roster"), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Made a leader of it, they read the roster: their own family is not logged.
    lead(app, &group, &both).await;
    get_ok(&member, &format!("/api/v1/groups/{group}/roster")).await;
    assert_eq!(readings_of(app, &family, "group_membership").await.len(), 3);
    assert_eq!(
        readings_of(app, &both, "group_membership").await.len(),
        2,
        "the others' readings only, not their own"
    );
}

#[tokio::test]
async fn referral_workers_reading_the_help_queue_are_logged() {
    let app = common::spawn_app().await;
    let family = create_person(&app, "parent@example.org", &[Role::Family]).await;
    let parent = Api::as_person(&app, &family).await;
    for message in ["Where is a family counsellor?", "And a Finnish course?"] {
        let (status, body) = parent
            .send(
                Method::POST,
                "/api/v1/help-requests",
                Some(json!({ "message": message })),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let worker = create_person(&app, "worker@example.org", &[Role::ReferralWorker]).await;
    let worker = Api::as_person(&app, &worker).await;
    let queue = get_ok(&worker, "/api/v1/staff/help-requests").await;
    assert_eq!(queue["total"], 2);
    assert_eq!(
        worker.open("/staff/help-requests").await.status,
        StatusCode::OK
    );

    let read = readings_of(&app, &family, "help_request").await;
    assert_eq!(read.len(), 2, "two requests, one row per reading: {read:?}");
    assert_eq!(
        who_why(&read[0]),
        ("referral_worker", "help_request_handling")
    );
    assert_eq!(read[0]["reader"], "Test Person");
    assert_eq!(
        read[0]["item_name"],
        "A request for help reaching a service"
    );
}

#[tokio::test]
async fn reviewers_of_reported_messages_are_logged_for_the_families_they_see() {
    let room = room().await;
    let (author, reporter) = (&room.members[0], &room.members[1]);
    let (mut writing, _) = common::chat::connect(&room, author, 0).await;
    send(
        &mut writing,
        json!({ "type": "send", "client_id": "a", "text": "Nobody understands us here." }),
    )
    .await;
    let seq = next_of(&mut writing, "ack").await["seq"].clone();
    let (mut reporting, _) = common::chat::connect(&room, reporter, 0).await;
    send(&mut reporting, json!({ "type": "report", "seq": seq })).await;
    next_of(&mut reporting, "reported").await;

    let facilitator = Api::as_person(&room.app, &room.facilitator).await;
    assert_eq!(get_ok(&facilitator, "/api/v1/reports").await["total"], 1);
    let staff = Api::as_person(&room.app, &room.coordinator).await;
    assert_eq!(get_ok(&staff, "/api/v1/reports").await["total"], 1);

    let quoted = readings_of(&room.app, author, "chat_report").await;
    let roles: Vec<(&str, &str)> = quoted.iter().map(who_why).collect();
    assert_eq!(
        roles,
        [
            ("coordinator", "chat_moderation"),
            ("facilitator", "chat_moderation")
        ]
    );
    let reported_by = readings_of(&room.app, reporter, "chat_report").await;
    assert_eq!(
        reported_by.iter().map(who_why).collect::<Vec<_>>(),
        [("coordinator", "chat_moderation")],
        "facilitators are not shown who reported"
    );
}

#[tokio::test]
async fn reading_applications_is_logged_for_applicants_who_belong_to_a_family() {
    let app = common::spawn_app().await;
    let family = create_person(&app, "parent@example.org", &[Role::Family]).await;
    let application = json!({ "languages": ["fi", "ar"], "municipality": "091",
        "motivation": "Our family learnt a lot in a group.", "availability": "Evenings" });
    let (status, body) = Api::as_person(&app, &family)
        .await
        .send(
            Method::POST,
            "/api/v1/training/applications",
            Some(application),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let coordinator = create_person(&app, "coordinator@example.org", &[Role::Coordinator]).await;
    let coordinator = Api::as_person(&app, &coordinator).await;
    let list = get_ok(&coordinator, "/api/v1/training/applications").await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    let page = coordinator.open("/staff/training/applications").await;
    assert_eq!(page.status, StatusCode::OK);

    let read = readings_of(&app, &family, "training_application").await;
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(who_why(&read[0]), ("coordinator", "facilitator_selection"));
    assert_eq!(
        read[0]["item_name"],
        "An application to become a peer facilitator"
    );
}
