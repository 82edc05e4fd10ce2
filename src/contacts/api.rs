//! The JSON API of contacts: a group's named contacts, advice threads, visiting experts and
//! the contacts they offer families afterwards.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use super::advice::{self, ThreadSummary, ThreadView};
use super::domain::{NewContact, NewGuest, NewMessage};
use super::guests::{self, GuestView};
use super::links::{self, GroupContacts, PartnerChoice};
use super::offers::{self, OfferView, PresentPerson};
use super::partner::{self, PartnerGroup};
use crate::api::Created;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::errors::Problem;
use crate::web::json::Json;

#[derive(OpenApi)]
#[openapi(
    paths(
        group_contacts, link, unlink, partner_choices, ask, threads, thread, write, my_groups,
        group_guests, invite, cancel_guest, my_visits, present, offer, my_offers, accept, decline,
    ),
    components(schemas(NewContact, NewGuest, NewMessage, OfferDecision, ContactOfferPerson)),
    tags((name = "contacts", description = "Named contacts of groups and visiting experts")),
)]
pub struct ContactsApi;

type Id = web::Path<String>;
type Ids = web::Path<(String, String)>;

/// A group's named contacts (its staff, facilitators, members and linked partners)
#[utoipa::path(get, path = "/api/v1/groups/{id}/contacts", tag = "contacts",
    params(("id" = String, Path, description = "The group's id")),
    responses((status = 200, description = "The contacts", body = GroupContacts)))]
pub async fn group_contacts(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(links::list(&state, &me, &id).await?))
}

/// Link a municipal partner to the group as a named contact
#[utoipa::path(post, path = "/api/v1/groups/{id}/contacts", tag = "contacts",
    params(("id" = String, Path, description = "The group's id")),
    request_body = NewContact,
    responses(
        (status = 201, description = "Linked (or the link changed)", body = Created),
        (status = 400, description = "Not a partner of the directory, or bad input", body = Problem),
    ))]
pub async fn link(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
    body: Json<NewContact>,
) -> Result<HttpResponse, AppError> {
    let id = links::link(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// Unlink a contact from the group (their visits still to come are taken back)
#[utoipa::path(delete, path = "/api/v1/groups/{id}/contacts/{contact_id}", tag = "contacts",
    params(("id" = String, Path, description = "The group's id"),
        ("contact_id" = String, Path, description = "The link's id")),
    responses((status = 204, description = "Unlinked")))]
pub async fn unlink(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: Ids,
) -> Result<HttpResponse, AppError> {
    let (group_id, contact_id) = path.into_inner();
    links::unlink(&state, &me, &group_id, &contact_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The partner accounts of the directory that may be linked, with their services
#[utoipa::path(get, path = "/api/v1/contact-partners", tag = "contacts",
    responses((status = 200, description = "The partners", body = Vec<PartnerChoice>)))]
pub async fn partner_choices(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(links::choices(&state, me.language.code).await?))
}

/// A facilitator of the group asks one of its contacts for advice
#[utoipa::path(post, path = "/api/v1/groups/{id}/contacts/{contact_id}/advice", tag = "contacts",
    params(("id" = String, Path, description = "The group's id"),
        ("contact_id" = String, Path, description = "The link's id")),
    request_body = NewMessage,
    responses((status = 201, description = "Written; the thread's id", body = Created)))]
pub async fn ask(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: Ids,
    body: Json<NewMessage>,
) -> Result<HttpResponse, AppError> {
    let (group_id, contact_id) = path.into_inner();
    let id = advice::ask(&state, &me, &group_id, &contact_id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// The advice threads I write in, or supervise
#[utoipa::path(get, path = "/api/v1/advice", tag = "contacts",
    responses((status = 200, description = "Newest first", body = Vec<ThreadSummary>)))]
pub async fn threads(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(advice::mine(&state, &me).await?))
}

/// An advice thread (its facilitator, its contact, the facilitator's supervisor)
#[utoipa::path(get, path = "/api/v1/advice/{id}", tag = "contacts",
    params(("id" = String, Path, description = "The thread's id")),
    responses((status = 200, description = "The thread", body = ThreadView)))]
pub async fn thread(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(advice::read(&state, &me, &id).await?))
}

/// Write in an advice thread (its facilitator or its contact); the other side is told
#[utoipa::path(post, path = "/api/v1/advice/{id}/messages", tag = "contacts",
    params(("id" = String, Path, description = "The thread's id")),
    request_body = NewMessage,
    responses((status = 204, description = "Written")))]
