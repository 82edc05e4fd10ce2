//! Accounts: sign-up, sign-in, profiles, sessions, second factor and invitations.

pub mod api;
pub mod domain;
mod erase;
pub mod events;
pub mod invitation_list;
pub mod invitations;
pub mod mails;
pub mod model;
pub mod notice;
pub mod pages;
pub mod personal;
pub mod profile;
mod purge;
pub mod service;
pub mod setup;
pub mod signin;
mod two_step;

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest};

use crate::auth::policy::Permission::{
    InviteFamilyMember, InvitePeople, Public, SecondFactorStep, SignedIn,
};
use crate::registry::Registry;
use crate::routing::Routes;

/// Ended sessions stay visible in the security review for a while.
const ENDED_SESSIONS_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(30);
/// Used or expired one-time links are kept a day, for the security review.
const LINKS_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(1);
/// Authenticator keys sealed again per round after a secret's rotation.
const RESEAL_BATCH: i64 = 500;
const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

pub fn register(reg: &mut Registry) {
    routes(reg.routes());
    personal::register(reg);
    reg.api(<api::AccountsApi as utoipa::OpenApi>::openapi());
    reg.periodic(
        "accounts.purge_sessions",
        PURGE_EVERY,
        |state, _| async move {
            state
                .db
                .run(|conn| {
                    let cutoff = crate::clock::now() - ENDED_SESSIONS_KEPT;
                    Ok(model::sessions::purge_ended_before(conn, cutoff)?)
                })
                .await
        },
    )
    .periodic("accounts.purge_links", PURGE_EVERY, |state, _| async move {
        state
            .db
            .run(|conn| {
                let cutoff = crate::clock::now() - LINKS_KEPT;
                Ok(model::one_time::purge_expired_before(conn, cutoff)?)
            })
            .await
    })
    .periodic(
        "accounts.reseal_secrets",
        PURGE_EVERY,
        |state, _| async move {
            let seal = state.totp_seal.clone();
            state
                .db
                .run(move |conn| Ok(model::users::reseal_totp(conn, &seal, RESEAL_BATCH)?))
                .await
        },
    );
}

/// Where a request comes from: the address for rate limits and a device summary for the
/// sessions list. Nothing more is kept.
#[derive(Debug, Clone)]
pub struct Client {
    pub address: String,
    pub device: String,
}

impl FromRequest for Client {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let trusted = req
            .app_data::<actix_web::web::Data<crate::state::AppState>>()
            .map(|state| state.config.trusted_proxies.as_slice())
            .unwrap_or_default();
        let address = crate::web::client::client_address(req, trusted)
            .map_or_else(|| "unknown".to_owned(), |a| a.to_string());
        let agent = req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        ready(Ok(Client {
            address,
            device: describe_device(agent),
        }))
    }
}

/// "Firefox on Android": enough to recognise one's own devices, nothing to fingerprint.
pub fn describe_device(user_agent: &str) -> String {
    let browser = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("curl/", "curl"),
    ]
    .iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map_or("Browser", |(_, name)| *name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS", "macOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| *name);
    match system {
        Some(system) => format!("{browser} · {system}"),
        None => browser.to_owned(),
    }
}

fn routes(routes: &mut Routes) {
    routes
        .get("/lang/{code}", Public, pages::switch_language)
        .get("/sign-up", Public, pages::sign_up_form)
        .post("/sign-up", Public, pages::sign_up)
        .get("/sign-up/sent", Public, pages::sign_up_sent)
        .get("/confirm-email/{token}", Public, pages::confirm_email_page)
        .post("/confirm-email/{token}", Public, pages::confirm_email)
        .get("/sign-in", Public, pages::sign_in_form)
        .post("/sign-in", Public, pages::sign_in)
        .post("/sign-in/link", Public, pages::request_magic_link)
        .get("/sign-in/link/sent", Public, pages::magic_link_sent)
        .get("/sign-in/link/{token}", Public, pages::magic_link_page)
        .post("/sign-in/link/{token}", Public, pages::redeem_magic_link)
        .get(
            "/sign-in/second-factor",
            SecondFactorStep,
            pages::second_factor_form,
        )
        .post(
            "/sign-in/second-factor",
            SecondFactorStep,
            pages::second_factor,
        )
        .post("/sign-out", SecondFactorStep, pages::sign_out)
        .get("/password/forgot", Public, pages::forgot_password_form)
        .post("/password/forgot", Public, pages::forgot_password)
        .get(
            "/password/reset/{token}",
            Public,
            pages::reset_password_form,
        )
        .post("/password/reset/{token}", Public, pages::reset_password)
        .get("/account", SignedIn, pages::account)
        .post("/account", SignedIn, pages::update_profile)
        .post("/account/password", SignedIn, pages::change_password)
        .post("/account/email", SignedIn, pages::request_email_change)
        .get(
            "/account/email/confirm/{token}",
            SignedIn,
            pages::confirm_email_change_page,
        )
        .post(
            "/account/email/confirm/{token}",
            SignedIn,
            pages::confirm_email_change,
        )
        .get("/account/sessions", SignedIn, pages::sessions)
        .post(
            "/account/sessions/{id}/revoke",
            SignedIn,
            pages::revoke_session,
        )
        .post(
            "/account/sessions/revoke-all",
            SignedIn,
            pages::revoke_all_sessions,
        )
        .get(
            "/account/second-factor",
            SecondFactorStep,
            pages::second_factor_setup,
        )
        .post(
            "/account/second-factor",
            SecondFactorStep,
            pages::confirm_second_factor,
        )
        .post(
            "/account/second-factor/disable",
            SignedIn,
            pages::disable_second_factor,
        )
        .get("/family", InviteFamilyMember, pages::family)
        .post(
            "/family/invitations",
            InviteFamilyMember,
            pages::invite_family_member,
        )
        .post(
            "/family/invitations/{id}/revoke",
            InviteFamilyMember,
            pages::revoke_family_invitation,
        )
        .get("/invitations/{token}", Public, pages::invitation_page)
        .post("/invitations/{token}", Public, pages::accept_invitation)
        .get("/staff/invitations", InvitePeople, pages::staff_invitations)
        .post("/staff/invitations", InvitePeople, pages::invite)
        .post(
            "/staff/invitations/{id}/revoke",
            InvitePeople,
            pages::revoke_staff_invitation,
        );
    api::routes(routes);
}
