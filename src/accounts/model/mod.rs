//! Rows and queries of accounts: no HTTP types here.

pub mod activity;
pub mod invitations;
pub mod one_time;
pub mod security;
pub mod sessions;
pub mod user_list;
pub mod users;

/// Random, non-sequential ids for everything that identifies people.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
