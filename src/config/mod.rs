//! Settings: built-in defaults, then an optional `silta.toml`, then environment variables.
//!
//! Embedded mode (no `DATABASE_URL`) needs no settings at all. Production mode (PostgreSQL)
//! requires an explicit secret and public URL, so several nodes agree on both.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rand::RngCore;
use url::Url;

mod parse;

/// Where the data lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseConfig {
    /// Embedded SQLite database file.
    Sqlite(PathBuf),
    /// PostgreSQL connection URL.
    Postgres(String),
}

/// A value that must never be printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    pub bind: String,
    pub data_dir: PathBuf,
    pub public_url: Url,
    /// False when the public URL was derived from the bind address (embedded mode); the
    /// server then uses the port it actually listens on.
    pub public_url_explicit: bool,
    pub secret: Secret,
    /// Earlier secrets whose tokens are still accepted, so the secret can be rotated.
    pub previous_secrets: Vec<Secret>,
    pub database: DatabaseConfig,
    pub database_pool_size: u32,
    /// SQLite only: FULL (the default) or NORMAL commits.
    pub sqlite_synchronous: crate::db::Synchronous,
    pub redis_url: Option<String>,
    /// SMTP URL (`smtp://`, `smtps://`); unset means mail goes to `<data dir>/outbox`.
    pub smtp_url: Option<Secret>,
    pub mail_from: String,
    pub log_json: bool,
    /// Whether this node runs the background worker (tests run due jobs on demand instead).
    pub background_worker: bool,
    /// Development and tests: note every API answer whose status the API document does not
    /// list (see `api::contract`).
    pub api_contract_check: bool,
    /// How often the background worker looks for due work when nothing wakes it.
    pub worker_interval: Duration,
    /// First retry delay for a failed mail; doubles on every attempt up to an hour.
    pub mail_retry_base: Duration,
    /// Largest accepted request body, in bytes.
    pub body_limit: usize,
    /// The load balancers' addresses or networks: only a request from one of them has its
    /// client address taken from `X-Forwarded-For`/`Forwarded` (the right-most hop that is
    /// not one of them); from anyone else those headers are ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Days chat messages are kept, unless staff set another period for a group.
    pub chat_retention_days: i32,
    /// Open chat connections allowed per client address on one node.
    pub chat_connections_per_address: usize,
    /// Members may enter a session's room this long before it starts (and as long after it ends).
    pub room_opens_before: chrono::TimeDelta,
    /// Staff are told when a started room has had no facilitator for this long.
    pub unattended_alert_after: chrono::TimeDelta,
    /// Each node renews its chat presence this often; a node silent for three times as long
    /// is taken out of its rooms by the others.
    pub presence_refresh: Duration,
    /// An urgent concern from a session report must be acknowledged by a supervisor within
    /// this time, or the coordinators are told.
    pub concern_ack_after: chrono::TimeDelta,
    /// A facilitator who has attended no supervision for this many months loses moderation
    /// rights as with an expired certificate.
    pub supervision_lapse_months: u32,
    /// A sent referral with no change for this many days is flagged to its referral worker.
    pub referral_overdue_days: u32,
}

/// Open chat connections per client address on one node, unless configured.
const DEFAULT_CHAT_CONNECTIONS_PER_ADDRESS: usize = 50;

/// A setting that is missing or wrong; printed as one line naming the setting.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {setting}: {problem}")]
pub struct ConfigError {
    pub setting: &'static str,
    pub problem: String,
}

fn config_error(setting: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        setting,
        problem: problem.into(),
    }
}

/// Each setting's name in `silta.toml` and in the environment, in the order of the README table.
const ENV_NAMES: &[(&str, &str)] = &[
    ("bind", "SILTA_BIND"),
    ("data_dir", "SILTA_DATA_DIR"),
    ("public_url", "SILTA_PUBLIC_URL"),
    ("secret", "SILTA_SECRET"),
    ("previous_secrets", "SILTA_PREVIOUS_SECRETS"),
    ("database_url", "DATABASE_URL"),
    ("database_pool_size", "SILTA_DATABASE_POOL_SIZE"),
    ("sqlite_synchronous", "SILTA_SQLITE_SYNCHRONOUS"),
    ("redis_url", "REDIS_URL"),
    ("smtp_url", "SMTP_URL"),
    ("mail_from", "SILTA_MAIL_FROM"),
    ("log_format", "SILTA_LOG_FORMAT"),
    ("background_worker", "SILTA_BACKGROUND_WORKER"),
    ("api_contract_check", "SILTA_API_CONTRACT_CHECK"),
    ("worker_interval_ms", "SILTA_WORKER_INTERVAL_MS"),
    ("mail_retry_base_ms", "SILTA_MAIL_RETRY_BASE_MS"),
    ("body_limit_bytes", "SILTA_BODY_LIMIT_BYTES"),
    ("trust_proxy", "SILTA_TRUST_PROXY"),
    ("chat_retention_days", "SILTA_CHAT_RETENTION_DAYS"),
    (
        "chat_connections_per_address",
        "SILTA_CHAT_CONNECTIONS_PER_ADDRESS",
    ),
    (
        "room_opens_minutes_before",
        "SILTA_ROOM_OPENS_MINUTES_BEFORE",
    ),
    ("unattended_alert_seconds", "SILTA_UNATTENDED_ALERT_SECONDS"),
    ("chat_presence_seconds", "SILTA_CHAT_PRESENCE_SECONDS"),
    ("concern_ack_minutes", "SILTA_CONCERN_ACK_MINUTES"),
    ("supervision_lapse_months", "SILTA_SUPERVISION_LAPSE_MONTHS"),
    ("referral_overdue_days", "SILTA_REFERRAL_OVERDUE_DAYS"),
];

