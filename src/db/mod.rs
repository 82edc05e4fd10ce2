//! Database access: one connection type over SQLite (embedded) and PostgreSQL (production).
//!
//! Diesel is synchronous, so every query runs on the blocking thread pool through [`Db::run`].

pub mod backup;
pub mod like;
pub mod queue;
pub mod schema;

use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::DatabaseConfig;
use crate::error::AppError;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");
/// How often committed SQLite pages are copied from the WAL into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(500);

/// A connection to either backend; queries written once work on both.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

/// Runs `$body` with the concrete connection of either backend, for the statements that
/// diesel's `MultiConnection` cannot build (inserts and upserts of many rows in one statement).
#[macro_export]
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::AnyConnection::Postgres($c) => $body,
            $crate::db::AnyConnection::Sqlite($c) => $body,
        }
    };
}

impl AnyConnection {
    pub fn is_postgres(&self) -> bool {
        matches!(self, Self::Postgres(_))
    }
}

/// When SQLite's commit returns: `Full` waits for the WAL to reach the disk at every commit,
/// so an acknowledged write survives a power cut or an OS crash; `Normal` only survives a
/// killed process (the last commits before a power cut can be lost).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Synchronous {
    #[default]
    Full,
    Normal,
}

impl Synchronous {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "full" => Some(Self::Full),
            "normal" => Some(Self::Normal),
            _ => None,
        }
    }

    fn pragma(self) -> &'static str {
        match self {
            Self::Full => "PRAGMA synchronous = FULL;",
            Self::Normal => "PRAGMA synchronous = NORMAL;",
        }
    }
}

/// Opens connections of the configured backend, tuned for a server.
#[derive(Debug, Clone)]
pub struct ConnectionFactory {
    database: DatabaseConfig,
    synchronous: Synchronous,
}

/// Why a connection could not be opened or used.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(transparent)]
    Connection(#[from] diesel::ConnectionError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error(transparent)]
    Pool(#[from] r2d2::Error),
}

impl ConnectionFactory {
    pub fn new(database: DatabaseConfig, synchronous: Synchronous) -> Self {
        Self {
            database,
            synchronous,
        }
    }

    pub fn connect(&self) -> Result<AnyConnection, DbError> {
        match &self.database {
            DatabaseConfig::Postgres(url) => {
                Ok(AnyConnection::Postgres(PgConnection::establish(url)?))
            }
            DatabaseConfig::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                // WAL lets readers proceed during a write; the busy timeout makes writers wait
                // for each other instead of failing; foreign keys are off by default in SQLite.
                // Checkpoints run in the background (`Db::checkpoint_in_background`); the
                // automatic one is a backstop at 40 MB of WAL. Reads through a memory map and
                // a larger page cache (16 MB) spare a system call per page. `synchronous` is
                // FULL unless configured: an acknowledged chat message must survive a power cut.
                conn.batch_execute(
                    "PRAGMA journal_mode = WAL;
                     PRAGMA busy_timeout = 5000;
                     PRAGMA foreign_keys = ON;
                     PRAGMA wal_autocheckpoint = 10000;
                     PRAGMA mmap_size = 268435456;
                     PRAGMA cache_size = -16000;",
                )?;
                conn.batch_execute(self.synchronous.pragma())?;
                Ok(AnyConnection::Sqlite(conn))
            }
        }
    }
}

impl r2d2::ManageConnection for ConnectionFactory {
    type Connection = AnyConnection;
    type Error = DbError;

    fn connect(&self) -> Result<AnyConnection, DbError> {
        ConnectionFactory::connect(self)
    }

    fn is_valid(&self, conn: &mut AnyConnection) -> Result<(), DbError> {
        conn.batch_execute("SELECT 1").map_err(DbError::from)
    }

    fn has_broken(&self, _conn: &mut AnyConnection) -> bool {
        false
    }
}

pub type PooledConnection = r2d2::PooledConnection<ConnectionFactory>;

/// The connection pool, cheap to clone.
#[derive(Clone)]
pub struct Db {
    pool: r2d2::Pool<ConnectionFactory>,
    /// Alive while any clone of this `Db` is; the SQLite checkpointer stops when it is gone.
    alive: std::sync::Arc<()>,
}

impl Db {
    /// Builds the pool without connecting yet, so the server can answer `/readyz` while the
    /// database is still unreachable or migrating.
    pub fn new(database: &DatabaseConfig, size: u32) -> Self {
        Self::with_synchronous(database, size, Synchronous::default())
    }

