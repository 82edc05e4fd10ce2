//! What a feature contributes to the application, gathered at start-up: each feature's
//! `register(&mut Registry)` adds its routes, named jobs, long-running tasks, event
//! listeners, readiness checks and its own app data. The core knows no feature; only
//! `startup.rs` names them all.

use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use tokio::sync::watch;

use crate::error::AppError;
use crate::events::{Event, Listeners};
use crate::jobs::{Every, Job, Jobs};
use crate::provided::Provisions;
use crate::routing::Routes;
use crate::state::AppState;

type TaskRun =
    Box<dyn FnOnce(watch::Receiver<bool>) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send>;
pub type DataMount = Arc<dyn Fn(&mut web::ServiceConfig) + Send + Sync>;
/// `None` when ready, or the status `/readyz` reports while not.
pub type ReadinessCheck = Arc<dyn Fn() -> Option<&'static str> + Send + Sync>;

/// The readiness checks, as app data for `/readyz`.
pub struct Readiness(pub Arc<[ReadinessCheck]>);

impl Readiness {
    /// The first dependency that is not ready, by the status it reports.
    pub fn not_ready(&self) -> Option<&'static str> {
        self.0.iter().find_map(|check| check())
    }
}

/// A task that runs as long as the node: it returns soon after its stop signal.
pub struct Task {
    pub name: &'static str,
    run: TaskRun,
}

impl Task {
    pub fn start(self, stop: watch::Receiver<bool>) -> tokio::task::JoinHandle<()> {
        let name = self.name;
        tokio::spawn(async move {
            (self.run)(stop).await;
            tracing::debug!(task = name, "task stopped");
        })
    }
}

pub struct Registry {
    state: AppState,
    routes: Routes,
    jobs: Jobs,
    tasks: Vec<Task>,
    listeners: Listeners,
    data: Vec<DataMount>,
    readiness: Vec<ReadinessCheck>,
    api: Vec<utoipa::openapi::OpenApi>,
    home: crate::home::HomeCards,
    figures: crate::figures::FigureSources,
    refused: Vec<String>,
    provisions: Provisions,
    personal: Vec<crate::personal_data::PersonalData>,
}

/// Everything registered, ready to be started.
pub struct Features {
    pub routes: Arc<Routes>,
    pub jobs: Arc<Jobs>,
    pub tasks: Vec<Task>,
    pub data: Vec<DataMount>,
    pub readiness: Arc<[ReadinessCheck]>,
    /// Each feature's part of the API document, merged at start-up.
    pub api: Vec<utoipa::openapi::OpenApi>,
}

