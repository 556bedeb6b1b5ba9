//! The keys derived with HKDF-SHA256: the per-blob data key K, an import
//! token's sealing key, and the KEK's subkeys.

use hkdf::Hkdf;
use sha2::Sha256;

use crate::hsm::secret::KeyBytes;

/// HKDF `info` for data blobs; a new blob version gets a new label.
const DATA_KEY_LABEL: &[u8] = b"kms-local data key v1";

/// HKDF `info` for import tokens; a new token version gets a new label.
const IMPORT_TOKEN_LABEL: &[u8] = b"kms-local import token v1";

/// Length of the KDF nonce N carried in each blob.
pub const KDF_NONCE_LEN: usize = 32;

/// K = HKDF-SHA256(IKM = HBK, salt = N, info = "kms-local data key v1"), 256 bits.
///
/// AWS KMS uses the NIST SP 800-108 counter-mode KDF with HMAC-SHA256 at this
/// step; HKDF (RFC 5869) is built on the same HMAC-SHA256. Because N is 256
/// random bits, each K encrypts exactly one message. See docs/ciphertext-format.md §3.
pub fn data_key(hbk: &KeyBytes, nonce: &[u8; KDF_NONCE_LEN]) -> KeyBytes {
    let hkdf = Hkdf::<Sha256>::new(Some(nonce), hbk.expose());
    let mut k = KeyBytes::zero();
    // 32 bytes is far below HKDF-SHA256's 8160-byte output limit, so this cannot fail.
    let _ = hkdf.expand(DATA_KEY_LABEL, k.expose_mut());
    k
}

/// OKM = HKDF-SHA256(IKM = root, no salt, info = label): a subkey of the keystore's KEK.
pub fn subkey(root: &KeyBytes, label: &[u8]) -> KeyBytes {
    let hkdf = Hkdf::<Sha256>::new(None, root.expose());
    let mut k = KeyBytes::zero();
    let _ = hkdf.expand(label, k.expose_mut());
    k
}

/// K_t = HKDF-SHA256(IKM = DK, salt = N, info = "kms-local import token v1"),
/// 256 bits: the key that seals one import token, whose N is 256 fresh random
/// bits, so each K_t seals one token. See docs/keystore-format.md §9.
pub fn import_token_key(domain_key: &KeyBytes, nonce: &[u8; KDF_NONCE_LEN]) -> KeyBytes {
    let hkdf = Hkdf::<Sha256>::new(Some(nonce), domain_key.expose());
    let mut k = KeyBytes::zero();
    let _ = hkdf.expand(IMPORT_TOKEN_LABEL, k.expose_mut());
    k
}
