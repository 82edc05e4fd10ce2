//! Invitations: staff invite facilitators, staff and municipal partners; a family member
//! invites the family's second adult. Accepting sets the role (and the family).

use chrono::NaiveDateTime;
use minijinja::context;

use super::Client;
use super::domain::{DisplayName, Email, parse_ui_language};
use super::mails::{AccountMail, queue};
use super::model::invitations::{self, Invitation, NewInvitation};
use super::model::security::{self, EventKind};
use super::model::users;
use super::signin::{Ticket, TokenUse};
use crate::auth::SignedIn;
use crate::auth::password;
use crate::auth::policy::Role;
use crate::auth::throttle::{self, Limit};
use crate::clock::now;
use crate::db::AnyConnection;
use crate::error::{AppError, ErrorKind, FieldError, UserMessage};
use crate::state::AppState;

const INVITATIONS_PER_HOUR: Limit = Limit::per_minutes(60, 60);
/// A family has at most two adult members.
const FAMILY_ADULTS: usize = 2;

fn role_error() -> AppError {
    AppError::invalid(vec![FieldError {
        field: "role".into(),
        message: UserMessage {
            id: "invitation-role-not-allowed",
            args: vec![],
        },
    }])
}

/// Staff invite someone to a role (admins may also invite administrators).
pub async fn invite(
    state: &AppState,
    me: &SignedIn,
    email: &str,
    role: &str,
    language: &str,
) -> Result<Invitation, AppError> {
    let email = Email::parse(email).map_err(|e| AppError::invalid(vec![e]))?;
    let language = parse_ui_language(language).map_err(|e| AppError::invalid(vec![e]))?;
    let role = Role::parse(role)
        .filter(|r| me.roles.iter().any(|mine| mine.may_invite(*r)))
        .ok_or_else(role_error)?;
    send(state, me, email, role, None, language).await
}

/// A family member invites the family's second adult.
pub async fn invite_family_member(
    state: &AppState,
    me: &SignedIn,
    email: &str,
    language: &str,
) -> Result<Invitation, AppError> {
    let email = Email::parse(email).map_err(|e| AppError::invalid(vec![e]))?;
    let language = parse_ui_language(language).map_err(|e| AppError::invalid(vec![e]))?;
    let family_id = me.family_id.clone().ok_or_else(AppError::forbidden)?;
    let family = family_id.clone();
    let full = state
        .db
        .run(move |conn| {
            let members = users::family_members(conn, &family)?.len();
            let pending = invitations::open_for_family(conn, &family, now())?.len();
            Ok(members + pending >= FAMILY_ADULTS)
        })
        .await?;
    if full {
        return Err(AppError::new(ErrorKind::Conflict).with_message("family-full", vec![]));
    }
    send(state, me, email, Role::Family, Some(family_id), language).await
}

