//! The privacy notice and the optional consents through HTTP: signing up needs the notice
//! confirmed (and records it), a changed notice is asked for at the next sign-in and then
//! lets the person go on, and consents are given, withdrawn and given again, each recorded
//! with the version of its sentence, and copied into the person's export.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use silta::auth::policy::Role;
use silta::privacy::notice::VERSION;

use super::common::accounts::{PASSWORD, create_person, post_form};
use super::common::groups::Api;
use super::common::supervision::sql;
use super::common::{TestApp, spawn_app};
use super::erasure::scalar;

async fn sign_up(app: &TestApp, email: &str, accept: Option<bool>) -> (StatusCode, Value) {
    let mut body = json!({
        "email": email, "display_name": "Mina", "ui_language": "fi",
        "languages": ["fi", "fa"], "municipality": "091", "password": PASSWORD,
    });
    if let Some(accept) = accept {
        body["accept_privacy_notice"] = json!(accept);
    }
    let response = reqwest::Client::new()
        .post(app.url("/api/v1/auth/sign-up"))
        .header("Accept-Language", "en")
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn acceptances(app: &TestApp, email: &str) -> i64 {
    let query = format!(
        "SELECT COUNT(*) AS n FROM privacy_notice_acceptances a JOIN users u \
         ON u.id = a.user_id WHERE u.email = '{email}' AND a.version = '{VERSION}'"
    );
    scalar(app, query).await
}

#[tokio::test]
async fn signing_up_needs_the_notice_confirmed_and_records_it() {
    let app = spawn_app().await;
    let (status, problem) = sign_up(&app, "mina@example.org", Some(false)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "accept_notice", "{problem}");
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("privacy notice"),
        "{problem}"
    );
    let (status, _) = sign_up(&app, "mina@example.org", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "the box is not optional");
    assert_eq!(acceptances(&app, "mina@example.org").await, 0);

    let (status, _) = sign_up(&app, "mina@example.org", Some(true)).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_eq!(acceptances(&app, "mina@example.org").await, 1);
    let form = app.get("/sign-up").await.text().await.unwrap();
    assert!(
        form.contains(r#"name="accept_notice""#),
        "the box is on the form"
    );
    assert!(
        form.contains(r#"href="/privacy/notice""#),
        "with the notice a click away"
    );

    let notice: Value = app
        .client
        .get(app.url("/api/v1/privacy/notice"))
        .header("Accept-Language", "fi")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(notice["version"], VERSION);
    assert_eq!(notice["title"], "Tietosuojaseloste");
    assert_eq!(notice["sections"].as_array().unwrap().len(), 7);
    assert!(app.get("/privacy/notice").await.status().is_success());
}

#[tokio::test]
async fn a_changed_notice_is_asked_for_at_the_next_sign_in() {
    let app = spawn_app().await;
    let person = create_person(&app, "parent@example.org", &[Role::Family]).await;
    sql(
        &app,
        format!(
            "UPDATE privacy_notice_acceptances SET version = '2020-01-01' WHERE user_id = '{}'",
            person.id
        ),
    )
    .await;
    let api = Api::as_person(&app, &person).await;
    let (_, standing) = api.send(Method::GET, "/api/v1/me/consents", None).await;
    assert_eq!(standing["due"], true, "{standing}");
    assert_eq!(standing["accepted_version"], "2020-01-01");

    let fields = [
        ("email", person.email.as_str()),
        ("password", PASSWORD),
        ("next", "/groups"),
    ];
    let signed_in = post_form(&app, "/sign-in", &fields).await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        signed_in.headers()["location"],
        "/privacy/notice?next=%2Fgroups",
        "the notice first, then where the person was going"
    );
    let page = app
        .get("/privacy/notice?next=%2Fgroups")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("has changed since you last read it"),
        "{page}"
    );

    let stale = [("version", "2020-01-01"), ("next", "/groups")];
    let refused = post_form(&app, "/privacy/notice", &stale).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let fresh = [("version", VERSION), ("next", "/groups")];
    let accepted = post_form(&app, "/privacy/notice", &fresh).await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    assert_eq!(accepted.headers()["location"], "/groups");
    let (_, standing) = api.send(Method::GET, "/api/v1/me/consents", None).await;
    assert_eq!(
        (
            standing["due"].clone(),
            standing["accepted_version"].clone()
        ),
        (json!(false), json!(VERSION))
    );

    let again = post_form(&app, "/sign-in", &fields).await;
    assert_eq!(
        again.headers()["location"],
        "/groups",
        "asked once per version"
    );
    let (status, _) = api
        .send(
            Method::POST,
            "/api/v1/me/privacy-notice",
            Some(json!({ "version": "old" })),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
}

async fn consent(api: &Api<'_>, purpose: &str, given: bool) -> (StatusCode, Value) {
    let path = format!("/api/v1/me/consents/{purpose}");
    api.send(Method::PUT, &path, Some(json!({ "given": given })))
        .await
}

fn given(standing: &Value, purpose: &str) -> Value {
    let found = standing["consents"].as_array().unwrap().iter();
    found
        .clone()
        .find(|c| c["purpose"] == purpose)
        .map(|c| c["given"].clone())
        .unwrap_or(Value::Null)
}

#[tokio::test]
async fn consents_are_given_withdrawn_and_given_again_each_recorded() {
    let app = spawn_app().await;
    let person = create_person(&app, "parent@example.org", &[Role::Family]).await;
    let api = Api::as_person(&app, &person).await;
    let (status, standing) = consent(&api, "feedback_contact", true).await;
    assert_eq!(status, StatusCode::OK, "{standing}");
    assert_eq!(given(&standing, "feedback_contact"), true);
    assert_eq!(given(&standing, "research_contact"), false);
    let feedback = standing["consents"][0].clone();
    assert_eq!(
        feedback["text_version"],
        silta::privacy::notice::CONSENT_TEXTS
    );
    assert!(
        feedback["text"].as_str().unwrap().contains("contact me"),
        "{feedback}"
    );
    let (_, twice) = consent(&api, "feedback_contact", true).await;
    assert_eq!(
        given(&twice, "feedback_contact"),
        true,
        "giving twice keeps one"
    );

    let (_, withdrawn) = consent(&api, "feedback_contact", false).await;
    assert_eq!(given(&withdrawn, "feedback_contact"), false);
    let (_, again) = consent(&api, "feedback_contact", true).await;
    assert_eq!(given(&again, "feedback_contact"), true);
    let rows = "SELECT COUNT(*) AS n FROM privacy_consents";
    let withdrawn = "SELECT COUNT(*) AS n FROM privacy_consents WHERE withdrawn_at IS NOT NULL";
    assert_eq!(scalar(&app, rows.to_owned()).await, 2, "one row per giving");
    assert_eq!(scalar(&app, withdrawn.to_owned()).await, 1);
    assert_eq!(
        consent(&api, "marketing", true).await.0,
        StatusCode::NOT_FOUND
    );

    let form = [("purpose", "research_contact"), ("choice", "give")];
    let fields = [("email", person.email.as_str()), ("password", PASSWORD)];
    post_form(&app, "/sign-in", &fields).await;
    let page = &app;
    let saved = post_form(page, "/privacy/consents", &form).await;
    assert_eq!(
        saved.headers()["location"],
        "/privacy?consent=saved#consents"
    );
    let html = page.get("/privacy").await.text().await.unwrap();
    assert_eq!(html.matches("You gave this consent").count(), 2, "{html}");
    let bad = [("purpose", "research_contact"), ("choice", "maybe")];
    assert_eq!(
        post_form(page, "/privacy/consents", &bad).await.status(),
        StatusCode::BAD_REQUEST
    );
}
