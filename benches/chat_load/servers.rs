//! The servers under load, each in its own process so that its memory and CPU are its own:
//! `silta serve` (the real binary, as deployed) or the minimal broadcast server (this bench
//! binary started again with `--serve-minimal`). Also fills the database the servers use.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use silta::accounts::model::{sessions, users};
use silta::auth::policy::Role;
use silta::auth::tokens::AUDIENCE_API;
use silta::config::Config;
use silta::groups::model;

/// A room to load: its session and the bearer tokens of its facilitator and members.
pub struct RoomPlan {
    pub session: String,
    pub facilitator: String,
    pub members: Vec<String>,
}

/// Resident memory and CPU time of a process, from /proc.
#[derive(Debug, Clone, Copy, Default)]
pub struct Usage {
    pub resident_kib: u64,
    /// The anonymous part of `resident_kib`: without the mapped binary and database pages,
    /// which the kernel can drop and read again.
    pub anonymous_kib: u64,
    /// utime + stime in clock ticks (100 per second on Linux).
    pub cpu_ticks: u64,
}

pub const TICKS_PER_SECOND: f64 = 100.0;

pub fn usage_of(pid: &str) -> Usage {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib = |field: &str| {
        status
            .lines()
            .find(|l| l.starts_with(field))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kib| kib.parse().ok())
            .unwrap_or(0)
    };
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may hold spaces): state is the first, utime the
    // 12th and stime the 13th.
    let fields: Vec<u64> = stat
        .rsplit_once(')')
        .map(|(_, rest)| {
            rest.split_whitespace()
                .map(|f| f.parse().unwrap_or(0))
                .collect()
        })
        .unwrap_or_default();
    let cpu_ticks = fields.get(11).unwrap_or(&0) + fields.get(12).unwrap_or(&0);
    Usage {
        resident_kib: kib("VmRSS:"),
        anonymous_kib: kib("RssAnon:"),
        cpu_ticks,
    }
}

/// A free port on loopback (the listener is closed again: the server binds it next).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A server process; killed when dropped, so a bench run never leaves one behind.
pub struct Server {
    child: Child,
    pub address: SocketAddr,
}

/// `program`, run under `CHAT_LOAD_WRAPPER` (e.g. `heaptrack`) when that is set, and pinned
/// to `cpus` (a `taskset` list such as `0` or `0,1`) when given.
fn wrapped(program: &Path, cpus: Option<&str>) -> Command {
    let mut line: Vec<std::ffi::OsString> = Vec::new();
    if let Some(cpus) = cpus {
        line.extend(["taskset".into(), "-c".into(), cpus.into()]);
    }
    line.extend(std::env::var_os("CHAT_LOAD_WRAPPER"));
    line.push(program.into());
    let mut command = Command::new(&line[0]);
    command.args(&line[1..]);
    command
}

/// Pins this process (the clients) to `cpus`: the threads it starts afterwards inherit it.
pub fn pin_self(cpus: &str) {
    let pinned = Command::new("taskset")
        .args(["-c", "-p", cpus, &std::process::id().to_string()])
        .stdout(Stdio::null())
        .status()
        .expect("taskset runs");
    assert!(
        pinned.success(),
        "taskset could not pin the clients to {cpus}"
    );
}

impl Server {
    /// `silta serve` with `env` (the same settings the database was filled with).
    pub async fn silta(env: &HashMap<String, String>, port: u16, cpus: Option<&str>) -> Self {
        let mut command = wrapped(Path::new(env!("CARGO_BIN_EXE_silta")), cpus);
        command
            .arg("serve")
            .envs(env)
            .env("SILTA_BIND", format!("127.0.0.1:{port}"));
        Self::start(command, port).await
    }

    /// The minimal broadcast server: no storage, no authentication, same frames.
    pub async fn minimal(port: u16, cpus: Option<&str>) -> Self {
        let mut command = wrapped(&std::env::current_exe().unwrap(), cpus);
        command.arg("--serve-minimal").arg(port.to_string());
        Self::start(command, port).await
    }

    async fn start(mut command: Command, port: u16) -> Self {
        let child = command
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server starts");
        let server = Self {
            child,
            address: SocketAddr::from(([127, 0, 0, 1], port)),
        };
        server.wait_ready().await;
        server
    }

    async fn wait_ready(&self) {
        let url = format!("http://{}/readyz", self.address);
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(response) = client.get(&url).send().await
                && response.status().is_success()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server at {} did not become ready", self.address);
    }

