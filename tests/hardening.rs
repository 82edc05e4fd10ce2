//! Tried from outside, as an attacker or a new client developer would: what must be refused
//! or answered with care, each through the public surface.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "hardening/sealed.rs"]
mod sealed;

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

#[tokio::test]
async fn api_errors_speak_the_signed_in_persons_saved_language() {
    let app = spawn_app().await;
    // Saved language: English; no Accept-Language is sent.
    let person = create_person(&app, "english@example.org", &[Role::Family]).await;
    let token = bearer(&app, &person).await;
    let client = reqwest::Client::new();
    let missing = client
        .get(app.url("/api/v1/groups/00000000-0000-4000-8000-000000000000"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let problem: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(problem["title"], "Page not found", "{problem}");
    let refused = client
        .post(app.url("/api/v1/groups"))
        .bearer_auth(&token)
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let problem: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(problem["title"], "No access", "{problem}");
    let invalid = client
        .post(app.url("/api/v1/family/invitations"))
        .bearer_auth(&token)
        .json(&serde_json::json!({ "email": "not an address", "language": "fi" }))
        .send()
        .await
        .unwrap();
    assert_eq!(invalid.status(), StatusCode::BAD_REQUEST);
    let problem: serde_json::Value = invalid.json().await.unwrap();
    assert!(
        problem["errors"][0]["message"].as_str().unwrap().is_ascii(),
        "English field errors: {problem}"
    );
    let malformed = client
        .post(app.url("/api/v1/family/invitations"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    let problem: serde_json::Value = malformed.json().await.unwrap();
    assert!(problem["title"].as_str().unwrap().is_ascii(), "{problem}");
}

#[tokio::test]
async fn staff_set_up_two_step_sign_in_through_the_api_alone() {
    let app = spawn_app().await;
    // A family member made coordinator: the role requires a second factor not yet set up.
    let person = create_person(&app, "new.staff@example.org", &[Role::Family]).await;
    let id = person.id.clone();
    app.state
        .db
        .run(move |conn| {
            let now = silta::clock::now();
            Ok(silta::accounts::model::users::grant_role(
                conn,
                &id,
                Role::Coordinator,
                now,
            )?)
        })
        .await
        .unwrap();
    let token = bearer(&app, &person).await;
    let client = reqwest::Client::new();
    let call = |method: reqwest::Method, path: &str, body: Option<serde_json::Value>| {
        let mut request = client.request(method, app.url(path)).bearer_auth(&token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send()
    };
    let me: serde_json::Value = call(reqwest::Method::GET, "/api/v1/me", None)
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["second_factor"], "setup_required");
    let stuck = call(reqwest::Method::GET, "/api/v1/me/groups", None)
        .await
        .unwrap();
    assert_eq!(stuck.status(), StatusCode::UNAUTHORIZED);

    let setup = call(
        reqwest::Method::POST,
        "/api/v1/me/second-factor/setup",
        None,
    )
    .await
    .unwrap();
    assert_eq!(setup.status(), StatusCode::OK);
    let setup: serde_json::Value = setup.json().await.unwrap();
    let secret = setup["secret"].as_str().unwrap().to_owned();
    assert!(
        setup["otpauth_url"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/")
    );
    let wrong = call(
        reqwest::Method::POST,
        "/api/v1/me/second-factor",
        Some(serde_json::json!({ "code": "000000" })),
    )
    .await
    .unwrap();
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    let code = silta::auth::second_factor::current_code(&secret).unwrap();
    let done = call(
        reqwest::Method::POST,
        "/api/v1/me/second-factor",
        Some(serde_json::json!({ "code": code })),
    )
    .await
    .unwrap();
    assert_eq!(done.status(), StatusCode::OK);
    let done: serde_json::Value = done.json().await.unwrap();
    assert_eq!(done["recovery_codes"].as_array().unwrap().len(), 10);
    let working = call(reqwest::Method::GET, "/api/v1/me/groups", None)
        .await
        .unwrap();
    assert_eq!(
        working.status(),
        StatusCode::OK,
        "this session passed the step"
    );
    let again = call(
        reqwest::Method::POST,
        "/api/v1/me/second-factor/setup",
        None,
    )
    .await
    .unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT);
}

/// Sign-ups allowed from one address in an hour (`SIGN_UP_PER_ADDRESS`).
const SIGN_UPS_PER_ADDRESS: usize = 10;

/// Signs up a new family as a client behind `forwarded_for`; returns the status.
async fn sign_up_behind(app: &common::TestApp, n: usize, forwarded_for: &str) -> StatusCode {
    reqwest::Client::new()
        .post(app.url("/api/v1/auth/sign-up"))
        .header("X-Forwarded-For", forwarded_for)
        .json(&serde_json::json!({
            "email": format!("family{n}@example.org"), "display_name": "Family",
            "ui_language": "en", "languages": ["fi"], "municipality": "091",
            "password": PASSWORD, "accept_privacy_notice": true
        }))
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limits() {
    let app = spawn_app_with(|env| {
        env.insert(
            "SILTA_TRUST_PROXY".to_owned(),
            "127.0.0.0/8, ::1".to_owned(),
        );
    })
    .await;
    for n in 0..SIGN_UPS_PER_ADDRESS {
        // The left part is the client's own word: only the right-most untrusted hop counts.
        let forged = format!("198.51.100.{n}, 203.0.113.7");
        assert_eq!(sign_up_behind(&app, n, &forged).await, StatusCode::ACCEPTED);
    }
    let busy = sign_up_behind(&app, 100, "203.0.113.7").await;
    assert_eq!(busy, StatusCode::TOO_MANY_REQUESTS, "one client's limit");
    let other = sign_up_behind(&app, 101, "203.0.113.8").await;
    assert_eq!(
        other,
        StatusCode::ACCEPTED,
        "another client behind the same balancer"
    );
}

#[tokio::test]
async fn without_a_trusted_proxy_forwarding_headers_are_ignored() {
    let app = spawn_app().await;
    for n in 0..SIGN_UPS_PER_ADDRESS {
        let forged = format!("203.0.113.{n}");
        assert_eq!(sign_up_behind(&app, n, &forged).await, StatusCode::ACCEPTED);
    }
    let forged = sign_up_behind(&app, 100, "203.0.113.200").await;
    assert_eq!(
        forged,
        StatusCode::TOO_MANY_REQUESTS,
        "the peer's address counts"
    );
}

#[test]
fn a_bare_true_is_not_a_list_of_proxies() {
    let env =
        std::collections::HashMap::from([("SILTA_TRUST_PROXY".to_owned(), "true".to_owned())]);
    let error = silta::config::Config::from_sources(None, &env).unwrap_err();
    assert_eq!(error.setting, "SILTA_TRUST_PROXY");
}

/// A JSON body that does not fit its type says which field and why, translated, and nothing is
/// written.
#[tokio::test]
async fn a_body_of_the_wrong_shape_names_the_field_in_the_readers_language() {
    let app = spawn_app().await;
    let cases = [
        (
            serde_json::json!({ "password": "x" }),
            "email",
            "Tämä tieto puuttuu.",
        ),
        (
            serde_json::json!({ "email": 5, "password": "x" }),
            "email",
            "väärää tyyppiä",
        ),
    ];
    for (body, field, message) in cases {
        let response = app
            .client
            .post(app.url("/api/v1/auth/sign-in"))
            .header(header::ACCEPT_LANGUAGE, "fi")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "application/problem+json"
        );
        let problem: serde_json::Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
        let text = problem["errors"][0]["message"].as_str().unwrap();
        assert!(text.contains(message), "{text}");
    }
    let sign_up = serde_json::json!({
        "email": "new@example.fi", "display_name": "Uusi", "ui_language": "fi",
        "languages": "fi", "municipality": "091", "accept_privacy_notice": true,
    });
    let response = app
        .client
        .post(app.url("/api/v1/auth/sign-up"))
        .json(&sign_up)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let problem: serde_json::Value = response.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "languages");
    let accounts = app
        .state
        .db
        .run(|conn| {
            Ok(silta::accounts::model::users::by_email(
                conn,
                "new@example.fi",
            )?)
        })
        .await
        .unwrap();
    assert!(accounts.is_none(), "nothing was written");
}
