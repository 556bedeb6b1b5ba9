//! HMAC-SHA256 under a keystore-derived key (the audit log's chain), and the
//! HMAC and hash that SigV4 request signatures are made of.

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::hsm::secret::KeyBytes;
use crate::spec::MacAlgorithm;

/// Length of a tag.
pub const TAG_LEN: usize = 32;

fn new(key: &KeyBytes) -> Hmac<Sha256> {
    // HMAC takes keys of any length; a 32-byte key cannot be refused.
    match Hmac::<Sha256>::new_from_slice(key.expose()) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC accepts every key length"),
    }
}

/// HMAC-SHA256 under one key, for many messages: the key's padded blocks
/// are hashed once, not once a message (an audit log appends many lines).
pub struct Tagger(Hmac<Sha256>);

impl Tagger {
    pub fn new(key: &KeyBytes) -> Self {
        Tagger(new(key))
    }

    /// HMAC-SHA256(key, data).
    pub fn tag(&self, data: &[u8]) -> [u8; TAG_LEN] {
        let mut mac = self.0.clone();
        mac.update(data);
        mac.finalize().into_bytes().into()
    }
}

/// Whether `tag` is HMAC-SHA256(key, data), compared in constant time.
pub fn verify(key: &KeyBytes, data: &[u8], tag: &[u8]) -> bool {
    let mut mac = new(key);
    mac.update(data);
    mac.verify_slice(tag).is_ok()
}

/// HMAC-SHA256 under a key of any length (SigV4's derived keys). The result
/// is a key in its own right, so it is zeroized when dropped.
pub fn hmac_sha256(key: &[u8], data: &[u8]) -> Zeroizing<[u8; TAG_LEN]> {
    let mut mac = match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC accepts every key length"),
    };
    mac.update(data);
    Zeroizing::new(mac.finalize().into_bytes().into())
}

/// SHA-256 of public data (a request body, a canonical request).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// GenerateMac: the RFC 2104 HMAC of `message` under an HMAC key, with the
/// hash `algorithm` names.
pub fn generate_mac(algorithm: MacAlgorithm, key: &[u8], message: &[u8]) -> Vec<u8> {
    macro_rules! hmac {
        ($hash:ty) => {
            match Hmac::<$hash>::new_from_slice(key) {
                Ok(mut mac) => {
                    mac.update(message);
                    mac.finalize().into_bytes().to_vec()
                }
                Err(_) => unreachable!("HMAC accepts every key length"),
            }
        };
    }
    match algorithm {
        MacAlgorithm::HmacSha224 => hmac!(sha2::Sha224),
        MacAlgorithm::HmacSha256 => hmac!(Sha256),
        MacAlgorithm::HmacSha384 => hmac!(sha2::Sha384),
        MacAlgorithm::HmacSha512 => hmac!(sha2::Sha512),
    }
}
