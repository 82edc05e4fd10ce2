use super::*;

fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn embedded_defaults_need_nothing() {
    let config = Config::from_sources(None, &env(&[])).unwrap();
    assert_eq!(config.bind, "127.0.0.1:8080");
    assert_eq!(
        config.database,
        DatabaseConfig::Sqlite(PathBuf::from("./data/silta.db"))
    );
    assert_eq!(config.public_url.as_str(), "http://127.0.0.1:8080/");
    assert!(!config.is_https());
}

#[test]
fn environment_overrides_file() {
    let toml = "bind = \"0.0.0.0:9000\"\nworker_interval_ms = 500\n";
    let config =
        Config::from_sources(Some(toml), &env(&[("SILTA_BIND", "127.0.0.1:9100")])).unwrap();
    assert_eq!(config.bind, "127.0.0.1:9100");
    assert_eq!(config.worker_interval, Duration::from_millis(500));
}

#[test]
fn production_requires_secret_and_public_url() {
    let pg = ("DATABASE_URL", "postgres://localhost/silta");
    let err = Config::from_sources(None, &env(&[pg])).unwrap_err();
    assert_eq!(err.setting, "SILTA_PUBLIC_URL");
    let err =
        Config::from_sources(None, &env(&[pg, ("SILTA_PUBLIC_URL", "https://x.fi")])).unwrap_err();
    assert_eq!(err.setting, "SILTA_SECRET");
    let long = "x".repeat(40);
    let ok = Config::from_sources(
        None,
        &env(&[
            pg,
            ("SILTA_PUBLIC_URL", "https://x.fi"),
            ("SILTA_SECRET", &long),
        ]),
    )
    .unwrap();
    assert!(ok.is_https());
    assert!(
        !format!("{ok:?}").contains(&long),
        "secrets are never printed"
    );
}

#[test]
fn wrong_values_name_their_setting() {
    for (name, value) in [
        ("SILTA_BIND", "nonsense"),
        ("SMTP_URL", "ftp://mail"),
        ("SILTA_WORKER_INTERVAL_MS", "soon"),
        ("DATABASE_URL", "mysql://db"),
        ("REDIS_URL", "http://cache"),
    ] {
        let err = Config::from_sources(None, &env(&[(name, value)])).unwrap_err();
        assert_eq!(err.setting, name);
    }
    let err = Config::from_sources(Some("colour = 3"), &env(&[])).unwrap_err();
    assert_eq!(err.setting, "SILTA_CONFIG");
}

#[test]
fn embedded_secret_is_generated_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let mut first = Config::from_sources(None, &env(&[("SILTA_DATA_DIR", &data)])).unwrap();
    first.prepare_data_dir().unwrap();
    let mut second = Config::from_sources(None, &env(&[("SILTA_DATA_DIR", &data)])).unwrap();
    second.prepare_data_dir().unwrap();
    assert_eq!(first.secret.expose().len(), 64);
    assert_eq!(first.secret, second.secret);
}
