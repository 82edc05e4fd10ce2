//! A copy of one's data: a family member with a group, chat messages, a referral and a
//! consent asks for it; while it is being made a second request is refused; the worker builds
//! a zip with every part's JSON and a readable page; their own words are in it, another
//! member's words are not, other people appear only as "Member N", no secret is in any file;
//! only they can download it, and only for seven days.

use std::collections::BTreeMap;
use std::io::Read;

use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use super::common::TestApp;
use super::common::accounts::{Person, bearer, create_person};
use super::common::chat::{Room, connect, next_of, room, send};
use super::common::directory::add_service;
use super::common::groups::Api;
use super::common::supervision::sql;

const MINE: &str = "We sleep badly since the baby came, and I worry.";
const THEIRS: &str = "Something the other parent said in confidence.";
const FEATURES: [&str; 8] = [
    "accounts",
    "groups",
    "chat",
    "supervision",
    "training",
    "directory",
    "referrals",
    "privacy",
];

pub async fn say(room: &Room, person: &Person, text: &str) {
    let (mut socket, welcome) = connect(room, person, 0).await;
    assert_eq!(welcome["type"], "welcome", "{welcome}");
    send(
        &mut socket,
        json!({ "type": "send", "client_id": "c1", "text": text }),
    )
    .await;
    next_of(&mut socket, "ack").await;
}

