//! Passwords: argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane).

use std::sync::LazyLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{AppError, FieldError, UserMessage};
use crate::i18n::ArgValue;

pub const MIN_LENGTH: usize = 10;
/// Generous, so passphrases and password managers are never cut short.
pub const MAX_LENGTH: usize = 256;

static COMMON: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common_passwords.txt")
        .lines()
        .map(str::trim)
        .collect()
});

/// A hash of a password nobody has, verified when an account does not exist, so answering
/// takes as long with or without an account.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash("not-a-real-password-for-timing").unwrap_or_default());

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(e.to_string()))
}

/// Checks a password against a stored hash; `None` runs against a dummy hash (same cost).
pub fn verify(password: &str, stored: Option<&str>) -> bool {
    let (hash_text, real) = match stored {
        Some(stored) => (stored, true),
        None => (DUMMY_HASH.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(hash_text) else {
        return false;
    };
    let matches = hasher()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    matches && real
}

/// Rules for a new password; the error names the field `password`.
pub fn validate_new(password: &str) -> Result<(), AppError> {
    let length = password.chars().count();
    let message = if length < MIN_LENGTH {
        Some(UserMessage {
            id: "password-too-short",
            args: vec![("min", ArgValue::Number(MIN_LENGTH as f64))],
        })
    } else if length > MAX_LENGTH {
        Some(UserMessage {
            id: "password-too-long",
            args: vec![("max", ArgValue::Number(MAX_LENGTH as f64))],
        })
    } else if COMMON.contains(password.to_lowercase().as_str()) {
        Some(UserMessage {
            id: "password-too-common",
            args: vec![],
        })
    } else {
        None
    };
    match message {
        Some(message) => Err(AppError::invalid(vec![FieldError {
            field: "password".into(),
            message,
        }])),
        None => Ok(()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_the_documented_cost() {
        let hashed = hash("a long enough passphrase").unwrap();
        assert!(
            hashed.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hashed}"
        );
        assert!(verify("a long enough passphrase", Some(&hashed)));
        assert!(!verify("another passphrase", Some(&hashed)));
        assert!(!verify("not-a-real-password-for-timing", None));
    }

    #[test]
    fn weak_passwords_are_refused() {
        assert!(validate_new("short").is_err());
        assert!(validate_new("password123").is_err());
        assert!(validate_new("Salasana123").is_err());
        assert!(validate_new(&"x".repeat(MAX_LENGTH + 1)).is_err());
        assert!(validate_new(&"a long and unusual phrase ".repeat(2)).is_ok());
        assert!(
            validate_new(&"k".repeat(64)).is_ok(),
            "64 characters are always allowed"
        );
    }
}
