//! Erasing an account: asked for only after signing in again, once at a time, cancellable
//! during seven days of grace; then every table of the schema is walked and none still holds
//! the person's id, address, name or words outside the protected records; their messages are
//! placeholders in a room whose numbering is whole, the second adult keeps their account and
//! the family, and the last adult's family goes but for what the law keeps. Staff record a
//! request made by phone, which only another administrator can approve.

use diesel::sql_types::Text;
use diesel::{QueryableByName, RunQueryDsl};
use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use super::common::TestApp;
use super::common::accounts::{Person, create_person};
use super::common::chat::room;
use super::common::groups::Api;
pub use super::common::supervision::scalar;
use super::common::supervision::sql;
use super::export::{referral, rename, say, spouse};

const WORDS: &str = "Our eldest has nightmares about the move and I cry at night.";
const OTHERS: &str = "We found a good evening routine with songs.";

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

/// Every table with its columns, on either backend.
async fn schema(app: &TestApp) -> Vec<(String, Vec<String>)> {
    let pg = app.is_postgres();
    app.state
        .db
        .run(move |conn| {
            let tables = if pg {
                "SELECT table_name AS name FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            } else {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            };
            let mut out = Vec::new();
            for table in diesel::sql_query(tables).load::<Name>(conn)? {
                let columns = if pg {
                    format!(
                        "SELECT column_name AS name FROM information_schema.columns \
                         WHERE table_schema = current_schema() AND table_name = '{}'",
                        table.name
                    )
                } else {
                    format!("SELECT name FROM pragma_table_info('{}')", table.name)
                };
                let columns = diesel::sql_query(columns).load::<Name>(conn)?;
                out.push((table.name, columns.into_iter().map(|c| c.name).collect()));
            }
            Ok(out)
        })
        .await
        .unwrap()
}

/// The `table.column`s that still hold one of `traces` outside the protected records.
async fn left_over(app: &TestApp, traces: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for (table, columns) in schema(app).await {
        if table == "privacy_protected" {
            continue; // the list of the protected records themselves
        }
        let protected = if columns.iter().any(|c| c == "id") {
            format!(
                " AND CAST(id AS TEXT) NOT IN \
                 (SELECT record_id FROM privacy_protected WHERE table_name = '{table}')"
            )
        } else {
            String::new()
        };
        for column in &columns {
            for trace in traces {
                let query = format!(
                    "SELECT COUNT(*) AS n FROM {table} \
                     WHERE CAST({column} AS TEXT) LIKE '%{trace}%'{protected}"
                );
                if scalar(app, query).await > 0 {
                    found.push(format!("{table}.{column} holds {trace}"));
                }
            }
        }
    }
    found
}

/// Asks for the erasure as `person`, signed in just now; it is due in seven days.
async fn ask(api: &Api<'_>) -> serde_json::Value {
    let (status, asked) = api.send(Method::POST, "/api/v1/me/erasure", None).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{asked}");
    assert_eq!(asked["status"], "scheduled");
    asked
}

async fn grace_is_over(app: &TestApp) {
    sql(
        app,
        "UPDATE privacy_erasures SET due_at = {ts:-1}".to_owned(),
    )
    .await;
    app.run_pending_jobs().await;
}

fn traces(person: &Person, name: &str) -> Vec<String> {
    vec![
        person.id.clone(),
        person.email.clone(),
        name.to_owned(),
        WORDS.to_owned(),
    ]
}

#[tokio::test]
async fn an_erased_member_leaves_nothing_but_placeholders_and_the_second_adult_stays() {
    let room = room().await;
    let app = &room.app;
    let (me, other) = (&room.members[0], &room.members[1]);
    rename(app, me, "Ulla Erasable").await;
    say(&room, me, WORDS).await;
    say(&room, other, OTHERS).await;
    referral(app, me).await;
    let second = spouse(app, me).await;
    let api = Api::as_person(app, me).await;
    let (status, _) = api.send(Method::POST, "/api/v1/me/export", None).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    app.run_pending_jobs().await;

    sql(app, "UPDATE sessions SET created_at = {ts:-1}".to_owned()).await;
    let (status, problem) = api.send(Method::POST, "/api/v1/me/erasure", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .starts_with("Sign in again first")
    );
    let api = Api::as_person(app, me).await;
    let asked = ask(&api).await;
    let (status, _) = api.send(Method::POST, "/api/v1/me/erasure", None).await;
    assert_eq!(status, StatusCode::CONFLICT, "one request at a time");
    let scheduled = format!(
        "SELECT COUNT(*) AS n FROM mail_outbox WHERE recipient = '{}' \
         AND subject = 'Your Silta account will be erased'",
        me.email
    );
    assert_eq!(scalar(app, scheduled).await, 1, "the person is told when");
    let (status, _) = api.send(Method::DELETE, "/api/v1/me/erasure", None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = api.send(Method::GET, "/api/v1/me/erasure", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "cancelled: {asked}");
    ask(&api).await;
    app.run_pending_jobs().await;
    assert_eq!(
        api.send(Method::GET, "/api/v1/me", None).await.0,
        StatusCode::OK,
        "grace"
    );
    let before = left_over(app, &traces(me, "Ulla Erasable")).await;
    assert!(
        before.len() > 15,
        "the walk sees the person everywhere before: {before:#?}"
    );

    grace_is_over(app).await;
    assert_eq!(
        api.send(Method::GET, "/api/v1/me", None).await.0,
        StatusCode::UNAUTHORIZED
    );
    let leftovers = left_over(app, &traces(me, "Ulla Erasable")).await;
    assert!(leftovers.is_empty(), "{leftovers:#?}");
    let room_query = |what: &str| {
        format!(
            "SELECT COUNT({what}) AS n FROM chat_messages WHERE session_id = '{}'",
            room.session_id
        )
    };
    let (count, top) = (
        scalar(app, room_query("*")).await,
        scalar(app, room_query("DISTINCT seq")).await,
    );
    assert_eq!((count, top), (2, 2), "both messages keep their numbers");
    let placeholder = format!(
        "SELECT COUNT(*) AS n FROM chat_messages WHERE body = '' \
         AND removed_at IS NOT NULL AND author_id = '{}'",
        silta::personal_data::STAND_IN
    );
    assert_eq!(
        scalar(app, placeholder).await,
        1,
        "mine is a removed placeholder"
    );
    let reader = Api::as_person(app, &room.facilitator).await;
    let history = format!("/api/v1/sessions/{}/messages", room.session_id);
    let (_, lines) = reader.send(Method::GET, &history, None).await;
    let erased: Vec<_> = lines
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["erased"] == true)
        .collect();
    assert_eq!(
        erased.len(),
        1,
        "the room tells an erased message apart: {lines}"
    );
    assert_eq!(
        (erased[0]["text"].as_str(), erased[0]["removed"].as_bool()),
        (Some(""), Some(true))
    );
    let theirs = format!("SELECT COUNT(*) AS n FROM chat_messages WHERE body = '{OTHERS}'");
    assert_eq!(scalar(app, theirs).await, 1, "theirs stays");
    let second = Api::as_person(app, &second).await;
    let (status, family) = second.send(Method::GET, "/api/v1/me", None).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the second adult keeps their account: {family}"
    );
    let exports = silta::privacy::export::folder(&app.state.config);
    assert_eq!(
        std::fs::read_dir(exports).unwrap().count(),
        0,
        "the copy's file went"
    );
    let line = "SELECT COUNT(*) AS n FROM security_events WHERE kind = 'account_erased' \
         AND user_id IS NULL";
    assert_eq!(scalar(app, line.to_owned()).await, 1);
}

