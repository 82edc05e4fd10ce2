//! The command line: `serve` (the default), `migrate`, `demo`, `create-admin`, `backup`,
//! `restore` and `mail-test`.

use clap::{Parser, Subcommand};
use minijinja::context;

use crate::config::Config;
use crate::startup::{Application, StartupError, build_state};
use crate::{clock, mail, telemetry};

#[derive(Parser, Debug)]
#[command(
    name = "silta",
    version,
    about = "Online peer groups for bicultural families"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web server and background worker (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Fill the database with demo content and print how to sign in.
    Demo,
    /// Create the first administrator (or make an account one) and print a sign-in link.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
    /// Copy the database to a new file while the server runs (SQLite: VACUUM INTO;
    /// PostgreSQL: pg_dump in its custom format).
    Backup {
        /// The file to write; it must not exist.
        path: std::path::PathBuf,
    },
    /// Put a backup back into an empty data folder (SQLite) or an empty database (pg_restore).
    Restore {
        /// The backup file.
        path: std::path::PathBuf,
    },
    /// The service directory's files: import from PTV (Suomi.fi) or HSDS 3.0 JSON.
    Directory {
        #[command(subcommand)]
        command: crate::directory::import::Command,
    },
    /// Queue a test mail to check the mail settings; the running server delivers it.
    MailTest {
        /// Recipient address.
        #[arg(long)]
        to: String,
        /// Language of the mail.
        #[arg(long, default_value = crate::i18n::DEFAULT_LANGUAGE)]
        lang: String,
    },
}

pub async fn run(cli: Cli) -> Result<(), StartupError> {
    let config = Config::from_env()?;
    telemetry::init(config.log_json);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let app = Application::build(config).await?;
            tracing::info!(port = app.port(), url = %app.state().config.public_url, "Silta is listening");
            app.run_until_stopped().await
        }
        Command::Migrate => {
            let state = build_state(config)?;
            println!("{} migration(s) applied", migrate(&state).await?);
            Ok(())
        }
        Command::Demo => crate::demo::run(config).await,
        Command::Directory { command } => crate::directory::import::run(config, command).await,
        Command::CreateAdmin { email, name } => {
            let state = migrated_state(config).await?;
            let link = crate::accounts::setup::create_admin(&state, &email, &name)
                .await
                .map_err(|e| StartupError::Internal(format!("{e}")))?;
            println!(
                "Administrator {email} is ready. Open this link within 20 minutes to sign in:"
            );
            println!("{link}");
            Ok(())
        }
        Command::Backup { path } => copy(config, path, true).await,
        Command::Restore { path } => copy(config, path, false).await,
        Command::MailTest { to, lang } => {
            let state = migrated_state(config).await?;
            let rendered = mail::render(&state.templates, &lang, "test", &to, context! {})
                .map_err(|e| StartupError::Internal(e.to_string()))?;
            state
                .db
                .run(move |conn| Ok(mail::enqueue(conn, &rendered, clock::now())?))
                .await
                .map_err(|e| StartupError::Internal(e.to_string()))?;
            println!("test mail queued for {to}; the server delivers it");
            Ok(())
        }
    }
}

/// Backs the database up to `path`, or restores it from there.
async fn copy(config: Config, path: std::path::PathBuf, backup: bool) -> Result<(), StartupError> {
    let database = config.database.clone();
    let shown = path.display().to_string();
    tokio::task::spawn_blocking(move || {
        if backup {
            crate::db::backup::backup(&database, &path)
        } else {
            crate::db::backup::restore(&database, &path)
        }
    })
    .await
    .map_err(|e| StartupError::Internal(e.to_string()))?
    .map_err(|e| StartupError::Internal(e.to_string()))?;
    match backup {
        true => println!("backed up to {shown}"),
        false => println!("restored from {shown}; start the server to apply any newer migrations"),
    }
    Ok(())
}

async fn migrate(state: &crate::state::AppState) -> Result<usize, StartupError> {
    let db = state.db.clone();
    Ok(tokio::task::spawn_blocking(move || db.migrate())
        .await
        .map_err(|e| StartupError::Internal(e.to_string()))??)
}

/// The application state with the database migrated, for one-off commands.
pub async fn migrated_state(config: Config) -> Result<crate::state::AppState, StartupError> {
    let state = build_state(config)?;
    migrate(&state).await?;
    Ok(state)
}
