//! The JSON API of accounts under `/api/v1`: the same use cases as the pages.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use super::signin::{self, LinkKind, Ticket, TokenUse};
use super::{Client, invitations, profile};
use crate::auth::CurrentUser;
use crate::auth::access::CsrfToken;
use crate::auth::policy::Permission::{
    InviteFamilyMember, InvitePeople, Public, SecondFactorStep, SignedIn,
};
use crate::error::AppError;
use crate::routing::Routes;
use crate::state::AppState;

pub fn routes(routes: &mut Routes) {
    routes
        .post("/api/v1/auth/sign-up", Public, sign_up)
        .summary("Create a family account; a confirmation link is mailed")
        .post("/api/v1/auth/confirm-email", Public, confirm_email)
        .summary("Confirm the email address with the mailed token; returns a bearer token")
        .post("/api/v1/auth/sign-in", Public, sign_in)
        .summary("Sign in with email and password; returns a bearer token")
        .post("/api/v1/auth/magic-link", Public, request_magic_link)
        .summary("Mail a one-time sign-in link (same answer whether or not the account exists)")
        .post("/api/v1/auth/magic-link/redeem", Public, redeem_magic_link)
        .summary("Sign in with a mailed link's token; returns a bearer token")
        .post("/api/v1/auth/password/forgot", Public, forgot_password)
        .summary("Mail a password reset link (same answer whether or not the account exists)")
        .post("/api/v1/auth/password/reset", Public, reset_password)
        .summary("Set a new password with a reset token; other sessions end")
        .post(
            "/api/v1/auth/second-factor",
            SecondFactorStep,
            second_factor,
        )
        .summary("Enter the authenticator code (or a recovery code) for this session")
        .post("/api/v1/auth/sign-out", SecondFactorStep, sign_out)
        .summary("End this session")
        .get("/api/v1/me", SecondFactorStep, me)
        .summary("The signed-in person, roles, language and CSRF token")
        .add(
            actix_web::http::Method::PATCH,
            "/api/v1/me",
            SignedIn,
            update_me,
        )
        .summary("Change display name, language and notification preferences")
        .get("/api/v1/me/sessions", SignedIn, list_sessions)
        .summary("Where the person is signed in")
        .add(
            actix_web::http::Method::DELETE,
            "/api/v1/me/sessions/{id}",
            SignedIn,
            revoke_session,
        )
        .summary("End one of the person's sessions")
        .post(
            "/api/v1/me/sessions/revoke-all",
            SignedIn,
            revoke_all_sessions,
        )
        .summary("End every session of the person")
        .get("/api/v1/invitations", InvitePeople, list_invitations)
        .summary("Invitations sent by staff")
        .post("/api/v1/invitations", InvitePeople, invite)
        .summary("Invite someone to a role by email")
        .post(
            "/api/v1/family/invitations",
            InviteFamilyMember,
            invite_family_member,
        )
        .summary("Invite the family's second adult by email")
        .add(
            actix_web::http::Method::DELETE,
            "/api/v1/invitations/{id}",
            SignedIn,
            revoke_invitation,
        )
        .summary("Cancel an invitation")
        .post("/api/v1/invitations/accept", Public, accept_invitation)
        .summary("Accept an invitation; returns a bearer token");
}

fn ticket_json(ticket: Ticket) -> HttpResponse {
    HttpResponse::Ok().json(json!({
        "token": ticket.token,
        "token_type": "Bearer",
        "second_factor": ticket.second_factor,
    }))
}

fn accepted() -> HttpResponse {
    HttpResponse::Accepted().json(json!({ "status": "accepted" }))
}

#[derive(Deserialize)]
pub struct SignUpBody {
    email: String,
    display_name: String,
    ui_language: String,
    languages: Vec<String>,
    municipality: String,
    password: Option<String>,
}

async fn sign_up(
    state: web::Data<AppState>,
    client: Client,
    body: web::Json<SignUpBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let input = signin::SignUp {
        email: body.email,
        display_name: body.display_name,
        ui_language: body.ui_language,
        languages: body.languages,
        municipality: body.municipality,
        password: body.password,
    };
    signin::sign_up(&state, input, &client).await?;
    Ok(accepted())
}

#[derive(Deserialize)]
pub struct TokenBody {
    token: String,
}

async fn confirm_email(
    state: web::Data<AppState>,
    client: Client,
    body: web::Json<TokenBody>,
) -> Result<HttpResponse, AppError> {
    let ticket =
        signin::confirm_email(&state, body.into_inner().token, &client, TokenUse::Api).await?;
    Ok(ticket_json(ticket))
}

#[derive(Deserialize)]
pub struct SignInBody {
    email: String,
    password: String,
}

async fn sign_in(
    state: web::Data<AppState>,
    client: Client,
    body: web::Json<SignInBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let ticket =
        signin::sign_in_with_password(&state, &body.email, body.password, &client, TokenUse::Api)
            .await?;
    Ok(ticket_json(ticket))
}

