//! Helpers for tests that need people: accounts of any role, signed in through the real
//! routes or with a session made directly for the route × role walk.

use std::sync::Arc;

use diesel::Connection;
use silta::accounts::model::{sessions, users};
use silta::auth::policy::Role;
use silta::auth::second_factor;
use silta::auth::tokens::AUDIENCE_API;
use silta::clock::now;

use super::TestApp;
use super::smtp::SmtpSink;

pub const PASSWORD: &str = "a calm river under the bridge";

pub struct Person {
    pub id: String,
    pub email: String,
    pub totp_secret: Option<String>,
}

/// Creates a confirmed account with `roles` (and an authenticator when a role needs one). A
/// facilitator gets a "recognised prior training" certificate, as every facilitator did at the
/// upgrade, so they may lead; `create_uncertified` makes one without.
pub async fn create_person(app: &TestApp, email: &str, roles: &[Role]) -> Person {
    let person = create_uncertified(app, email, roles).await;
    if roles.contains(&Role::Facilitator) {
        let id = person.id.clone();
        app.state
            .db
            .run(move |conn| silta::training::certificates::record_prior_training(conn, &id))
            .await
            .unwrap();
    }
    person
}

/// Like `create_person`, but a facilitator has no certificate (is not qualified to lead).
pub async fn create_uncertified(app: &TestApp, email: &str, roles: &[Role]) -> Person {
    let email = email.to_owned();
    let roles: Arc<[Role]> = roles.into();
    let with_totp = roles.iter().any(|r| r.requires_second_factor());
    let hash = silta::auth::password::hash(PASSWORD).unwrap();
    let seal = app.state.totp_seal.clone();
    let notice = silta::accounts::notice::notice(&app.state);
    app.state
        .db
        .run(move |conn| {
            conn.transaction::<_, silta::error::AppError, _>(|conn| {
                let now = now();
                let family = if roles.contains(&Role::Family) {
                    Some(users::insert_family(
                        conn,
                        &["fi".to_owned(), "ar".to_owned()],
                        "091",
                        now,
                    )?)
                } else {
                    None
                };
                let id = users::insert(
                    conn,
                    &users::NewUser {
                        email: &email,
                        display_name: "Test Person",
                        ui_language: "en",
                        password_hash: Some(&hash),
                        family_id: family.as_deref(),
                        email_confirmed: true,
                    },
                    now,
                )?;
                for role in roles.iter() {
                    users::grant_role(conn, &id, *role, now)?;
                }
                if let Some(notice) = &notice {
                    use silta::accounts::notice::Channel::Demo;
                    notice.accept(conn, &id, "en", Demo, now)?;
                }
                let totp_secret = with_totp.then(second_factor::new_secret);
                if let Some(secret) = &totp_secret {
                    users::set_totp(conn, &seal, &id, Some(secret), Some(now))?;
                }
                Ok(Person {
                    id,
                    email: email.clone(),
                    totp_secret,
                })
            })
        })
        .await
        .unwrap()
}

/// A bearer token for a fresh session of `person`, second factor passed.
pub async fn bearer(app: &TestApp, person: &Person) -> String {
    let user_id = person.id.clone();
    let session = app
        .state
        .db
        .run(move |conn| Ok(sessions::create(conn, &user_id, "test", true, now())?))
        .await
        .unwrap();
    app.state.keys.issue(
        &person.id,
        &session.id,
        AUDIENCE_API,
        chrono::TimeDelta::hours(1),
    )
}

/// The CSRF token of the client's cookie jar, read from a page's form.
pub async fn csrf_token(app: &TestApp, path: &str) -> String {
    let html = app.get(path).await.text().await.unwrap();
    let marker = r#"name="csrf_token" value=""#;
    let start = html
        .find(marker)
        .expect("page has a form with a CSRF token")
        + marker.len();
    html[start..start + 64].to_owned()
}

/// Posts a form the way a browser does: with the CSRF token and our Origin.
pub async fn post_form(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let token = csrf_token(app, "/sign-in").await;
    let mut body: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
    body.extend_from_slice(fields);
    app.client
        .post(app.url(path))
        .header("Origin", &app.address)
        .form(&body)
        .send()
        .await
        .unwrap()
}

/// The text part of the newest mail to `to`, decoded: due jobs run first, so what was queued
/// is delivered.
pub async fn last_mail_text(
    app: &TestApp,
    sink: &SmtpSink,
    to: &str,
    count_before: usize,
) -> String {
    app.run_pending_jobs().await;
    assert!(
        mails_to(sink, to) > count_before,
        "a new mail to {to} was delivered"
    );
    let raw = sink
        .received()
        .into_iter()
        .rfind(|m| m.to.iter().any(|t| t == to))
        .unwrap()
        .data;
    let message = mail_parser::MessageParser::default()
        .parse(raw.as_bytes())
        .unwrap();
    format!(
        "Subject: {}\n{}",
        message.subject().unwrap_or_default(),
        message.body_text(0).unwrap_or_default()
    )
}

pub fn mails_to(sink: &SmtpSink, to: &str) -> usize {
    sink.received()
        .iter()
        .filter(|m| m.to.iter().any(|t| t == to))
        .count()
}

/// The first link to this app in a mail's text.
pub fn link_in(text: &str, app: &TestApp) -> String {
    let start = text
        .find(&app.address)
        .unwrap_or_else(|| panic!("no link in {text}"));
    text[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .trim_start_matches(&app.address)
        .to_owned()
}

/// Follows a confirmation-style link: the page shows a button that posts back.
pub async fn follow_link(app: &TestApp, path: &str) -> reqwest::Response {
    let page = app.get(path).await;
    assert_eq!(page.status(), 200, "link page {path}");
    post_form(app, path, &[]).await
}

pub async fn me(app: &TestApp) -> serde_json::Value {
    let response = app.get("/api/v1/me").await;
    assert_eq!(response.status(), 200, "signed in");
    response.json().await.unwrap()
}
