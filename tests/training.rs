//! Facilitator training through HTTP: apply → accept → modules → quiz → task with revision →
//! live session → practice → certificate → public verification → expiry → lapse → renewal;
//! and moderation in chat following certification, through the websocket.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "training/edges.rs"]
mod edges;
#[path = "training/gating.rs"]
mod gating;
#[path = "training/live.rs"]
mod live;
#[path = "training/path.rs"]
mod path;
#[path = "training/reminders.rs"]
mod reminders;
#[path = "training/school.rs"]
mod school;
#[path = "training/staff_cohort.rs"]
mod staff_cohort;
#[path = "training/staff_courses.rs"]
mod staff_courses;
#[path = "training/staff_lists.rs"]
mod staff_lists;

pub use common::*;