impl Registry {
    /// The core state comes first: features build their own state from it.
    pub fn new(state: AppState) -> Self {
        Self {
            state,
            routes: Routes::default(),
            jobs: Jobs::default(),
            tasks: Vec::new(),
            listeners: Listeners::default(),
            data: Vec::new(),
            readiness: Vec::new(),
            api: Vec::new(),
            home: crate::home::HomeCards::default(),
            figures: crate::figures::FigureSources::default(),
            refused: Vec::new(),
            provisions: Provisions::default(),
            personal: Vec::new(),
        }
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn routes(&mut self) -> &mut Routes {
        &mut self.routes
    }

    /// A named job (`feature.what`), idempotent and safe to run on many nodes at once.
    pub fn job<F, Fut>(&mut self, name: &'static str, every: Every, work: F) -> &mut Self
    where
        F: Fn(AppState, Arc<str>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<usize, AppError>> + Send + 'static,
    {
        self.jobs.push(Job::new(name, every, work));
        self
    }

    /// A job that runs at most once per `period` on each node.
    pub fn periodic<F, Fut>(&mut self, name: &'static str, period: Duration, work: F) -> &mut Self
    where
        F: Fn(AppState, Arc<str>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<usize, AppError>> + Send + 'static,
    {
        self.job(name, Every::Period(period), work)
    }

    /// A task that lives as long as the node and ends when its stop signal changes.
    pub fn task<F, Fut>(&mut self, name: &'static str, run: F) -> &mut Self
    where
        F: FnOnce(watch::Receiver<bool>) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        self.tasks.push(Task {
            name,
            run: Box::new(move |stop| Box::pin(run(stop))),
        });
        self
    }

    /// Reacts to an event another feature publishes.
    pub fn listen<E, F, Fut>(&mut self, name: &'static str, react: F) -> &mut Self
    where
        E: Event,
        F: Fn(E) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), AppError>> + Send + 'static,
    {
        self.listeners.listen(name, react);
        self
    }

    /// The feature's own state, which its handlers take as `web::Data<T>`.
    pub fn data<T: Any + Send + Sync>(&mut self, value: web::Data<T>) -> &mut Self {
        self.data.push(Arc::new(move |config| {
            config.app_data(value.clone());
        }));
        self
    }

    /// A dependency `/readyz` must see working before the node takes traffic.
    pub fn readiness(
        &mut self,
        check: impl Fn() -> Option<&'static str> + Send + Sync + 'static,
    ) -> &mut Self {
        self.readiness.push(Arc::new(check));
        self
    }

    /// The feature's API operations and their types, declared beside its handlers with
    /// `#[utoipa::path]` and gathered by a `#[derive(utoipa::OpenApi)]`.
    pub fn api(&mut self, part: utoipa::openapi::OpenApi) -> &mut Self {
        self.api.push(part);
        self
    }

    /// A card of the signed-in home page: `None` when the reader has nothing to see there.
    pub fn home_card<F, Fut>(&mut self, source: F) -> &mut Self
    where
        F: Fn(AppState, Arc<crate::auth::SignedIn>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Option<crate::home::Card>, AppError>> + Send + 'static,
    {
        self.home.add(source);
        self
    }

    /// Figures the feature counts for a period, for the staff dashboard and yearly report.
    pub fn figures<F, Fut>(&mut self, source: F) -> &mut Self
    where
        F: Fn(AppState, crate::figures::Period) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<crate::figures::Series>, AppError>> + Send + 'static,
    {
        self.figures.add(source);
        self
    }

    /// Counts over a period split by something (referrals by category).
    pub fn breakdowns<F, Fut>(&mut self, source: F) -> &mut Self
    where
        F: Fn(AppState, crate::figures::Period) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<crate::figures::Breakdown>, AppError>> + Send + 'static,
    {
        self.figures.add_breakdowns(source);
        self
    }

    /// An answer a lower feature asks for by type (`Arc<dyn groups::service::Qualifies>`),
    /// read by it from the state with `state.provided.get::<T>()`.
    pub fn provide<T: Any + Send + Sync + Clone>(&mut self, answer: T) -> &mut Self {
        self.provisions.provide(answer);
        self
    }

    /// The personal data the feature keeps, and how to copy, erase and purge it.
    pub fn personal_data(&mut self, declaration: crate::personal_data::PersonalData) -> &mut Self {
        self.personal.push(declaration);
        self
    }

    /// The feature cannot start with this configuration; start-up stops with `reason`.
    pub fn refuse(&mut self, reason: impl Into<String>) {
        self.refused.push(reason.into());
    }

    /// Installs the listeners into the state's event bus and hands over the rest.
    pub fn finish(mut self) -> Result<Features, AppError> {
        if !self.refused.is_empty() {
            return Err(AppError::internal(self.refused.join("; ")));
        }
        self.state.events.install(self.listeners)?;
        let mut data = self.data;
        let (home, figures) = (web::Data::new(self.home), web::Data::new(self.figures));
        data.push(Arc::new(move |config| {
            config.app_data(home.clone()).app_data(figures.clone());
        }));
        let catalogue = crate::personal_data::Catalogue(std::mem::take(&mut self.personal).into());
        self.provisions.provide(catalogue);
        self.state.provided.install(self.provisions.into_inner())?;
        Ok(Features {
            routes: Arc::new(self.routes),
            jobs: Arc::new(self.jobs),
            tasks: self.tasks,
            data,
            readiness: self.readiness.into(),
            api: self.api,
        })
    }
}
