use std::process::ExitCode;

use clap::Parser;
use silta::cli::{Cli, run};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line, naming what is wrong; never a secret.
            eprintln!("silta: {error}");
            ExitCode::FAILURE
        }
    }
}
