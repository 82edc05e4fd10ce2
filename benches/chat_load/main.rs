//! Chat load generator:
//! `cargo bench --bench chat_load -- [--rooms N] [--members N] [--seconds N] [--interval-ms N]
//!  [--idle] [--minimal] [--nodes 1|2] [--database postgres://host] [--redis redis://host]
//!  [--server-cpus 0[/1]] [--client-cpus 1]`
//!
//! The server runs in its own process (`silta serve`, or with `--minimal` the broadcast-only
//! server in `minimal.rs`), so the resident memory and CPU reported are the server's alone,
//! read from /proc/<pid>; the clients run here. Each room gets a facilitator who starts the
//! session and stays (members may only write then), and `members` members who each send one
//! message per interval carrying its intended send time. Prints deliveries per second, latency
//! from the intended send time (p50/p99/p99.9), gaps, duplicates and reorders, messages stored
//! per second, and server memory and CPU. `--idle`: connect everyone, send nothing, report
//! server memory per connection. `--nodes 2`: two server processes on one database, clients of
//! every room split across both (needs `--redis`). `--server-cpus`: each server process runs
//! under `taskset -c` with its list (`/` between the nodes' lists, reused in turn);
//! `--client-cpus`: the clients are pinned likewise, so that the server's CPU per 1,000
//! deliveries is measured on a core of its own. Figures only; nothing is asserted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod clients;
mod minimal;
mod servers;

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use servers::{RoomPlan, Server, TICKS_PER_SECOND, Usage};

struct Options {
    rooms: usize,
    members: usize,
    seconds: u64,
    interval: Duration,
    idle: bool,
    minimal: bool,
    nodes: usize,
    database: Option<String>,
    redis: Option<String>,
    server_cpus: Vec<String>,
    client_cpus: Option<String>,
}

