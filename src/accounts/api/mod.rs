//! The JSON API of accounts under `/api/v1`: the same use cases as the pages. Signing in
//! (`sign_in`), one's own account (`me`), inviting people (`invites`), and setting up two-step
//! sign-in (`second_factor`).

mod invites;
mod me;
mod second_factor;
mod sign_in;

use actix_web::http::Method;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::accounts::signin::Ticket;
use crate::auth::policy::Permission::{
    InviteFamilyMember, InvitePeople, Public, SecondFactorStep, SignedIn,
};
use crate::auth::policy::SecondFactor;
use crate::routing::Routes;

pub fn routes(routes: &mut Routes) {
    routes
        .post("/api/v1/auth/sign-up", Public, sign_in::sign_up)
        .post("/api/v1/auth/confirm-email", Public, sign_in::confirm_email)
        .post("/api/v1/auth/sign-in", Public, sign_in::sign_in)
        .post(
            "/api/v1/auth/magic-link",
            Public,
            sign_in::request_magic_link,
        )
        .post(
            "/api/v1/auth/magic-link/redeem",
            Public,
            sign_in::redeem_magic_link,
        )
        .post(
            "/api/v1/auth/password/forgot",
            Public,
            sign_in::forgot_password,
        )
        .post(
            "/api/v1/auth/password/reset",
            Public,
            sign_in::reset_password,
        )
        .post(
            "/api/v1/auth/second-factor",
            SecondFactorStep,
            sign_in::second_factor,
        )
        .post("/api/v1/auth/sign-out", SecondFactorStep, sign_in::sign_out)
        .get("/api/v1/me", SecondFactorStep, me::me)
        .add(Method::PATCH, "/api/v1/me", SignedIn, me::update_me)
        .get("/api/v1/me/sessions", SignedIn, me::list_sessions)
        .add(
            Method::DELETE,
            "/api/v1/me/sessions/{id}",
            SignedIn,
            me::revoke_session,
        )
        .post(
            "/api/v1/me/sessions/revoke-all",
            SignedIn,
            me::revoke_all_sessions,
        )
        .post(
            "/api/v1/me/second-factor/setup",
            SecondFactorStep,
            second_factor::begin,
        )
        .post(
            "/api/v1/me/second-factor",
            SecondFactorStep,
            second_factor::confirm,
        )
        .post(
            "/api/v1/me/second-factor/disable",
            SignedIn,
            second_factor::disable,
        )
        .get(
            "/api/v1/invitations",
            InvitePeople,
            invites::list_invitations,
        )
        .post("/api/v1/invitations", InvitePeople, invites::invite)
        .post(
            "/api/v1/family/invitations",
            InviteFamilyMember,
            invites::invite_family_member,
        )
        .add(
            Method::DELETE,
            "/api/v1/invitations/{id}",
            SignedIn,
            invites::revoke_invitation,
        )
        .post(
            "/api/v1/invitations/accept",
            Public,
            invites::accept_invitation,
        );
}

#[derive(OpenApi)]
#[openapi(
    paths(
        sign_in::sign_up, sign_in::confirm_email, sign_in::sign_in, sign_in::request_magic_link,
        sign_in::redeem_magic_link, sign_in::forgot_password, sign_in::reset_password,
        sign_in::second_factor, sign_in::sign_out,
        me::me, me::update_me, me::list_sessions, me::revoke_session, me::revoke_all_sessions,
        second_factor::begin, second_factor::confirm, second_factor::disable,
        invites::list_invitations, invites::invite, invites::invite_family_member,
        invites::revoke_invitation, invites::accept_invitation,
    ),
    tags(
        (name = "sign-in", description = "Accounts, sign-in and two-step sign-in"),
        (name = "me", description = "One's own account and sessions"),
        (name = "invitations", description = "Inviting staff, facilitators, partners and family"),
    ),
)]
pub struct AccountsApi;

/// A session opened for an app: send `token` as `Authorization: Bearer`.
#[derive(Debug, Serialize, ToSchema)]
pub struct BearerTicket {
    token: String,
    #[schema(value_type = String, example = "Bearer")]
    token_type: &'static str,
    /// `pending`: enter the authenticator code next (`POST /api/v1/auth/second-factor`);
    /// `setup_required`: the person's role needs two-step sign-in set up first.
    second_factor: SecondFactor,
    /// The privacy notice changed since the person last accepted it: show it and accept it
    /// (`POST /api/v1/me/privacy-notice`).
    privacy_notice_due: bool,
}

impl From<Ticket> for BearerTicket {
    fn from(ticket: Ticket) -> Self {
        Self {
            token: ticket.token,
            token_type: "Bearer",
            second_factor: ticket.second_factor,
            privacy_notice_due: ticket.notice_due,
        }
    }
}

/// The request was taken; what follows arrives by mail.
#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    #[schema(value_type = String, example = "accepted")]
    status: &'static str,
}

const ACCEPTED: Accepted = Accepted { status: "accepted" };

/// A display name: 2 to 40 characters once spaces are collapsed, no control characters.
pub(super) fn display_name() -> utoipa::openapi::schema::Object {
    use crate::accounts::domain::DisplayName;
    const VISIBLE: &str = "[^\\s\\u0000-\\u001f\\u007f-\\u009f]";
    const ANY: &str = "[^\\u0000-\\u001f\\u007f-\\u009f]";
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .min_length(Some(DisplayName::MIN))
        .max_length(Some(DisplayName::MAX))
        .pattern(Some(format!("^{VISIBLE}{ANY}*{VISIBLE}$")))
        .build()
}
