//! The HTML side: templates, static assets, middleware and the pages every visitor sees.

pub mod client;
pub mod errors;
pub mod headers;
pub mod json;
pub mod pages;
pub mod statics;
pub mod templates;

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, web};
use minijinja::{Value, context};
use serde::Serialize;

use crate::auth::Principal;
use crate::auth::access::CsrfToken;
use crate::auth::policy::{Permission, Role};
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Locale};
use crate::registry::Registry;
use crate::state::AppState;

/// The site's own pages: home and embedded static files.
pub fn register(reg: &mut Registry) {
    reg.routes().get("/", Permission::Public, pages::home).get(
        "/static/{path:.*}",
        Permission::Public,
        statics::serve,
    );
}

/// What a page handler needs to render: the shared state, the request and its language.
pub struct Page {
    pub state: web::Data<AppState>,
    pub locale: Locale,
    pub principal: Principal,
    req: HttpRequest,
}

#[derive(Serialize)]
struct LanguageLink {
    code: &'static str,
    name: String,
    current: bool,
}

/// The signed-in person as the layout shows them.
#[derive(Serialize)]
struct Viewer {
    display_name: String,
    is_family: bool,
    is_staff: bool,
    is_admin: bool,
    can_invite: bool,
    can_manage_groups: bool,
    /// Facilitators and staff see reported messages.
    reviews_reports: bool,
    is_facilitator: bool,
    fully_signed_in: bool,
    /// What the viewer may do (`Permission` in snake case), for the links a page offers.
    permissions: Vec<Permission>,
}

impl Page {
    /// Context every page layout uses: language, where we are, the CSRF token, who is viewing.
    pub fn base_context(state: &AppState, req: &HttpRequest) -> Value {
        let locale = req
            .extensions()
            .get::<Locale>()
            .copied()
            .unwrap_or_default();
        let path = match req.query_string() {
            "" => req.path().to_owned(),
            query => format!("{}?{query}", req.path()),
        };
        let languages: Vec<LanguageLink> = LANGUAGES
            .iter()
            .map(|l| LanguageLink {
                code: l.code,
                // Each language is named in its own language.
                name: state.i18n.translate(l.code, "language-name", None),
                current: l.code == locale.code(),
            })
            .collect();
        let csrf_token = req
            .extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let viewer = req
            .extensions()
            .get::<Principal>()
            .and_then(|p| p.user().cloned())
            .map(|user| Viewer {
                display_name: user.display_name.clone(),
                is_family: user.has_role(Role::Family),
                is_staff: user.roles.iter().any(|r| r.is_staff()),
                is_admin: user.has_role(Role::Admin),
                can_invite: user.can(Permission::InvitePeople),
                can_manage_groups: user.can(Permission::ManageGroups),
                reviews_reports: user.can(Permission::ManageGroups)
                    || user.has_role(Role::Facilitator),
                is_facilitator: user.has_role(Role::Facilitator),
                fully_signed_in: user.second_factor.is_satisfied(),
                permissions: Permission::ALL
                    .into_iter()
                    .filter(|p| user.can(*p))
                    .collect(),
            });
        context! {
            lang => locale.code(),
            dir => locale.dir(),
            path,
            languages,
            csrf_token,
            viewer,
            asset_version => statics::ASSET_VERSION,
        }
    }

    pub fn render(&self, template: &str, vars: Value) -> Result<HttpResponse, AppError> {
        // The layout's own values come first, so a page's variables cannot replace them.
        let ctx = context! { ..Self::base_context(&self.state, &self.req), ..vars };
        let html = self
            .state
            .templates
            .render(template, ctx)
            .map_err(AppError::internal)?;
        Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
            .body(html))
    }

    /// Renders a form page again with the errors of `error` shown next to their fields;
    /// errors that are not about fields are passed on to the error page.
    pub fn render_form_error(
        &self,
        template: &str,
        vars: Value,
        error: AppError,
    ) -> Result<HttpResponse, AppError> {
        if error.kind() != crate::error::ErrorKind::BadRequest {
            return Err(error);
        }
        let lang = self.locale.code();
        let i18n = &self.state.i18n;
        let field_errors: std::collections::BTreeMap<&str, String> = error
            .fields()
            .iter()
            .map(|f| {
                (
                    f.field.as_ref(),
                    i18n.translate_with(lang, f.message.id, &f.message.args),
                )
            })
            .collect();
        let form_error = error
            .message()
            .map(|m| i18n.translate_with(lang, m.id, &m.args));
        let mut response = self.render(template, context! { field_errors, form_error, ..vars })?;
        *response.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
        Ok(response)
    }

    /// A stored UTC time as the reader's language writes it.
    pub fn datetime(&self, utc: chrono::NaiveDateTime) -> String {
        self.state.i18n.datetime(self.locale.code(), utc.and_utc())
    }

    pub fn t(&self, id: &str) -> String {
        self.state.i18n.translate(self.locale.code(), id, None)
    }

    pub fn request(&self) -> &HttpRequest {
        &self.req
    }
}

impl FromRequest for Page {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let page = state.map(|state| Page {
            state,
            locale: req
                .extensions()
                .get::<Locale>()
                .copied()
                .unwrap_or_default(),
            principal: req
                .extensions()
                .get::<Principal>()
                .cloned()
                .unwrap_or_default(),
            req: req.clone(),
        });
        ready(page.ok_or_else(|| AppError::new(crate::error::ErrorKind::Internal).into()))
    }
}

/// A redirect after a form post (303, so the browser follows with GET).
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, location))
        .finish()
}

/// The one rule for a redirect target taken from a request (already decoded once, as every
/// query and form value is): a path of this site, or `/`. Refused: anything but a path
/// (`https://…`), a second slash or a backslash at its start (`//host`, `/\\host`), control
/// characters anywhere (browsers drop a tab, so `/<TAB>/host` would become `//host`; CR, LF
/// and NUL cannot be in a header at all), and any of these again under percent-encoding.
pub fn safe_local_path(next: Option<&str>) -> &str {
    match next {
        Some(path) if is_local_path(path) && is_local_path(&percent_decoded(path)) => path,
        _ => "/",
    }
}

fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
}

fn percent_decoded(path: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::percent_decode_str(path).decode_utf8_lossy()
}

/// A url-encoded form, where a repeated field (checkboxes) becomes a list.
pub struct HtmlForm<T>(pub T);

impl<T: serde::de::DeserializeOwned + 'static> FromRequest for HtmlForm<T> {
    type Error = actix_web::Error;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = req
            .app_data::<web::Data<AppState>>()
            .map_or(64 * 1024, |s| s.config.body_limit);
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            let body = body.await.map_err(|e| {
                AppError::new(crate::error::ErrorKind::PayloadTooLarge).with_cause(e.to_string())
            })?;
            if body.len() > limit {
                return Err(AppError::new(crate::error::ErrorKind::PayloadTooLarge).into());
            }
            serde_html_form::from_bytes(&body)
                .map(HtmlForm)
                .map_err(|e| {
                    AppError::bad_request("error-invalid-form")
                        .with_cause(e.to_string())
                        .into()
                })
        })
    }
}

/// A value safe to put in a redirect path: ids are uuids, anything else becomes empty.
pub fn path_segment(value: &str) -> &str {
    if value.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        value
    } else {
        ""
    }
}
