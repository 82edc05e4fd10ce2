//! The API document as clients use it, against a server in-process on this pass's database with
//! the demo content and the API contract check on:
//! - schemathesis tries every operation, anonymous and as a family member with a bearer token,
//!   with every check on (no 5xx, every answer as documented, invalid input refused, valid input
//!   accepted);
//! - a Python client generated from the document by openapi-python-client signs in, lists,
//!   joins and leaves a group (`tests/fuzz/client_journey.py`).
//!
//! Needs both tools in one virtual environment: `python3 -m venv target/schemathesis &&
//! target/schemathesis/bin/pip install schemathesis openapi-python-client` (or
//! `SILTA_API_TOOLS=<its bin folder>`). Without them the tests are skipped, except in CI (`CI`
//! set), where they fail.
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

const FAMILY: &str = "aisha@demo.silta.test";

/// The folder with `schemathesis`, `openapi-python-client` and their `python`, when installed.
fn tools() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = std::env::var_os("SILTA_API_TOOLS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/schemathesis/bin"));
    let found = ["schemathesis", "openapi-python-client", "python"]
        .iter()
        .all(|tool| bin.join(tool).exists());
    if !found {
        let message = format!(
            "schemathesis and openapi-python-client are not in {bin:?} (see tests/api_fuzz.rs)"
        );
        assert!(std::env::var_os("CI").is_none(), "{message}");
        println!("skipped: {message}");
    }
    found.then_some(bin)
}

async fn demo_app() -> common::TestApp {
    let app = spawn_app().await;
    silta::accounts::setup::demo_accounts(&app.state)
        .await
        .unwrap();
    silta::groups::demo::demo_groups(&app.state).await.unwrap();
    app
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_nothing_anonymous_or_signed_in() {
    let Some(tools) = tools() else { return };
    let schemathesis = tools.join("schemathesis");
    let app = demo_app().await;
    let signed_in: serde_json::Value = app
        .client
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": FAMILY, "password": silta::accounts::setup::DEMO_PASSWORD }))
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
        // Its cache of crashes goes beside the other test output, not into the source tree.
        .current_dir(env!("CARGO_TARGET_TMPDIR"))
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_generated_from_the_document_signs_in_lists_joins_and_leaves() {
    let Some(tools) = tools() else { return };
    let app = demo_app().await;
    let work = tempfile::tempdir().unwrap();
    let document = work.path().join("openapi.json");
    let text = app.get("/api/openapi.json").await.text().await.unwrap();
    std::fs::write(&document, text).unwrap();
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    let generated = Command::new(tools.join("openapi-python-client"))
        .args(["generate", "--meta", "none", "--config"])
        .arg(fuzz.join("client-config.yaml"))
        .arg("--path")
        .arg(&document)
        .current_dir(work.path())
        .output()
        .expect("openapi-python-client runs");
    assert!(
        generated.status.success(),
        "the client generates: {}",
        String::from_utf8_lossy(&generated.stderr)
    );
    let journey = Command::new(tools.join("python"))
        .arg(fuzz.join("client_journey.py"))
        .args([&app.address, FAMILY, silta::accounts::setup::DEMO_PASSWORD])
        .env("PYTHONPATH", work.path())
        .output()
        .expect("python runs");
    println!("{}", String::from_utf8_lossy(&journey.stdout));
    assert!(
        journey.status.success(),
        "the generated client's journey: {}",
        String::from_utf8_lossy(&journey.stderr)
    );
}
