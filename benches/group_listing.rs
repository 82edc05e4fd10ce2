//! How fast the group listing is with many groups: `cargo bench --bench group_listing`.
//! Starts Silta on an embedded SQLite database, fills it with G groups × 8 sessions and
//! M members each, then times the listing page and API. Prints figures; asserts nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::time::{Duration, Instant};

use diesel::Connection;
use silta::config::Config;
use silta::groups::model;
use silta::startup::Application;

async fn fill(app_state: &silta::state::AppState, groups: usize) {
    app_state
        .db
        .run(move |conn| {
            conn.transaction(|conn| {
                let now = silta::clock::now();
                let creator = silta::accounts::model::users::insert(
                    conn,
                    &silta::accounts::model::users::NewUser {
                        email: "bench@example.org",
                        display_name: "Bench",
                        ui_language: "fi",
                        password_hash: None,
                        family_id: None,
                        email_confirmed: true,
                    },
                    now,
                )?;
                let languages = ["ar,fi", "ru,fi", "so,sv", "fi,en", "uk,fi", "fa,en"];
                for i in 0..groups {
                    let id = uuid::Uuid::new_v4().to_string();
                    model::insert_group(
                        conn,
                        &model::NewGroup {
                            id: &id,
                            spoken_languages: languages[i % languages.len()],
                            topics: "two-cultures,bilingual-children",
                            audience: "all-parents",
                            region: "online",
                            capacity: 10,
                            join_policy: "open",
                            status: "published",
                            created_by: &creator,
                        },
                        now,
                    )?;
                    model::insert_text(
                        conn,
                        &id,
                        "fi",
                        &format!("Ryhmä {i}"),
                        "Kuvaus ryhmästä, jossa puhutaan arjesta.",
                    )?;
                    model::insert_text(
                        conn,
                        &id,
                        "en",
                        &format!("Group {i}"),
                        "A description of a group about everyday life.",
                    )?;
                    for week in 0..8 {
                        let start = now
                            + chrono::TimeDelta::days(7 * week + (i % 7) as i64)
                            + chrono::TimeDelta::hours(1);
                        model::insert_session(
                            conn,
                            &id,
                            start,
                            start + chrono::TimeDelta::minutes(90),
                            now,
                        )?;
                    }
                }
                Ok::<_, silta::error::AppError>(())
            })
        })
        .await
        .unwrap();
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn time(client: &reqwest::Client, url: &str, rounds: usize) -> (Duration, Duration, usize) {
    let mut times = Vec::with_capacity(rounds);
    let mut bytes = 0;
    for _ in 0..rounds {
        let started = Instant::now();
        let body = client
            .get(url)
            .header("Accept-Language", "en")
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        times.push(started.elapsed());
        bytes = body.len();
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.95), bytes)
}

#[tokio::main]
async fn main() {
    println!("group listing on SQLite (8 sessions per group)");
    println!(
        "{:>7} {:>58} {:>10} {:>10} {:>10}",
        "groups", "request", "p50", "p95", "bytes"
    );
    for groups in [1_000, 10_000] {
        let dir = tempfile::tempdir().unwrap();
        let env = HashMap::from([
            ("SILTA_BIND".to_owned(), "127.0.0.1:0".to_owned()),
            (
                "SILTA_DATA_DIR".to_owned(),
                dir.path().display().to_string(),
            ),
        ]);
        let app = Application::build(Config::from_sources(None, &env).unwrap())
            .await
            .unwrap();
        let address = format!("http://127.0.0.1:{}", app.port());
        let state = app.state().clone();
        tokio::spawn(app.run_until_stopped());
        let client = reqwest::Client::new();
        while client
            .get(format!("{address}/readyz"))
            .send()
            .await
            .map(|r| r.status() != 200)
            .unwrap_or(true)
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        fill(&state, groups).await;
        for path in [
            "/api/v1/groups",
            "/api/v1/groups?language=ar&weekday=2",
            "/api/v1/groups?language=ar&weekday=2&time_of_day=evening",
            "/groups",
            "/groups?language=ar&weekday=2",
        ] {
            let (p50, p95, bytes) = time(&client, &format!("{address}{path}"), 30).await;
            println!(
                "{groups:>7} {path:>58} {:>8.1}ms {:>8.1}ms {bytes:>10}",
                p50.as_secs_f64() * 1e3,
                p95.as_secs_f64() * 1e3
            );
        }
    }
}