    /// Like [`Db::new`], with SQLite's commit durability chosen.
    pub fn with_synchronous(
        database: &DatabaseConfig,
        size: u32,
        synchronous: Synchronous,
    ) -> Self {
        // SQLite serialises writers anyway; a few connections serve the readers.
        let size = match database {
            DatabaseConfig::Sqlite(_) => size.clamp(1, 8),
            DatabaseConfig::Postgres(_) => size.max(1),
        };
        let pool = r2d2::Pool::builder()
            .max_size(size)
            .min_idle(Some(0))
            // A network connection may have broken while idle; an embedded file cannot, and a
            // test query per checkout costs SQLite more than many of the queries it precedes.
            .test_on_check_out(matches!(database, DatabaseConfig::Postgres(_)))
            .connection_timeout(Duration::from_secs(10))
            .build_unchecked(ConnectionFactory::new(database.clone(), synchronous));
        let db = Self {
            pool,
            alive: std::sync::Arc::new(()),
        };
        if matches!(database, DatabaseConfig::Sqlite(_)) {
            db.checkpoint_in_background();
        }
        db
    }

    /// Moves SQLite's WAL checkpoints (copying committed pages into the database file, with
    /// fsync) off the commit path: left to SQLite, the commit that fills the WAL does it and
    /// waits tens of milliseconds. A passive checkpoint runs beside writers and readers.
    fn checkpoint_in_background(&self) {
        let alive = std::sync::Arc::downgrade(&self.alive);
        let pool = self.pool.clone();
        let spawned = std::thread::Builder::new()
            .name("sqlite-checkpoint".into())
            .spawn(move || {
                while alive.strong_count() > 0 {
                    std::thread::sleep(CHECKPOINT_EVERY);
                    if let Some(mut conn) = pool.try_get()
                        && let Err(error) = conn.batch_execute("PRAGMA wal_checkpoint(PASSIVE)")
                    {
                        tracing::warn!(%error, "SQLite checkpoint failed");
                    }
                }
            });
        if let Err(error) = spawned {
            tracing::warn!(%error, "no background checkpoints; SQLite checkpoints on commit");
        }
    }

    pub fn get(&self) -> Result<PooledConnection, DbError> {
        Ok(self.pool.get()?)
    }

    /// Runs `work` with a pooled connection on the blocking thread pool.
    pub async fn run<T, F>(&self, work: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut AnyConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(AppError::unavailable)?;
            work(&mut conn)
        })
        .await
        .map_err(AppError::internal)?
    }

    /// Applies pending migrations of this backend; returns how many ran.
    pub fn migrate(&self) -> Result<usize, DbError> {
        let mut conn = self.get()?;
        run_migrations(&mut conn)
    }
}

pub fn run_migrations(conn: &mut AnyConnection) -> Result<usize, DbError> {
    let applied = match conn {
        AnyConnection::Postgres(pg) => {
            // Nodes starting together must not migrate twice at once.
            pg.batch_execute("SELECT pg_advisory_lock(7170100)")?;
            let result = pg
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.len());
            pg.batch_execute("SELECT pg_advisory_unlock(7170100)")?;
            result
        }
        AnyConnection::Sqlite(lite) => lite
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|v| v.len()),
    };
    applied.map_err(|e| DbError::Migration(e.to_string()))
}

/// Runs `work` in a transaction that may write. On SQLite it begins `IMMEDIATE`, taking the
/// write lock first, so waiting for other writers uses the busy timeout; a transaction that
/// read first and wrote later would instead fail at once when another connection wrote in
/// between. Inside another transaction it is a savepoint of that one.
pub fn transaction<T, E, F>(conn: &mut AnyConnection, work: F) -> Result<T, E>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let outermost_sqlite = match conn {
        AnyConnection::Sqlite(lite) => !in_transaction(lite),
        AnyConnection::Postgres(_) => false,
    };
    match conn {
        AnyConnection::Sqlite(lite) if outermost_sqlite => {
            AnsiTransactionManager::begin_transaction_sql(lite, "BEGIN IMMEDIATE")?;
            type Manager = <AnyConnection as Connection>::TransactionManager;
            match work(conn) {
                Ok(value) => {
                    Manager::commit_transaction(conn)?;
                    Ok(value)
                }
                Err(error) => match Manager::rollback_transaction(conn) {
                    Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(error),
                    Err(rollback) => Err(rollback.into()),
                },
            }
        }
        _ => conn.transaction(work),
    }
}

fn in_transaction(conn: &mut SqliteConnection) -> bool {
    AnsiTransactionManager::transaction_manager_status_mut(conn)
        .transaction_depth()
        .is_ok_and(|depth| depth.is_some())
}
