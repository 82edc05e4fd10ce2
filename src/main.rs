use std::process::ExitCode;

use clap::Parser;
use silta::cli::{Cli, run};

/// jemalloc keeps each size class on its own pages. With it, more of an idle websocket's
/// buffers stay untouched, so not resident: 22.4 → 19.6 KiB per idle connection
/// (benches/RESULTS.md, "What changed").
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

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
