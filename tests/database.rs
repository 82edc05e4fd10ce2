//! Both backends end with the same schema, and claiming work is safe with many workers.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use diesel::QueryableByName;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};
use silta::config::DatabaseConfig;
use silta::db::{AnyConnection, Db};
use silta::{clock, mail};

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Bool)]
    nullable: bool,
}

fn columns(conn: &mut AnyConnection) -> BTreeSet<(String, String, bool)> {
    let sql = if conn.is_postgres() {
        "SELECT table_name::text AS table_name, column_name::text AS column_name, \
                (is_nullable = 'YES') AS nullable \
         FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'"
    } else {
        "SELECT m.name AS table_name, p.name AS column_name, (p.\"notnull\" = 0 AND p.pk = 0) AS nullable \
         FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
           AND m.name <> '__diesel_schema_migrations'"
    };
    diesel::sql_query(sql)
        .load::<Column>(conn)
        .unwrap()
        .into_iter()
        .map(|c| (c.table_name, c.column_name, c.nullable))
        .collect()
}

fn sqlite_db(dir: &tempfile::TempDir) -> Db {
    Db::new(&DatabaseConfig::Sqlite(dir.path().join("silta.db")), 4)
}

#[test]
fn both_backends_have_the_same_tables_and_columns() {
    let Some(pg) = common::PgTestDatabase::create_empty() else {
        eprintln!(
            "SILTA_TEST_DATABASE_URL is not set: schema comparison runs in CI against PostgreSQL"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = sqlite_db(&dir);
    let postgres = Db::new(&DatabaseConfig::Postgres(pg.url.clone()), 2);
    assert!(sqlite.migrate().unwrap() > 0);
    assert!(postgres.migrate().unwrap() > 0);
    let lite = columns(&mut sqlite.get().unwrap());
    let pg_columns = columns(&mut postgres.get().unwrap());
    assert!(lite.iter().any(|(t, _, _)| t == "mail_outbox"));
    let only_sqlite: Vec<_> = lite.difference(&pg_columns).collect();
    let only_pg: Vec<_> = pg_columns.difference(&lite).collect();
    assert!(
        only_sqlite.is_empty() && only_pg.is_empty(),
        "only in SQLite: {only_sqlite:?}\nonly in PostgreSQL: {only_pg:?}"
    );
}

fn test_db() -> (Db, tempfile::TempDir, Option<common::PgTestDatabase>) {
    let dir = tempfile::tempdir().unwrap();
    let pg = common::PgTestDatabase::create();
    let db = match &pg {
        Some(pg) => Db::new(&DatabaseConfig::Postgres(pg.url.clone()), 8),
        None => sqlite_db(&dir),
    };
    db.migrate().unwrap();
    (db, dir, pg)
}

#[test]
fn concurrent_workers_claim_each_mail_exactly_once() {
    let (db, _dir, _pg) = test_db();
    let now = clock::now();
    {
        let mut conn = db.get().unwrap();
        for i in 0..60 {
            let rendered = mail::RenderedMail {
                to: format!("family{i}@example.org"),
                subject: "s".into(),
                text: "t".into(),
                html: "h".into(),
            };
            mail::enqueue(&mut conn, &rendered, now).unwrap();
        }
    }
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let db = db.clone();
            std::thread::spawn(move || {
                let mut claimed = Vec::new();
                loop {
                    let mut conn = db.get().unwrap();
                    let now = clock::now();
                    let batch = mail::claim_due(
                        &mut conn,
                        &format!("worker-{w}"),
                        now,
                        now + chrono::TimeDelta::minutes(5),
                        7,
                    )
                    .unwrap();
                    if batch.is_empty() {
                        return claimed;
                    }
                    claimed.extend(batch.into_iter().map(|m| m.id));
                }
            })
        })
        .collect();
    let mut all: Vec<String> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert_eq!(all.len(), 60, "every mail claimed");
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 60, "no mail claimed twice");
}

#[test]
fn an_expired_lease_is_claimed_again() {
    let (db, _dir, _pg) = test_db();
    let mut conn = db.get().unwrap();
    let now = clock::now();
    let rendered = mail::RenderedMail {
        to: "a@example.org".into(),
        subject: "s".into(),
        text: "t".into(),
        html: "h".into(),
    };
    mail::enqueue(&mut conn, &rendered, now).unwrap();
    let lease = now + chrono::TimeDelta::seconds(30);
    assert_eq!(
        mail::claim_due(&mut conn, "a", now, lease, 10)
            .unwrap()
            .len(),
        1
    );
    assert!(
        mail::claim_due(&mut conn, "b", now, lease, 10)
            .unwrap()
            .is_empty(),
        "leased"
    );
    let later = lease + chrono::TimeDelta::seconds(1);
    let again = mail::claim_due(&mut conn, "b", later, later, 10).unwrap();
    assert_eq!(again.len(), 1, "the dead worker's lease ran out");
    assert_eq!(again[0].attempts, 2);
}
