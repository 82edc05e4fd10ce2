//! Child protection through HTTP: the municipality's child welfare contacts from the
//! directory, recording a notification (no consent needed) checked whole before anything is
//! written, and the records only supervisors and administrators read, each reading of a
//! family's record logged.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;

use crate::common::accounts::create_person;
use crate::common::groups::{Api, create_group, world};
use crate::common::supervision::sql;

const HELSINKI: &str = "091";

async fn child_welfare_contact(app: &crate::common::TestApp) {
    sql(app, "INSERT INTO directory_organisations (id, source, source_id, name_fi, created_at, updated_at) \
         VALUES ('org-hki', 'silta', 'org-hki', 'Helsingin kaupunki', {ts:0}, {ts:0})".to_owned())
    .await;
    sql(app, "INSERT INTO directory_services (id, organisation_id, source, source_id, created_at, updated_at) \
         VALUES ('svc-cw', 'org-hki', 'silta', 'svc-cw', {ts:0}, {ts:0})".to_owned())
    .await;
    for statement in [
        format!("INSERT INTO directory_service_areas (service_id, kind, code) VALUES ('svc-cw', 'municipality', '{HELSINKI}')"),
        "INSERT INTO directory_service_categories (service_id, category_id) VALUES ('svc-cw', 'child-welfare')".to_owned(),
        "INSERT INTO directory_contacts (id, service_id, name, phone, note) VALUES ('c-1', 'svc-cw', 'Lastensuojelun päivystys', '09 310 44222', 'Mon–Fri 8–15')".to_owned(),
    ] {
        sql(app, statement).await;
    }
}

async fn count(app: &crate::common::TestApp, table: &str) -> i64 {
    let query = format!("SELECT COUNT(*) AS n FROM {table}");
    app.state
        .db
        .run(move |conn| {
            use diesel::RunQueryDsl;
            #[derive(diesel::QueryableByName)]
            struct N {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                n: i64,
            }
            Ok(diesel::sql_query(query).get_result::<N>(conn)?.n)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_facilitator_records_a_notification_about_a_member_and_only_supervisors_read_it() {
    let world = world().await;
    let app = &world.app;
    child_welfare_contact(app).await;
    let group = create_group(&world, 10, "open").await;
    let family = create_person(app, "family@example.org", &[Role::Family]).await;
    let parent = Api::as_person(app, &family).await;
    let (status, _) = parent
        .send(Method::POST, &format!("/api/v1/groups/{group}/join"), None)
        .await;
    assert!(status.is_success());
    let facilitator = Api::as_person(app, &world.facilitator).await;

    let page = facilitator
        .open(&format!("/child-protection?municipality={HELSINKI}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("call 112"), "{}", page.text);
    assert!(
        page.text
            .contains("does not need the family&#x27;s consent")
            || page.text.contains("does not need the family's consent")
    );
    assert!(page.text.contains("09 310 44222"));
    assert!(
        page.text.contains(&format!("{group}:{}", family.id)),
        "the member is offered: {}",
        page.text
    );

    let member = format!("{group}:{}", family.id);
    let today = chrono::Utc::now().date_naive().to_string();
    let tomorrow = (chrono::Utc::now() + chrono::TimeDelta::days(2))
        .date_naive()
        .to_string();
    let fields = |date: &str, municipality: &str, member: &str| {
        vec![
            ("municipality".to_owned(), municipality.to_owned()),
            (
                "recipient".to_owned(),
                "Helsinki child welfare duty line".to_owned(),
            ),
            ("date".to_owned(), date.to_owned()),
            ("time".to_owned(), "00:05".to_owned()),
            ("member".to_owned(), member.to_owned()),
            ("note".to_owned(), String::new()),
        ]
    };
    let facilitator = &facilitator;
    let post = |f: Vec<(String, String)>| async move {
        let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        facilitator.submit("/child-protection", &pairs).await
    };
    let future = post(fields(&tomorrow, HELSINKI, &member)).await;
    assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        future.text.contains("cannot be in the future"),
        "{}",
        future.text
    );
    let unknown = post(fields(&today, "999", &member)).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let stranger = post(fields(&today, HELSINKI, &format!("{group}:not-a-member"))).await;
    assert_eq!(stranger.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        count(app, "child_protection_notices").await,
        0,
        "nothing half-written"
    );

    let done = post(fields(&today, HELSINKI, &member)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text);
    assert_eq!(done.text, "/child-protection?recorded=1");

    assert_eq!(
        facilitator.open("/staff/child-protection").await.status,
        StatusCode::FORBIDDEN
    );
    let (status, _) = facilitator
        .send(Method::GET, "/api/v1/child-protection/notices", None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        parent.open("/child-protection").await.status,
        StatusCode::FORBIDDEN
    );

    let supervisor = create_person(app, "supervisor@example.org", &[Role::Supervisor]).await;
    let supervisor = Api::as_person(app, &supervisor).await;
    let records = supervisor.open("/staff/child-protection").await;
    assert_eq!(records.status, StatusCode::OK);
    assert!(records.text.contains("Helsinki child welfare duty line"));
    assert!(records.text.contains("Names a family"));
    assert_eq!(
        count(app, "access_log").await,
        1,
        "the reading of the family's record is logged"
    );
    let (status, page) = supervisor
        .send(
            Method::GET,
            &format!("/api/v1/child-protection/notices?municipality={HELSINKI}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["about_family"], true);
    assert_eq!(count(app, "access_log").await, 2);
    assert_eq!(
        count(app, "referrals").await,
        0,
        "kept apart from referrals"
    );
}

#[tokio::test]
async fn contacts_come_from_the_directory_and_the_api_checks_every_field() {
    let world = world().await;
    let app = &world.app;
    child_welfare_contact(app).await;
    let worker = create_person(app, "worker@example.org", &[Role::ReferralWorker]).await;
    let worker = Api::as_person(app, &worker).await;
    let (status, contacts) = worker
        .send(
            Method::GET,
            &format!("/api/v1/child-protection/contacts?municipality={HELSINKI}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(contacts[0]["phone"], "09 310 44222");
    let (_, espoo) = worker
        .send(
            Method::GET,
            "/api/v1/child-protection/contacts?municipality=049",
            None,
        )
        .await;
    assert_eq!(espoo, json!([]));

    let body = |made_at: String, email: &str| json!({ "municipality": HELSINKI, "recipient": "Duty line", "made_at": made_at, "adult_email": email });
    let now = chrono::Utc::now().to_rfc3339();
    let (status, error) = worker
        .send(
            Method::POST,
            "/api/v1/child-protection/notices",
            Some(body(now.clone(), "nobody@example.org")),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{error}");
    let old = (chrono::Utc::now() - chrono::TimeDelta::days(400)).to_rfc3339();
    let (status, _) = worker
        .send(
            Method::POST,
            "/api/v1/child-protection/notices",
            Some(body(old, "")),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, created): (StatusCode, Value) = worker
        .send(
            Method::POST,
            "/api/v1/child-protection/notices",
            Some(body(now, "")),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(count(app, "child_protection_notices").await, 1);
}
