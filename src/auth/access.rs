//! The access middleware: resolves the principal, enforces the route's permission (deny by
//! default), and protects state-changing requests with an Origin check and a CSRF token.

use std::sync::Arc;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpResponse, web};

use super::policy::{Role, SecondFactor};
use super::principal::{Principal, SignedIn};
use super::tokens::{AUDIENCE_API, AUDIENCE_WEB, Claims, random_token};
use crate::accounts::model::{sessions, users};
use crate::clock::now;
use crate::error::{AppError, ErrorKind};
use crate::i18n::{DEFAULT_LANGUAGE, LANGUAGES, Locale, ProfileLanguage, language};
use crate::routing::RouteTable;
use crate::state::AppState;

pub const CSRF_COOKIE: &str = "silta_csrf";
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The token forms and scripts send back with every state-changing request.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// `__Host-` binds the cookie to our exact origin, which browsers allow only over https.
pub fn session_cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-silta_session"
    } else {
        "silta_session"
    }
}

pub fn session_cookie(token: String, https: bool) -> Cookie<'static> {
    Cookie::build(session_cookie_name(https), token)
        .path("/")
        .http_only(true)
        .secure(https)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(
            sessions::LIFETIME.num_days(),
        ))
        .finish()
}

pub fn removal_cookie(https: bool) -> Cookie<'static> {
    let mut cookie = Cookie::build(session_cookie_name(https), "")
        .path("/")
        .http_only(true)
        .secure(https)
        .same_site(SameSite::Lax)
        .finish();
    cookie.make_removal();
    cookie
}

fn csrf_cookie(token: String, https: bool) -> Cookie<'static> {
    Cookie::build(CSRF_COOKIE, token)
        .path("/")
        .http_only(true)
        .secure(https)
        .same_site(SameSite::Strict)
        .finish()
}

pub async fn access(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody + 'static, BoxBody>>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(req
            .error_response(AppError::new(ErrorKind::Internal))
            .map_into_right_body());
    };
    let https = state.config.is_https();
    let permission = req.match_pattern().and_then(|pattern| {
        req.app_data::<web::Data<RouteTable>>()
            .and_then(|table| table.permission(req.method(), &pattern))
    });
    let (principal, stale_cookie) = match resolve(&state, &req).await {
        Ok(resolved) => resolved,
        Err(error) => return Ok(req.error_response(error).map_into_right_body()),
    };
    if let Principal::User(user) = &principal {
        req.extensions_mut().insert(ProfileLanguage(user.language));
        req.extensions_mut().insert(Locale::new(user.language));
    }
    req.extensions_mut().insert(principal.clone());
    let existing_csrf = req
        .cookie(CSRF_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() == 64);
    let new_csrf = existing_csrf.is_none();
    let csrf = existing_csrf.unwrap_or_else(random_token);
    req.extensions_mut().insert(CsrfToken(csrf.clone()));

    if let Some(permission) = permission
        && !principal.allows(permission)
    {
        return Ok(deny(req, &principal).map_into_right_body());
    }
    if is_state_changing(req.method())
        && let Err(error) = check_forgery(&mut req, &state, &principal, &csrf, new_csrf).await
    {
        return Ok(req.error_response(error).map_into_right_body());
    }
    let signed_in = principal.user().is_some();
    let mut response = next.call(req).await?;
    // What a signed-in person is shown is theirs: no shared or browser cache may keep it.
    if signed_in && !response.headers().contains_key(header::CACHE_CONTROL) {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("no-store"),
        );
    }
    if new_csrf {
        response
            .response_mut()
            .add_cookie(&csrf_cookie(csrf, https))?;
    }
    if stale_cookie && !response.headers().contains_key(header::SET_COOKIE) {
        response.response_mut().add_cookie(&removal_cookie(https))?;
    }
    Ok(response.map_into_left_body())
}

fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Pages send people where they can continue; the API answers 401/403.
fn deny(req: ServiceRequest, principal: &Principal) -> ServiceResponse<BoxBody> {
    let is_page = !req.path().starts_with("/api/") && req.method() == Method::GET;
    let redirect = match principal {
        Principal::Anonymous if is_page => Some(format!(
            "/sign-in?next={}",
            url::form_urlencoded::byte_serialize(req.path().as_bytes()).collect::<String>()
        )),
        Principal::User(user) if is_page => match user.second_factor {
            SecondFactor::Pending => Some("/sign-in/second-factor".to_owned()),
            SecondFactor::SetupRequired => Some("/account/second-factor".to_owned()),
            _ => None,
        },
        _ => None,
    };
    if let Some(location) = redirect {
        return req.into_response(
            HttpResponse::SeeOther()
                .insert_header((header::LOCATION, location))
                .finish(),
        );
    }
    let kind = match principal {
        Principal::Anonymous => ErrorKind::Unauthorized,
        Principal::User(user) if !user.second_factor.is_satisfied() => ErrorKind::Unauthorized,
        Principal::User(_) => ErrorKind::Forbidden,
    };
    req.error_response(AppError::new(kind))
}

