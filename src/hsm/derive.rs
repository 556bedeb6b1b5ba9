//! The per-blob data key K.

use hkdf::Hkdf;
use sha2::Sha256;

use crate::hsm::secret::KeyBytes;

/// HKDF `info` for data blobs; a new blob version gets a new label.
const DATA_KEY_LABEL: &[u8] = b"kms-local data key v1";

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
