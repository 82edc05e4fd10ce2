//! `silta backup` of a running server while people write to it, and `silta restore` into an
//! empty data folder or database: the restored copy holds every row of every table.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use diesel::prelude::*;
use diesel::sql_types::Text;
use silta::auth::policy::Role;
use silta::config::DatabaseConfig;
use silta::db::{AnyConnection, ConnectionFactory, Synchronous};

use super::{database_env, silta};
use crate::common::accounts::create_person;
use crate::common::{PgTestDatabase, spawn_app};

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

/// Every table's rows, each as one line of text, sorted.
fn contents(conn: &mut AnyConnection) -> BTreeMap<String, Vec<String>> {
    let listing = if conn.is_postgres() {
        "SELECT tablename AS line FROM pg_tables WHERE schemaname = 'public'"
    } else {
        "SELECT name AS line FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    };
    let tables: Vec<Line> = diesel::sql_query(listing).load(conn).unwrap();
    let mut all = BTreeMap::new();
    for table in tables.into_iter().map(|t| t.line) {
        let rows = if conn.is_postgres() {
            format!("SELECT CAST(t AS TEXT) AS line FROM \"{table}\" t")
        } else {
            let columns: Vec<Line> = diesel::sql_query(format!(
                "SELECT name AS line FROM pragma_table_info('{table}')"
            ))
            .load(conn)
            .unwrap();
            let quoted: Vec<String> = columns
                .iter()
                .map(|c| format!("quote(\"{}\")", c.line))
                .collect();
            format!(
                "SELECT {} AS line FROM \"{table}\"",
                quoted.join(" || '|' || ")
            )
        };
        let mut lines: Vec<String> = diesel::sql_query(rows)
            .load::<Line>(conn)
            .unwrap()
            .into_iter()
            .map(|l| l.line)
            .collect();
        lines.sort();
        all.insert(table, lines);
    }
    all
}

fn connect(database: DatabaseConfig) -> AnyConnection {
    ConnectionFactory::new(database, Synchronous::Full)
        .connect()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_running_server_is_backed_up_and_restored_whole() {
    let app = spawn_app().await;
    let source_db = app.state.config.database.clone();
    create_person(&app, "before@example.org", &[Role::Family]).await;
    let mut env = database_env(app.data_dir.path(), None);
    if let DatabaseConfig::Postgres(url) = &source_db {
        env = vec![
            ("DATABASE_URL", url.clone()),
            ("SILTA_PUBLIC_URL", "http://127.0.0.1:8080".to_owned()),
            ("SILTA_SECRET", "cli-test-secret-".repeat(3)),
        ];
    }

    let stop = Arc::new(AtomicBool::new(false));
    let writing = {
        let (stop, app) = (stop.clone(), app.clone());
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                create_person(&app, &format!("during-{n}@example.org"), &[Role::Family]).await;
                n += 1;
            }
            n
        })
    };
    let during = tempfile::tempdir().unwrap();
    let busy_copy = during.path().join("busy.backup");
    let (busy_env, busy_path) = (env.clone(), busy_copy.display().to_string());
    let busy = tokio::task::spawn_blocking(move || silta(&["backup", &busy_path], &busy_env))
        .await
        .unwrap();
    stop.store(true, Ordering::Relaxed);
    let written = writing.await.unwrap();
    assert!(
        busy.status.success(),
        "{}",
        String::from_utf8_lossy(&busy.stderr)
    );
    assert!(written > 0, "people were written while the backup ran");
    let again = silta(&["backup", &busy_copy.display().to_string()], &env);
    assert!(
        !again.status.success(),
        "an existing file is never overwritten"
    );

    let still = during.path().join("still.backup");
    let done = silta(&["backup", &still.display().to_string()], &env);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );

    let target = tempfile::tempdir().unwrap();
    let pg = match source_db {
        DatabaseConfig::Postgres(_) => PgTestDatabase::create_empty(),
        DatabaseConfig::Sqlite(_) => None,
    };
    let target_env = database_env(target.path(), pg.as_ref());
    let restored = silta(&["restore", &still.display().to_string()], &target_env);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let twice = silta(&["restore", &still.display().to_string()], &target_env);
    assert!(!twice.status.success(), "restore needs an empty place");

    let target_db = match &pg {
        Some(db) => DatabaseConfig::Postgres(db.url.clone()),
        None => DatabaseConfig::Sqlite(target.path().join("silta.db")),
    };
    let original = tokio::task::spawn_blocking(move || contents(&mut connect(source_db)))
        .await
        .unwrap();
    let copy = tokio::task::spawn_blocking(move || contents(&mut connect(target_db)))
        .await
        .unwrap();
    assert!(
        original.len() > 40,
        "every table is compared: {}",
        original.len()
    );
    assert_eq!(
        original.keys().collect::<Vec<_>>(),
        copy.keys().collect::<Vec<_>>()
    );
    for (table, rows) in &original {
        assert_eq!(rows, &copy[table], "table {table}");
    }
    assert!(
        original["users"]
            .iter()
            .any(|r| r.contains("during-0@example.org"))
    );
}
