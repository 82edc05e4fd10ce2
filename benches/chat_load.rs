//! Chat load: `cargo bench --bench chat_load -- [rooms] [members] [seconds] [interval_ms]`.
//! Starts Silta on SQLite, opens rooms × members websockets from this process, and has every
//! member send one message per interval carrying its intended send time. Prints deliveries per
//! second, latency from the intended send time (p50/p99/p99.9), gaps, duplicates and reorders
//! per room, and the process's resident memory per connection (clients included: an upper bound).
//! Figures only; nothing is asserted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use silta::accounts::model::{sessions, users};
use silta::auth::policy::Role;
use silta::auth::tokens::AUDIENCE_API;
use silta::config::Config;
use silta::groups::model;
use silta::startup::Application;
use tokio::sync::Mutex;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

fn resident_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse()
                    .unwrap_or(0)
            })
        })
        .unwrap_or(0)
}

/// Creates `rooms` groups with one session each and `members` members per group; returns
/// (session id, bearer tokens) per room.
async fn populate(
    state: &silta::state::AppState,
    rooms: usize,
    members: usize,
) -> Vec<(String, Vec<String>)> {
    let keys = state.keys.clone();
    state
        .db
        .run(move |conn| {
            silta::db::transaction(conn, |conn| {
                let now = silta::jobs::now();
                let creator = users::insert(
                    conn,
                    &users::NewUser {
                        email: "bench@example.org",
                        display_name: "Bench",
                        ui_language: "en",
                        password_hash: None,
                        family_id: None,
                        email_confirmed: true,
                    },
                    now,
                )?;
                let mut out = Vec::new();
                for r in 0..rooms {
                    let group = uuid::Uuid::new_v4().to_string();
                    model::insert_group(
                        conn,
                        &model::NewGroup {
                            id: &group,
                            spoken_languages: "fi",
                            topics: "two-cultures",
                            audience: "all-parents",
                            region: "online",
                            capacity: members as i32,
                            join_policy: "open",
                            status: "running",
                            created_by: &creator,
                        },
                        now,
                    )?;
                    let session = model::insert_session(
                        conn,
                        &group,
                        now,
                        now + chrono::TimeDelta::hours(2),
                        now,
                    )?;
                    let mut tokens = Vec::new();
                    for m in 0..members {
                        let user = users::insert(
                            conn,
                            &users::NewUser {
                                email: &format!("r{r}m{m}@example.org"),
                                display_name: &format!("Member {m}"),
                                ui_language: "en",
                                password_hash: None,
                                family_id: None,
                                email_confirmed: true,
                            },
                            now,
                        )?;
                        users::grant_role(conn, &user, Role::Family, now)?;
                        model::set_membership(conn, &group, &user, "member", now)?;
                        let login = sessions::create(conn, &user, "bench", true, now)?;
                        tokens.push(keys.issue(
                            &user,
                            &login.id,
                            AUDIENCE_API,
                            chrono::TimeDelta::hours(2),
                        ));
                    }
                    out.push((session, tokens));
                }
                Ok::<_, silta::error::AppError>(out)
            })
        })
        .await
        .unwrap()
}

