//! Who is asking: passwords, tokens, sessions, the policy and the access middleware.

pub mod access;
pub mod password;
pub mod policy;
pub mod principal;
pub mod second_factor;
pub mod throttle;
pub mod tokens;

pub use principal::{CurrentUser, Principal, SignedIn};