#[derive(Deserialize)]
pub struct EmailBody {
    email: String,
}

async fn request_magic_link(
    state: web::Data<AppState>,
    client: Client,
    body: web::Json<EmailBody>,
) -> Result<HttpResponse, AppError> {
    signin::request_link(&state, LinkKind::MagicLink, &body.email, &client).await?;
    Ok(accepted())
}

async fn redeem_magic_link(
    state: web::Data<AppState>,
    client: Client,
    body: web::Json<TokenBody>,
) -> Result<HttpResponse, AppError> {
    let ticket =
        signin::redeem_magic_link(&state, body.into_inner().token, &client, TokenUse::Api).await?;
    Ok(ticket_json(ticket))
}

async fn forgot_password(
    state: web::Data<AppState>,
    client: Client,
    body: web::Json<EmailBody>,
) -> Result<HttpResponse, AppError> {
    signin::request_link(&state, LinkKind::PasswordReset, &body.email, &client).await?;
    Ok(accepted())
}

#[derive(Deserialize)]
pub struct ResetBody {
    token: String,
    password: String,
}

async fn reset_password(
    state: web::Data<AppState>,
    client: Client,
    body: web::Json<ResetBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let ticket =
        signin::reset_password(&state, body.token, body.password, &client, TokenUse::Api).await?;
    Ok(ticket_json(ticket))
}

#[derive(Deserialize)]
pub struct CodeBody {
    code: String,
}

async fn second_factor(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: web::Json<CodeBody>,
) -> Result<HttpResponse, AppError> {
    signin::pass_second_factor(&state, &me.user_id, &me.session_id, &body.code).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn sign_out(state: web::Data<AppState>, me: CurrentUser) -> Result<HttpResponse, AppError> {
    signin::sign_out(&state, &me.user_id, &me.session_id, false).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The signed-in person, their roles and language, and the CSRF token for cookie clients.
async fn me(me: CurrentUser, csrf: web::ReqData<CsrfToken>) -> HttpResponse {
    HttpResponse::Ok().json(json!({
        "id": me.user_id,
        "email": me.email,
        "display_name": me.display_name,
        "language": me.language.code,
        "roles": me.roles,
        "second_factor": me.second_factor,
        "csrf_token": csrf.0,
    }))
}

#[derive(Deserialize)]
pub struct ProfileBody {
    display_name: String,
    ui_language: String,
    #[serde(default = "yes")]
    notify_by_email: bool,
    #[serde(default = "yes")]
    notify_new_sign_in: bool,
    #[serde(default = "crate::groups::reminders::default_hours")]
    reminder_hours: i32,
}

fn yes() -> bool {
    true
}

async fn update_me(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: web::Json<ProfileBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let input = profile::ProfileInput {
        display_name: body.display_name,
        ui_language: body.ui_language,
        notify_by_email: body.notify_by_email,
        notify_new_sign_in: body.notify_new_sign_in,
        reminder_hours: body.reminder_hours,
        municipality: None,
    };
    profile::update_profile(&state, &me, input).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn list_sessions(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let sessions: Vec<_> = profile::sessions(&state, &me)
        .await?
        .into_iter()
        .map(|s| {
            json!({
                "id": s.id,
                "device": s.device,
                "created_at": s.created_at.and_utc(),
                "last_seen_at": s.last_seen_at.and_utc(),
                "current": s.id == me.session_id,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(sessions))
}

async fn revoke_session(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    profile::revoke_session(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn revoke_all_sessions(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<HttpResponse, AppError> {
    signin::sign_out(&state, &me.user_id, &me.session_id, true).await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn list_invitations(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(invitations::list_staff_sent(&state).await?))
}

#[derive(Deserialize)]
pub struct InviteBody {
    email: String,
    #[serde(default)]
    role: String,
    language: String,
}

async fn invite(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: web::Json<InviteBody>,
) -> Result<HttpResponse, AppError> {
    let invitation =
        invitations::invite(&state, &me, &body.email, &body.role, &body.language).await?;
    Ok(HttpResponse::Created().json(invitation))
}

async fn invite_family_member(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: web::Json<InviteBody>,
) -> Result<HttpResponse, AppError> {
    let invitation =
        invitations::invite_family_member(&state, &me, &body.email, &body.language).await?;
    Ok(HttpResponse::Created().json(invitation))
}

async fn revoke_invitation(
    state: web::Data<AppState>,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    invitations::revoke(&state, &me, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub struct AcceptBody {
    token: String,
    #[serde(default)]
    display_name: String,
    password: Option<String>,
}

async fn accept_invitation(
    state: web::Data<AppState>,
    client: Client,
    body: web::Json<AcceptBody>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let acceptance = invitations::Acceptance {
        token: body.token,
        display_name: body.display_name,
        password: body.password,
    };
    let ticket = invitations::accept(&state, acceptance, &client, TokenUse::Api).await?;
    Ok(ticket_json(ticket))
}
