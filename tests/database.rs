//! Both backends end with the same schema, and claiming work is safe with many workers.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use diesel::QueryableByName;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
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

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Applies the migrations before the one named `name`, runs `sql`, then applies the rest.
fn migrate_around<C, DB>(conn: &mut C, source: fn() -> EmbeddedMigrations, name: &str, sql: &str)
where
    DB: diesel::backend::Backend,
    C: MigrationHarness<DB> + diesel::connection::SimpleConnection,
{
    let pending = conn.pending_migrations(source()).unwrap();
    let at = pending
        .iter()
        .position(|m| m.name().to_string().ends_with(name))
        .unwrap();
    for migration in &pending[..at] {
        conn.run_migration(migration.as_ref()).unwrap();
    }
    conn.batch_execute(sql).unwrap();
    assert_eq!(
        conn.run_pending_migrations(source()).unwrap().len(),
        pending.len() - at
    );
}

/// A new database of the backend under test, with `sql` run just before the migration `name`.
fn migrated_around(
    dir: &tempfile::TempDir,
    name: &str,
    sql: &str,
) -> (Db, Option<common::PgTestDatabase>) {
    let pg = common::PgTestDatabase::create_empty();
    let db = match &pg {
        Some(pg) => {
            let mut conn = PgConnection::establish(&pg.url).unwrap();
            migrate_around(&mut conn, || POSTGRES_MIGRATIONS, name, sql);
            Db::new(&DatabaseConfig::Postgres(pg.url.clone()), 1)
        }
        None => {
            let path = dir.path().join("silta.db");
            let mut conn = SqliteConnection::establish(&path.display().to_string()).unwrap();
            migrate_around(&mut conn, || SQLITE_MIGRATIONS, name, sql);
            Db::new(&DatabaseConfig::Sqlite(path), 1)
        }
    };
    (db, pg)
}

#[test]
fn saved_codes_of_merged_municipalities_become_the_ones_they_joined() {
    use silta::db::schema::{families, peer_groups};
    let rows = "
        INSERT INTO families (id, languages, municipality, created_at) VALUES
            ('f1', 'fi', '588', '2026-01-01 00:00:00'),
            ('f2', 'fi', '099', '2026-01-01 00:00:00'),
            ('f3', 'fi', '091', '2026-01-01 00:00:00'),
            ('f4', 'fi', 'abroad', '2026-01-01 00:00:00');
        INSERT INTO users (id, email, display_name, ui_language, created_at, updated_at)
            VALUES ('u1', 'c@example.org', 'C', 'fi', '2026-01-01 00:00:00', '2026-01-01 00:00:00');
        INSERT INTO peer_groups (id, spoken_languages, topics, audience, region, capacity,
                join_policy, status, created_by, created_at, updated_at) VALUES
            ('g1', 'fi', 't', 'a', '588', 5, 'open', 'draft', 'u1', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
            ('g2', 'fi', 't', 'a', 'online', 5, 'open', 'draft', 'u1', '2026-01-01 00:00:00', '2026-01-01 00:00:00');
    ";
    let name = "_merged_municipalities";
    let dir = tempfile::tempdir().unwrap();
    let (db, _pg) = migrated_around(&dir, name, rows);
    let mut conn = db.get().unwrap();
    let saved: Vec<(String, String)> = families::table
        .select((families::id, families::municipality))
        .order(families::id)
        .load(&mut conn)
        .unwrap();
    let expected = [
        ("f1", "507"),
        ("f2", "214"),
        ("f3", "091"),
        ("f4", "abroad"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(id, code)| ((*id).to_owned(), (*code).to_owned()))
        .collect();
    assert_eq!(saved, expected);
    let regions: Vec<String> = peer_groups::table
        .select(peer_groups::region)
        .order(peer_groups::id)
        .load(&mut conn)
        .unwrap();
    assert_eq!(regions, ["507", "online"]);
}

#[test]
fn saved_groups_get_their_languages_topics_and_helsinki_session_times() {
    use silta::db::schema::{group_languages, group_sessions, group_topics};
    let rows = "
        INSERT INTO users (id, email, display_name, ui_language, created_at, updated_at)
            VALUES ('u1', 'c@example.org', 'C', 'fi', '2026-01-01 00:00:00', '2026-01-01 00:00:00');
        INSERT INTO peer_groups (id, spoken_languages, topics, audience, region, capacity,
                join_policy, status, created_by, created_at, updated_at) VALUES
            ('g1', 'ar,fi', 'two-cultures,school', 'a', 'online', 5, 'open', 'published', 'u1',
                '2026-01-01 00:00:00', '2026-01-01 00:00:00');
        INSERT INTO group_sessions (id, group_id, starts_at, ends_at, created_at) VALUES
            ('s1', 'g1', '2026-03-29 00:59:59', '2026-03-29 02:00:00', '2026-01-01 00:00:00'),
            ('s2', 'g1', '2026-03-29 01:00:00', '2026-03-29 02:00:00', '2026-01-01 00:00:00'),
            ('s3', 'g1', '2026-10-25 00:30:00', '2026-10-25 02:00:00', '2026-01-01 00:00:00'),
            ('s4', 'g1', '2026-10-25 01:00:00', '2026-10-25 02:00:00', '2026-01-01 00:00:00'),
            ('s5', 'g1', '2026-12-06 22:30:00', '2026-12-06 23:00:00', '2026-01-01 00:00:00');
    ";
    let dir = tempfile::tempdir().unwrap();
    let (db, _pg) = migrated_around(&dir, "_group_filters", rows);
    let mut conn = db.get().unwrap();
    let languages: Vec<String> = group_languages::table
        .select(group_languages::language)
        .order(group_languages::language)
        .load(&mut conn)
        .unwrap();
    assert_eq!(languages, ["ar", "fi"]);
    let topics: Vec<String> = group_topics::table
        .select(group_topics::topic)
        .order(group_topics::topic)
        .load(&mut conn)
        .unwrap();
    assert_eq!(topics, ["school", "two-cultures"]);
    let local: Vec<(i16, i16)> = group_sessions::table
        .select((group_sessions::local_weekday, group_sessions::local_hour))
        .order(group_sessions::id)
        .load(&mut conn)
        .unwrap();
    // Summer time begins and ends at 01:00 UTC; Sunday 22:30 UTC is Monday 00:30 in Helsinki.
    assert_eq!(local, [(7, 2), (7, 4), (7, 3), (7, 3), (1, 0)]);
}

/// An acknowledged chat message must survive a power cut, not only a killed process: the
/// embedded database commits with `synchronous = FULL` unless told otherwise.
#[tokio::test]
async fn the_embedded_database_waits_for_the_disk_at_every_commit() {
    use diesel::sql_types::Integer;
    #[derive(diesel::QueryableByName)]
    struct Mode {
        #[diesel(sql_type = Integer)]
        synchronous: i32,
    }
    let mode = |app: common::TestApp| async move {
        app.state
            .db
            .run(|conn| {
                Ok(diesel::sql_query("PRAGMA synchronous")
                    .get_result::<Mode>(conn)?
                    .synchronous)
            })
            .await
            .unwrap()
    };
    let app = common::spawn_app().await;
    if app.is_postgres() {
        return;
    }
    const FULL: i32 = 2;
    const NORMAL: i32 = 1;
    assert_eq!(mode(app).await, FULL);
    let relaxed = common::spawn_app_with(|env| {
        env.insert("SILTA_SQLITE_SYNCHRONOUS".to_owned(), "normal".to_owned());
    })
    .await;
    assert_eq!(mode(relaxed).await, NORMAL);
}
