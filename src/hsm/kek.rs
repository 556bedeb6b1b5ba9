//! The keystore-encryption key (KEK) and the envelope it seals.
//!
//! root = the 32-byte master key, or Argon2id(passphrase, salt, params);
//! envelope key = HKDF-SHA256(root, info "kms-local keystore v1 envelope");
//! key check   = HKDF-SHA256(root, info "kms-local keystore v1 check").
//! The key check lets a wrong key be told apart from a damaged file. See
//! docs/keystore-format.md §2.

use argon2::{Algorithm, Argon2, Params, Version};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::error::Result;
use crate::hsm::aead::{self, NONCE_LEN};
use crate::hsm::derive;
use crate::hsm::secret::{KEY_LEN, KeyBytes};

/// Argon2id cost, stored in the keystore header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Argon2Cost {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl Argon2Cost {
    /// 64 MiB, 3 passes, 1 lane: RFC 9106's second recommendation (64 MiB, 3
    /// passes) with one lane, since lanes run one after another in this build;
    /// well above OWASP's minimum (19 MiB, 2 passes). Justified in docs/security.md.
    pub const DEFAULT: Self = Argon2Cost {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };

    /// Caps on what a header may ask for, so a crafted file cannot make an
    /// unlock allocate gigabytes or run for hours.
    pub fn is_acceptable(self) -> bool {
        (8..=1024 * 1024).contains(&self.memory_kib)
            && (1..=64).contains(&self.iterations)
            && (1..=16).contains(&self.parallelism)
    }
}

/// root = Argon2id(passphrase, salt, cost). `None` when the cost is not acceptable.
pub fn passphrase_root(passphrase: &[u8], salt: &[u8], cost: Argon2Cost) -> Option<KeyBytes> {
    if !cost.is_acceptable() {
        return None;
    }
    let params = Params::new(
        cost.memory_kib,
        cost.iterations,
        cost.parallelism,
        Some(KEY_LEN),
    )
    .ok()?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut root = KeyBytes::zero();
    argon
        .hash_password_into(passphrase, salt, root.expose_mut())
        .ok()?;
    Some(root)
}

/// The keys derived from a KEK root.
pub struct EnvelopeKeys {
    seal: KeyBytes,
    check: KeyBytes,
    audit: KeyBytes,
    records: KeyBytes,
}

impl EnvelopeKeys {
    pub fn derive(root: &KeyBytes) -> Self {
        EnvelopeKeys {
            seal: derive::subkey(root, b"kms-local keystore v1 envelope"),
            check: derive::subkey(root, b"kms-local keystore v1 check"),
            audit: derive::subkey(root, b"kms-local keystore v1 audit"),
            records: derive::subkey(root, b"kms-local keystore v2 records"),
        }
    }

    /// The key of the audit log's HMAC chain (docs/audit-log.md): bound to
    /// the keystore's id too, so two keystores under one master key cannot
    /// pass off each other's logs.
    pub fn audit_key(&self, keystore_id: &[u8]) -> KeyBytes {
        derive::subkey(&self.audit, keystore_id)
    }

    /// The public key-check value written into the header.
    pub fn check_value(&self) -> [u8; KEY_LEN] {
        *self.check.expose()
    }

    /// Whether these keys are the ones the header was written with (constant time).
    pub fn matches(&self, check_value: &[u8]) -> bool {
        self.check.expose().ct_eq(check_value).into()
    }

    /// Seals the keystore body with the header as AAD.
    pub fn seal(&self, nonce: &[u8; NONCE_LEN], header: &[u8], body: &[u8]) -> Result<Vec<u8>> {
        aead::seal(&self.seal, nonce, header, body)
    }

    /// Seals one key record (keystore format 2) under its own nonce, bound
    /// to its key id; returns `ciphertext || tag`.
    pub fn seal_record(
        &self,
        nonce: &[u8; NONCE_LEN],
        key_id: &[u8],
        record: &[u8],
    ) -> Result<Vec<u8>> {
        aead::seal(&self.records, nonce, key_id, record)
    }

    /// Opens one key record; `None` when it does not authenticate.
    pub fn open_record(
        &self,
        nonce: &[u8; NONCE_LEN],
        key_id: &[u8],
        sealed: &[u8],
    ) -> Option<Zeroizing<Vec<u8>>> {
        aead::open(&self.records, nonce, key_id, sealed)
    }

    /// Opens the keystore body where it lies; `None` when it does not authenticate.
    pub fn open_in_place(
        &self,
        nonce: &[u8; NONCE_LEN],
        header: &[u8],
        sealed: Vec<u8>,
    ) -> Option<Zeroizing<Vec<u8>>> {
        aead::open_in_place(&self.seal, nonce, header, sealed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrase_root_depends_on_every_input() {
        let cheap = Argon2Cost {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        };
        let a = passphrase_root(b"pw", &[1; 16], cheap).unwrap();
        assert!(a == passphrase_root(b"pw", &[1; 16], cheap).unwrap());
        assert!(a != passphrase_root(b"pW", &[1; 16], cheap).unwrap());
        assert!(a != passphrase_root(b"pw", &[2; 16], cheap).unwrap());
        let costlier = Argon2Cost {
            iterations: 2,
            ..cheap
        };
        assert!(a != passphrase_root(b"pw", &[1; 16], costlier).unwrap());
    }

    #[test]
    fn crafted_costs_are_refused() {
        let huge = Argon2Cost {
            memory_kib: u32::MAX,
            ..Argon2Cost::DEFAULT
        };
        assert!(passphrase_root(b"pw", &[1; 16], huge).is_none());
        let zero = Argon2Cost {
            iterations: 0,
            ..Argon2Cost::DEFAULT
        };
        assert!(passphrase_root(b"pw", &[1; 16], zero).is_none());
    }

    #[test]
    fn check_value_tells_keys_apart() {
        let a = EnvelopeKeys::derive(&KeyBytes::from_slice(&[1; 32]).unwrap());
        let b = EnvelopeKeys::derive(&KeyBytes::from_slice(&[2; 32]).unwrap());
        assert!(a.matches(&a.check_value()));
        assert!(!b.matches(&a.check_value()));
        assert!(!a.matches(&a.check_value()[..31]));
    }
}
