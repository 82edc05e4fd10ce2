//! Accounts through HTTP with real mail over SMTP: sign-up, confirmation, magic link,
//! password, second factor, invitations, suspension, CSRF, throttling, tokens.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::accounts::{
    PASSWORD, bearer, create_person, follow_link, last_mail_text, link_in, mails_to, me, post_form,
};
use common::smtp::SmtpSink;
use common::{TestApp, spawn_app_with};
use reqwest::StatusCode;
use silta::accounts::model::users;
use silta::auth::policy::Role;
use silta::auth::second_factor;

async fn app_with_mail() -> (TestApp, SmtpSink) {
    let (sink, url) = SmtpSink::start().await;
    let app = spawn_app_with(|env| {
        env.insert("SMTP_URL".to_owned(), url);
    })
    .await;
    (app, sink)
}

fn location(response: &reqwest::Response) -> &str {
    response.headers()["location"].to_str().unwrap()
}

async fn sign_up(app: &TestApp, email: &str, lang: &str) -> reqwest::Response {
    post_form(
        app,
        "/sign-up",
        &[
            ("email", email),
            ("display_name", "Aisha"),
            ("ui_language", lang),
            ("languages", "ar"),
            ("languages", "fi"),
            ("municipality", "091"),
            ("password", PASSWORD),
            ("accept_notice", "yes"),
        ],
    )
    .await
}

