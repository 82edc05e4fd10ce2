//! `silta demo`: realistic demo content so a newcomer sees a living platform at once.
//! Each feature adds its own part; running it twice changes nothing the second time.

use crate::config::Config;
use crate::startup::StartupError;

pub async fn run(config: Config) -> Result<(), StartupError> {
    let state = crate::cli::migrated_state(config).await?;
    let people = crate::accounts::setup::demo_accounts(&state)
        .await
        .map_err(internal)?;
    let groups = crate::groups::demo::demo_groups(&state)
        .await
        .map_err(internal)?;
    let reports = crate::supervision::demo::demo_supervision(&state)
        .await
        .map_err(internal)?;
    let training = crate::training::demo::demo_training(&state)
        .await
        .map_err(internal)?;
    let circle = crate::supervision::meetings::demo::demo_circle(&state)
        .await
        .map_err(internal)?;
    let directory = crate::directory::demo::demo_directory(&state)
        .await
        .map_err(internal)?;
    let referrals = crate::referrals::demo::demo_referrals(&state)
        .await
        .map_err(internal)?;
    let contacts = crate::contacts::demo::demo_contacts(&state)
        .await
        .map_err(internal)?;
    let feedback = crate::feedback::demo::demo_feedback(&state)
        .await
        .map_err(internal)?;
    let network = crate::network::demo::demo_network(&state)
        .await
        .map_err(internal)?;
    println!("Demo content is in place at {}", state.config.public_url);
    for line in directory.iter().chain(&referrals).chain(&contacts) {
        println!("  {line}");
    }
    if network {
        println!("  Helsinki's partner network: two meetings held, actions followed up, one ahead");
    }
    if circle {
        println!("  a supervision circle with seven months of meetings behind it");
    }
    for line in training {
        println!("  {line}");
    }
    if feedback > 0 {
        println!("  {feedback} answers from families after the last six weeks' sessions");
    }
    if reports > 0 {
        println!("  {reports} session reports, one urgent concern waiting for the supervisor");
    }
    for group in groups {
        println!("  new group: {group}");
    }
    println!();
    println!(
        "Sign in at {}sign-in with these accounts:",
        state.config.public_url
    );
    for line in people {
        println!("  {line}");
    }
    println!();
    println!("Staff and administrators also need a code: add the authenticator key to an app");
    println!("(or run `oathtool --totp -b KEY`).");
    Ok(())
}

fn internal(error: crate::error::AppError) -> StartupError {
    StartupError::Internal(error.to_string())
}
