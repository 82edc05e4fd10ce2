//! `silta demo`: realistic demo content so a newcomer sees a living platform at once.
//! Each feature adds its own part; running it twice changes nothing the second time.

use crate::config::Config;
use crate::startup::{StartupError, build_state};

pub async fn run(config: Config) -> Result<(), StartupError> {
    let state = build_state(config)?;
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || db.migrate())
        .await
        .map_err(|e| StartupError::Internal(e.to_string()))??;
    let lines: Vec<String> = Vec::new();
    println!("Demo content is in place at {}", state.config.public_url);
    for line in lines {
        println!("  {line}");
    }
    Ok(())
}
