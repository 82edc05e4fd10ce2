//! The background worker inside every node. It runs the jobs the features registered, each
//! on its own period; every job claims its work from the database, so any number of nodes can
//! run it against one PostgreSQL without doing anything twice. Tests run due jobs on demand
//! with [`Jobs::run_pending`] instead of waiting for the worker.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::error::AppError;
use crate::state::AppState;

type Round = Pin<Box<dyn Future<Output = Result<usize, AppError>> + Send>>;
type Work = Box<dyn Fn(AppState, Arc<str>) -> Round + Send + Sync>;

/// How often a job runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    /// Each round of the worker: every `SILTA_WORKER_INTERVAL_MS`, and when woken.
    Round,
    /// At most once per this long on each node.
    Period(Duration),
}

/// A named piece of periodic work (`feature.what`). It must be idempotent and claim what it
/// does from the database; it returns how much it did.
pub struct Job {
    pub name: &'static str,
    pub every: Every,
    work: Work,
}

impl Job {
    pub fn new<F, Fut>(name: &'static str, every: Every, work: F) -> Self
    where
        F: Fn(AppState, Arc<str>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<usize, AppError>> + Send + 'static,
    {
        Self {
            name,
            every,
            work: Box::new(move |state, worker| Box::pin(work(state, worker))),
        }
    }

    async fn run(&self, state: &AppState, worker: &Arc<str>) -> usize {
        match (self.work)(state.clone(), worker.clone()).await {
            Ok(done) => {
                if done > 0 {
                    tracing::debug!(job = self.name, done, "job round done");
                }
                done
            }
            Err(error) => {
                tracing::warn!(job = self.name, %error, "job round failed");
                0
            }
        }
    }
}

/// The registered jobs, in registration order (which is the order of each round).
#[derive(Default)]
pub struct Jobs {
    list: Vec<Job>,
}

/// Rounds [`Jobs::run_pending`] runs at most before giving up on work that keeps coming.
const MAX_PENDING_ROUNDS: usize = 20;

impl Jobs {
    pub fn push(&mut self, job: Job) {
        self.list.push(job);
    }

    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.list.iter().map(|job| job.name)
    }

    /// Runs every job, whatever its period, round after round until a round does nothing
    /// (a reminder becomes mail, which the next job delivers). Returns the work done.
    pub async fn run_pending(&self, state: &AppState) -> usize {
        let worker: Arc<str> = Arc::from(worker_name());
        let mut total = 0;
        for _ in 0..MAX_PENDING_ROUNDS {
            let mut done = 0;
            for job in &self.list {
                done += job.run(state, &worker).await;
            }
            if done == 0 {
                return total;
            }
            total += done;
        }
        tracing::warn!(
            total,
            "pending jobs still had work after {MAX_PENDING_ROUNDS} rounds"
        );
        total
    }

    /// Starts the worker loop; it stops after its current round.
    pub fn spawn(self: Arc<Self>, state: AppState) -> WorkerHandle {
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(self.run_loop(state, stopped));
        WorkerHandle { stop, task }
    }

    async fn run_loop(self: Arc<Self>, state: AppState, mut stopped: watch::Receiver<bool>) {
        let worker: Arc<str> = Arc::from(worker_name());
        let wake = state.mailer.wake_signal();
        let mut last_run: Vec<Option<Instant>> = vec![None; self.list.len()];
        tracing::info!(worker = %worker, jobs = self.list.len(), "background worker started");
        loop {
            for (job, last) in self.list.iter().zip(last_run.iter_mut()) {
                let due = match job.every {
                    Every::Round => true,
                    Every::Period(period) => last.is_none_or(|t| t.elapsed() >= period),
                };
                if due {
                    *last = Some(Instant::now());
                    job.run(&state, &worker).await;
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(state.config.worker_interval) => {}
                _ = wake.notified() => {}
                _ = stopped.changed() => break,
            }
        }
        tracing::info!(worker = %worker, "background worker stopped");
    }
}

/// Stops the worker after its current round.
pub struct WorkerHandle {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl WorkerHandle {
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        if let Err(error) = self.task.await {
            tracing::error!(%error, "background worker ended abnormally");
        }
    }
}

/// Names this node's claims, so a lease can be traced to the node that holds it.
fn worker_name() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "node".to_owned());
    format!(
        "{host}:{}:{}",
        std::process::id(),
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    )
}
