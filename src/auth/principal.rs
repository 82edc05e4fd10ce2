//! The person behind a request, resolved once by the access middleware.

use std::future::{Ready, ready};
use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use serde::Serialize;

use super::policy::{Permission, Role, SecondFactor, allows};
use crate::error::{AppError, ErrorKind};
use crate::i18n::Language;

#[derive(Debug, Clone, Serialize)]
pub struct SignedIn {
    pub user_id: String,
    #[serde(skip)]
    pub session_id: String,
    pub email: String,
    pub display_name: String,
    #[serde(skip)]
    pub language: &'static Language,
    pub roles: Vec<Role>,
    pub second_factor: SecondFactor,
    #[serde(skip)]
    pub family_id: Option<String>,
    /// Signed in with `Authorization: Bearer` (no cookie, so no CSRF token needed).
    #[serde(skip)]
    pub via_bearer: bool,
}

impl SignedIn {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn can(&self, permission: Permission) -> bool {
        allows(Some((&self.roles, self.second_factor)), permission)
    }

    /// The role the person acts in when using `permission`: the first of theirs granting it
    /// (what the access log records as "in which role").
    pub fn acting_role(&self, permission: Permission) -> Option<Role> {
        self.roles
            .iter()
            .copied()
            .find(|role| super::policy::granted(*role).contains(&permission))
    }
}

#[derive(Debug, Clone, Default)]
pub enum Principal {
    #[default]
    Anonymous,
    User(Arc<SignedIn>),
}

impl Principal {
    pub fn user(&self) -> Option<&Arc<SignedIn>> {
        match self {
            Principal::Anonymous => None,
            Principal::User(user) => Some(user),
        }
    }

    pub fn allows(&self, permission: Permission) -> bool {
        match self {
            Principal::Anonymous => allows(None, permission),
            Principal::User(user) => user.can(permission),
        }
    }
}

impl FromRequest for Principal {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(req
            .extensions()
            .get::<Principal>()
            .cloned()
            .unwrap_or_default()))
    }
}

/// A handler argument that requires a signed-in person.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub Arc<SignedIn>);

impl std::ops::Deref for CurrentUser {
    type Target = SignedIn;
    fn deref(&self) -> &SignedIn {
        &self.0
    }
}

impl FromRequest for CurrentUser {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let user = req
            .extensions()
            .get::<Principal>()
            .and_then(|p| p.user().cloned());
        ready(
            user.map(CurrentUser)
                .ok_or_else(|| AppError::new(ErrorKind::Unauthorized).into()),
        )
    }
}