#[tokio::test]
async fn the_last_adult_takes_the_family_along_but_for_what_the_law_keeps() {
    let room = room().await;
    let app = &room.app;
    let me = &room.members[0];
    rename(app, me, "Leila Lastadult").await;
    say(&room, me, WORDS).await;
    referral(app, me).await;
    sql(
        app,
        "UPDATE referrals SET status = 'sent', sent_at = {ts:-2}".to_owned(),
    )
    .await;
    let family = format!("(SELECT family_id FROM users WHERE id = '{}')", me.id);
    sql(
        app,
        format!(
            "INSERT INTO child_protection_notices (id, family_id, municipality_code, recipient, \
         made_by, made_at, note, recorded_at) VALUES ('notice-1', {family}, '091', \
         'Helsinki child welfare', '{}', {{ts:-3}}, '', {{ts:-3}})",
            room.facilitator.id
        ),
    )
    .await;
    let api = Api::as_person(app, me).await;
    ask(&api).await;
    grace_is_over(app).await;

    let leftovers = left_over(app, &traces(me, "Leila Lastadult")).await;
    assert!(leftovers.is_empty(), "{leftovers:#?}");
    for table in [
        "referrals",
        "referral_consents",
        "child_protection_notices",
        "users",
        "families",
    ] {
        let kept = format!(
            "SELECT COUNT(*) AS n FROM privacy_protected \
             WHERE table_name = '{table}' AND keep_until > CURRENT_TIMESTAMP"
        );
        assert_eq!(
            scalar(app, kept).await,
            1,
            "{table} is kept, protected, with an end"
        );
    }
    let stub = format!(
        "SELECT COUNT(*) AS n FROM users WHERE id = '{}' \
         AND display_name = '—' AND password_hash IS NULL",
        me.id
    );
    assert_eq!(scalar(app, stub).await, 1, "the person is a nameless stub");
    let memberships = format!(
        "SELECT COUNT(*) AS n FROM memberships WHERE user_id = '{}'",
        me.id
    );
    assert_eq!(scalar(app, memberships).await, 0);

    // When the protection ends, the kept records go, and the stub that held them with them.
    sql(
        app,
        "UPDATE privacy_protected SET keep_until = {ts:-1}".to_owned(),
    )
    .await;
    app.run_pending_jobs().await;
    for table in [
        "privacy_protected",
        "referrals",
        "referral_consents",
        "child_protection_notices",
    ] {
        let left = format!("SELECT COUNT(*) AS n FROM {table}");
        assert_eq!(scalar(app, left).await, 0, "{table} is purged");
    }
    let person = format!("SELECT COUNT(*) AS n FROM users WHERE id = '{}'", me.id);
    assert_eq!(scalar(app, person).await, 0, "the stub goes");
}

