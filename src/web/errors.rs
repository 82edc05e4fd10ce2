//! Turns every error response into a translated page or an `application/problem+json` body.
//!
//! The same middleware negotiates the request's language first, so handlers, extractors and
//! this renderer all agree on it.

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use minijinja::context;
use tracing_actix_web::RequestId;

use crate::error::{ErrorKind, ErrorReport};
use crate::i18n::{Locale, negotiate_request};
use crate::state::AppState;
use crate::web::Page;

pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody + 'static, BoxBody>>, actix_web::Error> {
    let locale = negotiate_request(req.request());
    req.extensions_mut().insert(locale);
    // Handlers and extractors turn their errors into responses, which are rendered below;
    // nothing inside this middleware returns `Err`. (The request must not be cloned here:
    // routing needs it unshared.)
    let mut response = next.call(req).await?;
    if let Some(value) =
        request_id(response.request()).and_then(|id| HeaderValue::from_str(&id).ok())
    {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    let report = response
        .response()
        .extensions()
        .get::<ErrorReport>()
        .cloned()
        .or_else(|| {
            response
                .response()
                .error()
                .map(|_| ErrorReport::for_status(response.status()))
        });
    let Some(report) = report else {
        return Ok(response.map_into_left_body());
    };
    // The access middleware may have switched to the signed-in person's language.
    let locale = response
        .request()
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or(locale);
    let (http_req, old) = response.into_parts();
    let rendered = replace_with_error(&http_req, &report, locale, &old);
    Ok(ServiceResponse::new(http_req, rendered).map_into_right_body())
}

const REQUEST_ID_HEADER: header::HeaderName = header::HeaderName::from_static("x-request-id");

/// The rendered error keeps the headers that still matter to the client.
fn replace_with_error<B>(
    req: &HttpRequest,
    report: &ErrorReport,
    locale: Locale,
    old: &HttpResponse<B>,
) -> HttpResponse {
    let mut rendered = render_error(req, report, locale);
    for name in [header::RETRY_AFTER, header::ALLOW, REQUEST_ID_HEADER] {
        if let Some(value) = old.headers().get(&name) {
            rendered.headers_mut().insert(name, value.clone());
        }
    }
    if let Some(value) = request_id(req).and_then(|id| HeaderValue::from_str(&id).ok()) {
        rendered.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    rendered
}

fn request_id(req: &HttpRequest) -> Option<String> {
    req.extensions().get::<RequestId>().map(|id| id.to_string())
}

/// An error answer of the API (RFC 9457), in the request's language.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    #[schema(rename = "type", value_type = String)]
    pub kind: &'static str,
    /// What went wrong, translated.
    pub title: String,
    pub status: u16,
    /// What to do about it, translated.
    pub detail: String,
    /// The fields to change, when the input was invalid.
    pub errors: Vec<FieldProblem>,
    /// Quote it when asking for help: it finds the request in the log.
    pub request_id: Option<String>,
}

/// One invalid field of the input and what to change, translated.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

fn render_error(req: &HttpRequest, report: &ErrorReport, locale: Locale) -> HttpResponse {
    let status = report.kind.status();
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return HttpResponse::build(status).finish();
    };
    let lang = locale.code();
    let i18n = &state.i18n;
    let title = i18n.translate(lang, report.kind.title_id(), None);
    let detail = match &report.message {
        Some(message) => i18n.translate_with(lang, message.id, &message.args),
        None => i18n.translate(lang, &format!("{}-detail", report.kind.title_id()), None),
    };
    let fields: Vec<FieldProblem> = report
        .fields
        .iter()
        .map(|f| FieldProblem {
            field: f.field.to_string(),
            message: i18n.translate_with(lang, f.message.id, &f.message.args),
        })
        .collect();
    let reference = request_id(req);
    if wants_json(req) {
        let body = Problem {
            kind: "about:blank",
            title,
            status: status.as_u16(),
            detail,
            errors: fields,
            request_id: reference,
        };
        return HttpResponse::build(status)
            .content_type("application/problem+json")
            .insert_header((header::CONTENT_LANGUAGE, lang))
            .body(serde_json::to_string(&body).unwrap_or_default());
    }
    let ctx = context! {
        title, detail, fields, reference,
        status => status.as_u16(),
        ..Page::base_context(state, req)
    };
    match state.templates.render("error.html", ctx) {
        Ok(html) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CONTENT_LANGUAGE, lang))
            .body(html),
        Err(error) => {
            tracing::error!(%error, "error page failed to render");
            HttpResponse::build(status)
                .content_type("text/plain; charset=utf-8")
                .body(title)
        }
    }
}

/// API paths always answer JSON; elsewhere, clients that ask for JSON get it.
fn wants_json(req: &HttpRequest) -> bool {
    req.path().starts_with("/api/")
        || req
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("json") && !accept.contains("text/html"))
}

/// Used by `default_service`: anything no route matched. A path that exists with other
/// methods answers 405 with `Allow`, not 404.
pub async fn not_found(
    req: HttpRequest,
    table: Option<web::Data<crate::routing::RouteTable>>,
) -> HttpResponse {
    use actix_web::ResponseError;
    let allowed = table.map(|t| t.methods_for(req.path())).unwrap_or_default();
    if allowed.is_empty() {
        return crate::error::AppError::not_found().error_response();
    }
    let mut response = crate::error::AppError::new(ErrorKind::MethodNotAllowed).error_response();
    let allow = allowed
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if let Ok(value) = HeaderValue::from_str(&allow) {
        response.headers_mut().insert(header::ALLOW, value);
    }
    response
}

/// Maps errors raised by actix's own extractors to our translated messages.
pub fn json_error(error: actix_web::error::JsonPayloadError, _: &HttpRequest) -> actix_web::Error {
    use actix_web::error::JsonPayloadError;
    let app_error = match &error {
        JsonPayloadError::OverflowKnownLength { .. } | JsonPayloadError::Overflow { .. } => {
            crate::error::AppError::new(ErrorKind::PayloadTooLarge)
        }
        JsonPayloadError::ContentType => {
            crate::error::AppError::new(ErrorKind::UnsupportedMediaType)
        }
        _ => crate::error::AppError::bad_request("error-invalid-json"),
    };
    app_error.with_cause(error.to_string()).into()
}

pub fn form_error(error: actix_web::error::UrlencodedError, _: &HttpRequest) -> actix_web::Error {
    use actix_web::error::UrlencodedError;
    let app_error = match &error {
        UrlencodedError::Overflow { .. } => crate::error::AppError::new(ErrorKind::PayloadTooLarge),
        _ => crate::error::AppError::bad_request("error-invalid-form"),
    };
    app_error.with_cause(error.to_string()).into()
}

pub fn query_error(
    error: actix_web::error::QueryPayloadError,
    _: &HttpRequest,
) -> actix_web::Error {
    crate::error::AppError::bad_request("error-invalid-query")
        .with_cause(error.to_string())
        .into()
}

pub fn path_error(error: actix_web::error::PathError, _: &HttpRequest) -> actix_web::Error {
    crate::error::AppError::not_found()
        .with_cause(error.to_string())
        .into()
}
