//! EncryptedKeyMaterial → key material, for each wrapping algorithm:
//!
//! - RSAES_OAEP_SHA_1 / _SHA_256: RSAES-OAEP with MGF1 over the same hash and
//!   an empty label, of the material itself (`pke::decrypt`);
//! - RSA_AES_KEY_WRAP_SHA_1 / _SHA_256: the first k bytes (k, the modulus
//!   length) are RSAES-OAEP of a fresh 256-bit AES key K_aes; the rest is
//!   AES Key Wrap with Padding (RFC 5649) of the material under K_aes;
//! - SM2PKE: SM2 encryption (GM/T 0003.4) in its DER form (`pke::decrypt`).

use aes_kw::{KeyInit, KwpAes256};
use zeroize::Zeroizing;

use crate::hsm::pke;
use crate::hsm::secret::{KeyBytes, Plaintext};
use crate::spec::{EncryptionAlgorithm, WrappingAlgorithm, WrappingKeySpec};

use super::{ImportError, Result, WrappingKey, check_pair};

/// AWS's bound on `EncryptedKeyMaterial`.
pub const MAX_WRAPPED_LEN: usize = 6144;

/// The shortest AES-KWP output: one 64-bit block of padded material and the
/// integrity block (RFC 5649 §4.1). aes-kw 0.3 takes an 8-byte input as an
/// empty key whose integrity block is in the clear, so shorter is refused here.
const MIN_KWP_LEN: usize = 16;

/// Unwraps `wrapped` with the wrapping key `key` and `algorithm`. Any failure
/// of the wrapped bytes is [`ImportError::Unwrap`]: a bad OAEP padding and a
/// failed key-wrap integrity check look the same, in the answer and, as
/// closely as it can be done, in time (a K_aes that does not decrypt is
/// replaced by a random one and the key wrap is undone with it anyway).
pub fn unwrap(
    key: &WrappingKey,
    algorithm: WrappingAlgorithm,
    wrapped: &[u8],
) -> Result<Plaintext> {
    check_pair(algorithm, key.spec())?;
    if wrapped.is_empty() || wrapped.len() > MAX_WRAPPED_LEN {
        return Err(ImportError::Unwrap);
    }
    let private_key = key.open()?;
    let decrypt = |algorithm, ciphertext| -> Result<Option<Plaintext>> {
        Ok(pke::decrypt(&private_key, algorithm, ciphertext)?)
    };
    let material = match algorithm {
        WrappingAlgorithm::RsaesOaepSha1 => decrypt(EncryptionAlgorithm::RsaesOaepSha1, wrapped)?,
        WrappingAlgorithm::RsaesOaepSha256 => {
            decrypt(EncryptionAlgorithm::RsaesOaepSha256, wrapped)?
        }
        WrappingAlgorithm::Sm2Pke => decrypt(EncryptionAlgorithm::Sm2Pke, wrapped)?,
        WrappingAlgorithm::RsaAesKeyWrapSha1 | WrappingAlgorithm::RsaAesKeyWrapSha256 => {
            let oaep = if algorithm == WrappingAlgorithm::RsaAesKeyWrapSha1 {
                EncryptionAlgorithm::RsaesOaepSha1
            } else {
                EncryptionAlgorithm::RsaesOaepSha256
            };
            let k = modulus_len(key.spec());
            if k == 0 || wrapped.len() < k + MIN_KWP_LEN {
                return Err(ImportError::Unwrap);
            }
            let (wrapped_key, wrapped_material) = wrapped.split_at(k);
            let aes_key = decrypt(oaep, wrapped_key)?
                .and_then(|aes_key| KeyBytes::from_slice(aes_key.expose()));
            let key_ok = aes_key.is_some();
            // A K_aes that did not decrypt is replaced, so the key wrap runs all the same.
            let aes_key = match aes_key {
                Some(aes_key) => aes_key,
                None => KeyBytes::random()?,
            };
            kwp_unwrap(&aes_key, wrapped_material).filter(|_| key_ok)
        }
        WrappingAlgorithm::RsaesPkcs1V15 => return Err(ImportError::UnsupportedAlgorithm),
    };
    material.ok_or(ImportError::Unwrap)
}

/// The RSA modulus length k in bytes, which is where the wrapped AES key ends.
/// The key opened as its spec, so its modulus is exactly this long.
fn modulus_len(spec: WrappingKeySpec) -> usize {
    match spec {
        WrappingKeySpec::Rsa2048 => 256,
        WrappingKeySpec::Rsa3072 => 384,
        WrappingKeySpec::Rsa4096 => 512,
        // No RSA algorithm gets this far with an SM2 key (`check_pair`).
        WrappingKeySpec::Sm2 => 0,
    }
}

/// AES-KWP-AE⁻¹(K_aes, wrapped) (RFC 5649 §4.2); `None` when the length is
/// not a multiple of 8 of at least 16 bytes or the integrity check fails.
fn kwp_unwrap(aes_key: &KeyBytes, wrapped: &[u8]) -> Option<Plaintext> {
    if wrapped.len() < MIN_KWP_LEN {
        return None;
    }
    let kwp = KwpAes256::new(aes_key.expose().into());
    let mut buffer = Zeroizing::new(vec![0; wrapped.len()]);
    let len = kwp.unwrap_key(wrapped, &mut buffer).ok()?.len();
    buffer.truncate(len);
    Some(Plaintext::new(buffer))
}