#[derive(Default)]
struct RoomStats {
    /// Per receiver: the last sequence number seen.
    last_seen: HashMap<usize, i64>,
    gaps: u64,
    duplicates: u64,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let rooms = *args.first().unwrap_or(&50) as usize;
    let members = *args.get(1).unwrap_or(&10) as usize;
    let seconds = *args.get(2).unwrap_or(&20);
    let interval = Duration::from_millis(*args.get(3).unwrap_or(&3000));
    let dir = tempfile::tempdir().unwrap();
    let env = HashMap::from([
        ("SILTA_BIND".to_owned(), "127.0.0.1:0".to_owned()),
        (
            "SILTA_DATA_DIR".to_owned(),
            dir.path().display().to_string(),
        ),
        (
            "SILTA_CHAT_CONNECTIONS_PER_ADDRESS".to_owned(),
            "1000000".to_owned(),
        ),
        ("RUST_LOG".to_owned(), "warn".to_owned()),
    ]);
    let app = Application::build(Config::from_sources(None, &env).unwrap())
        .await
        .unwrap();
    let address = format!("127.0.0.1:{}", app.port());
    let state = app.state().clone();
    tokio::spawn(app.run_until_stopped());
    while !state.is_ready() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let plan = populate(&state, rooms, members).await;
    let before = resident_kib();
    let latencies = Arc::new(Mutex::new(Vec::<u64>::new()));
    let deliveries = Arc::new(AtomicU64::new(0));
    let sent = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    let mut sockets = Vec::new();
    for (session, tokens) in &plan {
        for token in tokens {
            let mut request = format!("ws://{address}/api/v1/sessions/{session}/chat")
                .into_client_request()
                .unwrap();
            request
                .headers_mut()
                .insert("Authorization", format!("Bearer {token}").parse().unwrap());
            let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
            socket
                .send(Message::Text(
                    r#"{"type":"hello","v":1,"last_seq":0}"#.into(),
                ))
                .await
                .unwrap();
            sockets.push(socket);
        }
    }
    let connected = sockets.len();
    // The clock starts once everyone is connected.
    let started = Instant::now();
    let idle = resident_kib();
    println!(
        "{connected} connections open; resident memory {:.1} KiB per connection (server and clients)",
        (idle.saturating_sub(before)) as f64 / connected as f64
    );
    let deadline = started + Duration::from_secs(seconds) + Duration::from_secs(2);
    let mut stats_per_room = Vec::new();
    for (index, socket) in sockets.into_iter().enumerate() {
        let room = index / members;
        let member = index % members;
        if member == 0 {
            stats_per_room.push(Arc::new(Mutex::new(RoomStats::default())));
        }
        let stats = stats_per_room[room].clone();
        let (mut write, mut read) = socket.split();
        let (latencies, deliveries, sent) = (latencies.clone(), deliveries.clone(), sent.clone());
        let send_until = started + Duration::from_secs(seconds);
        tasks.push(tokio::spawn(async move {
            // Spread members over the interval so the load is steady.
            let offset = interval.mul_f64((index % 97) as f64 / 97.0);
            let mut next_send = Instant::now() + offset;
            let mut counter = 0u64;
            loop {
                let wait = tokio::time::sleep_until(next_send.into());
                tokio::select! {
                    _ = wait, if Instant::now() < send_until => {
                        let intended = started.elapsed().as_micros() as u64;
                        counter += 1;
                        let frame = format!(r#"{{"type":"send","client_id":"{member}-{counter}","text":"{intended}"}}"#);
                        if write.send(Message::Text(frame.into())).await.is_err() { break; }
                        sent.fetch_add(1, Ordering::Relaxed);
                        next_send += interval;
                    }
                    frame = tokio::time::timeout_at(deadline.into(), read.next()) => {
                        let text = match frame {
                            Ok(Some(Ok(Message::Text(text)))) => text,
                            Ok(Some(Ok(_))) => continue,
                            _ => break,
                        };
                        let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
                        if value["type"] != "message" { continue; }
                        let seq = value["message"]["seq"].as_i64().unwrap_or(0);
                        let intended: u64 = value["message"]["text"].as_str().and_then(|t| t.parse().ok()).unwrap_or(0);
                        let now = started.elapsed().as_micros() as u64;
                        latencies.lock().await.push(now.saturating_sub(intended));
                        deliveries.fetch_add(1, Ordering::Relaxed);
                        let mut stats = stats.lock().await;
                        let last = stats.last_seen.get(&member).copied().unwrap_or(0);
                        if seq <= last { stats.duplicates += 1; } else if seq != last + 1 { stats.gaps += 1; }
                        stats.last_seen.insert(member, seq.max(last));
                    }
                }
            }
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mut latencies = latencies.lock().await.clone();
    latencies.sort_unstable();
    let pick = |p: f64| {
        latencies
            .get(((latencies.len() as f64 - 1.0) * p) as usize)
            .copied()
            .unwrap_or(0) as f64
            / 1000.0
    };
    let (mut gaps, mut duplicates) = (0, 0);
    for stats in &stats_per_room {
        let stats = stats.lock().await;
        gaps += stats.gaps;
        duplicates += stats.duplicates;
    }
    println!(
        "{rooms} rooms x {members} members, one message per member every {} ms, {seconds} s",
        interval.as_millis()
    );
    println!(
        "sent {} messages, {} deliveries = {:.0} deliveries/s",
        sent.load(Ordering::Relaxed),
        deliveries.load(Ordering::Relaxed),
        deliveries.load(Ordering::Relaxed) as f64 / elapsed
    );
    println!(
        "latency from intended send time: p50 {:.1} ms, p99 {:.1} ms, p99.9 {:.1} ms",
        pick(0.5),
        pick(0.99),
        pick(0.999)
    );
    println!("gaps {gaps}, duplicates or reorders {duplicates}");
}