pub async fn write(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
    body: Json<NewMessage>,
) -> Result<HttpResponse, AppError> {
    advice::write(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The groups I am a named contact of (municipal partners)
#[utoipa::path(get, path = "/api/v1/me/contact-groups", tag = "contacts",
    responses((status = 200, description = "The groups", body = Vec<PartnerGroup>)))]
pub async fn my_groups(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(partner::my_groups(&state, &me).await?))
}

/// The visiting experts of a group's sessions
#[utoipa::path(get, path = "/api/v1/groups/{id}/guests", tag = "contacts",
    params(("id" = String, Path, description = "The group's id")),
    responses((status = 200, description = "The visits", body = Vec<GuestView>)))]
pub async fn group_guests(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::visits::of_group(&state, &me, &id).await?))
}

/// Invite one of the group's contacts to a session still to come, as a visiting expert
#[utoipa::path(post, path = "/api/v1/sessions/{id}/guests", tag = "contacts",
    params(("id" = String, Path, description = "The session's id")),
    request_body = NewGuest,
    responses(
        (status = 201, description = "Invited", body = Created),
        (status = 400, description = "Not a contact of the group, or bad input", body = Problem),
        (status = 409, description = "The session has started", body = Problem),
    ))]
pub async fn invite(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
    body: Json<NewGuest>,
) -> Result<HttpResponse, AppError> {
    let id = guests::invite(&state, &me, &id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// Take back an invitation to a session still to come
#[utoipa::path(delete, path = "/api/v1/guests/{id}", tag = "contacts",
    params(("id" = String, Path, description = "The visit's id")),
    responses((status = 204, description = "Taken back"),
        (status = 409, description = "The session has started", body = Problem)))]
pub async fn cancel_guest(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
) -> Result<HttpResponse, AppError> {
    guests::cancel(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// My visits to sessions as a visiting expert
#[utoipa::path(get, path = "/api/v1/me/visits", tag = "contacts",
    responses((status = 200, description = "The visits", body = Vec<GuestView>)))]
pub async fn my_visits(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(super::visits::mine(&state, &me).await?))
}

/// Who was present at a session I visited (display names; each reading is logged)
#[utoipa::path(get, path = "/api/v1/guests/{id}/present", tag = "contacts",
    params(("id" = String, Path, description = "The visit's id")),
    responses((status = 200, description = "The people present", body = Vec<PresentPerson>),
        (status = 409, description = "The session is not over", body = Problem)))]
pub async fn present(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(offers::present(&state, &me, &id).await?))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ContactOfferPerson {
    /// Someone present at the session.
    pub user_id: String,
}

/// Offer an individual contact to the family of someone present at my visit
#[utoipa::path(post, path = "/api/v1/guests/{id}/offers", tag = "contacts",
    params(("id" = String, Path, description = "The visit's id")),
    request_body = ContactOfferPerson,
    responses((status = 201, description = "Offered", body = Created),
        (status = 400, description = "Not present at the session", body = Problem)))]
pub async fn offer(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
    body: Json<ContactOfferPerson>,
) -> Result<HttpResponse, AppError> {
    let id = offers::offer(&state, &me, &id, &body.user_id).await?;
    Ok(HttpResponse::Created().json(Created { id }))
}

/// The contacts offered to my family, waiting for our answer
#[utoipa::path(get, path = "/api/v1/me/contact-offers", tag = "contacts",
    responses((status = 200, description = "The offers", body = Vec<OfferView>)))]
pub async fn my_offers(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(offers::open(&state, &me).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OfferDecision {
    /// The family's request for help reaching the service, which staff take on with consent.
    pub help_request_id: Option<String>,
}

/// Accept an offered contact: sends our request for help reaching the guest's service
#[utoipa::path(post, path = "/api/v1/contact-offers/{id}/accept", tag = "contacts",
    params(("id" = String, Path, description = "The offer's id")),
    responses((status = 200, description = "Accepted", body = OfferDecision),
        (status = 409, description = "Answered already", body = Problem)))]
pub async fn accept(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
) -> Result<HttpResponse, AppError> {
    let help_request_id = offers::decide(&state, &me, &id, true).await?;
    Ok(HttpResponse::Ok().json(OfferDecision { help_request_id }))
}

/// Decline an offered contact (nothing is shared)
#[utoipa::path(post, path = "/api/v1/contact-offers/{id}/decline", tag = "contacts",
    params(("id" = String, Path, description = "The offer's id")),
    responses((status = 204, description = "Declined"),
        (status = 409, description = "Answered already", body = Problem)))]
pub async fn decline(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: Id,
) -> Result<HttpResponse, AppError> {
    offers::decide(&state, &me, &id, false).await?;
    Ok(HttpResponse::NoContent().finish())
}
