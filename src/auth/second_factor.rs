//! Time-based one-time passwords (RFC 6238), as authenticator apps use them.

use totp_rs::{Algorithm, Secret, TOTP};

use crate::error::AppError;

fn totp(secret_base32: &str, account: &str) -> Result<TOTP, AppError> {
    let bytes = Secret::Encoded(secret_base32.to_owned())
        .to_bytes()
        .map_err(|e| AppError::internal(format!("{e:?}")))?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some("Silta".to_owned()),
        account.to_owned(),
    )
    .map_err(|e| AppError::internal(e.to_string()))
}

/// A fresh secret (base32) for a new authenticator.
pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

/// The `otpauth://` URL an authenticator app reads from the QR code.
pub fn provisioning_url(secret: &str, account: &str) -> Result<String, AppError> {
    Ok(totp(secret, account)?.get_url())
}

/// The QR code of the provisioning URL, as an SVG image.
pub fn qr_svg(url: &str) -> Result<String, AppError> {
    let code =
        qrcode::QrCode::new(url.as_bytes()).map_err(|e| AppError::internal(e.to_string()))?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

/// Checks a six-digit code, allowing one step of clock drift either way.
pub fn verify(secret: &str, code: &str) -> bool {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    totp(secret, "")
        .and_then(|t| {
            t.check_current(&code)
                .map_err(|e| AppError::internal(e.to_string()))
        })
        .unwrap_or(false)
}

/// The current code, for tests and the demo.
pub fn current_code(secret: &str) -> Option<String> {
    totp(secret, "").ok()?.generate_current().ok()
}
