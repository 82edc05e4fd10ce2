//! Schemathesis against the API document: every operation, anonymous and as a family member
//! with a bearer token, with every check on (no 5xx, every answer as documented, invalid input
//! refused, valid input accepted). The server runs in-process on this pass's database, with the
//! demo content and the API contract check on, so an undocumented status fails twice.
//!
//! Needs schemathesis (`python3 -m venv target/schemathesis && target/schemathesis/bin/pip
//! install schemathesis`, or `SILTA_SCHEMATHESIS=/path/to/schemathesis`). Without it the test is
//! skipped, except in CI (`CI` set), where it fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::spawn_app;
use serde_json::json;

/// Examples per operation and phase: the whole test stays around a minute.
const EXAMPLES: &str = "25";

/// Operations that would end the fuzzer's own session half-way through the signed-in run.
const ENDS_OWN_SESSION: &str = "^/api/v1/(auth/sign-out|me/sessions/.*)$";

fn schemathesis() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = std::env::var_os("SILTA_SCHEMATHESIS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/schemathesis/bin/schemathesis"));
    path.exists().then_some(path)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_nothing_anonymous_or_signed_in() {
    let Some(schemathesis) = schemathesis() else {
        let message = "schemathesis is not installed (see tests/api_fuzz.rs)";
        assert!(std::env::var_os("CI").is_none(), "{message}");
        println!("skipped: {message}");
        return;
    };
    let app = spawn_app().await;
    silta::accounts::setup::demo_accounts(&app.state)
        .await
        .unwrap();
    silta::groups::demo::demo_groups(&app.state).await.unwrap();
    let signed_in: serde_json::Value = app
        .client
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({
            "email": "aisha@demo.silta.test",
            "password": silta::accounts::setup::DEMO_PASSWORD,
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = signed_in["token"]
        .as_str()
        .expect("the demo family signs in");
    let anonymous = run(&schemathesis, &app.address, &[]);
    let bearer = format!("Authorization: Bearer {token}");
    let family = run(
        &schemathesis,
        &app.address,
        &["-H", &bearer, "--exclude-path-regex", ENDS_OWN_SESSION],
    );
    assert!(
        anonymous,
        "schemathesis found failures anonymously (see above)"
    );
    assert!(
        family,
        "schemathesis found failures as a family member (see above)"
    );
}

/// One schemathesis run; true when it found nothing.
fn run(schemathesis: &Path, address: &str, extra: &[&str]) -> bool {
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/schemathesis.toml");
    let output = Command::new(schemathesis)
        .arg("--config-file")
        .arg(&config)
        .arg("run")
        .arg(format!("{address}/api/openapi.json"))
        // One worker: Python 3.11's parser is not safe in threads, which hypothesis then trips on.
        .args(["--url", address, "--checks", "all", "--workers", "1"])
        .args([
            "--max-examples",
            EXAMPLES,
            "--seed",
            "20261203",
            "--no-color",
        ])
        .args(extra)
        .output()
        .expect("schemathesis runs");
    println!("{}", String::from_utf8_lossy(&output.stdout));
    eprintln!("{}", String::from_utf8_lossy(&output.stderr));
    output.status.success()
}
