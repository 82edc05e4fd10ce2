//! Test helpers: start Silta in-process on port 0 with its own database and talk HTTP to it.
//!
//! Every test gets a fresh SQLite file, or a fresh PostgreSQL database when
//! `SILTA_TEST_DATABASE_URL` points at a server.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod accounts;
pub mod chat;
pub mod directory;
pub mod groups;
pub mod pages;
pub mod paging;
pub mod pg;
pub mod smtp;
pub mod supervision;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
pub use pg::PgTestDatabase;
use silta::api::contract::ApiContract;
use silta::config::Config;
use silta::jobs::Jobs;
use silta::routing::RouteInfo;
use silta::startup::Application;
use silta::state::AppState;

#[derive(Clone)]
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    /// The jobs this node registered: tests run due work with `run_pending_jobs`.
    pub jobs: Arc<Jobs>,
    pub routes: Arc<[RouteInfo]>,
    pub data_dir: Arc<tempfile::TempDir>,
    _database: Option<Arc<PgTestDatabase>>,
    /// The settings this node started with, to start more nodes on the same database.
    pub env: HashMap<String, String>,
    /// Fails the test when the server answered a status its API document does not list.
    pub contract: Arc<ContractGuard>,
}

/// Checks, when the test's last handle on the server goes, that every answer of a documented
/// operation had a status the document lists.
pub struct ContractGuard(pub web::Data<ApiContract>);

impl Drop for ContractGuard {
    fn drop(&mut self) {
        let broken = self.0.broken();
        if !broken.is_empty() && !std::thread::panicking() {
            panic!(
                "the API answered statuses its document does not list:\n{}",
                broken.join("\n")
            );
        }
    }
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Settings every test app starts with; tests override what they need.
pub fn test_env(data_dir: &std::path::Path) -> HashMap<String, String> {
    HashMap::from([
        ("SILTA_BIND".to_owned(), "127.0.0.1:0".to_owned()),
        ("SILTA_DATA_DIR".to_owned(), data_dir.display().to_string()),
        // Tests run due jobs on demand (`run_pending_jobs`) instead of waiting for a worker.
        ("SILTA_BACKGROUND_WORKER".to_owned(), "false".to_owned()),
        ("SILTA_MAIL_RETRY_BASE_MS".to_owned(), "100".to_owned()),
        // Every answer of the API is checked against the API document.
        ("SILTA_API_CONTRACT_CHECK".to_owned(), "true".to_owned()),
    ])
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(customise: impl FnOnce(&mut HashMap<String, String>)) -> TestApp {
    let data_dir = tempfile::tempdir().unwrap();
    let mut env = test_env(data_dir.path());
    let database = PgTestDatabase::create();
    if let Some(db) = &database {
        env.insert("DATABASE_URL".to_owned(), db.url.clone());
        // Production mode needs an explicit public URL: reserve the port it will name.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        env.insert("SILTA_BIND".to_owned(), format!("127.0.0.1:{port}"));
        env.insert(
            "SILTA_PUBLIC_URL".to_owned(),
            format!("http://127.0.0.1:{port}"),
        );
        env.insert("SILTA_SECRET".to_owned(), "test-secret-".repeat(4));
    }
    customise(&mut env);
    let config = Config::from_sources(None, &env).expect("test configuration");
    let started_with = env.clone();
    let app = Application::build(config)
        .await
        .expect("application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let (state, jobs, routes, contract) = parts(&app);
    tokio::spawn(app.run_until_stopped());
    let test_app = TestApp {
        address,
        client: browser(),
        state,
        jobs,
        routes,
        data_dir: Arc::new(data_dir),
        _database: database.map(Arc::new),
        env: started_with,
        contract,
    };
    test_app.wait_until_ready().await;
    test_app
}

/// Another node on the same database (and mail settings), as behind a load balancer.
pub async fn spawn_second_node(first: &TestApp) -> TestApp {
    spawn_second_node_with(first, |_| {}).await
}

/// Another node on the same database with some settings changed (a rotated secret).
pub async fn spawn_second_node_with(
    first: &TestApp,
    customise: impl FnOnce(&mut HashMap<String, String>),
) -> TestApp {
    let mut env = first.env.clone();
    customise(&mut env);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    env.insert("SILTA_BIND".to_owned(), format!("127.0.0.1:{port}"));
    // Nodes behind one load balancer share the public URL, and so the tokens' issuer.
    env.insert("SILTA_PUBLIC_URL".to_owned(), first.address.clone());
    let config = Config::from_sources(None, &env).expect("test configuration");
    let app = Application::build(config)
        .await
        .expect("second node builds");
    let (state, jobs, routes, contract) = parts(&app);
    tokio::spawn(app.run_until_stopped());
    let node = TestApp {
        address: format!("http://127.0.0.1:{port}"),
        client: browser(),
        state,
        jobs,
        routes,
        data_dir: first.data_dir.clone(),
        _database: first._database.clone(),
        env,
        contract,
    };
    node.wait_until_ready().await;
    node
}

type Parts = (AppState, Arc<Jobs>, Arc<[RouteInfo]>, Arc<ContractGuard>);

fn parts(app: &Application) -> Parts {
    let routes = app.route_table().routes().to_vec();
    let contract = Arc::new(ContractGuard(app.api_contract()));
    (app.state().clone(), app.jobs(), routes.into(), contract)
}

impl TestApp {
    /// A test handle for a server started elsewhere in the test.
    pub fn attach(address: String, app: &Application) -> TestApp {
        let (state, jobs, routes, contract) = parts(app);
        TestApp {
            address,
            client: browser(),
            state,
            jobs,
            routes,
            data_dir: Arc::new(tempfile::tempdir().unwrap()),
            _database: None,
            env: HashMap::new(),
            contract,
        }
    }

    /// The same server seen from another browser, with its own cookies.
    pub fn new_browser(&self) -> TestApp {
        TestApp {
            client: browser(),
            ..self.clone()
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn wait_until_ready(&self) {
        for _ in 0..200 {
            if let Ok(response) = self.client.get(self.url("/readyz")).send().await
                && response.status() == 200
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("Silta did not become ready");
    }

    pub fn is_postgres(&self) -> bool {
        self._database.is_some()
    }

    /// Runs every registered job until none has anything left to do, as the worker would:
    /// reminders become mail, mail is delivered, old rows are purged. Returns the work done.
    pub async fn run_pending_jobs(&self) -> usize {
        self.jobs.run_pending(&self.state).await
    }
}

/// Waits for `check` to hold, polling; fails the test after `limit`.
pub async fn eventually<F, Fut>(limit: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + limit;
    while tokio::time::Instant::now() < deadline {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("condition not met within {limit:?}");
}
