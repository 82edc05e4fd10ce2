//! Session tokens (JWT, HS256) and one-time tokens for links sent by mail.
//!
//! A JWT only names a session row; the row decides whether it is still valid, so sign-out,
//! suspension and role changes take effect on the next request.

use hmac::{Hmac, Mac};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::Secret;

/// Browsers and API clients get tokens for different audiences.
pub const AUDIENCE_WEB: &str = "silta-web";
pub const AUDIENCE_API: &str = "silta-api";

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// User id.
    pub sub: String,
    /// Session id.
    pub sid: String,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

struct SigningKey {
    kid: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl SigningKey {
    fn derive(secret: &Secret) -> Self {
        let material = derive(secret, b"silta/jwt/v1");
        let kid = hex::encode(&Sha256::digest(material)[..6]);
        Self {
            kid,
            encoding: EncodingKey::from_secret(&material),
            decoding: DecodingKey::from_secret(&material),
        }
    }
}

/// HMAC-SHA256(secret, purpose): separate keys for separate uses from one configured secret.
fn derive(secret: &Secret, purpose: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.expose().as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    mac.update(purpose);
    mac.finalize().into_bytes().into()
}

/// The current signing key and older ones still accepted (key rotation by `kid`).
pub struct TokenKeys {
    current: SigningKey,
    previous: Vec<SigningKey>,
    issuer: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("token rejected: {0}")]
    Rejected(String),
}

impl TokenKeys {
    pub fn new(secret: &Secret, previous: &[Secret], issuer: String) -> Self {
        Self {
            current: SigningKey::derive(secret),
            previous: previous.iter().map(SigningKey::derive).collect(),
            issuer,
        }
    }

    pub fn issue(
        &self,
        user_id: &str,
        session_id: &str,
        audience: &str,
        lifetime: chrono::TimeDelta,
    ) -> String {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            sub: user_id.to_owned(),
            sid: session_id.to_owned(),
            iss: self.issuer.clone(),
            aud: audience.to_owned(),
            iat: now,
            nbf: now,
            exp: now + lifetime.num_seconds(),
        };
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(self.current.kid.clone());
        jsonwebtoken::encode(&header, &claims, &self.current.encoding).unwrap_or_default()
    }

    /// Verifies signature (HS256 only), `exp`, `nbf`, `iss` and `aud`.
    pub fn verify(&self, token: &str, audience: &str) -> Result<Claims, TokenError> {
        let header =
            jsonwebtoken::decode_header(token).map_err(|e| TokenError::Rejected(e.to_string()))?;
        if header.alg != Algorithm::HS256 {
            return Err(TokenError::Rejected("algorithm".into()));
        }
        let kid = header
            .kid
            .ok_or_else(|| TokenError::Rejected("no kid".into()))?;
        let key = std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|k| k.kid == kid)
            .ok_or_else(|| TokenError::Rejected("unknown kid".into()))?;
        let mut validation = Validation::new(Algorithm::HS256);
        validation.validate_exp = true;
        validation.validate_nbf = true;
        validation.leeway = 30;
        validation.set_audience(&[audience]);
        validation.set_issuer(&[&self.issuer]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        jsonwebtoken::decode::<Claims>(token, &key.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|e| TokenError::Rejected(e.to_string()))
    }
}

/// A random token for a link or cookie: 32 bytes, hex.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Only this hash of a one-time token is stored.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn keys(secret: &str) -> TokenKeys {
        TokenKeys::new(&Secret::new(secret), &[], "http://silta.test".into())
    }

    #[test]
    fn round_trip_and_audience() {
        let keys = keys(&"a".repeat(40));
        let token = keys.issue("u1", "s1", AUDIENCE_WEB, chrono::TimeDelta::hours(1));
        let claims = keys.verify(&token, AUDIENCE_WEB).unwrap();
        assert_eq!((claims.sub.as_str(), claims.sid.as_str()), ("u1", "s1"));
        assert!(keys.verify(&token, AUDIENCE_API).is_err());
    }

    #[test]
    fn rotated_keys_still_verify_and_unknown_keys_do_not() {
        let old = keys(&"o".repeat(40));
        let token = old.issue("u1", "s1", AUDIENCE_WEB, chrono::TimeDelta::hours(1));
        let rotated = TokenKeys::new(
            &Secret::new("n".repeat(40)),
            &[Secret::new("o".repeat(40))],
            "http://silta.test".into(),
        );
        assert!(rotated.verify(&token, AUDIENCE_WEB).is_ok());
        assert!(keys(&"n".repeat(40)).verify(&token, AUDIENCE_WEB).is_err());
    }

    #[test]
    fn expired_tokens_are_refused() {
        let keys = keys(&"a".repeat(40));
        let token = keys.issue("u1", "s1", AUDIENCE_WEB, chrono::TimeDelta::hours(-1));
        assert!(keys.verify(&token, AUDIENCE_WEB).is_err());
    }
}