async fn sign_out(app: &TestApp) {
    let response = post_form(app, "/sign-out", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn family_signs_up_confirms_and_signs_in_by_link_and_by_password() {
    let (app, sink) = app_with_mail().await;
    app.get("/lang/en?next=/").await;
    let email = "aisha@example.org";
    let response = sign_up(&app, email, "en").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/sign-up/sent");

    let mail = last_mail_text(&app, &sink, email, 0).await;
    assert!(
        mail.contains("Subject: Confirm your email address for Silta"),
        "{mail}"
    );
    let confirm = follow_link(&app, &link_in(&mail, &app)).await;
    assert_eq!(confirm.status(), StatusCode::SEE_OTHER);
    let me_json = me(&app).await;
    assert_eq!(me_json["roles"], serde_json::json!(["family"]));
    assert_eq!(me_json["language"], "en");
    assert_eq!(me_json["display_name"], "Aisha");
    sign_out(&app).await;

    // Magic link.
    let before = mails_to(&sink, email);
    let response = post_form(&app, "/sign-in/link", &[("email", email)]).await;
    assert_eq!(location(&response), "/sign-in/link/sent");
    let mail = last_mail_text(&app, &sink, email, before).await;
    assert!(
        mail.contains("Subject: Your sign-in link for Silta"),
        "{mail}"
    );
    let link = link_in(&mail, &app);
    follow_link(&app, &link).await;
    assert_eq!(me(&app).await["display_name"], "Aisha");
    sign_out(&app).await;
    assert!(
        app.get(&link)
            .await
            .text()
            .await
            .unwrap()
            .contains("no longer works"),
        "a magic link works once"
    );

    // Password; a target that a browser would turn into another site is not followed.
    let response = post_form(
        &app,
        "/sign-in",
        &[
            ("email", email),
            ("password", PASSWORD),
            ("next", "/\t/evil.example"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/");
    let response = post_form(
        &app,
        "/sign-in",
        &[
            ("email", email),
            ("password", PASSWORD),
            ("next", "/account"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/account");
    let account = app.get("/account").await.text().await.unwrap();
    assert!(account.contains("aisha@example.org"));
}

#[tokio::test]
async fn the_api_signs_up_and_signs_in_with_bearer_tokens() {
    let (app, sink) = app_with_mail().await;
    let email = "api.family@example.org";
    let response = app
        .client
        .post(app.url("/api/v1/auth/sign-up"))
        .json(&serde_json::json!({
            "email": email, "display_name": "Li", "ui_language": "sv",
            "languages": ["zh", "sv"], "municipality": "abroad", "password": PASSWORD,
            "accept_privacy_notice": true
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let mail = last_mail_text(&app, &sink, email, 0).await;
    assert!(
        mail.contains("Subject: Bekräfta"),
        "mail in Swedish: {mail}"
    );
    let token = link_in(&mail, &app).rsplit('/').next().unwrap().to_owned();
    let fresh = reqwest::Client::new();
    let confirmed: serde_json::Value = fresh
        .post(app.url("/api/v1/auth/confirm-email"))
        .json(&serde_json::json!({ "token": token }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let bearer_token = confirmed["token"].as_str().unwrap();
    let me_json: serde_json::Value = fresh
        .get(app.url("/api/v1/me"))
        .bearer_auth(bearer_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me_json["language"], "sv");
    let signed_in = fresh
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&serde_json::json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
}

#[tokio::test]
async fn bad_sign_up_input_gets_translated_errors_and_stores_nothing() {
    let (app, sink) = app_with_mail().await;
    let long_name = "x".repeat(10_000);
    let token = common::accounts::csrf_token(&app, "/sign-up").await;
    let response = app
        .client
        .post(app.url("/sign-up"))
        .header("Accept-Language", "sv")
        .header("Origin", &app.address)
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "not-an-email"),
            ("display_name", long_name.as_str()),
            ("ui_language", "sv"),
            ("languages", "klingon"),
            ("municipality", "999"),
            ("password", "short"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"lang="sv""#));
    assert!(html.contains(r#"aria-invalid="true""#));
    for field in [
        "email",
        "display_name",
        "municipality",
        "password",
        "accept_notice",
    ] {
        assert!(
            html.contains(&format!(r#"id="error-{field}""#)),
            "{field} error shown"
        );
    }
    assert!(html.contains("e-post"), "Swedish messages: {html}");
    let users = app
        .state
        .db
        .run(|conn| Ok(silta::accounts::model::users::search(conn, "", 10)?.len()))
        .await
        .unwrap();
    assert_eq!(users, 0, "nothing stored");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(sink.received().is_empty(), "no mail sent");
}

#[tokio::test]
async fn answers_do_not_reveal_whether_an_address_has_an_account() {
    let (app, sink) = app_with_mail().await;
    let owner = create_person(&app, "owner@example.org", &[Role::Family]).await;
    app.get("/lang/en?next=/").await;

    let taken = sign_up(&app, &owner.email, "en").await;
    let free = sign_up(&app, "free@example.org", "en").await;
    assert_eq!(taken.status(), free.status());
    assert_eq!(location(&taken), location(&free));
    let mail = last_mail_text(&app, &sink, &owner.email, 0).await;
    assert!(mail.contains("You already have a Silta account"), "{mail}");

    let unknown = post_form(&app, "/sign-in/link", &[("email", "nobody@example.org")]).await;
    let known = post_form(&app, "/sign-in/link", &[("email", &owner.email)]).await;
    assert_eq!(location(&unknown), location(&known));

    let wrong_password = post_form(
        &app,
        "/sign-in",
        &[("email", &owner.email), ("password", "wrong password!")],
    )
    .await;
    let no_account = post_form(
        &app,
        "/sign-in",
        &[
            ("email", "nobody@example.org"),
            ("password", "wrong password!"),
        ],
    )
    .await;
    assert_eq!(wrong_password.status(), no_account.status());
    let (a, b) = (
        wrong_password.text().await.unwrap(),
        no_account.text().await.unwrap(),
    );
    assert!(a.contains("The email address or password is not right."));
    assert!(b.contains("The email address or password is not right."));
}

#[tokio::test]
async fn repeated_failed_sign_ins_are_throttled_with_a_translated_wait() {
    let (app, _sink) = app_with_mail().await;
    let person = create_person(&app, "target@example.org", &[Role::Family]).await;
    let mut last = None;
    for _ in 0..11 {
        last = Some(
            post_form(
                &app,
                "/sign-in",
                &[("email", &person.email), ("password", "guess guess guess")],
            )
            .await,
        );
    }
    let last = last.unwrap();
    assert_eq!(last.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(last.headers().contains_key("retry-after"));
    let html = last.text().await.unwrap();
    assert!(
        html.contains("Yritä uudelleen") || html.contains("try again"),
        "{html}"
    );
    // Even the right password waits until the window ends.
    let right = post_form(
        &app,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn state_changes_need_the_csrf_token_and_our_origin() {
    let (app, _sink) = app_with_mail().await;
    let person = create_person(&app, "csrf@example.org", &[Role::Family]).await;
    let response = post_form(
        &app,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let fields = [("display_name", "Changed"), ("ui_language", "en")];

    let no_token = app
        .client
        .post(app.url("/account"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), StatusCode::FORBIDDEN);

    let token = common::accounts::csrf_token(&app, "/account").await;
    let mut with_token = vec![("csrf_token", token.as_str())];
    with_token.extend_from_slice(&fields);
    let foreign = app
        .client
        .post(app.url("/account"))
        .header("Origin", "https://evil.example")
        .form(&with_token)
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        me(&app).await["display_name"],
        "Test Person",
        "nothing changed"
    );

    let ok = app
        .client
        .post(app.url("/account"))
        .header("Origin", &app.address)
        .form(&with_token)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    assert_eq!(me(&app).await["display_name"], "Changed");

    let api_without_header = app
        .client
        .patch(app.url("/api/v1/me"))
        .json(&serde_json::json!({ "display_name": "Api", "ui_language": "fi" }))
        .send()
        .await
        .unwrap();
    assert_eq!(api_without_header.status(), StatusCode::FORBIDDEN);
    let csrf = me(&app).await["csrf_token"].as_str().unwrap().to_owned();
    let api_with_header = app
        .client
        .patch(app.url("/api/v1/me"))
        .header("X-CSRF-Token", csrf)
        .json(&serde_json::json!({ "display_name": "Api", "ui_language": "fi" }))
        .send()
        .await
        .unwrap();
    assert_eq!(api_with_header.status(), StatusCode::NO_CONTENT);
}

fn encode(part: &serde_json::Value) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(part.to_string())
}

#[tokio::test]
async fn forged_expired_and_foreign_tokens_are_refused() {
    let (app, _sink) = app_with_mail().await;
    let person = create_person(&app, "tokens@example.org", &[Role::Family]).await;
    let good = bearer(&app, &person).await;
    let status = |token: String| {
        let app = &app;
        async move {
            reqwest::Client::new()
                .get(app.url("/api/v1/me"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(status(good.clone()).await, StatusCode::OK);

    let claims = app
        .state
        .keys
        .verify(&good, silta::auth::tokens::AUDIENCE_API)
        .unwrap();
    let mut forged = good.clone();
    forged.pop();
    forged.push(if good.ends_with('A') { 'B' } else { 'A' });
    let expired = app.state.keys.issue(
        &person.id,
        &claims.sid,
        silta::auth::tokens::AUDIENCE_API,
        chrono::TimeDelta::hours(-2),
    );
    let wrong_audience = app.state.keys.issue(
        &person.id,
        &claims.sid,
        silta::auth::tokens::AUDIENCE_WEB,
        chrono::TimeDelta::hours(1),
    );
    let other_key = silta::auth::tokens::TokenKeys::new(
        &silta::config::Secret::new("another-secret-another-secret-another"),
        &[],
        app.state.config.public_origin(),
    )
    .issue(
        &person.id,
        &claims.sid,
        silta::auth::tokens::AUDIENCE_API,
        chrono::TimeDelta::hours(1),
    );
    let header: serde_json::Value = serde_json::from_slice(
        &base64::Engine::decode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            good.split('.').next().unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    let alg_none = format!(
        "{}.{}.",
        encode(&serde_json::json!({ "alg": "none", "typ": "JWT", "kid": header["kid"] })),
        encode(&serde_json::to_value(&claims).unwrap())
    );
    let string_nbf = format!(
        "{}.{}.{}",
        good.split('.').next().unwrap(),
        encode(&serde_json::json!({
            "sub": claims.sub, "sid": claims.sid, "iss": claims.iss, "aud": claims.aud,
            "iat": claims.iat, "nbf": "99999999999", "exp": claims.exp
        })),
        good.split('.').nth(2).unwrap()
    );
    for (name, token) in [
        ("forged signature", forged),
        ("expired", expired),
        ("web token used as API token", wrong_audience),
        ("signed with another key", other_key),
        ("alg none", alg_none),
        ("string nbf", string_nbf),
    ] {
        assert_eq!(status(token).await, StatusCode::UNAUTHORIZED, "{name}");
    }

    // A revoked session is refused at once.
    let sign_out = reqwest::Client::new()
        .post(app.url("/api/v1/auth/sign-out"))
        .bearer_auth(&good)
        .send()
        .await
        .unwrap();
    assert_eq!(sign_out.status(), StatusCode::NO_CONTENT);
    assert_eq!(status(good).await, StatusCode::UNAUTHORIZED);
}

/// Signs a staff member in through the pages, entering the current authenticator code.
async fn sign_in_staff(app: &TestApp, person: &common::accounts::Person) {
    let response = post_form(
        app,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(location(&response), "/sign-in/second-factor");
    assert_eq!(
        location(&app.get("/account").await),
        "/sign-in/second-factor",
        "no access before the code"
    );
    let wrong = post_form(app, "/sign-in/second-factor", &[("code", "000000")]).await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let code = second_factor::current_code(person.totp_secret.as_deref().unwrap()).unwrap();
    let right = post_form(app, "/sign-in/second-factor", &[("code", &code)]).await;
    assert_eq!(right.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn staff_invite_a_facilitator_who_accepts() {
    let (app, sink) = app_with_mail().await;
    let coordinator = create_person(&app, "coordinator@example.org", &[Role::Coordinator]).await;
    sign_in_staff(&app, &coordinator).await;
    let invited = "new.facilitator@example.org";
    let response = post_form(
        &app,
        "/staff/invitations",
        &[
            ("email", invited),
            ("role", "facilitator"),
            ("language", "fi"),
        ],
    )
    .await;
    assert_eq!(location(&response), "/staff/invitations");
    let mail = last_mail_text(&app, &sink, invited, 0).await;
    assert!(
        mail.contains("Subject: Sinut on kutsuttu"),
        "Finnish invitation: {mail}"
    );
    assert!(
        mail.contains("vertaisohjaaja") || mail.contains("Vertaisohjaaja"),
        "{mail}"
    );
    let link = link_in(&mail, &app);

    // An administrator role cannot be handed out by a coordinator.
    let refused = post_form(
        &app,
        "/staff/invitations",
        &[
            ("email", "x@example.org"),
            ("role", "admin"),
            ("language", "fi"),
        ],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The facilitator, in another browser, accepts.
    let facilitator_app = app.new_browser();
    let page = facilitator_app.get(&link).await.text().await.unwrap();
    assert!(page.contains(invited));
    let accepted = post_form(
        &facilitator_app,
        &link,
        &[("display_name", "Mikko"), ("password", "")],
    )
    .await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    let me_json = me(&facilitator_app).await;
    assert_eq!(me_json["roles"], serde_json::json!(["facilitator"]));
    assert_eq!(me_json["language"], "fi");
    let again = post_form(&facilitator_app, &link, &[("display_name", "Mikko")]).await;
    assert_eq!(
        again.status(),
        StatusCode::BAD_REQUEST,
        "an invitation works once"
    );

    // A revoked invitation's link stops working.
    let api_token = bearer(&app, &coordinator).await;
    let created: serde_json::Value = reqwest::Client::new()
        .post(app.url("/api/v1/invitations"))
        .bearer_auth(&api_token)
        .json(&serde_json::json!({ "email": "partner@example.org", "role": "municipal_partner", "language": "sv" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mail = last_mail_text(&app, &sink, "partner@example.org", 0).await;
    let revoke = reqwest::Client::new()
        .delete(app.url(&format!(
            "/api/v1/invitations/{}",
            created["id"].as_str().unwrap()
        )))
        .bearer_auth(&api_token)
        .send()
        .await
        .unwrap();
    assert_eq!(revoke.status(), StatusCode::NO_CONTENT);
    let revoked_page = facilitator_app
        .get(&link_in(&mail, &app))
        .await
        .text()
        .await
        .unwrap();
    assert!(revoked_page.contains(r#"<h1 id="page-heading">"#));
    assert!(
        !revoked_page.contains("partner@example.org"),
        "revoked invitation is not shown"
    );
}

#[tokio::test]
async fn suspension_and_role_changes_act_on_the_next_request() {
    let (app, _sink) = app_with_mail().await;
    let admin = create_person(&app, "admin@example.org", &[Role::Admin]).await;
    let family = create_person(&app, "family@example.org", &[Role::Family]).await;
    let admin_token = bearer(&app, &admin).await;
    let family_token = bearer(&app, &family).await;
    let api = reqwest::Client::new();
    let family_status = |path: &'static str| {
        let (api, app, token) = (&api, &app, &family_token);
        async move {
            api.get(app.url(path))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(family_status("/api/v1/me").await, StatusCode::OK);
    assert_eq!(
        family_status("/api/v1/invitations").await,
        StatusCode::FORBIDDEN
    );

    let patch = |body: serde_json::Value| {
        let (api, app, token, id) = (&api, &app, &admin_token, family.id.clone());
        async move {
            api.patch(app.url(&format!("/api/v1/admin/users/{id}")))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    // Becoming staff requires a second factor first: the role is not usable without it.
    assert_eq!(
        patch(serde_json::json!({ "roles": ["family", "coordinator"] })).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        family_status("/api/v1/invitations").await,
        StatusCode::UNAUTHORIZED
    );
    let me_json: serde_json::Value = api
        .get(app.url("/api/v1/me"))
        .bearer_auth(&family_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me_json["second_factor"], "setup_required");

    assert_eq!(
        patch(serde_json::json!({ "suspended": true })).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(family_status("/api/v1/me").await, StatusCode::UNAUTHORIZED);
    let signing_in = api
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&serde_json::json!({ "email": family.email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(signing_in.status(), StatusCode::BAD_REQUEST);

    let log: serde_json::Value = api
        .get(app.url("/api/v1/admin/security-log"))
        .bearer_auth(&admin_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let kinds: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    for kind in ["roles_changed", "suspended", "sign_in_failed"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    assert!(!log.to_string().contains(PASSWORD), "no secrets in the log");
}

#[tokio::test]
async fn the_second_adult_joins_the_family_by_invitation() {
    let (app, sink) = app_with_mail().await;
    let parent = create_person(&app, "parent.one@example.org", &[Role::Family]).await;
    let response = post_form(
        &app,
        "/sign-in",
        &[("email", &parent.email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let second = "parent.two@example.org";
    let response = post_form(
        &app,
        "/family/invitations",
        &[("email", second), ("language", "sv")],
    )
    .await;
    assert_eq!(location(&response), "/family");
    let full = post_form(
        &app,
        "/family/invitations",
        &[("email", "third@example.org"), ("language", "sv")],
    )
    .await;
    assert_eq!(full.status(), StatusCode::CONFLICT, "two adults at most");
    let mail = last_mail_text(&app, &sink, second, 0).await;
    let other = app.new_browser();
    let accepted = post_form(&other, &link_in(&mail, &app), &[("display_name", "Sofia")]).await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    assert_eq!(me(&other).await["language"], "sv");
    let family_page = other.get("/family").await.text().await.unwrap();
    assert!(
        family_page.contains("Test Person") && family_page.contains("Sofia"),
        "{family_page}"
    );
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_mail_and_other_sessions_end() {
    let (app, sink) = app_with_mail().await;
    app.get("/lang/en?next=/").await;
    let person = create_person(&app, "forgetful@example.org", &[Role::Family]).await;
    let other_device = bearer(&app, &person).await;
    let response = post_form(&app, "/password/forgot", &[("email", &person.email)]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let mail = last_mail_text(&app, &sink, &person.email, 0).await;
    assert!(
        mail.contains("Subject: Choose a new password for Silta"),
        "{mail}"
    );
    let link = link_in(&mail, &app);
    assert_eq!(app.get(&link).await.status(), StatusCode::OK);
    let weak = post_form(&app, &link, &[("password", "password123")]).await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.text().await.unwrap().contains("too common"));
    let new_password = "a completely new passphrase";
    let reset = post_form(&app, &link, &[("password", new_password)]).await;
    assert_eq!(reset.status(), StatusCode::SEE_OTHER);
    assert_eq!(me(&app).await["email"], person.email);
    let old_session = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(other_device)
        .send()
        .await
        .unwrap();
    assert_eq!(
        old_session.status(),
        StatusCode::UNAUTHORIZED,
        "other sessions ended"
    );
    let old_password = reqwest::Client::new()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&serde_json::json!({ "email": person.email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(old_password.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn email_changes_after_confirmation_and_sessions_can_be_ended_one_by_one() {
    let (app, sink) = app_with_mail().await;
    let person = create_person(&app, "old.address@example.org", &[Role::Family]).await;
    let phone = bearer(&app, &person).await;
    post_form(
        &app,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;

    let response = post_form(
        &app,
        "/account/email",
        &[("email", "new.address@example.org")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        me(&app).await["email"],
        "old.address@example.org",
        "not changed before confirmation"
    );
    let mail = last_mail_text(&app, &sink, "new.address@example.org", 0).await;
    follow_link(&app, &link_in(&mail, &app)).await;
    assert_eq!(me(&app).await["email"], "new.address@example.org");

    let sessions: serde_json::Value = app.get("/api/v1/me/sessions").await.json().await.unwrap();
    let sessions = sessions.as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    let other = sessions.iter().find(|s| s["current"] == false).unwrap();
    let page = app.get("/account/sessions").await.text().await.unwrap();
    assert!(page.contains(&format!(
        "/account/sessions/{}/revoke",
        other["id"].as_str().unwrap()
    )));
    let revoke = post_form(
        &app,
        &format!("/account/sessions/{}/revoke", other["id"].as_str().unwrap()),
        &[],
    )
    .await;
    assert_eq!(revoke.status(), StatusCode::SEE_OTHER);
    let phone_status = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(phone)
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(phone_status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        me(&app).await["email"],
        "new.address@example.org",
        "this device stays signed in"
    );
    let unknown = post_form(
        &app,
        "/account/sessions/00000000-0000-4000-8000-000000000000/revoke",
        &[],
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_family_turns_on_two_step_sign_in_and_can_use_a_recovery_code() {
    let (app, _sink) = app_with_mail().await;
    let person = create_person(&app, "careful@example.org", &[Role::Family]).await;
    post_form(
        &app,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    let setup = app
        .get("/account/second-factor")
        .await
        .text()
        .await
        .unwrap();
    assert!(setup.contains("<svg"), "QR code shown");
    let marker = r#"<code class="secret">"#;
    let start = setup.find(marker).unwrap() + marker.len();
    let secret = setup[start..].split('<').next().unwrap().to_owned();
    let code = second_factor::current_code(&secret).unwrap();
    let confirmed = post_form(&app, "/account/second-factor", &[("code", &code)]).await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    let page = confirmed.text().await.unwrap();
    let recovery: Vec<String> = page
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_owned())
        .collect();
    assert_eq!(recovery.len(), 10);

    let browser = app.new_browser();
    let response = post_form(
        &browser,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(location(&response), "/sign-in/second-factor");
    let used = post_form(
        &browser,
        "/sign-in/second-factor",
        &[("code", &recovery[0])],
    )
    .await;
    assert_eq!(used.status(), StatusCode::SEE_OTHER);
    assert_eq!(me(&browser).await["second_factor"], "passed");

    let third = app.new_browser();
    post_form(
        &third,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    let reused = post_form(&third, "/sign-in/second-factor", &[("code", &recovery[0])]).await;
    assert_eq!(
        reused.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a recovery code works once"
    );
}

/// The family's saved municipality code, read from the database.
async fn family_municipality(app: &TestApp, person: &common::accounts::Person) -> String {
    let id = person.id.clone();
    app.state
        .db
        .run(move |conn| {
            let user = users::by_id(conn, &id)?.unwrap();
            Ok(users::family(conn, &user.family_id.unwrap())?
                .unwrap()
                .municipality)
        })
        .await
        .unwrap()
}

/// Saves `code` as the family's municipality, as an older version of Silta could have.
async fn save_family_municipality(app: &TestApp, person: &common::accounts::Person, code: &str) {
    let (id, code) = (person.id.clone(), code.to_owned());
    app.state
        .db
        .run(move |conn| {
            let user = users::by_id(conn, &id)?.unwrap();
            Ok(users::set_family_municipality(
                conn,
                &user.family_id.unwrap(),
                &code,
            )?)
        })
        .await
        .unwrap();
}

/// The page's municipality select.
fn municipality_select(html: &str) -> &str {
    let start = html
        .find(r#"name="municipality""#)
        .expect("a municipality select");
    &html[start..start + html[start..].find("</select>").unwrap()]
}

/// The options of the page's municipality select that are selected, as (code, name).
fn selected_municipalities(html: &str) -> Vec<(String, String)> {
    municipality_select(html)
        .split("<option ")
        .filter(|option| option.contains(" selected>"))
        .map(|option| {
            let code = option.split('"').nth(1).unwrap().to_owned();
            let name = option.split(" selected>").nth(1).unwrap();
            (code, name.split('<').next().unwrap().to_owned())
        })
        .collect()
}

#[tokio::test]
async fn a_family_whose_municipality_merged_sees_and_saves_the_one_it_joined() {
    let app = common::spawn_app().await;
    let sign_up = app.get("/sign-up").await.text().await.unwrap();
    let options = municipality_select(&sign_up);
    assert_eq!(
        options.matches("<option ").count(),
        1 + 1 + 308,
        "none, abroad, 308"
    );
    assert!(options.contains(r#"<option value="507">Mäntyharju</option>"#));
    assert!(!options.contains(r#"value="588""#), "Pertunmaa has merged");

    let person = create_person(&app, "pertunmaa@example.org", &[Role::Family]).await;
    save_family_municipality(&app, &person, "588").await;
    post_form(
        &app,
        "/sign-in",
        &[("email", &person.email), ("password", PASSWORD)],
    )
    .await;
    let account = app.get("/account").await.text().await.unwrap();
    let selected = [("507".to_owned(), "Mäntyharju".to_owned())];
    assert_eq!(selected_municipalities(&account), selected);

    // The browser sends the selected option; a client may still send the old code.
    let profile = [
        ("display_name", "Test Person"),
        ("ui_language", "en"),
        ("reminder_hours", "24"),
    ];
    for sent in ["507", "588"] {
        save_family_municipality(&app, &person, "588").await;
        let mut fields = profile.to_vec();
        fields.push(("municipality", sent));
        let saved = post_form(&app, "/account", &fields).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "sent {sent}");
        assert_eq!(location(&saved), "/account?saved=profile");
        assert_eq!(
            family_municipality(&app, &person).await,
            "507",
            "sent {sent}"
        );
    }
    let account = app
        .get("/account?saved=profile")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(selected_municipalities(&account), selected);

    // Saving without the field keeps it; an unknown code is refused and changes nothing.
    let kept = post_form(&app, "/account", &profile).await;
    assert_eq!(kept.status(), StatusCode::SEE_OTHER);
    let mut fields = profile.to_vec();
    fields.push(("municipality", "999"));
    let refused = post_form(&app, "/account", &fields).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains(r#"id="error-municipality""#),
        "the field's error"
    );
    assert!(page.contains("Choose a municipality from the list."));
    assert_eq!(family_municipality(&app, &person).await, "507");
}

#[tokio::test]
async fn staff_without_a_family_have_no_municipality_to_choose() {
    let app = common::spawn_app().await;
    let person = create_person(&app, "staff@example.org", &[Role::Coordinator]).await;
    sign_in_staff(&app, &person).await;
    let account = app.get("/account").await.text().await.unwrap();
    assert!(account.contains("profile-heading"), "the account page");
    assert!(!account.contains(r#"name="municipality""#));
}
