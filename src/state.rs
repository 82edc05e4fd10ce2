//! What every handler and worker shares.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::auth::tokens::TokenKeys;
use crate::config::Config;
use crate::db::Db;
use crate::events::Events;
use crate::i18n::I18n;
use crate::mail::Mailer;
use crate::provided::Provided;
use crate::web::templates::Templates;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub i18n: Arc<I18n>,
    pub templates: Arc<Templates>,
    pub mailer: Mailer,
    pub keys: Arc<TokenKeys>,
    /// Seals authenticator keys at rest (see `auth::seal`).
    pub totp_seal: Arc<crate::auth::seal::Sealer>,
    /// Where use cases announce what happened; features registered the listeners.
    pub events: Events,
    /// Answers one feature provides for another, by type (see `Registry::provide`).
    pub provided: Provided,
    ready: Arc<AtomicBool>,
}

impl AppState {
    pub fn new(config: Config, i18n: Arc<I18n>, templates: Arc<Templates>, mailer: Mailer) -> Self {
        let db = Db::with_synchronous(
            &config.database,
            config.database_pool_size,
            config.sqlite_synchronous,
        );
        let keys = Arc::new(TokenKeys::new(
            &config.secret,
            &config.previous_secrets,
            config.public_origin(),
        ));
        let totp_seal = Arc::new(crate::auth::seal::Sealer::new(
            &config.secret,
            &config.previous_secrets,
            "totp",
        ));
        Self {
            keys,
            totp_seal,
            events: Events::default(),
            provided: Provided::default(),
            config: Arc::new(config),
            db,
            i18n,
            templates,
            mailer,
            ready: Arc::new(AtomicBool::new(false)),
        }
    }

    /// True once migrations have run; `/readyz` answers 503 until then.
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    /// An absolute link to a path of this site, for mail.
    pub fn link(&self, path: &str) -> String {
        self.config
            .public_url
            .join(path)
            .map(String::from)
            .unwrap_or_else(|_| format!("{}{path}", self.config.public_origin()))
    }

    pub fn mark_ready(&self) {
        self.ready.store(true, Ordering::Release);
    }
}
