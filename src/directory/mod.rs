//! The service directory: the municipal and other services families can be helped by, shaped
//! after Open Referral HSDS 3.0, imported from the national register's and HSDS files, kept
//! by staff, and searched by families in their own language.

pub mod api;
pub mod categories;
pub mod demo;
pub mod editing;
pub mod entry;
mod erase;
pub mod help;
mod home;
pub mod hsds;
pub mod import;
pub mod pages;
pub mod partners;
pub mod personal;
mod rows;
mod schema;
pub mod search;
pub mod service;
pub mod summaries;

use crate::registry::Registry;

pub fn register(reg: &mut Registry) {
    pages::register(reg);
    home::register(reg);
    personal::register(reg);
    api::routes(reg.routes());
    reg.api(<api::DirectoryApi as utoipa::OpenApi>::openapi());
}
