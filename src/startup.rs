//! Building and running the application: the same code in production, `cargo run` and tests.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;

use crate::api::contract::ApiContract;
use crate::auth::access;
use crate::config::Config;
use crate::db::DbError;
use crate::i18n::I18n;
use crate::mail::Mailer;
use crate::registry::{Features, Readiness, Registry};
use crate::state::AppState;
use crate::telemetry::RequestSpan;
use crate::web::templates::Templates;
use crate::web::{errors, headers};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("translations: {0}")]
    I18n(#[from] crate::i18n::I18nError),
    #[error("templates: {0}")]
    Templates(#[from] minijinja::Error),
    #[error("cannot listen on {address}: {source}")]
    Bind {
        address: String,
        source: std::io::Error,
    },
    #[error("mail: {0}")]
    Mail(String),
    #[error("database: {0}")]
    Database(#[from] DbError),
    #[error("{0}")]
    Internal(String),
    #[error("server: {0}")]
    Server(#[from] std::io::Error),
}

/// Every feature, lower ones first. This is the only list that names them all: a new feature
/// is its own folder and one line here.
pub const FEATURES: &[fn(&mut Registry)] = &[
    crate::web::register,
    crate::health::register,
    crate::figures::register,
    crate::api::register,
    crate::auth::register,
    crate::mail::register,
    crate::accounts::register,
    crate::admin::register,
    crate::groups::register,
    crate::chat::register,
    crate::supervision::register,
    crate::training::register,
    crate::directory::register,
    crate::referrals::register,
    crate::contacts::register,
    crate::network::register,
    crate::feedback::register,
    crate::privacy::register,
];

pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
    features: Features,
    contract: web::Data<ApiContract>,
}

/// The core state: everything but the database connection, which `run_until_stopped` makes
/// (and migrates) while the server already answers `/healthz` and `/readyz`.
pub fn build_state(mut config: Config) -> Result<AppState, StartupError> {
    config.prepare_data_dir()?;
    let i18n = Arc::new(I18n::load()?);
    let templates = Arc::new(Templates::load(i18n.clone())?);
    let mailer = Mailer::from_config(&config).map_err(|e| StartupError::Mail(e.to_string()))?;
    Ok(AppState::new(config, i18n, templates, mailer))
}

/// Lets every feature register what it contributes, and installs their event listeners.
pub fn build_features(state: &AppState) -> Result<Features, StartupError> {
    let mut registry = Registry::new(state.clone());
    for register in FEATURES {
        register(&mut registry);
    }
    registry
        .finish()
        .map_err(|e| StartupError::Internal(e.to_string()))
}

impl Application {
    pub async fn build(mut config: Config) -> Result<Self, StartupError> {
        let address = config.bind.clone();
        let listener = TcpListener::bind(&address).map_err(|source| StartupError::Bind {
            address: address.clone(),
            source,
        })?;
        let bound = listener.local_addr()?;
        config.adopt_bound_address(bound);
        let port = bound.port();
        let state = build_state(config)?;
        let mut features = build_features(&state)?;
        let table = features.routes.table();
        let document = crate::api::document::assemble(std::mem::take(&mut features.api), &table);
        let contract = web::Data::new(ApiContract::new(document, state.config.api_contract_check));
        let app = Arc::new(AppParts {
            state: web::Data::new(state.clone()),
            routes: features.routes.clone(),
            table: web::Data::new(table),
            contract: contract.clone(),
            readiness: web::Data::new(Readiness(features.readiness.clone())),
            data: features.data.clone(),
        });
        let https = state.config.is_https();
        let server = HttpServer::new(move || {
            let app = app.clone();
            App::new()
                .configure(move |cfg| app.configure(cfg))
                .wrap(from_fn(access::access))
                .wrap(from_fn(errors::request_context))
                .wrap(TracingLogger::<RequestSpan>::new())
                .wrap(Compress::default())
                .wrap(from_fn(crate::api::contract::check))
                .wrap(from_fn(move |req, next| {
                    headers::security_headers(https, req, next)
                }))
        })
        // We handle signals ourselves to drain the worker after the server.
        .disable_signals()
        .shutdown_timeout(30)
        // Chat frames are small: without this, Nagle's algorithm and delayed ACKs hold them
        // back for up to 40 ms.
        .tcp_nodelay(true)
        .listen(listener)?
        .run();
        Ok(Self {
            port,
            server,
            state,
            features,
            contract,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Every route with its permission.
    pub fn route_table(&self) -> crate::routing::RouteTable {
        self.features.routes.table()
    }

    /// The API document this node serves, and the answers it saw that break it.
    pub fn api_contract(&self) -> web::Data<ApiContract> {
        self.contract.clone()
    }

    /// The registered jobs, for running due work on demand (tests, one-off commands).
    pub fn jobs(&self) -> Arc<crate::jobs::Jobs> {
        self.features.jobs.clone()
    }

    /// Serves until SIGINT/SIGTERM: in-flight requests finish, then the worker drains.
    pub async fn run_until_stopped(self) -> Result<(), StartupError> {
        let handle = self.server.handle();
        let server = tokio::spawn(self.server);
        let state = self.state;
        let Features { jobs, tasks, .. } = self.features;
        let (stop_tasks, tasks_stopped) = tokio::sync::watch::channel(false);
        let tasks: Vec<_> = tasks
            .into_iter()
            .map(|task| task.start(tasks_stopped.clone()))
            .collect();
        let startup = async {
            migrate_when_reachable(&state).await?;
            state.mark_ready();
            Ok::<_, StartupError>(
                state
                    .config
                    .background_worker
                    .then(|| jobs.clone().spawn(state.clone())),
            )
        };
        let worker = tokio::select! {
            started = startup => match started {
                Ok(worker) => Some(worker),
                Err(error) => {
                    handle.stop(false).await;
                    return Err(error);
                }
            },
            _ = shutdown_signal() => None,
        };
        if worker.is_some() {
            shutdown_signal().await;
        }
        tracing::info!("shutting down: finishing requests in flight");
        handle.stop(true).await;
        if let Some(Some(worker)) = worker {
            worker.stop().await;
        }
        let _ = stop_tasks.send(true);
        for task in tasks {
            let _ = task.await;
        }
        if let Err(error) = server.await {
            tracing::error!(%error, "server task ended abnormally");
        }
        tracing::info!("stopped");
        Ok(())
    }
}

/// Waits for the database (it may start after us) and applies migrations.
async fn migrate_when_reachable(state: &AppState) -> Result<(), StartupError> {
    let mut delay = Duration::from_millis(200);
    loop {
        let db = state.db.clone();
        match tokio::task::spawn_blocking(move || db.migrate()).await {
            Ok(Ok(applied)) => {
                tracing::info!(applied, "database migrated");
                return Ok(());
            }
            Ok(Err(error @ (DbError::Connection(_) | DbError::Pool(_)))) => {
                tracing::warn!(%error, retry_in_ms = delay.as_millis() as u64, "database not reachable yet");
            }
            Ok(Err(error)) => return Err(error.into()),
            Err(join) => return Err(StartupError::Internal(join.to_string())),
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(5));
    }
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! { _ = interrupt => {}, _ = terminate.recv() => {} }
            }
            Err(_) => {
                let _ = interrupt.await;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

/// What every server worker's app is made of.
struct AppParts {
    state: web::Data<AppState>,
    routes: Arc<crate::routing::Routes>,
    table: web::Data<crate::routing::RouteTable>,
    contract: web::Data<ApiContract>,
    readiness: web::Data<Readiness>,
    data: Vec<crate::registry::DataMount>,
}

impl AppParts {
    fn configure(&self, cfg: &mut web::ServiceConfig) {
        let limit = self.state.config.body_limit;
        cfg.app_data(self.state.clone())
            .app_data(self.table.clone())
            .app_data(self.contract.clone())
            .app_data(self.readiness.clone())
            .app_data(web::PayloadConfig::new(limit))
            .app_data(
                web::JsonConfig::default()
                    .limit(limit)
                    .error_handler(errors::json_error),
            )
            .app_data(
                web::FormConfig::default()
                    .limit(limit)
                    .error_handler(errors::form_error),
            )
            .app_data(web::QueryConfig::default().error_handler(errors::query_error))
            .app_data(web::PathConfig::default().error_handler(errors::path_error));
        for mount in &self.data {
            mount(cfg);
        }
        self.routes.mount(cfg);
        cfg.default_service(web::to(errors::not_found));
    }
}
