//! Who is asking: passwords, tokens, sessions, the policy and the access middleware.

pub mod access;
pub mod password;
pub mod policy;
pub mod principal;
pub mod seal;
pub mod second_factor;
pub mod throttle;
pub mod tokens;

pub use principal::{CurrentUser, Principal, SignedIn};

use std::time::Duration;

use crate::registry::Registry;

/// How often old rate-limit windows are forgotten.
const PURGE_EVERY: Duration = Duration::from_secs(600);

pub fn register(reg: &mut Registry) {
    reg.periodic(
        "auth.purge_rate_limits",
        PURGE_EVERY,
        |state, _| async move {
            state
                .db
                .run(|conn| {
                    let cutoff = crate::clock::now() - chrono::TimeDelta::days(1);
                    Ok(throttle::purge_before(conn, cutoff)?)
                })
                .await
        },
    );
}
