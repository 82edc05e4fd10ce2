//! Paged lists through HTTP (src/paging): every list walks all its items exactly once with
//! `next_cursor`, its filters narrow in the database, bad paging values are 400 naming the
//! field, roles without the permission are still refused, and HTML lists show the pager.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use common::accounts::{Person, create_person};
use common::groups::Api;
use common::paging::{bad_paging_is_refused, html, walk_all};
use common::{TestApp, spawn_app};
use reqwest::StatusCode;
use serde_json::Value;
use silta::auth::policy::Role;

async fn staff(app: &TestApp) -> (Person, Person, Person) {
    let admin = create_person(app, "admin@example.org", &[Role::Admin]).await;
    let coordinator = create_person(app, "coord@example.org", &[Role::Coordinator]).await;
    let family = create_person(app, "family@example.org", &[Role::Family]).await;
    (admin, coordinator, family)
}

#[tokio::test]
async fn the_account_list_pages_filters_and_stays_for_administrators() {
    let app = spawn_app().await;
    let (admin, coordinator, family) = staff(&app).await;
    for i in 0..23 {
        create_person(&app, &format!("parent{i:02}@example.org"), &[Role::Family]).await;
    }
    let api = Api::as_person(&app, &admin).await;
    let everyone = walk_all(&api, "/api/v1/admin/users", 5, "email").await;
    assert_eq!(everyone.len(), 26);
    let (_, first) = api
        .send(reqwest::Method::GET, "/api/v1/admin/users", None)
        .await;
    assert_eq!(first["total"], 26);
    assert_eq!(
        first["items"].as_array().unwrap().len(),
        20,
        "20 by default"
    );

    let parents = walk_all(&api, "/api/v1/admin/users?q=parent1", 3, "email").await;
    assert_eq!(parents.len(), 10, "{parents:?}");
    assert!(parents.iter().all(|e| e.starts_with("parent1")));
    let coordinators = walk_all(&api, "/api/v1/admin/users?role=coordinator", 3, "email").await;
    assert_eq!(coordinators, [coordinator.email.as_str()]);
    let families = walk_all(&api, "/api/v1/admin/users?role=family", 7, "email").await;
    assert_eq!(families.len(), 24);

    let (status, _) = api
        .send(
            reqwest::Method::PATCH,
            &format!("/api/v1/admin/users/{}", family.id),
            Some(serde_json::json!({ "suspended": true })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let suspended = walk_all(&api, "/api/v1/admin/users?status=suspended", 5, "email").await;
    assert_eq!(suspended, [family.email.as_str()]);
    let active = walk_all(
        &api,
        "/api/v1/admin/users?status=active&role=family",
        5,
        "email",
    )
    .await;
    assert_eq!(active.len(), 23);

    bad_paging_is_refused(&api, "/api/v1/admin/users").await;
    let (status, problem) = api
        .send(
            reqwest::Method::GET,
            "/api/v1/admin/users?role=king&status=gone",
            None,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(problem["errors"].as_array().unwrap().len(), 2, "{problem}");

    let as_coordinator = Api::as_person(&app, &coordinator).await;
    let (status, _) = as_coordinator
        .send(reqwest::Method::GET, "/api/v1/admin/users", None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = html(&app, &as_coordinator.token, "/admin/users").await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, page) = html(&app, &api.token, "/admin/users?role=family&page=2").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("24 accounts"), "{page}");
    assert!(page.contains(r#"<nav aria-label="Pages of results" class="pagination">"#));
    assert!(page.contains("Page 2 of 2"));
    assert!(page.contains(r#"href="/admin/users?role=family&amp;page=1" rel="prev""#));
    assert_eq!(page.matches(r#"<a href="/admin/users/"#).count(), 4);
}

#[tokio::test]
async fn the_security_log_pages_while_it_grows() {
    let app = spawn_app().await;
    let (admin, _, _) = staff(&app).await;
    let api = Api::as_person(&app, &admin).await;
    // Each look at the account list is an event, written while the log is walked below.
    list_accounts(&api, 12).await;
    let (_, first) = api
        .send(
            reqwest::Method::GET,
            "/api/v1/admin/security-log?kind=accounts_listed",
            None,
        )
        .await;
    assert_eq!(first["total"], 12);
    let mut seen = Vec::new();
    let mut url = "/api/v1/admin/security-log?kind=accounts_listed&limit=5".to_owned();
    loop {
        let (_, page) = api.send(reqwest::Method::GET, &url, None).await;
        // A newer event while walking does not shift the pages.
        list_accounts(&api, 1).await;
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["id"].clone()),
        );
        match page["next_cursor"].as_str() {
            Some(cursor) => {
                url = format!(
                    "/api/v1/admin/security-log?kind=accounts_listed&limit=5&cursor={cursor}"
                )
            }
            None => break,
        }
    }
    assert_eq!(
        seen.len(),
        12,
        "the 12 there when the walk began, once each"
    );
    let unique: BTreeSet<String> = seen.iter().map(Value::to_string).collect();
    assert_eq!(unique.len(), 12);
}

/// Looks at the account list `times` times: an event by `api`'s person each time.
async fn list_accounts(api: &Api<'_>, times: usize) {
    for _ in 0..times {
        api.send(reqwest::Method::GET, "/api/v1/admin/users", None)
            .await;
    }
}

#[tokio::test]
async fn the_security_log_filters_by_kind_person_and_day_for_administrators_only() {
    let app = spawn_app().await;
    let (admin, coordinator, family) = staff(&app).await;
    let api = Api::as_person(&app, &admin).await;
    list_accounts(&api, 21).await;
    let by_admin = walk_all(
        &api,
        &format!("/api/v1/admin/security-log?person={}", admin.id),
        4,
        "id",
    )
    .await;
    assert_eq!(by_admin.len(), 21);
    let by_family = walk_all(
        &api,
        &format!("/api/v1/admin/security-log?person={}", family.id),
        4,
        "id",
    )
    .await;
    assert!(by_family.is_empty(), "{by_family:?}");

    let today = chrono::Utc::now().date_naive();
    let tomorrow = today + chrono::TimeDelta::days(2);
    let yesterday = today - chrono::TimeDelta::days(2);
    let recent = format!("/api/v1/admin/security-log?from={yesterday}&to={tomorrow}&limit=100");
    let (_, within) = api.send(reqwest::Method::GET, &recent, None).await;
    assert_eq!(within["total"], 21);
    let old = format!("/api/v1/admin/security-log?to={yesterday}");
    let (_, before) = api.send(reqwest::Method::GET, &old, None).await;
    assert_eq!(before["total"], 0);
    let (status, problem) = api
        .send(
            reqwest::Method::GET,
            "/api/v1/admin/security-log?from=3.12.2026&kind=nope",
            None,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let fields: BTreeSet<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, BTreeSet::from(["from", "kind"]));
    bad_paging_is_refused(&api, "/api/v1/admin/security-log").await;

    let as_coordinator = Api::as_person(&app, &coordinator).await;
    let (status, _) = as_coordinator
        .send(reqwest::Method::GET, "/api/v1/admin/security-log", None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, page) = html(&app, &api.token, "/admin/security-log?kind=accounts_listed").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Page 1 of 2"), "{page}");
    assert!(
        page.contains(r#"href="/admin/security-log?kind=accounts_listed&amp;page=2" rel="next""#)
    );
}

#[tokio::test]
async fn staff_invitations_page_and_filter_by_standing_and_role() {
    let app = spawn_app().await;
    let (admin, coordinator, family) = staff(&app).await;
    let api = Api::as_person(&app, &admin).await;
    let mut ids = Vec::new();
    for i in 0..9 {
        let role = if i % 3 == 0 {
            "coordinator"
        } else {
            "facilitator"
        };
        let body = serde_json::json!({
            "email": format!("invited{i}@example.org"), "role": role, "language": "fi"
        });
        let (status, created) = api
            .send(reqwest::Method::POST, "/api/v1/invitations", Some(body))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        ids.push(created["id"].as_str().unwrap().to_owned());
    }
    for id in &ids[..2] {
        let (status, _) = api
            .send(
                reqwest::Method::DELETE,
                &format!("/api/v1/invitations/{id}"),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    // One sent 15 days ago has run out.
    let by = admin.id.clone();
    app.state
        .db
        .run(move |conn| {
            let new = silta::accounts::model::invitations::NewInvitation {
                email: "late@example.org",
                role: "facilitator",
                family_id: None,
                invited_by: &by,
                language: "fi",
            };
            let then = silta::clock::now() - chrono::TimeDelta::days(15);
            Ok(silta::accounts::model::invitations::create(
                conn, &new, then,
            )?)
        })
        .await
        .unwrap();

    let all = walk_all(&api, "/api/v1/invitations", 4, "id").await;
    assert_eq!(all.len(), 10);
    let newest: Vec<&String> = ids.iter().rev().collect();
    assert_eq!(all[..9].iter().collect::<Vec<_>>(), newest, "newest first");
    let revoked = walk_all(&api, "/api/v1/invitations?status=revoked", 4, "id").await;
    assert_eq!(revoked, [ids[1].clone(), ids[0].clone()]);
    let open = walk_all(&api, "/api/v1/invitations?status=open", 2, "email").await;
    assert_eq!(open.len(), 7);
    let expired = walk_all(&api, "/api/v1/invitations?status=expired", 2, "email").await;
    assert_eq!(expired, ["late@example.org"]);
    let open_coordinators = walk_all(
        &api,
        "/api/v1/invitations?status=open&role=coordinator",
        2,
        "email",
    )
    .await;
    assert_eq!(
        open_coordinators,
        ["invited6@example.org", "invited3@example.org"]
    );
    bad_paging_is_refused(&api, "/api/v1/invitations").await;
    let (status, _) = api
        .send(
            reqwest::Method::GET,
            "/api/v1/invitations?status=lost",
            None,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let as_family = Api::as_person(&app, &family).await;
    let (status, _) = as_family
        .send(reqwest::Method::GET, "/api/v1/invitations", None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = html(&app, &as_family.token, "/staff/invitations").await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let as_coordinator = Api::as_person(&app, &coordinator).await;
    let (status, page) = html(
        &app,
        &as_coordinator.token,
        "/staff/invitations?role=facilitator",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("<td>invited").count(), 6, "{page}");
    assert_eq!(page.matches("<td>late@").count(), 1);
    assert!(!page.contains("class=\"pagination\""), "one page: no pager");
}