impl Options {
    fn parse(args: &[String]) -> Self {
        let value = |name: &str| {
            args.iter()
                .position(|a| a == name)
                .and_then(|i| args.get(i + 1))
                .cloned()
        };
        let number = |name: &str, default: u64| value(name).map_or(default, |v| v.parse().unwrap());
        Self {
            rooms: number("--rooms", 50) as usize,
            members: number("--members", 10) as usize,
            seconds: number("--seconds", 20),
            interval: Duration::from_millis(number("--interval-ms", 3000)),
            idle: args.iter().any(|a| a == "--idle"),
            minimal: args.iter().any(|a| a == "--minimal"),
            nodes: number("--nodes", 1) as usize,
            database: value("--database"),
            redis: value("--redis"),
            server_cpus: value("--server-cpus")
                .map(|cpus| cpus.split('/').map(str::to_owned).collect())
                .unwrap_or_default(),
            client_cpus: value("--client-cpus"),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(port) = args.iter().position(|a| a == "--serve-minimal") {
        minimal::serve(args[port + 1].parse().unwrap()).unwrap();
        return;
    }
    let options = Options::parse(&args);
    if let Some(cpus) = &options.client_cpus {
        servers::pin_self(cpus);
    }
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(bench(options));
}

/// Starts the servers (filling the database first); returns them and the rooms.
async fn start(options: &Options, dir: &std::path::Path) -> (Vec<Server>, Vec<RoomPlan>) {
    let ports: Vec<u16> = (0..options.nodes).map(|_| servers::free_port()).collect();
    let cpus = |node: usize| {
        (!options.server_cpus.is_empty())
            .then(|| options.server_cpus[node % options.server_cpus.len()].as_str())
    };
    if options.minimal {
        let server = Server::minimal(ports[0], cpus(0)).await;
        return (
            vec![server],
            servers::unchecked_plan(options.rooms, options.members),
        );
    }
    let database = options.database.as_deref().map(servers::fresh_postgres);
    let env = servers::environment(dir, ports[0], database.as_deref(), options.redis.as_deref());
    let plan = servers::populate(&env, options.rooms, options.members).await;
    let mut nodes = Vec::new();
    for (node, port) in ports.into_iter().enumerate() {
        nodes.push(Server::silta(&env, port, cpus(node)).await);
    }
    (nodes, plan)
}

fn total(nodes: &[Server]) -> Usage {
    nodes
        .iter()
        .map(Server::usage)
        .fold(Usage::default(), |a, b| Usage {
            resident_kib: a.resident_kib + b.resident_kib,
            anonymous_kib: a.anonymous_kib + b.anonymous_kib,
            cpu_ticks: a.cpu_ticks + b.cpu_ticks,
        })
}

/// Opens every connection, a few at a time: facilitators first (each starts its session),
/// then the members. Connection `i` of a room goes to node `i % nodes`.
async fn connect_all(nodes: &[Server], plan: &[RoomPlan]) -> Vec<(usize, clients::Socket)> {
    let facilitators = futures_util::stream::iter(plan.iter().enumerate())
        .map(|(room, p)| async move {
            let mut socket =
                clients::connect(nodes[0].address, &p.session, &p.facilitator, room).await;
            clients::send(&mut socket, r#"{"type":"start_session"}"#).await;
            clients::wait_for(&mut socket, "room").await;
            (room, socket)
        })
        .buffer_unordered(32)
        .collect::<Vec<_>>()
        .await;
    let people = plan.iter().enumerate().flat_map(|(room, p)| {
        p.members
            .iter()
            .enumerate()
            .map(move |(m, token)| (room, m, &p.session, token))
    });
    let members = futures_util::stream::iter(people.enumerate())
        .map(|(index, (room, m, session, token))| async move {
            let node = &nodes[(m + 1) % nodes.len()];
            (
                room,
                clients::connect(node.address, session, token, plan.len() + index).await,
            )
        })
        .buffer_unordered(32)
        .collect::<Vec<_>>()
        .await;
    facilitators.into_iter().chain(members).collect()
}

async fn bench(options: Options) {
    let dir = tempfile::tempdir().unwrap();
    let (nodes, plan) = start(&options, dir.path()).await;
    let before = total(&nodes);
    let opening = Instant::now();
    let sockets = connect_all(&nodes, &plan).await;
    let connected = sockets.len();
    println!(
        "{} server, {} node(s), {} rooms x ({} members + 1 facilitator): {connected} connections open in {:.1} s",
        if options.minimal { "minimal" } else { "silta" },
        nodes.len(),
        options.rooms,
        options.members,
        opening.elapsed().as_secs_f64()
    );
    if options.idle {
        idle(&nodes, sockets, before, options.seconds).await;
        return;
    }
    let started = Instant::now();
    let usage_start = total(&nodes);
    let until = started + Duration::from_secs(options.seconds);
    // Time for the last messages to arrive.
    let deadline = until + Duration::from_secs(3);
    let mut tasks = Vec::new();
    for (index, (room, socket)) in sockets.into_iter().enumerate() {
        // Facilitators (the first `rooms` sockets) read; members write, spread evenly over
        // the interval so the load is steady.
        let writes = (index >= plan.len()).then(|| clients::Schedule {
            first: started + options.interval.mul_f64((index % 1000) as f64 / 1000.0),
            interval: options.interval,
            until,
        });
        tasks.push(tokio::spawn(async move {
            (room, clients::run(socket, writes, deadline, index).await)
        }));
    }
    let mut tallies = Vec::new();
    for task in tasks {
        tallies.push(task.await.unwrap());
    }
    let usage_end = total(&nodes);
    report(
        &options,
        &tallies,
        started.elapsed().min(until - started),
        usage_start,
        usage_end,
    );
}

async fn idle(
    nodes: &[Server],
    sockets: Vec<(usize, clients::Socket)>,
    before: Usage,
    seconds: u64,
) {
    let connected = sockets.len();
    // Read (so pings are answered) without writing.
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let readers: Vec<_> = sockets
        .into_iter()
        .enumerate()
        .map(|(i, (_, s))| tokio::spawn(clients::run(s, None, deadline, i)))
        .collect();
    tokio::time::sleep(Duration::from_secs(seconds / 2)).await;
    let open = total(nodes);
    println!(
        "server resident memory: {} KiB before, {} KiB with {connected} idle connections = {:.1} KiB per connection",
        before.resident_kib,
        open.resident_kib,
        open.resident_kib.saturating_sub(before.resident_kib) as f64 / connected as f64
    );
    println!(
        "of which anonymous (heap, stacks; not mapped files): {} KiB before, {} KiB = {:.1} KiB per connection",
        before.anonymous_kib,
        open.anonymous_kib,
        open.anonymous_kib.saturating_sub(before.anonymous_kib) as f64 / connected as f64
    );
    println!(
        "clients (this process): {} KiB",
        servers::usage_of("self").resident_kib
    );
    for reader in readers {
        let _ = reader.await;
    }
    let after = total(nodes);
    println!(
        "server CPU while idle: {:.1}% of one core",
        (after.cpu_ticks - open.cpu_ticks) as f64
            / TICKS_PER_SECOND
            / (seconds - seconds / 2) as f64
            * 100.0
    );
}

fn report(
    options: &Options,
    tallies: &[(usize, clients::Tally)],
    sending: Duration,
    start: Usage,
    end: Usage,
) {
    let seconds = sending.as_secs_f64();
    let sum = |f: fn(&clients::Tally) -> u64| tallies.iter().map(|(_, t)| f(t)).sum::<u64>();
    let mut latencies: Vec<u32> = tallies
        .iter()
        .flat_map(|(_, t)| t.latencies.iter().copied())
        .collect();
    latencies.sort_unstable();
    let pick = |p: f64| {
        latencies
            .get(((latencies.len() as f64 - 1.0) * p) as usize)
            .copied()
            .unwrap_or(0) as f64
            / 1000.0
    };
    // A receiver that ends below its room's newest number missed the messages after it.
    let mut newest = vec![0i64; options.rooms];
    for (room, t) in tallies {
        newest[*room] = newest[*room].max(t.last_seq);
    }
    let missed_tail: u64 = tallies
        .iter()
        .map(|(room, t)| (newest[*room] - t.last_seq) as u64)
        .sum();
    let rooms_hit = (0..options.rooms)
        .filter(|r| {
            tallies.iter().any(|(room, t)| {
                room == r && (t.gaps + t.duplicates + t.reorders > 0 || t.last_seq < newest[*r])
            })
        })
        .count();
    println!(
        "one message per member every {} ms for {} s",
        options.interval.as_millis(),
        options.seconds
    );
    println!(
        "sent {} messages, {} acknowledged ({:.0}/s in), {} refused; {} deliveries = {:.0} deliveries/s",
        sum(|t| t.sent),
        sum(|t| t.acked),
        sum(|t| t.acked) as f64 / seconds,
        sum(|t| t.refused),
        sum(|t| t.deliveries),
        sum(|t| t.deliveries) as f64 / seconds
    );
    println!(
        "latency from intended send time: p50 {:.1} ms, p99 {:.1} ms, p99.9 {:.1} ms",
        pick(0.5),
        pick(0.99),
        pick(0.999)
    );
    println!(
        "gaps {} (+{missed_tail} missing at the end), duplicates {}, reorders {}; rooms affected {rooms_hit}",
        sum(|t| t.gaps),
        sum(|t| t.duplicates),
        sum(|t| t.reorders)
    );
    let cpu_seconds = (end.cpu_ticks - start.cpu_ticks) as f64 / TICKS_PER_SECOND;
    println!(
        "server: {:.0}% of one core, {:.1} ms of CPU per 1,000 deliveries, resident {} KiB at the end",
        cpu_seconds / seconds * 100.0,
        cpu_seconds * 1000.0 / (sum(|t| t.deliveries).max(1) as f64 / 1000.0),
        end.resident_kib
    );
}