/// A referral of the member's family, agreed to by the member; the worker is named.
pub async fn referral(app: &TestApp, member: &Person) {
    let worker = create_person(app, "worker@example.org", &[Role::ReferralWorker]).await;
    rename(app, &worker, "Walter Worker").await;
    let service = add_service(app, "clinic", "Child health clinic", "").await;
    let body = json!({ "family_email": member.email, "service_id": service.id,
        "reason": "Help with sleep." });
    let worker = Api::as_person(app, &worker).await;
    let (status, made) = worker
        .send(Method::POST, "/api/v1/referrals", Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let path = format!(
        "/api/v1/me/referrals/{}/consent",
        made["id"].as_str().unwrap()
    );
    let family = Api::as_person(app, member).await;
    let (status, text) = family.send(Method::GET, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let agree = json!({ "fingerprint": text["fingerprint"] });
    let (status, _) = family.send(Method::POST, &path, Some(agree)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

pub async fn rename(app: &TestApp, person: &Person, name: &str) {
    let sql_text = format!(
        "UPDATE users SET display_name = '{name}' WHERE id = '{}'",
        person.id
    );
    sql(app, sql_text).await;
}

/// Another adult joins the member's family.
pub async fn spouse(app: &TestApp, member: &Person) -> Person {
    let spouse = create_person(app, "spouse@example.org", &[Role::Family]).await;
    rename(app, &spouse, "Olli Spouse").await;
    sql(
        app,
        format!(
            "UPDATE users SET family_id = (SELECT family_id FROM users WHERE id = '{}') \
             WHERE id = '{}'",
            member.id, spouse.id
        ),
    )
    .await;
    spouse
}

/// The member's authenticator key as stored (sealed) and as shown when it was set up.
pub async fn give_totp(app: &TestApp, member: &Person) -> (String, String) {
    let (id, seal) = (member.id.clone(), app.state.totp_seal.clone());
    app.state
        .db
        .run(move |conn| {
            let secret = silta::auth::second_factor::new_secret();
            let now = silta::clock::now();
            silta::accounts::model::users::set_totp(conn, &seal, &id, Some(&secret), Some(now))?;
            let user = silta::accounts::model::users::by_id(conn, &id)?.unwrap();
            Ok((secret, user.totp_secret.unwrap()))
        })
        .await
        .unwrap()
}

async fn raw(api: &Api<'_>, path: &str) -> (StatusCode, Vec<u8>) {
    let response = reqwest::Client::new()
        .get(api.app.url(path))
        .bearer_auth(&api.token)
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    (response.status(), response.bytes().await.unwrap().to_vec())
}

fn files_of(zip: Vec<u8>) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut files = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        files.insert(file.name().unwrap().into_owned(), text);
    }
    files
}

async fn access_log_size(app: &TestApp, member: &Person) -> usize {
    let id = member.id.clone();
    app.state
        .db
        .run(move |conn| {
            let family = silta::accounts::model::users::by_id(conn, &id)?
                .and_then(|u| u.family_id)
                .unwrap_or_default();
            Ok(silta::access_log::of_family(conn, &family, 0, 1000)?
                .0
                .len())
        })
        .await
        .unwrap()
}

/// Every part's JSON and the page are there; my words, not theirs; others by pseudonym; no
/// secret anywhere; the page is self-contained and in my language.
fn check_copy(files: &BTreeMap<String, String>, secrets: &[&str]) {
    for feature in FEATURES {
        let name = format!("{feature}.json");
        let text = files
            .get(&name)
            .unwrap_or_else(|| panic!("{name} in the zip"));
        serde_json::from_str::<serde_json::Value>(text).expect("valid JSON");
    }
    let all: String = files.values().cloned().collect();
    assert!(files["chat.json"].contains(MINE), "my own words are mine");
    assert!(!all.contains(THEIRS), "another member's words are not mine");
    for name in [
        "Zainab Other",
        "Olli Spouse",
        "Walter Worker",
        "Fiona Facilitator",
    ] {
        assert!(!all.contains(name), "{name} appears only by pseudonym");
    }
    assert!(
        files["accounts.json"].contains("Member 1"),
        "the spouse, by pseudonym"
    );
    assert!(files["referrals.json"].contains("Member "), "the worker");
    assert!(files["referrals.json"].contains("referral-consent-1"));
    assert!(files["groups.json"].contains("\"member\""));
    for secret in secrets {
        assert!(!all.contains(secret), "no secret in the copy");
    }
    assert!(!all.contains("password_hash") && !all.contains("token_hash"));
    let index = &files["index.html"];
    assert!(index.starts_with("<!DOCTYPE html>"));
    assert!(index.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(index.contains("Your chat messages") && index.contains("Consents you gave"));
    assert!(
        !index.contains("http://") && !index.contains("https://") && !index.contains("<script")
    );
}

#[tokio::test]
async fn a_member_takes_a_copy_of_their_data_and_only_they_can_download_it_for_seven_days() {
    let room = room().await;
    let app = &room.app;
    let (me, other) = (&room.members[0], &room.members[1]);
    rename(app, other, "Zainab Other").await;
    rename(app, &room.facilitator, "Fiona Facilitator").await;
    say(&room, me, MINE).await;
    say(&room, other, THEIRS).await;
    referral(app, me).await;
    spouse(app, me).await;
    let (secret, sealed) = give_totp(app, me).await;
    let token = bearer(app, me).await;
    let api = Api {
        app,
        token: token.clone(),
    };
    let log_before = access_log_size(app, me).await;

    let (status, asked) = api.send(Method::POST, "/api/v1/me/export", None).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{asked}");
    assert_eq!(asked["status"], "pending");
    let id = asked["id"].as_str().unwrap().to_owned();
    let (status, problem) = api.send(Method::POST, "/api/v1/me/export", None).await;
    assert_eq!(status, StatusCode::CONFLICT, "one copy at a time");
    assert_eq!(
        problem["detail"],
        "A copy of your data is already being made. You can ask for a new one when it is ready."
    );
    let page = api.submit("/privacy/export", &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT, "the page says so too");
    let download = format!("/api/v1/me/exports/{id}");
    assert_eq!(
        raw(&api, &download).await.0,
        StatusCode::CONFLICT,
        "not ready"
    );

    app.run_pending_jobs().await;
    let (_, listed) = api.send(Method::GET, "/api/v1/me/exports", None).await;
    assert_eq!(listed[0]["status"], "ready", "{listed}");
    let (status, zip) = raw(&api, &download).await;
    assert_eq!(status, StatusCode::OK);
    check_copy(&files_of(zip), &[&secret, &sealed, &token, "$argon2"]);
    assert_eq!(
        access_log_size(app, me).await,
        log_before,
        "a person's own copy is not someone reading their data"
    );

    let stranger = Api::as_person(app, other).await;
    let (status, problem) = stranger.send(Method::GET, &download, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{problem}");
    assert_eq!(
        stranger.open(&format!("/privacy/export/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        api.open(&format!("/privacy/export/{id}")).await.status,
        StatusCode::OK
    );
    let privacy = api.open("/privacy").await;
    assert!(privacy.text.contains(&format!("/privacy/export/{id}")));

    sql(
        app,
        format!("UPDATE privacy_exports SET expires_at = {{ts:-1}} WHERE id = '{id}'"),
    )
    .await;
    let (status, problem) = api.send(Method::GET, &download, None).await;
    assert_eq!(status, StatusCode::GONE, "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("seven days"));
    app.run_pending_jobs().await;
    let file = silta::privacy::export::folder(&app.state.config).join(format!("{id}.zip"));
    assert!(!file.exists(), "the expired file is removed");
    let (status, again) = api.send(Method::POST, "/api/v1/me/export", None).await;
    assert_eq!(
        status,
        StatusCode::ACCEPTED,
        "a new copy once the last one is done: {again}"
    );
}

#[tokio::test]
async fn the_readable_page_is_in_the_persons_language_and_direction() {
    let app = super::common::spawn_app().await;
    let person = create_person(&app, "reader@example.org", &[Role::Family]).await;
    sql(
        &app,
        format!(
            "UPDATE users SET ui_language = 'ar' WHERE id = '{}'",
            person.id
        ),
    )
    .await;
    let api = Api::as_person(&app, &person).await;
    let (status, asked) = api.send(Method::POST, "/api/v1/me/export", None).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{asked}");
    app.run_pending_jobs().await;
    let path = format!("/api/v1/me/exports/{}", asked["id"].as_str().unwrap());
    let (status, zip) = raw(&api, &path).await;
    assert_eq!(status, StatusCode::OK);
    let index = &files_of(zip)["index.html"];
    assert!(index.contains(r#"<html lang="ar" dir="rtl">"#), "{index}");
    assert!(
        !index.contains("privacy-field-") && !index.contains("display_name"),
        "every column and field is named in Arabic: {index}"
    );
}