#[tokio::test]
async fn a_phone_request_is_recorded_by_staff_and_approved_by_another_administrator() {
    let app = super::common::spawn_app().await;
    let caller = create_person(&app, "caller@example.org", &[Role::Family]).await;
    let first = create_person(&app, "admin1@example.org", &[Role::Admin]).await;
    let other = create_person(&app, "admin2@example.org", &[Role::Admin]).await;
    let first = Api::as_person(&app, &first).await;
    let record = |body| first.send(Method::POST, "/api/v1/staff/erasures", Some(body));
    let (status, problem) = record(json!({ "email": "nobody@example.org", "note": "" })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let fields = problem["errors"].to_string();
    assert!(
        fields.contains("There is no account") && fields.contains("how you made sure"),
        "{fields}"
    );
    let note = "Called at 10.15, gave her birth date and group name.";
    let (status, made) = record(json!({ "email": caller.email, "note": note })).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    assert_eq!(made["status"], "waiting_for_approval");
    let decision = format!(
        "/api/v1/staff/erasures/{}/decision",
        made["id"].as_str().unwrap()
    );
    let (status, problem) = first
        .send(Method::POST, &decision, Some(json!({ "approve": true })))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not one's own: {problem}");

    let other = Api::as_person(&app, &other).await;
    let page = other.open("/staff/erasure-requests").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("caller@example.org") && page.text.contains("birth date"));
    let (status, _) = other
        .send(Method::POST, &decision, Some(json!({ "approve": true })))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let caller = Api::as_person(&app, &caller).await;
    let (status, mine) = caller.send(Method::GET, "/api/v1/me/erasure", None).await;
    assert_eq!(
        (status, mine["channel"].as_str()),
        (StatusCode::OK, Some("phone")),
        "{mine}"
    );
    assert!(
        mine["due_at"].is_string(),
        "the grace period started: {mine}"
    );
    let (_, log) = caller
        .send(Method::GET, "/api/v1/me/access-log", None)
        .await;
    assert!(
        log.to_string().contains("erasure_request"),
        "the reading is logged: {log}"
    );
    let family = create_person(&app, "plain@example.org", &[Role::Family]).await;
    let family = Api::as_person(&app, &family).await;
    assert_eq!(
        family.open("/staff/erasure-requests").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_page_asks_to_confirm_and_cancelling_keeps_the_account() {
    let app = super::common::spawn_app().await;
    let person = create_person(&app, "page@example.org", &[Role::Family]).await;
    let api = Api::as_person(&app, &person).await;
    let page = api.open("/privacy/erase").await;
    assert!(
        page.text.contains("Erase my account in seven days"),
        "fresh: the form"
    );
    let refused = api.submit("/privacy/erase", &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("Tick the box"), "{}", refused.text);
    let asked = api.submit("/privacy/erase", &[("understood", "yes")]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let page = api.open("/privacy/erase").await;
    assert!(
        page.text.contains("Your account will be erased on"),
        "{}",
        page.text
    );
    assert!(
        api.open("/privacy")
            .await
            .text
            .contains("Your account will be erased on")
    );
    let cancelled = api.submit("/privacy/erase/cancel", &[]).await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    assert!(
        api.open("/privacy/erase?cancelled")
            .await
            .text
            .contains("Your account stays")
    );
    sql(&app, "UPDATE sessions SET created_at = {ts:-1}".to_owned()).await;
    let stale = api.open("/privacy/erase").await;
    assert!(
        stale.text.contains("For your safety, sign in again"),
        "{}",
        stale.text
    );
    assert!(
        !stale.text.contains("Erase my account in seven days"),
        "no form until then"
    );
}