    pub fn usage(&self) -> Usage {
        usage_of(&self.child.id().to_string())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Settings shared by the filling step and every node: the same secret (tokens issued here are
/// accepted there), the same public address (the tokens' issuer) and no per-address limit
/// (every client comes from loopback).
pub fn environment(
    data_dir: &std::path::Path,
    first_port: u16,
    database: Option<&str>,
    redis: Option<&str>,
) -> HashMap<String, String> {
    let mut env = HashMap::from([
        ("SILTA_BIND".to_owned(), format!("127.0.0.1:{first_port}")),
        ("SILTA_DATA_DIR".to_owned(), data_dir.display().to_string()),
        (
            "SILTA_PUBLIC_URL".to_owned(),
            format!("http://127.0.0.1:{first_port}"),
        ),
        ("SILTA_SECRET".to_owned(), "bench-secret-".repeat(4)),
        (
            "SILTA_CHAT_CONNECTIONS_PER_ADDRESS".to_owned(),
            "1000000".to_owned(),
        ),
        ("RUST_LOG".to_owned(), "warn".to_owned()),
    ]);
    if let Some(url) = database {
        env.insert("DATABASE_URL".to_owned(), url.to_owned());
    }
    if let Some(url) = redis {
        env.insert("REDIS_URL".to_owned(), url.to_owned());
    }
    env
}

/// A fresh PostgreSQL database on the server of `base` (e.g. `postgres://postgres@127.0.0.1`);
/// returns its URL.
pub fn fresh_postgres(base: &str) -> String {
    use diesel::{Connection, PgConnection, RunQueryDsl};
    let base = base.trim_end_matches('/');
    let name = format!("silta_bench_{}", uuid::Uuid::new_v4().simple());
    let mut admin = PgConnection::establish(&format!("{base}/postgres")).unwrap();
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .unwrap();
    format!("{base}/{name}")
}

/// A valid facilitator's certificate, as finishing the training course gives one.
fn certify(
    conn: &mut silta::db::AnyConnection,
    user: &str,
    now: chrono::NaiveDateTime,
) -> diesel::QueryResult<()> {
    use silta::training::model_progress::{Certificate, insert_certificate};
    insert_certificate(
        conn,
        &Certificate {
            id: uuid::Uuid::new_v4().to_string(),
            user_id: user.to_owned(),
            course_id: None,
            kind: "course".to_owned(),
            code: uuid::Uuid::new_v4().simple().to_string(),
            issued_at: now,
            expires_at: now + chrono::TimeDelta::days(730),
            revoked_at: None,
            lapsed_at: None,
            replaced_by: None,
        },
    )
}

fn new_user(
    conn: &mut silta::db::AnyConnection,
    email: &str,
    name: &str,
    now: chrono::NaiveDateTime,
) -> diesel::QueryResult<String> {
    users::insert(
        conn,
        &users::NewUser {
            email,
            display_name: name,
            ui_language: "en",
            password_hash: None,
            family_id: None,
            email_confirmed: true,
        },
        now,
    )
}

/// Migrates the database of `env` and creates `rooms` groups, each with one session happening
/// now (so members are inside the room window), a facilitator and `members` members.
pub async fn populate(
    env: &HashMap<String, String>,
    rooms: usize,
    members: usize,
) -> Vec<RoomPlan> {
    let state = silta::startup::build_state(Config::from_sources(None, env).unwrap()).unwrap();
    state.db.migrate().unwrap();
    let keys = state.keys.clone();
    let token = move |conn: &mut silta::db::AnyConnection, user: &str, now| {
        let login = sessions::create(conn, user, "bench", true, now)?;
        Ok::<_, diesel::result::Error>(keys.issue(
            user,
            &login.id,
            AUDIENCE_API,
            chrono::TimeDelta::hours(4),
        ))
    };
    state
        .db
        .run(move |conn| {
            silta::db::transaction(conn, |conn| {
                let now = silta::clock::now();
                let creator = new_user(conn, "bench@example.org", "Bench", now)?;
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
                    let lead = new_user(conn, &format!("r{r}f@example.org"), "Facilitator", now)?;
                    users::grant_role(conn, &lead, Role::Facilitator, now)?;
                    // Only a certified facilitator may start a session.
                    certify(conn, &lead, now)?;
                    model::add_facilitator(conn, &group, &lead)?;
                    let facilitator = token(conn, &lead, now)?;
                    let mut tokens = Vec::new();
                    for m in 0..members {
                        let user = new_user(
                            conn,
                            &format!("r{r}m{m}@example.org"),
                            &format!("Member {m}"),
                            now,
                        )?;
                        users::grant_role(conn, &user, Role::Family, now)?;
                        model::set_membership(conn, &group, &user, "member", now)?;
                        tokens.push(token(conn, &user, now)?);
                    }
                    out.push(RoomPlan {
                        session,
                        facilitator,
                        members: tokens,
                    });
                }
                Ok::<_, silta::error::AppError>(out)
            })
        })
        .await
        .unwrap()
}

/// Rooms for the minimal server, which checks nothing: any room name, any token.
pub fn unchecked_plan(rooms: usize, members: usize) -> Vec<RoomPlan> {
    (0..rooms)
        .map(|_| RoomPlan {
            session: uuid::Uuid::new_v4().to_string(),
            facilitator: String::new(),
            members: vec![String::new(); members],
        })
        .collect()
}