const MIN_SECRET_LEN: usize = 32;

impl Config {
    /// Loads from `SILTA_CONFIG` (or `./silta.toml` when present) and the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        let vars: HashMap<String, String> = std::env::vars().collect();
        let file = vars
            .get("SILTA_CONFIG")
            .map(PathBuf::from)
            .or_else(|| Some(PathBuf::from("silta.toml")).filter(|p| p.exists()));
        let toml_text = match file {
            Some(path) => Some(std::fs::read_to_string(&path).map_err(|e| {
                config_error(
                    "SILTA_CONFIG",
                    format!("cannot read {}: {e}", path.display()),
                )
            })?),
            None => None,
        };
        Self::from_sources(toml_text.as_deref(), &vars)
    }

    /// Builds the configuration from a TOML text and a map of environment variables.
    pub fn from_sources(
        toml_text: Option<&str>,
        env: &HashMap<String, String>,
    ) -> Result<Self, ConfigError> {
        let mut values: HashMap<&str, String> = HashMap::new();
        if let Some(text) = toml_text {
            let table: toml::Table = text
                .parse()
                .map_err(|e| config_error("SILTA_CONFIG", format!("not valid TOML: {e}")))?;
            for (key, value) in table {
                let (name, _) = ENV_NAMES.iter().find(|(k, _)| *k == key).ok_or_else(|| {
                    config_error("SILTA_CONFIG", format!("unknown setting {key:?}"))
                })?;
                let text = match value {
                    toml::Value::String(s) => s,
                    other => other.to_string(),
                };
                values.insert(name, text);
            }
        }
        for (key, env_name) in ENV_NAMES {
            if let Some(value) = env.get(*env_name).filter(|v| !v.trim().is_empty()) {
                values.insert(key, value.trim().to_owned());
            }
        }
        parse::validate(values)
    }

    /// Creates the data directory and, in embedded mode, the secret kept in it.
    pub fn prepare_data_dir(&mut self) -> Result<(), ConfigError> {
        std::fs::create_dir_all(&self.data_dir).map_err(|e| {
            config_error(
                "SILTA_DATA_DIR",
                format!("cannot create {}: {e}", self.data_dir.display()),
            )
        })?;
        if self.secret.0.is_empty() {
            self.secret = load_or_create_secret(&self.data_dir.join("secret.key"))?;
        }
        Ok(())
    }

    /// In embedded mode the public URL follows the port actually bound (port 0 in tests).
    pub fn adopt_bound_address(&mut self, address: std::net::SocketAddr) {
        if !self.public_url_explicit
            && let Ok(url) = Url::parse(&format!("http://{address}"))
        {
            self.public_url = url;
        }
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    /// Cookies get the `Secure` flag and HSTS is sent only when people reach us over https.
    pub fn is_https(&self) -> bool {
        self.public_url.scheme() == "https"
    }

    /// The public URL's origin (`scheme://host[:port]`), used for Origin checks and links.
    pub fn public_origin(&self) -> String {
        self.public_url.origin().ascii_serialization()
    }
}

fn load_or_create_secret(path: &Path) -> Result<Secret, ConfigError> {
    if let Ok(existing) = std::fs::read_to_string(path) {
        let existing = existing.trim();
        if existing.len() >= MIN_SECRET_LEN {
            return Ok(Secret(existing.to_owned()));
        }
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    write_private_file(path, &secret).map_err(|e| {
        config_error(
            "SILTA_DATA_DIR",
            format!("cannot write {}: {e}", path.display()),
        )
    })?;
    Ok(Secret(secret))
}

fn write_private_file(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(contents.as_bytes())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
