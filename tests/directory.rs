//! The directory's data: `silta directory import-ptv` and `import-hsds` through the binary
//! (both formats, re-import, malformed files), and the open HSDS 3.0 API through HTTP (search
//! by municipality, category and language; the HSDS shape; the categories).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "directory/api.rs"]
mod api;
mod common;
#[path = "directory/import.rs"]
mod import;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::TestApp;
use reqwest::StatusCode;
use serde_json::Value;

/// A sample file under `tests/data/directory/`.
pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/directory")
        .join(name)
}

pub fn sample_json(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(sample(name)).unwrap()).unwrap()
}

/// Writes `value` (or text) to a file in the app's data directory and returns its path.
pub fn write_file(app: &TestApp, name: &str, text: &str) -> PathBuf {
    let path = app.data_dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `silta ARGS…` against the app's database.
pub fn silta(app: &TestApp, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_silta"));
    command.args(args).env_clear().env("RUST_LOG", "warn");
    for (name, value) in &app.env {
        command.env(name, value);
    }
    command.output().unwrap()
}

/// `silta ARGS…`, which must succeed; its standard output.
pub fn silta_ok(app: &TestApp, args: &[&str]) -> String {
    let output = silta(app, args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Imports both PTV sample files and both HSDS ones (Finnish and English texts).
pub fn import_samples(app: &TestApp) {
    let ptv = [sample("ptv-services.json"), sample("ptv-channels.json")];
    let ptv: Vec<&str> = ptv.iter().map(|p| p.to_str().unwrap()).collect();
    silta_ok(
        app,
        &[&["directory", "import-ptv"], ptv.as_slice()].concat(),
    );
    for language in ["fi", "en"] {
        let file = sample(&format!("hsds-services.{language}.json"));
        silta_ok(
            app,
            &[
                "directory",
                "import-hsds",
                "--language",
                language,
                file.to_str().unwrap(),
            ],
        );
    }
}

/// `GET path` without signing in, in English; the status and the JSON body.
pub async fn get_json(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let response = reqwest::Client::new()
        .get(app.url(path))
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The names of the services a search answers, sorted.
pub fn names(page: &Value) -> Vec<String> {
    let mut names: Vec<String> = page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    names
}
