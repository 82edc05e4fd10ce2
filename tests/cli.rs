//! The `silta` binary: clear one-line configuration errors, `migrate`, `mail-test`, `demo`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "cli/backup.rs"]
mod backup;
mod common;

use std::process::{Command, Output};

fn silta(args: &[&str], env: &[(&str, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_silta"));
    command.args(args).env_clear().env("RUST_LOG", "warn");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

#[test]
fn production_without_a_secret_stops_with_one_line() {
    let output = silta(
        &["serve"],
        &[
            ("DATABASE_URL", "postgres://127.0.0.1/none".to_owned()),
            ("SILTA_PUBLIC_URL", "https://silta.example".to_owned()),
        ],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("SILTA_SECRET"), "{stderr}");
}

#[test]
fn a_wrong_setting_is_named() {
    let output = silta(&["migrate"], &[("SILTA_BIND", "everywhere".to_owned())]);
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("silta: configuration error: SILTA_BIND"),
        "{stderr}"
    );
}

fn database_env(
    dir: &std::path::Path,
    pg: Option<&common::PgTestDatabase>,
) -> Vec<(&'static str, String)> {
    let mut env = vec![("SILTA_DATA_DIR", dir.display().to_string())];
    if let Some(db) = pg {
        env.push(("DATABASE_URL", db.url.clone()));
        env.push(("SILTA_PUBLIC_URL", "http://127.0.0.1:8080".to_owned()));
        env.push(("SILTA_SECRET", "cli-test-secret-".repeat(3)));
    }
    env
}

#[test]
fn migrate_then_demo_are_repeatable() {
    let dir = tempfile::tempdir().unwrap();
    let pg = common::PgTestDatabase::create_empty();
    let env = database_env(dir.path(), pg.as_ref());
    let first = silta(&["migrate"], &env);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stdout).contains("migration(s) applied"));
    let again = silta(&["migrate"], &env);
    assert!(String::from_utf8_lossy(&again.stdout).starts_with("0 migration(s)"));
    for run in 0..2 {
        let demo = silta(&["demo"], &env);
        assert!(
            demo.status.success(),
            "{}",
            String::from_utf8_lossy(&demo.stderr)
        );
        let stdout = String::from_utf8_lossy(&demo.stdout);
        assert!(stdout.contains("Demo content is in place"));
        assert_eq!(
            stdout.matches("new group").count(),
            if run == 0 { 4 } else { 0 },
            "demo groups are added once: {stdout}"
        );
        assert_eq!(
            stdout.contains("session reports, one urgent concern"),
            run == 0,
            "demo reports are written once: {stdout}"
        );
        for account in [
            "admin@demo.silta.test",
            "coordinator@demo.silta.test",
            "aisha@demo.silta.test",
            "neuvola@demo.silta.test",
        ] {
            assert!(stdout.contains(account), "{stdout}");
        }
    }
    if pg.is_none() {
        assert!(dir.path().join("silta.db").exists());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("secret.key"))
                .unwrap()
                .len(),
            64
        );
    }
}

#[tokio::test]
async fn mail_test_is_delivered_by_the_running_server() {
    let dir = tempfile::tempdir().unwrap();
    let pg = common::PgTestDatabase::create();
    let env = database_env(dir.path(), pg.as_ref());
    let queued = silta(
        &["mail-test", "--to", "ops@example.org", "--lang", "en"],
        &env,
    );
    assert!(
        queued.status.success(),
        "{}",
        String::from_utf8_lossy(&queued.stderr)
    );
    let mut vars: std::collections::HashMap<String, String> = env
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    vars.insert("SILTA_BIND".to_owned(), "127.0.0.1:0".to_owned());
    vars.insert("SILTA_BACKGROUND_WORKER".to_owned(), "false".to_owned());
    let config = silta::config::Config::from_sources(None, &vars).unwrap();
    let app = silta::startup::Application::build(config).await.unwrap();
    // The command migrated the database; the server's jobs deliver what it queued.
    assert_eq!(app.jobs().run_pending(app.state()).await, 1);
    let outbox = dir.path().join("outbox");
    assert_eq!(std::fs::read_dir(&outbox).unwrap().count(), 1);
    let file = std::fs::read_dir(&outbox).unwrap().next().unwrap().unwrap();
    let eml = std::fs::read_to_string(file.path()).unwrap();
    assert!(eml.contains("Subject: Silta test message"), "{eml}");
}

#[tokio::test]
async fn the_first_administrator_signs_in_with_the_printed_link() {
    let dir = tempfile::tempdir().unwrap();
    let pg = common::PgTestDatabase::create();
    let mut env = database_env(dir.path(), pg.as_ref());
    // The printed link must point at the server that will answer it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    env.retain(|(k, _)| *k != "SILTA_PUBLIC_URL");
    env.push(("SILTA_PUBLIC_URL", format!("http://127.0.0.1:{port}")));
    let output = silta(
        &[
            "create-admin",
            "--email",
            "First.Admin@example.org",
            "--name",
            "Anna",
        ],
        &env,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let link = stdout
        .lines()
        .find(|l| l.starts_with("http"))
        .unwrap()
        .to_owned();
    let path = link
        .trim_start_matches(&format!("http://127.0.0.1:{port}"))
        .to_owned();

    let mut vars: std::collections::HashMap<String, String> = env
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    vars.insert("SILTA_BIND".to_owned(), format!("127.0.0.1:{port}"));
    let config = silta::config::Config::from_sources(None, &vars).unwrap();
    let app = silta::startup::Application::build(config).await.unwrap();
    let address = format!("http://127.0.0.1:{port}");
    let test_app = common::TestApp::attach(address, &app);
    tokio::spawn(app.run_until_stopped());
    test_app.wait_until_ready().await;
    let response = common::accounts::follow_link(&test_app, &path).await;
    assert_eq!(
        response.headers()["location"],
        "/account/second-factor",
        "staff set up a second factor first"
    );
    let me = common::accounts::me(&test_app).await;
    assert_eq!(me["roles"], serde_json::json!(["admin"]));
    assert_eq!(me["email"], "first.admin@example.org");
    assert_eq!(
        test_app.get("/admin/users").await.headers()["location"],
        "/account/second-factor"
    );
}
