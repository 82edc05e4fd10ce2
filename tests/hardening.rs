//! Tried from outside, as an attacker or a new client developer would: what must be refused
//! or answered with care, each through the public surface.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::accounts::{PASSWORD, bearer, create_person, post_form};
use common::{spawn_app, spawn_app_with};
use reqwest::{StatusCode, header};
use silta::auth::policy::Role;

#[tokio::test]
async fn an_oversized_form_with_a_valid_csrf_token_is_too_large_not_forged() {
    let app = spawn_app_with(|env| {
        env.insert("SILTA_BODY_LIMIT_BYTES".to_owned(), "4096".to_owned());
    })
    .await;
    let person = create_person(&app, "big.form@example.org", &[Role::Family]).await;
    let signed_in = post_form(
        &app,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let token = common::accounts::csrf_token(&app, "/account").await;
    let long_name = "x".repeat(8000);
    let response = app
        .client
        .post(app.url("/account"))
        .header("Origin", &app.address)
        .header("Accept-Language", "en")
        .form(&[
            ("csrf_token", token.as_str()),
            ("display_name", long_name.as_str()),
            ("ui_language", "en"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let page = response.text().await.unwrap();
    assert!(page.contains("<html"), "a page, not a bare status");
    assert!(page.contains("Too much data"), "translated: {page}");
    assert_eq!(
        common::accounts::me(&app).await["display_name"],
        "Test Person"
    );
}

#[tokio::test]
async fn answers_with_personal_data_are_never_cached_and_assets_are() {
    let app = spawn_app().await;
    let person = create_person(&app, "cache@example.org", &[Role::Family]).await;
    let token = bearer(&app, &person).await;
    for path in ["/api/v1/me", "/api/v1/me/groups", "/account", "/my-groups"] {
        let response = app
            .client
            .get(app.url(path))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            response.headers()[header::CACHE_CONTROL],
            "no-store",
            "{path}"
        );
    }
    let css = app.get("/static/css/silta.css").await;
    assert_eq!(
        css.headers()[header::CACHE_CONTROL],
        "public, max-age=86400"
    );
}

#[tokio::test]
async fn facilitators_find_the_groups_they_lead_and_everyone_the_room_in_my_groups() {
    let world = common::groups::world().await;
    let id = common::groups::create_group(&world, 10, "open").await;
    let app = &world.app;
    let family = create_person(app, "member@example.org", &[Role::Family]).await;
    let family_api = common::groups::Api::as_person(app, &family).await;
    let (status, _) = family_api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/groups/{id}/join"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let facilitator_api = common::groups::Api::as_person(app, &world.facilitator).await;
    let (status, led) = facilitator_api
        .send(reqwest::Method::GET, "/api/v1/me/groups", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(led.as_array().unwrap().len(), 1, "{led}");
    assert_eq!(led[0]["id"], id.as_str());
    assert_eq!(led[0]["leads"], true);
    let session = led[0]["current_session"]["id"].as_str().unwrap().to_owned();
    let (_, mine) = family_api
        .send(reqwest::Method::GET, "/api/v1/me/groups", None)
        .await;
    assert_eq!(mine[0]["leads"], false);
    assert_eq!(mine[0]["my_status"], "member");
    let room = format!("href=\"/sessions/{session}/room\"");
    for person in [&family, &world.facilitator] {
        let page = app
            .client
            .get(app.url("/my-groups"))
            .bearer_auth(bearer(app, person).await)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains(&room), "{}: {page}", person.email);
    }
}
