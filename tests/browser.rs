//! The browser suite (tests/e2e): axe-core WCAG 2.1 A/AA checks of every page per role and
//! locale, and end-to-end journeys, in Debian's Chromium driven by playwright-core, against the
//! binary cargo built for this test run.
//!
//! Needs `/usr/bin/chromium` (`apt-get install chromium`) and `npm ci --prefix tests/e2e`.
//! Without them it is skipped, except in CI (`CI` set), where it fails. It runs on the SQLite
//! pass only: the PostgreSQL pass (`SILTA_TEST_DATABASE_URL` set) skips it.
#![allow(clippy::expect_used)]

use std::path::Path;
use std::process::Command;

#[test]
fn browser_suite() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let e2e = root.join("tests/e2e");
    if std::env::var_os("SILTA_TEST_DATABASE_URL").is_some() {
        println!("browser suite: skipped on the PostgreSQL pass (it runs on the SQLite pass)");
        return;
    }
    let chromium =
        std::env::var("SILTA_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    let mut missing = Vec::new();
    if !Path::new(&chromium).exists() {
        missing.push(format!("{chromium} (apt-get install chromium)"));
    }
    if !e2e.join("node_modules/playwright-core").exists() {
        missing.push("tests/e2e/node_modules (npm ci --prefix tests/e2e)".to_owned());
    }
    if !missing.is_empty() {
        let message = format!("browser suite needs {}", missing.join(" and "));
        assert!(std::env::var_os("CI").is_none(), "{message}");
        println!(
            "skipped: {message}; install with `apt-get install chromium && npm ci --prefix tests/e2e`"
        );
        return;
    }
    let output = Command::new("node")
        .arg("--test-reporter=spec")
        .arg(e2e.join("run.mjs"))
        .current_dir(root)
        .env("SILTA_BIN", env!("CARGO_BIN_EXE_silta"))
        .env("SILTA_CHROMIUM", &chromium)
        .output()
        .expect("node runs (is Node.js installed?)");
    println!("{}", String::from_utf8_lossy(&output.stdout));
    eprintln!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "browser suite failed ({}); screenshots are in target/e2e-screenshots",
        output.status
    );
}
