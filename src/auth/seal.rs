//! Secrets at rest: what must be read back (an authenticator's key) is stored sealed with
//! XChaCha20-Poly1305 under a key derived by HKDF-SHA256 from `SILTA_SECRET`, bound to its row
//! (the associated data, e.g. the user's id) so a sealed value copied to another row does not
//! open. A database dump alone therefore gives no usable second factor.
//!
//! A sealed value reads `sealed1:<key id>:<hex of nonce and ciphertext>`. Values sealed under a
//! previous secret (`SILTA_PREVIOUS_SECRETS`) still open, and [`Sealer::is_current`] tells
//! which ones to seal again; a value without the prefix is one stored before sealing existed.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::config::Secret;

const PREFIX: &str = "sealed1";
const NONCE_LEN: usize = 24;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    #[error("sealed under a key that is no longer configured")]
    UnknownKey,
    #[error("the sealed value is damaged or belongs to another row")]
    Damaged,
}

struct SealingKey {
    id: String,
    cipher: XChaCha20Poly1305,
}

impl SealingKey {
    fn derive(secret: &Secret, purpose: &str) -> Self {
        let hkdf = Hkdf::<Sha256>::new(Some(b"silta/seal/v1"), secret.expose().as_bytes());
        let mut key = [0u8; 32];
        hkdf.expand(purpose.as_bytes(), &mut key)
            .unwrap_or_else(|_| unreachable!("32 bytes is a valid HKDF-SHA256 length"));
        let id = hex::encode(&Sha256::digest(key)[..4]);
        Self {
            id,
            cipher: XChaCha20Poly1305::new(&key.into()),
        }
    }
}

/// Seals and opens one kind of secret (`purpose`), with the current key and older ones.
pub struct Sealer {
    current: SealingKey,
    previous: Vec<SealingKey>,
}

impl Sealer {
    pub fn new(secret: &Secret, previous: &[Secret], purpose: &str) -> Self {
        Self {
            current: SealingKey::derive(secret, purpose),
            previous: previous
                .iter()
                .map(|s| SealingKey::derive(s, purpose))
                .collect(),
        }
    }

    /// `plain` sealed for the row named by `bound_to`.
    pub fn seal(&self, bound_to: &str, plain: &str) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let payload = Payload {
            msg: plain.as_bytes(),
            aad: bound_to.as_bytes(),
        };
        let sealed = self
            .current
            .cipher
            .encrypt(&XNonce::from(nonce), payload)
            .unwrap_or_else(|_| unreachable!("XChaCha20-Poly1305 seals any length we store"));
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        format!("{PREFIX}:{}:{}", self.current.id, hex::encode(bytes))
    }

    /// The plain value of `stored` (a value stored before sealing existed is returned as is).
    pub fn open(&self, bound_to: &str, stored: &str) -> Result<String, SealError> {
        let Some(rest) = stored
            .strip_prefix(PREFIX)
            .and_then(|r| r.strip_prefix(':'))
        else {
            return Ok(stored.to_owned());
        };
        let (id, body) = rest.split_once(':').ok_or(SealError::Damaged)?;
        let key = std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|k| k.id == id)
            .ok_or(SealError::UnknownKey)?;
        let bytes = hex::decode(body).map_err(|_| SealError::Damaged)?;
        if bytes.len() <= NONCE_LEN {
            return Err(SealError::Damaged);
        }
        let (nonce, sealed) = bytes.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| SealError::Damaged)?;
        let payload = Payload {
            msg: sealed,
            aad: bound_to.as_bytes(),
        };
        let plain = key
            .cipher
            .decrypt(&XNonce::from(nonce), payload)
            .map_err(|_| SealError::Damaged)?;
        String::from_utf8(plain).map_err(|_| SealError::Damaged)
    }

    /// Whether `stored` is sealed under the current key (else it should be sealed again).
    pub fn is_current(&self, stored: &str) -> bool {
        stored.starts_with(&format!("{PREFIX}:{}:", self.current.id))
    }

    /// What every value sealed under the current key begins with (for a query's `LIKE`).
    pub fn current_prefix(&self) -> String {
        format!("{PREFIX}:{}:", self.current.id)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn secret(text: &str) -> Secret {
        Secret::new(text.repeat(8))
    }

    #[test]
    fn a_sealed_value_opens_only_for_its_row_and_after_a_rotation() {
        let old = Sealer::new(&secret("old-"), &[], "totp");
        let sealed = old.seal("user-1", "JBSWY3DPEHPK3PXP");
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_eq!(old.open("user-1", &sealed).unwrap(), "JBSWY3DPEHPK3PXP");
        assert_eq!(old.open("user-2", &sealed), Err(SealError::Damaged));
        assert_ne!(
            old.seal("user-1", "JBSWY3DPEHPK3PXP"),
            sealed,
            "a fresh nonce each time"
        );

        let rotated = Sealer::new(&secret("new-"), &[secret("old-")], "totp");
        assert_eq!(rotated.open("user-1", &sealed).unwrap(), "JBSWY3DPEHPK3PXP");
        assert!(!rotated.is_current(&sealed));
        assert!(rotated.is_current(&rotated.seal("user-1", "x")));
        let forgotten = Sealer::new(&secret("new-"), &[], "totp");
        assert_eq!(
            forgotten.open("user-1", &sealed),
            Err(SealError::UnknownKey)
        );
        let other_use = Sealer::new(&secret("old-"), &[], "other");
        assert_eq!(
            other_use.open("user-1", &sealed),
            Err(SealError::UnknownKey)
        );
    }

    #[test]
    fn a_value_stored_before_sealing_reads_as_it_is_and_damage_is_refused() {
        let sealer = Sealer::new(&secret("s-"), &[], "totp");
        assert_eq!(
            sealer.open("u", "JBSWY3DPEHPK3PXP").unwrap(),
            "JBSWY3DPEHPK3PXP"
        );
        assert!(!sealer.is_current("JBSWY3DPEHPK3PXP"));
        let mut sealed = sealer.seal("u", "secret");
        sealed.pop();
        sealed.push('0');
        assert!(sealer.open("u", &sealed).is_err());
        assert_eq!(sealer.open("u", "sealed1:zz"), Err(SealError::Damaged));
    }
}
