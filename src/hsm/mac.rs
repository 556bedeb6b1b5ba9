//! HMAC-SHA256 under a keystore-derived key: the audit log's chain.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::hsm::secret::KeyBytes;

/// Length of a tag.
pub const TAG_LEN: usize = 32;

fn new(key: &KeyBytes) -> Hmac<Sha256> {
    // HMAC takes keys of any length; a 32-byte key cannot be refused.
    match Hmac::<Sha256>::new_from_slice(key.expose()) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC accepts every key length"),
    }
}

/// HMAC-SHA256(key, data).
pub fn tag(key: &KeyBytes, data: &[u8]) -> [u8; TAG_LEN] {
    let mut mac = new(key);
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// Whether `tag` is HMAC-SHA256(key, data), compared in constant time.
pub fn verify(key: &KeyBytes, data: &[u8], tag: &[u8]) -> bool {
    let mut mac = new(key);
    mac.update(data);
    mac.verify_slice(tag).is_ok()
}
