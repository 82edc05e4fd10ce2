//! Referrals: handing a family on to a directory service with the family's recorded consent,
//! delivering it to the service's partner accounts or by an expiring link, and following it
//! until the family has been helped. Child welfare notifications are kept apart here too.
//! The statuses, who moves them and their FHIR Task equivalents: `STATUSES.md`.

pub mod access;
pub mod api;
pub mod changes;
pub mod consent;
pub mod delivery;
pub mod demo;
pub mod domain;
pub mod drafts;
mod erase;
pub mod figures;
pub mod from_concern;
pub mod home;
pub mod links;
pub mod lists;
mod model;
pub mod notify;
pub mod overdue;
pub mod pages;
pub mod personal;
pub mod protection;
mod purge;
pub mod read;
mod schema;
pub mod views;

use crate::auth::policy::Permission::{HandleReferrals, MakeReferrals, Public, RequestHelp};
use crate::jobs::Every;
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    protection::register(reg);
    figures::register(reg);
    from_concern::register(reg);
    page_routes(reg.routes());
    home::register(reg);
    personal::register(reg);
    api_routes(reg.routes());
    reg.api(<api::ReferralsApi as utoipa::OpenApi>::openapi());
    reg.job("referrals.overdue", Every::Round, |state, _| async move {
        overdue::run(&state).await
    });
}

fn page_routes(routes: &mut Routes) {
    use pages::{family, service, worker};
    routes
        .get("/referrals", MakeReferrals, worker::list)
        .get("/referrals/new", MakeReferrals, worker::new_form)
        .post("/referrals/new", MakeReferrals, worker::create)
        .get("/referrals/{id}", MakeReferrals, worker::detail)
        .post("/referrals/{id}", MakeReferrals, worker::edit)
        .post(
            "/referrals/{id}/phone-consent",
            MakeReferrals,
            worker::phone_consent,
        )
        .post(
            "/referrals/{id}/withdrawal",
            MakeReferrals,
            worker::phone_withdrawal,
        )
        .post("/referrals/{id}/send", MakeReferrals, worker::send)
        .post(
            "/referrals/{id}/status",
            MakeReferrals,
            worker::change_status,
        )
        .get("/my-referrals", RequestHelp, family::list)
        .get("/my-referrals/{id}", RequestHelp, family::detail)
        .post("/my-referrals/{id}/consent", RequestHelp, family::agree)
        .post(
            "/my-referrals/{id}/withdrawal",
            RequestHelp,
            family::withdraw,
        )
        .post("/my-referrals/{id}/quiet", RequestHelp, family::quiet)
        .post("/my-referrals/{id}/got-help", RequestHelp, family::got_help)
        .get("/partner/referrals", HandleReferrals, service::inbox)
        .get("/partner/referrals/{id}", HandleReferrals, service::detail)
        .post(
            "/partner/referrals/{id}/status",
            HandleReferrals,
            service::change_status,
        )
        .get("/referral-link/{token}", Public, service::link)
        .post("/referral-link/{token}", Public, service::link_status)
        .get("/referral-help/{token}", Public, service::help)
        .post("/referral-help/{token}", Public, service::help_done);
}

fn api_routes(routes: &mut Routes) {
    routes
        .get("/api/v1/referrals", MakeReferrals, api::list)
        .post("/api/v1/referrals", MakeReferrals, api::create)
        .get("/api/v1/referrals/{id}", MakeReferrals, api::referral)
        .post("/api/v1/referrals/{id}", MakeReferrals, api::edit)
        .get(
            "/api/v1/referrals/{id}/consent-text",
            MakeReferrals,
            api::consent_text,
        )
        .post(
            "/api/v1/referrals/{id}/phone-consent",
            MakeReferrals,
            api::phone_consent,
        )
        .post(
            "/api/v1/referrals/{id}/withdrawal",
            MakeReferrals,
            api::phone_withdrawal,
        )
        .post("/api/v1/referrals/{id}/send", MakeReferrals, api::send)
        .post(
            "/api/v1/referrals/{id}/status",
            MakeReferrals,
            api::change_status,
        )
        .get("/api/v1/me/referrals", RequestHelp, api::family::mine)
        .get("/api/v1/me/referrals/{id}", RequestHelp, api::family::one)
        .get(
            "/api/v1/me/referrals/{id}/consent",
            RequestHelp,
            api::family::consent_text,
        )
        .post(
            "/api/v1/me/referrals/{id}/consent",
            RequestHelp,
            api::family::consent,
        )
        .post(
            "/api/v1/me/referrals/{id}/withdrawal",
            RequestHelp,
            api::family::withdraw,
        )
        .post(
            "/api/v1/me/referrals/{id}/quiet",
            RequestHelp,
            api::family::quiet,
        )
        .post(
            "/api/v1/me/referrals/{id}/got-help",
            RequestHelp,
            api::family::got_help,
        )
        .get(
            "/api/v1/partner/referrals",
            HandleReferrals,
            api::service::inbox,
        )
        .get(
            "/api/v1/partner/referrals/{id}",
            HandleReferrals,
            api::service::one,
        )
        .post(
            "/api/v1/partner/referrals/{id}/status",
            HandleReferrals,
            api::service::change_status,
        )
        .get("/api/v1/referral-link/{token}", Public, api::service::link)
        .post(
            "/api/v1/referral-link/{token}/status",
            Public,
            api::service::link_status,
        )
        .post(
            "/api/v1/referral-help/{token}",
            Public,
            api::service::help_link,
        );
}
