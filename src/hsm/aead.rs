//! AES-256-GCM, the one cipher: for EKTs, data blobs and the keystore envelope.

use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::hsm::secret::KeyBytes;

/// AES-GCM nonce length in bytes.
pub const NONCE_LEN: usize = 12;
/// AES-GCM tag length in bytes.
pub const TAG_LEN: usize = 16;

/// Returns `ciphertext || tag`.
pub fn seal(
    key: &KeyBytes,
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    let cipher = Aes256Gcm::new(key.expose().into());
    // Reserve room for the tag so the buffer never reallocates and leaves a copy behind.
    let mut buffer = Vec::with_capacity(plaintext.len() + TAG_LEN);
    buffer.extend_from_slice(plaintext);
    // AES-GCM refuses only inputs of gigabytes, which every caller bounds far below.
    cipher
        .encrypt_in_place(&Nonce::from(*nonce), aad, &mut buffer)
        .map_err(|_| Error::KmsInternal("AES-GCM refused the input".into()))?;
    Ok(buffer)
}

/// Opens `ciphertext || tag`; `None` when it does not authenticate.
pub fn open(
    key: &KeyBytes,
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    sealed: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    if sealed.len() < TAG_LEN {
        return None;
    }
    let cipher = Aes256Gcm::new(key.expose().into());
    let mut buffer = Zeroizing::new(sealed.to_vec());
    cipher
        .decrypt_in_place(&Nonce::from(*nonce), aad, &mut *buffer)
        .ok()?;
    Some(buffer)
}

/// Opens `ciphertext || tag` where it lies, taking the buffer: the
/// plaintext is left in it (a large body is not copied), or the buffer is
/// wiped when it does not authenticate.
pub fn open_in_place(
    key: &KeyBytes,
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    sealed: Vec<u8>,
) -> Option<Zeroizing<Vec<u8>>> {
    let mut buffer = Zeroizing::new(sealed);
    if buffer.len() < TAG_LEN {
        return None;
    }
    let cipher = Aes256Gcm::new(key.expose().into());
    cipher
        .decrypt_in_place(&Nonce::from(*nonce), aad, &mut *buffer)
        .ok()?;
    Some(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_inverts_seal_and_rejects_any_change() {
        let key = KeyBytes::from_slice(&[7; 32]).unwrap();
        let nonce = [1; NONCE_LEN];
        let sealed = seal(&key, &nonce, b"aad", b"secret").unwrap();
        assert_eq!(sealed.len(), 6 + TAG_LEN);
        assert_eq!(
            open(&key, &nonce, b"aad", &sealed).unwrap().as_slice(),
            b"secret"
        );
        assert!(open(&key, &nonce, b"aae", &sealed).is_none());
        assert!(open(&key, &[2; NONCE_LEN], b"aad", &sealed).is_none());
        assert!(open(&key, &nonce, b"aad", &sealed[..5]).is_none());
        let mut flipped = sealed.clone();
        flipped[0] ^= 1;
        assert!(open(&key, &nonce, b"aad", &flipped).is_none());
    }
}
