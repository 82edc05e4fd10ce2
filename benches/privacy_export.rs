//! How long the copy of a typical account's data takes: `cargo bench --bench privacy_export`.
//! Starts Silta on an embedded SQLite database, fills it with a year of one family member's
//! life in Silta (a weekly group with its 52 meetings, an answer and attendance for each, 500
//! of their own chat messages among 1,500 of others, 4 session reports with comments, 3
//! referrals with their history and consents, 50 sign-ins), then times building the zip in
//! memory and the whole way through the API (ask, the worker builds it, download). Prints
//! figures; the target is under 5 s; asserts nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, TimeDelta};
use diesel::{Connection, RunQueryDsl};
use silta::config::Config;
use silta::db::AnyConnection;
use silta::startup::Application;
use silta::state::AppState;

const OWN_MESSAGES: usize = 500;
const OTHERS_MESSAGES: usize = 1_500;
const WEEKS: i64 = 52;

fn ts(at: NaiveDateTime) -> String {
    format!("'{}'", at.format("%Y-%m-%d %H:%M:%S"))
}

fn run(conn: &mut AnyConnection, sql: String) {
    diesel::sql_query(sql).execute(conn).unwrap();
}

fn person(conn: &mut AnyConnection, email: &str, name: &str, family: Option<&str>) -> String {
    use silta::accounts::model::users;
    let id = users::insert(
        conn,
        &users::NewUser {
            email,
            display_name: name,
            ui_language: "fi",
            password_hash: Some("$argon2id$v=19$m=19456,t=2,p=1$bench$bench"),
            family_id: family,
            email_confirmed: true,
        },
        silta::clock::now(),
    )
    .unwrap();
    users::grant_role(
        conn,
        &id,
        silta::auth::policy::Role::Family,
        silta::clock::now(),
    )
    .unwrap();
    id
}

/// The member, their spouse and nine other parents; (member, others).
fn people(conn: &mut AnyConnection, now: NaiveDateTime) -> (String, Vec<String>) {
    let family = silta::accounts::model::users::insert_family(
        conn,
        &["fi".to_owned(), "ar".to_owned()],
        "091",
        now,
    )
    .unwrap();
    let me = person(conn, "me@example.org", "Aino Esimerkki", Some(&family));
    person(conn, "spouse@example.org", "Omar Esimerkki", Some(&family));
    let others: Vec<String> = (0..9)
        .map(|i| {
            person(
                conn,
                &format!("m{i}@example.org"),
                &format!("Parent {i}"),
                None,
            )
        })
        .collect();
    (me, others)
}

/// The group, its year of weekly meetings, and the people in it; (subject, session ids).
fn group_year(conn: &mut AnyConnection, now: NaiveDateTime) -> (String, Vec<String>, String) {
    use silta::groups::model;
    let (me, others) = people(conn, now);
    let group = uuid::Uuid::new_v4().to_string();
    let new = model::NewGroup {
        id: &group,
        spoken_languages: "ar,fi",
        topics: "two-cultures",
        audience: "all-parents",
        region: "online",
        capacity: 12,
        join_policy: "open",
        status: "running",
        created_by: &me,
    };
    model::insert_group(conn, &new, now - TimeDelta::days(370)).unwrap();
    model::insert_text(conn, &group, "fi", "Kaksikieliset perheet", "Viikoittain.").unwrap();
    model::add_facilitator(conn, &group, &others[0]).unwrap();
    let year_ago = now - TimeDelta::days(365);
    for who in others.iter().chain([&me]) {
        model::set_membership(conn, &group, who, "member", year_ago).unwrap();
    }
    let sessions: Vec<String> = (0..WEEKS)
        .map(|w| {
            let start = year_ago + TimeDelta::days(7 * w);
            model::insert_session(
                conn,
                &group,
                start,
                start + TimeDelta::minutes(90),
                year_ago,
            )
            .unwrap()
        })
        .collect();
    for session in &sessions {
        run(
            conn,
            format!(
                "INSERT INTO session_attendance (session_id, user_id, answer, present, updated_at) \
             VALUES ('{session}', '{me}', 'yes', 1, {})",
                ts(year_ago)
            ),
        );
    }
    (me, sessions, others[1].clone())
}

fn chat(conn: &mut AnyConnection, me: &str, other: &str, sessions: &[String], now: NaiveDateTime) {
    let total = OWN_MESSAGES + OTHERS_MESSAGES;
    for n in 0..total {
        let session = &sessions[n % sessions.len()];
        let author = if n % 4 == 0 { me } else { other };
        let seq = n / sessions.len() + 1;
        let body =
            format!("Message {n}: how our week went, the children and the languages at home.");
        let at = now - TimeDelta::days(365) + TimeDelta::minutes(n as i64);
        run(
            conn,
            format!(
                "INSERT INTO chat_messages (id, session_id, seq, author_id, client_id, body, created_at) \
             VALUES ('{}', '{session}', {seq}, '{author}', 'c{n}', '{body}', {})",
                uuid::Uuid::new_v4(),
                ts(at)
            ),
        );
    }
}

fn reports(conn: &mut AnyConnection, me: &str, sessions: &[String], now: NaiveDateTime) {
    let group: String = silta::groups::service::group_of_session(conn, &sessions[0])
        .unwrap()
        .unwrap();
    for (i, session) in sessions.iter().take(4).enumerate() {
        let id = uuid::Uuid::new_v4();
        run(
            conn,
            format!(
                "INSERT INTO session_reports (id, session_id, group_id, facilitator_id, present, members, \
             went, concern, concern_note, created_at) VALUES ('{id}', '{session}', '{group}', '{me}', \
             8, 10, 'A calm evening {i}.', 'none', '', {})",
                ts(now)
            ),
        );
        run(
            conn,
            format!(
                "INSERT INTO report_comments (id, report_id, author_id, body, created_at) VALUES \
             ('{}', '{id}', '{me}', 'Thank you for the report.', {})",
                uuid::Uuid::new_v4(),
                ts(now)
            ),
        );
    }
}

