//! PostgreSQL databases for tests: one template migrated once, copied for every test.
//!
//! The template's name carries a digest of the migrations, so a changed migration makes a new
//! template and an unchanged one is reused by every test binary and every run. It is migrated
//! under another name and renamed when complete, so a run that stops half-way leaves nothing
//! that a later run would take for a template.

use std::sync::OnceLock;

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl};
use sha2::{Digest, Sha256};
use silta::db::AnyConnection;

/// A PostgreSQL database that exists for one test and is dropped after it.
pub struct PgTestDatabase {
    pub url: String,
    admin_url: String,
    name: String,
}

impl PgTestDatabase {
    /// A migrated database, copied from the template; `None` when no PostgreSQL server is
    /// configured for tests.
    pub fn create() -> Option<Self> {
        let admin_url = std::env::var("SILTA_TEST_DATABASE_URL").ok()?;
        let template = template(&admin_url);
        Some(Self::new(admin_url, &format!("TEMPLATE {template}")))
    }

    /// An empty database, for tests of migrating itself.
    pub fn create_empty() -> Option<Self> {
        let admin_url = std::env::var("SILTA_TEST_DATABASE_URL").ok()?;
        Some(Self::new(admin_url, ""))
    }

    fn new(admin_url: String, options: &str) -> Self {
        let name = format!("silta_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin =
            PgConnection::establish(&admin_url).expect("connect to SILTA_TEST_DATABASE_URL");
        admin
            .batch_execute(&format!("CREATE DATABASE {name} {options}"))
            .expect("create the test database");
        Self {
            url: database_url(&admin_url, &name),
            admin_url,
            name,
        }
    }
}

impl Drop for PgTestDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = PgConnection::establish(&self.admin_url) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

fn database_url(admin_url: &str, name: &str) -> String {
    let mut url = url::Url::parse(admin_url).expect("SILTA_TEST_DATABASE_URL is a URL");
    url.set_path(name);
    url.to_string()
}

/// The migrated template for this version of the migrations, made once per process at most.
fn template(admin_url: &str) -> &'static str {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let name = format!("silta_template_{}", migrations_digest());
        let mut admin = PgConnection::establish(admin_url).expect("connect to PostgreSQL");
        // Test binaries may start together: one migrates, the others wait and reuse it.
        admin
            .batch_execute("SELECT pg_advisory_lock(7170101)")
            .expect("template lock");
        if !database_exists(&mut admin, &name) {
            let building = format!("{name}_building");
            // Left by a run that stopped half-way, if any.
            admin
                .batch_execute(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
                .expect("drop an unfinished template database");
            admin
                .batch_execute(&format!("CREATE DATABASE {building}"))
                .expect("create the template database");
            {
                let pg = PgConnection::establish(&database_url(admin_url, &building))
                    .expect("connect to the template database");
                silta::db::run_migrations(&mut AnyConnection::Postgres(pg))
                    .expect("migrate the template database");
            }
            admin
                .batch_execute(&format!("ALTER DATABASE {building} RENAME TO {name}"))
                .expect("publish the template database");
        }
        admin
            .batch_execute("SELECT pg_advisory_unlock(7170101)")
            .expect("template unlock");
        name
    })
}

fn database_exists(admin: &mut PgConnection, name: &str) -> bool {
    diesel::sql_query("SELECT 1 AS one FROM pg_database WHERE datname = $1")
        .bind::<diesel::sql_types::Text, _>(name)
        .execute(admin)
        .expect("look up the template database")
        > 0
}

/// A digest of every PostgreSQL migration's name and contents.
fn migrations_digest() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/postgres");
    let mut files: Vec<_> = walk(&root);
    files.sort();
    let mut digest = Sha256::new();
    for file in files {
        digest.update(
            file.strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .as_bytes(),
        );
        digest.update(std::fs::read(&file).unwrap());
    }
    hex::encode(&digest.finalize()[..8])
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
