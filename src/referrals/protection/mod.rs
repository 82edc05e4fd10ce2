//! Child protection, a path of its own beside the consented referrals: anyone who fears for a
//! child's safety is shown 112 and the municipality's child welfare contacts, is told that a
//! child welfare notification needs no consent from the family, and records that one was
//! made. Only supervisors and administrators read the records.

pub mod api;
mod model;
pub mod pages;
pub mod service;

use crate::auth::policy::Permission::{ReadChildProtection, RecordChildProtection};
use crate::registry::Registry;

pub fn register(reg: &mut Registry) {
    reg.routes()
        .get("/child-protection", RecordChildProtection, pages::show)
        .post("/child-protection", RecordChildProtection, pages::record)
        .get(
            "/staff/child-protection",
            ReadChildProtection,
            pages::records,
        )
        .get(
            "/api/v1/child-protection/contacts",
            RecordChildProtection,
            api::contacts,
        )
        .post(
            "/api/v1/child-protection/notices",
            RecordChildProtection,
            api::record,
        )
        .get(
            "/api/v1/child-protection/notices",
            ReadChildProtection,
            api::notices,
        );
    reg.api(<api::ProtectionApi as utoipa::OpenApi>::openapi());
}
