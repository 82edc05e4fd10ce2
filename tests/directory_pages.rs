//! The directory's pages through HTTP: staff keep services, summaries, organisations,
//! partners and categories; families find help in their language and ask staff to help them
//! get there; referral workers work through the help requests. Nobody else gets in.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "directory_pages/family.rs"]
mod family;
#[path = "directory_pages/fixture.rs"]
mod fixture;
#[path = "directory_pages/requests.rs"]
mod requests;
#[path = "directory_pages/staff.rs"]
mod staff;