/// Three referrals of the member's family, each with its history and the member's consent,
/// and fifty sign-ins.
fn referrals(conn: &mut AnyConnection, me: &str, now: NaiveDateTime) {
    let family: String = silta::accounts::service::families_of(conn, &[me.to_owned()])
        .unwrap()
        .remove(me)
        .unwrap();
    run(
        conn,
        format!(
            "INSERT INTO directory_organisations (id, source, source_id, name_fi, name_en, referral_email, \
         created_at, updated_at) VALUES ('org', 'bench', 'org', 'Neuvola ry', 'Clinic', '', {0}, {0})",
            ts(now)
        ),
    );
    run(
        conn,
        format!(
            "INSERT INTO directory_services (id, organisation_id, source, source_id, referral_email, \
         created_at, updated_at) VALUES ('svc', 'org', 'bench', 'svc', '', {0}, {0})",
            ts(now)
        ),
    );
    for r in 0..3 {
        let id = uuid::Uuid::new_v4();
        run(
            conn,
            format!(
                "INSERT INTO referrals (id, family_id, service_id, worker_id, status, reason, created_at, \
             changed_at) VALUES ('{id}', '{family}', 'svc', '{me}', 'accepted', 'Sleep {r}.', {0}, {0})",
                ts(now)
            ),
        );
        for status in ["draft", "sent", "received", "accepted"] {
            run(
                conn,
                format!(
                    "INSERT INTO referral_events (id, referral_id, status, actor_kind, actor_id, note, at) \
                 VALUES ('{}', '{id}', '{status}', 'worker', '{me}', '', {})",
                    uuid::Uuid::new_v4(),
                    ts(now)
                ),
            );
        }
        run(
            conn,
            format!(
                "INSERT INTO referral_consents (id, referral_id, family_id, adult_id, purpose, recipient, items, \
             text_version, language, channel, recorded_by, given_at, expires_at) VALUES ('{}', '{id}', \
             '{family}', '{me}', 'A referral', 'svc\nClinic', '[{{\"key\":\"reason\",\"value\":\"Sleep\"}}]', \
             'referral-consent-1', 'fi', 'account', '{me}', {1}, {1})",
                uuid::Uuid::new_v4(),
                ts(now)
            ),
        );
    }
    for _ in 0..50 {
        silta::accounts::service::record_security_event(
            conn,
            silta::accounts::service::SecurityEvent::SignIn,
            Some(me),
            Some(me),
            "password",
            now,
        )
        .unwrap();
    }
}

async fn fill(state: &AppState) -> String {
    state
        .db
        .run(|conn| {
            conn.transaction(|conn| {
                let now = silta::clock::now();
                let (me, sessions, other) = group_year(conn, now);
                chat(conn, &me, &other, &sessions, now);
                reports(conn, &me, &sessions, now);
                referrals(conn, &me, now);
                Ok::<_, silta::error::AppError>(me)
            })
        })
        .await
        .unwrap()
}

async fn token(state: &AppState, me: &str) -> String {
    let user = me.to_owned();
    let session = state
        .db
        .run(move |conn| {
            Ok(silta::accounts::model::sessions::create(
                conn,
                &user,
                "bench",
                true,
                silta::clock::now(),
            )?)
        })
        .await
        .unwrap();
    state.keys.issue(
        me,
        &session.id,
        silta::auth::tokens::AUDIENCE_API,
        TimeDelta::hours(1),
    )
}

/// Ask, wait for the worker, download: the time and the zip's size.
async fn through_the_api(address: &str, token: &str) -> (Duration, usize) {
    let client = reqwest::Client::new();
    let started = Instant::now();
    let asked: serde_json::Value = client
        .post(format!("{address}/api/v1/me/export"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let url = format!(
        "{address}/api/v1/me/exports/{}",
        asked["id"].as_str().unwrap()
    );
    loop {
        let response = client.get(&url).bearer_auth(token).send().await.unwrap();
        if response.status() == 200 {
            let size = response.bytes().await.unwrap().len();
            return (started.elapsed(), size);
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let env = HashMap::from([
        ("SILTA_BIND".to_owned(), "127.0.0.1:0".to_owned()),
        (
            "SILTA_DATA_DIR".to_owned(),
            dir.path().display().to_string(),
        ),
        ("SILTA_WORKER_INTERVAL_MS".to_owned(), "50".to_owned()),
    ]);
    let app = Application::build(Config::from_sources(None, &env).unwrap())
        .await
        .unwrap();
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    tokio::spawn(app.run_until_stopped());
    while reqwest::get(format!("{address}/readyz"))
        .await
        .map(|r| r.status() != 200)
        .unwrap_or(true)
    {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let me = fill(&state).await;
    println!(
        "copy of a typical account's data on SQLite ({WEEKS} meetings, {OWN_MESSAGES} own messages among {OTHERS_MESSAGES} others', 4 reports, 3 referrals)"
    );
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..7 {
        let started = Instant::now();
        size = silta::privacy::export::in_memory(&state, &me, "fi")
            .await
            .unwrap()
            .len();
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "built in memory: p50 {:.1} ms, max {:.1} ms, {size} bytes zipped",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
    );
    let token = token(&state, &me).await;
    let (elapsed, size) = through_the_api(&address, &token).await;
    println!(
        "asked, built by the worker and downloaded through the API: {:.1} ms, {size} bytes (target: under 5 s)",
        elapsed.as_secs_f64() * 1e3
    );
}
