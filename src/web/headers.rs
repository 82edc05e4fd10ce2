//! Security headers on every response.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;

/// No inline script or style anywhere, nothing from other origins, never inside a frame.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Set on every response that does not set them itself.
const HEADERS: [(&str, &str); 6] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    // Not `no-referrer`: with it, browsers send `Origin: null` on our own form posts, which
    // the CSRF check must refuse. `same-origin` still tells other sites nothing.
    ("referrer-policy", "same-origin"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
];

const STRICT_TRANSPORT_SECURITY: (&str, &str) = (
    "strict-transport-security",
    "max-age=31536000; includeSubDomains",
);

/// The outermost middleware, written as a `from_fn` (not actix's `DefaultHeaders`) because
/// `from_fn` boxes the future of everything inside it. An HTTP connection's task holds the
/// outermost future inline for as long as the connection lives, a chat socket's whole life,
/// so boxing it keeps every open chat connection smaller (benches/RESULTS.md).
pub async fn security_headers<B: MessageBody>(
    https: bool,
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<B>, actix_web::Error> {
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    let hsts = https.then_some(STRICT_TRANSPORT_SECURITY);
    for (name, value) in HEADERS.into_iter().chain(hsts) {
        let name = HeaderName::from_static(name);
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    Ok(response)
}
