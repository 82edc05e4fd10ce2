//! Turning the collected setting texts into a checked `Config`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use url::Url;

use super::{
    Config, ConfigError, DEFAULT_CHAT_CONNECTIONS_PER_ADDRESS, DatabaseConfig, ENV_NAMES,
    MIN_SECRET_LEN, Secret, config_error,
};

/// The collected setting texts, by their name in `silta.toml`.
type Values<'a> = HashMap<&'a str, String>;

/// Checks every setting, in the order of the README table (the first wrong one is reported).
pub(super) fn validate(values: Values) -> Result<Config, ConfigError> {
    let bind = bind_address(&values)?;
    let data_dir = PathBuf::from(text(&values, "data_dir").unwrap_or_else(|| "./data".to_owned()));
    let database = database(&values, &data_dir)?;
    let production = matches!(database, DatabaseConfig::Postgres(_));
    let public_url = public_url(&values, &bind, production)?;
    let secret = secret(&values, production)?;
    let previous_secrets = previous_secrets(&values);
    let smtp_url = smtp_url(&values)?;
    let redis_url = redis_url(&values)?;
    let mail_from = mail_from(&values, &public_url)?;
    let log_json = log_json(&values)?;
    let trusted_proxies = trusted_proxies(text(&values, "trust_proxy").as_deref())?;
    let background_worker = parse_flag(&values, "background_worker", true)?;
    let chat = chat(&values)?;
    Ok(Config {
        presence_refresh: chat.presence_refresh,
        concern_ack_after: concern_ack_after(&values)?,
        supervision_lapse_months: supervision_lapse_months(&values)?,
        referral_overdue_days: referral_overdue_days(&values)?,
        room_opens_before: chat.room_opens_before,
        unattended_alert_after: chat.unattended_alert_after,
        chat_connections_per_address: chat.connections_per_address,
        chat_retention_days: chat.retention_days,
        trusted_proxies,
        bind,
        data_dir,
        public_url,
        public_url_explicit: values.contains_key("public_url"),
        secret,
        previous_secrets,
        database,
        database_pool_size: parse_number(&values, "database_pool_size", 10)?,
        sqlite_synchronous: sqlite_synchronous(&values)?,
        redis_url,
        smtp_url,
        mail_from,
        log_json,
        background_worker,
        api_contract_check: parse_flag(&values, "api_contract_check", false)?,
        worker_interval: Duration::from_millis(parse_number(&values, "worker_interval_ms", 2_000)?),
        mail_retry_base: Duration::from_millis(parse_number(
            &values,
            "mail_retry_base_ms",
            30_000,
        )?),
        body_limit: parse_number(&values, "body_limit_bytes", 256 * 1024)?,
    })
}

fn sqlite_synchronous(values: &Values) -> Result<crate::db::Synchronous, ConfigError> {
    match text(values, "sqlite_synchronous") {
        None => Ok(crate::db::Synchronous::Full),
        Some(text) => crate::db::Synchronous::parse(&text)
            .ok_or_else(|| config_error("SILTA_SQLITE_SYNCHRONOUS", "expected full or normal")),
    }
}

/// `false` or nothing: no proxy. Otherwise addresses and networks, comma-separated.
fn trusted_proxies(text: Option<&str>) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    let text = text.unwrap_or("false").trim();
    if text == "false" || text.is_empty() {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(str::trim)
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    config_error(
                        "SILTA_TRUST_PROXY",
                        format!(
                            "expected the load balancers' addresses or networks, e.g. 10.0.0.0/8 (got {item:?})"
                        ),
                    )
                })
        })
        .collect()
}

fn text(values: &Values, key: &str) -> Option<String> {
    values.get(key).cloned()
}

fn bind_address(values: &Values) -> Result<String, ConfigError> {
    let bind = text(values, "bind").unwrap_or_else(|| "127.0.0.1:8080".to_owned());
    if bind
        .rsplit_once(':')
        .is_none_or(|(_, port)| port.parse::<u16>().is_err())
    {
        return Err(config_error("SILTA_BIND", "expected host:port"));
    }
    Ok(bind)
}

fn database(values: &Values, data_dir: &Path) -> Result<DatabaseConfig, ConfigError> {
    Ok(match text(values, "database_url") {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            DatabaseConfig::Postgres(url)
        }
        Some(url) => {
            let path = url.strip_prefix("sqlite://").ok_or_else(|| {
                config_error("DATABASE_URL", "expected postgres://… or sqlite://path")
            })?;
            DatabaseConfig::Sqlite(PathBuf::from(path))
        }
        None => DatabaseConfig::Sqlite(data_dir.join("silta.db")),
    })
}

fn public_url(values: &Values, bind: &str, production: bool) -> Result<Url, ConfigError> {
    match text(values, "public_url") {
        Some(text) => parse_public_url(&text),
        None if production => Err(config_error(
            "SILTA_PUBLIC_URL",
            "required with PostgreSQL (the address people use, e.g. https://silta.example)",
        )),
        None => parse_public_url(&format!("http://{bind}")),
    }
}

fn secret(values: &Values, production: bool) -> Result<Secret, ConfigError> {
    match text(values, "secret") {
        Some(secret) if secret.len() >= MIN_SECRET_LEN => Ok(Secret(secret)),
        Some(_) => Err(config_error(
            "SILTA_SECRET",
            format!("must be at least {MIN_SECRET_LEN} characters"),
        )),
        None if production => Err(config_error(
            "SILTA_SECRET",
            "required with PostgreSQL (every node must share it)",
        )),
        // Embedded mode: generated once and kept beside the database (see `load_or_create_secret`).
        None => Ok(Secret(String::new())),
    }
}

