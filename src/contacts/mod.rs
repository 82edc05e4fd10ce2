//! Named contacts of groups: municipal partners a coordinator links to a group, whom its
//! members see and its facilitators ask for advice, and who may visit a session as a guest
//! ("the child health nurse answers questions about sleep") and afterwards offer a family an
//! individual contact, which the family accepts or not.

pub mod access;
pub mod advice;
pub mod answers;
pub mod api;
pub mod demo;
pub mod domain;
mod erase;
pub mod guests;
pub mod home;
pub mod links;
pub mod offers;
pub mod pages;
pub mod partner;
pub mod personal;
mod schema;
pub mod visits;

use std::sync::Arc;

use crate::auth::policy::Permission::{ManageGroups, RequestHelp, SignedIn};
use crate::registry::Registry;
use crate::routing::Routes;

pub fn register(reg: &mut Registry) {
    routes(reg.routes());
    api_routes(reg.routes());
    home::register(reg);
    personal::register(reg);
    let answers = answers::Answers {
        state: reg.state().clone(),
    };
    reg.provide::<Arc<dyn crate::chat::access::Guests>>(Arc::new(answers.clone()))
        .provide::<Arc<dyn crate::groups::service::PageNotes>>(Arc::new(answers))
        .api(<api::ContactsApi as utoipa::OpenApi>::openapi());
}

fn routes(routes: &mut Routes) {
    routes
        .get("/groups/{id}/contacts", SignedIn, pages::group_contacts)
        .post("/groups/{id}/contacts", ManageGroups, pages::link)
        .post(
            "/groups/{id}/contacts/{contact_id}/unlink",
            ManageGroups,
            pages::unlink,
        )
        .post(
            "/groups/{id}/contacts/{contact_id}/advice",
            SignedIn,
            pages::ask,
        )
        .post("/groups/{id}/guests", SignedIn, pages::invite)
        .post("/guests/{id}/cancel", SignedIn, pages::cancel_guest)
        .get("/guests/{id}/offers", SignedIn, pages::offer_form)
        .post("/guests/{id}/offers", SignedIn, pages::offer)
        .get("/advice", SignedIn, pages::threads)
        .get("/advice/{id}", SignedIn, pages::thread)
        .post("/advice/{id}", SignedIn, pages::write)
        .get("/contacts/my-groups", SignedIn, pages::partner_groups)
        .post("/contact-offers/{id}/accept", RequestHelp, pages::accept)
        .post("/contact-offers/{id}/decline", RequestHelp, pages::decline);
}

fn api_routes(routes: &mut Routes) {
    use actix_web::http::Method;
    routes
        .get(
            "/api/v1/groups/{id}/contacts",
            SignedIn,
            api::group_contacts,
        )
        .post("/api/v1/groups/{id}/contacts", ManageGroups, api::link)
        .add(
            Method::DELETE,
            "/api/v1/groups/{id}/contacts/{contact_id}",
            ManageGroups,
            api::unlink,
        )
        .get(
            "/api/v1/contact-partners",
            ManageGroups,
            api::partner_choices,
        )
        .post(
            "/api/v1/groups/{id}/contacts/{contact_id}/advice",
            SignedIn,
            api::ask,
        )
        .get("/api/v1/advice", SignedIn, api::threads)
        .get("/api/v1/advice/{id}", SignedIn, api::thread)
        .post("/api/v1/advice/{id}/messages", SignedIn, api::write)
        .get("/api/v1/me/contact-groups", SignedIn, api::my_groups)
        .get("/api/v1/groups/{id}/guests", SignedIn, api::group_guests)
        .post("/api/v1/sessions/{id}/guests", SignedIn, api::invite)
        .add(
            Method::DELETE,
            "/api/v1/guests/{id}",
            SignedIn,
            api::cancel_guest,
        )
        .get("/api/v1/me/visits", SignedIn, api::my_visits)
        .get("/api/v1/guests/{id}/present", SignedIn, api::present)
        .post("/api/v1/guests/{id}/offers", SignedIn, api::offer)
        .get("/api/v1/me/contact-offers", SignedIn, api::my_offers)
        .post(
            "/api/v1/contact-offers/{id}/accept",
            RequestHelp,
            api::accept,
        )
        .post(
            "/api/v1/contact-offers/{id}/decline",
            RequestHelp,
            api::decline,
        );
}