/// (principal, whether a session cookie was sent that no longer works)
async fn resolve(state: &AppState, req: &ServiceRequest) -> Result<(Principal, bool), AppError> {
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "));
    if let Some(token) = bearer {
        let unauthorized =
            || AppError::new(ErrorKind::Unauthorized).with_message("error-token-invalid", vec![]);
        let claims = state
            .keys
            .verify(token.trim(), AUDIENCE_API)
            .map_err(|e| unauthorized().with_cause(e))?;
        let user = load(state, claims, true).await?.ok_or_else(unauthorized)?;
        return Ok((Principal::User(user), false));
    }
    let Some(cookie) = req.cookie(session_cookie_name(state.config.is_https())) else {
        return Ok((Principal::Anonymous, false));
    };
    let Ok(claims) = state.keys.verify(cookie.value(), AUDIENCE_WEB) else {
        return Ok((Principal::Anonymous, true));
    };
    Ok(match load(state, claims, false).await? {
        Some(user) => (Principal::User(user), false),
        None => (Principal::Anonymous, true),
    })
}

/// Checks the session row on every request, so revocation and suspension act at once.
async fn load(
    state: &AppState,
    claims: Claims,
    via_bearer: bool,
) -> Result<Option<Arc<SignedIn>>, AppError> {
    state
        .db
        .run(move |conn| {
            let Some((session, user)) = sessions::find_live(conn, &claims.sid, &claims.sub, now())?
            else {
                return Ok(None);
            };
            let roles = users::roles(conn, &user.id)?;
            let second_factor = second_factor_state(&user, &roles, session.second_factor_passed);
            Ok(Some(Arc::new(SignedIn {
                user_id: user.id,
                session_id: session.id,
                email: user.email,
                display_name: user.display_name,
                language: language(&user.ui_language)
                    .or_else(|| language(DEFAULT_LANGUAGE))
                    .unwrap_or(&LANGUAGES[0]),
                roles,
                second_factor,
                family_id: user.family_id,
                via_bearer,
            })))
        })
        .await
}

pub fn second_factor_state(user: &users::User, roles: &[Role], passed: bool) -> SecondFactor {
    match (user.totp_enabled_at.is_some(), passed) {
        (true, true) => SecondFactor::Passed,
        (true, false) => SecondFactor::Pending,
        (false, _) if roles.iter().any(|r| r.requires_second_factor()) => {
            SecondFactor::SetupRequired
        }
        (false, _) => SecondFactor::NotRequired,
    }
}

/// Cross-site request forgery: the Origin must be ours, and requests that carry the session
/// cookie must echo the CSRF token (form field or header).
async fn check_forgery(
    req: &mut ServiceRequest,
    state: &AppState,
    principal: &Principal,
    csrf: &str,
    csrf_is_new: bool,
) -> Result<(), AppError> {
    let forbidden = || AppError::forbidden().with_message("error-csrf", vec![]);
    if let Some(origin) = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        && !crate::web::client::is_own_origin(req.request(), &state.config, origin)
    {
        return Err(forbidden().with_cause(format!("origin {origin} refused")));
    }
    let cookie_session = principal.user().is_some_and(|u| !u.via_bearer);
    if !cookie_session {
        return Ok(());
    }
    if csrf_is_new {
        return Err(forbidden().with_cause("no CSRF cookie"));
    }
    let sent = match req.headers().get(CSRF_HEADER).and_then(|h| h.to_str().ok()) {
        Some(header_value) => Some(header_value.to_owned()),
        None => csrf_from_form(req, state.config.body_limit).await?,
    };
    let matches = sent.is_some_and(|sent| {
        use subtle::ConstantTimeEq;
        bool::from(sent.as_bytes().ct_eq(csrf.as_bytes()))
    });
    if matches {
        Ok(())
    } else {
        Err(forbidden().with_cause("CSRF token mismatch"))
    }
}

/// Reads the token from a url-encoded body and puts the body back for the handler. A body
/// over the limit is "too large" (413), as the handler would have answered, not "forged".
async fn csrf_from_form(
    req: &mut ServiceRequest,
    limit: usize,
) -> Result<Option<String>, AppError> {
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|c| c.to_str().ok())
        .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok(None);
    }
    let too_large = || AppError::new(ErrorKind::PayloadTooLarge);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|l| l.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return Err(too_large());
    }
    let mut payload = req.take_payload();
    let mut body = web::BytesMut::new();
    use futures_util::StreamExt;
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return Ok(None);
        };
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    let body = body.freeze();
    let token = url::form_urlencoded::parse(&body)
        .find(|(key, _)| key == CSRF_FIELD)
        .map(|(_, value)| value.into_owned());
    req.set_payload(Payload::from(body));
    Ok(token)
}

/// The account with this address as if signed in with every factor passed, for work the
/// command line does on a person's behalf (the demo content); never for a request.
pub async fn acting_as(state: &AppState, email: &str) -> Result<Option<SignedIn>, AppError> {
    let email = email.to_owned();
    state
        .db
        .run(move |conn| {
            let Some(user) = users::by_email(conn, &email)? else {
                return Ok(None);
            };
            let roles = users::roles(conn, &user.id)?;
            Ok(Some(SignedIn {
                user_id: user.id,
                session_id: String::new(),
                email: user.email,
                display_name: user.display_name,
                language: language(&user.ui_language).unwrap_or(&LANGUAGES[0]),
                roles,
                second_factor: SecondFactor::Passed,
                family_id: user.family_id,
                via_bearer: true,
            }))
        })
        .await
}