async fn send(
    state: &AppState,
    me: &SignedIn,
    email: Email,
    role: Role,
    family_id: Option<String>,
    language: &'static str,
) -> Result<Invitation, AppError> {
    let state_in = state.clone();
    let (inviter, inviter_name) = (me.user_id.clone(), me.display_name.clone());
    let invitation = state
        .db
        .run(move |conn| {
            throttle::hit(
                conn,
                &format!("invitations:{inviter}"),
                INVITATIONS_PER_HOUR,
                now(),
            )?;
            crate::db::transaction(conn, |conn| {
                let now = now();
                let new = NewInvitation {
                    email: email.as_str(),
                    role: role.as_str(),
                    family_id: family_id.as_deref(),
                    invited_by: &inviter,
                    language,
                };
                let (invitation, token) = invitations::create(conn, &new, now)?;
                let role_name =
                    state_in
                        .i18n
                        .translate(language, &format!("role-{}", role.as_str()), None);
                queue(
                    &state_in,
                    conn,
                    AccountMail::Invitation,
                    language,
                    email.as_str(),
                    &format!("/invitations/{token}"),
                    context! { name => &inviter_name, role => role_name },
                )?;
                security::record(
                    conn,
                    EventKind::InvitationSent,
                    None,
                    Some(&inviter),
                    role.as_str(),
                    now,
                )?;
                Ok(invitation)
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(invitation)
}

pub async fn family_invitations(
    state: &AppState,
    me: &SignedIn,
) -> Result<Vec<Invitation>, AppError> {
    let Some(family_id) = me.family_id.clone() else {
        return Ok(Vec::new());
    };
    state
        .db
        .run(move |conn| Ok(invitations::open_for_family(conn, &family_id, now())?))
        .await
}

/// Staff revoke staff invitations; family members revoke their own family's.
pub async fn revoke(state: &AppState, me: &SignedIn, id: &str) -> Result<(), AppError> {
    let (id, me) = (id.to_owned(), me.clone());
    let staff = me.can(crate::auth::policy::Permission::InvitePeople);
    state
        .db
        .run(move |conn| {
            let invitation = invitations::by_id(conn, &id)?.ok_or_else(AppError::not_found)?;
            let allowed = match &invitation.family_id {
                None => staff,
                Some(family) => me.family_id.as_deref() == Some(family.as_str()),
            };
            if !allowed || !invitations::revoke(conn, &id, now())? {
                return Err(AppError::not_found());
            }
            security::record(
                conn,
                EventKind::InvitationRevoked,
                None,
                Some(&me.user_id),
                &invitation.role,
                now(),
            )?;
            Ok(())
        })
        .await
}

/// An open invitation for the acceptance page; `None` if the link no longer works.
pub async fn open_invitation(
    state: &AppState,
    token: String,
) -> Result<Option<(Invitation, bool)>, AppError> {
    state
        .db
        .run(move |conn| {
            let Some(invitation) =
                invitations::by_token(conn, &token)?.filter(|i| i.is_open(now()))
            else {
                return Ok(None);
            };
            let has_account = users::by_email(conn, &invitation.email)?.is_some();
            Ok(Some((invitation, has_account)))
        })
        .await
}

pub struct Acceptance {
    pub token: String,
    pub display_name: String,
    pub password: Option<String>,
}

/// Accepts an invitation: creates the account (or adds the role to the existing one for that
/// address) and signs in.
pub async fn accept(
    state: &AppState,
    input: Acceptance,
    client: &Client,
    token_use: TokenUse,
) -> Result<Ticket, AppError> {
    let password = input.password.filter(|p| !p.is_empty());
    if let Some(password) = &password {
        password::validate_new(password)?;
    }
    let state_in = state.clone();
    let client = client.clone();
    let ticket = state
        .db
        .run(move |conn| {
            let hash = password.as_deref().map(password::hash).transpose()?;
            crate::db::transaction(conn, |conn| {
                let now = now();
                let invitation = invitations::by_token(conn, &input.token)?
                    .filter(|i| i.is_open(now))
                    .ok_or_else(super::signin::link_expired)?;
                let role = Role::parse(&invitation.role).ok_or_else(super::signin::link_expired)?;
                let user =
                    invited_user(conn, &invitation, &input.display_name, hash.as_deref(), now)?;
                if !invitations::accept(conn, &invitation.id, now)? {
                    return Err(super::signin::link_expired());
                }
                if let Some(family) = &invitation.family_id {
                    users::join_family(conn, &user.id, family)?;
                }
                users::grant_role(conn, &user.id, role, now)?;
                security::record(
                    conn,
                    EventKind::InvitationAccepted,
                    Some(&user.id),
                    Some(&invitation.invited_by),
                    role.as_str(),
                    now,
                )?;
                super::signin::open_session(
                    conn,
                    &state_in,
                    &user,
                    &client,
                    "invitation",
                    false,
                    token_use,
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(ticket)
}

/// The account the invitation is for: the existing one for its address (unless that belongs
/// to another family), or a new one with the invitation's language and family.
fn invited_user(
    conn: &mut AnyConnection,
    invitation: &Invitation,
    display_name: &str,
    password_hash: Option<&str>,
    now: NaiveDateTime,
) -> Result<users::User, AppError> {
    if let Some(user) = users::by_email(conn, &invitation.email)? {
        if invitation.family_id.is_some()
            && user.family_id.is_some()
            && user.family_id != invitation.family_id
        {
            return Err(
                AppError::new(ErrorKind::Conflict).with_message("invitation-other-family", vec![])
            );
        }
        return Ok(user);
    }
    let name = DisplayName::parse(display_name).map_err(|e| AppError::invalid(vec![e]))?;
    let id = users::insert(
        conn,
        &users::NewUser {
            email: &invitation.email,
            display_name: name.as_str(),
            ui_language: &invitation.language,
            password_hash,
            family_id: invitation.family_id.as_deref(),
            email_confirmed: true,
        },
        now,
    )?;
    users::by_id(conn, &id)?.ok_or_else(AppError::not_found)
}