fn previous_secrets(values: &Values) -> Vec<Secret> {
    text(values, "previous_secrets")
        .map(|list| {
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(Secret::new)
                .collect()
        })
        .unwrap_or_default()
}

fn smtp_url(values: &Values) -> Result<Option<Secret>, ConfigError> {
    match text(values, "smtp_url") {
        Some(url) => {
            lettre::transport::smtp::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(&url)
                .map_err(|e| config_error("SMTP_URL", e.to_string()))?;
            Ok(Some(Secret(url)))
        }
        None => Ok(None),
    }
}

fn redis_url(values: &Values) -> Result<Option<String>, ConfigError> {
    let redis_url = text(values, "redis_url");
    if let Some(url) = &redis_url
        && !(url.starts_with("redis://") || url.starts_with("rediss://"))
    {
        return Err(config_error("REDIS_URL", "expected redis://…"));
    }
    Ok(redis_url)
}

fn mail_from(values: &Values, public_url: &Url) -> Result<String, ConfigError> {
    let mail_from = text(values, "mail_from").unwrap_or_else(|| {
        format!(
            "Silta <no-reply@{}>",
            public_url.host_str().unwrap_or("localhost")
        )
    });
    mail_from
        .parse::<lettre::message::Mailbox>()
        .map_err(|e| config_error("SILTA_MAIL_FROM", e.to_string()))?;
    Ok(mail_from)
}

fn log_json(values: &Values) -> Result<bool, ConfigError> {
    match values.get("log_format").map(String::as_str) {
        None | Some("text") => Ok(false),
        Some("json") => Ok(true),
        Some(_) => Err(config_error("SILTA_LOG_FORMAT", "expected text or json")),
    }
}

/// The chat's settings, before they take their places in `Config`.
struct Chat {
    retention_days: i32,
    presence_refresh: Duration,
    room_opens_before: chrono::TimeDelta,
    unattended_alert_after: chrono::TimeDelta,
    connections_per_address: usize,
}

fn chat(values: &Values) -> Result<Chat, ConfigError> {
    let retention_days: i32 = parse_number(values, "chat_retention_days", 180)?;
    if !(1..=3650).contains(&retention_days) {
        return Err(config_error(
            "SILTA_CHAT_RETENTION_DAYS",
            "expected 1 to 3650 days",
        ));
    }
    let presence_seconds: u64 = parse_number(values, "chat_presence_seconds", 15)?;
    if !(1..=300).contains(&presence_seconds) {
        return Err(config_error(
            "SILTA_CHAT_PRESENCE_SECONDS",
            "expected 1 to 300 seconds",
        ));
    }
    let room_opens_minutes: u32 = parse_number(values, "room_opens_minutes_before", 15)?;
    let unattended_seconds: u32 = parse_number(values, "unattended_alert_seconds", 120)?;
    Ok(Chat {
        retention_days,
        presence_refresh: Duration::from_secs(presence_seconds),
        room_opens_before: chrono::TimeDelta::minutes(i64::from(room_opens_minutes)),
        unattended_alert_after: chrono::TimeDelta::seconds(i64::from(unattended_seconds)),
        connections_per_address: parse_number(
            values,
            "chat_connections_per_address",
            DEFAULT_CHAT_CONNECTIONS_PER_ADDRESS,
        )?,
    })
}

fn parse_public_url(text: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(text).map_err(|e| config_error("SILTA_PUBLIC_URL", e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(config_error("SILTA_PUBLIC_URL", "expected http(s)://host"));
    }
    Ok(url)
}

fn setting_name(key: &str) -> &'static str {
    ENV_NAMES
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("SILTA_CONFIG", |(_, env)| *env)
}

fn parse_flag(values: &Values, key: &str, default: bool) -> Result<bool, ConfigError> {
    match values.get(key).map(String::as_str) {
        None => Ok(default),
        Some("true") => Ok(true),
        Some("false") => Ok(false),
        Some(_) => Err(config_error(setting_name(key), "expected true or false")),
    }
}

fn parse_number<T: std::str::FromStr>(
    values: &Values,
    key: &str,
    default: T,
) -> Result<T, ConfigError> {
    let setting = setting_name(key);
    match values.get(key) {
        None => Ok(default),
        Some(text) => text
            .parse()
            .map_err(|_| config_error(setting, format!("expected a number, got {text:?}"))),
    }
}

fn concern_ack_after(values: &Values) -> Result<chrono::TimeDelta, ConfigError> {
    let minutes: u32 = parse_number(values, "concern_ack_minutes", 120)?;
    if !(1..=1440).contains(&minutes) {
        return Err(config_error(
            "SILTA_CONCERN_ACK_MINUTES",
            "expected 1 to 1440 minutes",
        ));
    }
    Ok(chrono::TimeDelta::minutes(i64::from(minutes)))
}

fn referral_overdue_days(values: &Values) -> Result<u32, ConfigError> {
    let days: u32 = parse_number(values, "referral_overdue_days", 10)?;
    if !(1..=365).contains(&days) {
        return Err(config_error(
            "SILTA_REFERRAL_OVERDUE_DAYS",
            "expected 1 to 365 days",
        ));
    }
    Ok(days)
}

fn supervision_lapse_months(values: &Values) -> Result<u32, ConfigError> {
    let months: u32 = parse_number(values, "supervision_lapse_months", 6)?;
    if !(1..=36).contains(&months) {
        return Err(config_error(
            "SILTA_SUPERVISION_LAPSE_MONTHS",
            "expected 1 to 36 months",
        ));
    }
    Ok(months)
}
