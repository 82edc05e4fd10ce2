//! The catalogue of groups: staff create and publish them, families find them.

pub mod browse;
pub mod create;
pub mod status;
pub mod validate;
pub mod views;

pub use crate::paging::PageRequest;
pub use browse::{Filters, Listing, all, browse, detail};
pub use create::create;
pub use status::set_status;
pub use validate::{NewGroupInput, TextInput};
pub use views::GroupView;
