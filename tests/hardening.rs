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
