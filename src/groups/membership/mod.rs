//! Membership of groups: families join and leave, facilitators approve and add them.

pub mod add_member;
pub mod approve;
pub mod join;
pub mod leave;
pub mod roster;
pub mod seat;

pub use add_member::add_member;
pub use approve::approve;
pub use join::join;
pub use leave::leave;
pub use roster::{all_my_groups, facilitated_groups, my_groups, roster};
