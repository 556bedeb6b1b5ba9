//! Public-key encryption: RSAES-OAEP (MGF1 over the same hash, empty
//! label, as AWS's RSAES_OAEP_SHA_1 and RSAES_OAEP_SHA_256) and SM2PKE
//! (GM/T 0003.4, its ciphertext in the DER form OpenSSL also writes).
//! Encryption takes the public key, so an Encrypt never opens the private
//! key; a ciphertext made with it outside kms-local decrypts here.

use spki::DecodePublicKey;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::hsm::material::PrivateKey;
use crate::hsm::random::with_os_rng;
use crate::hsm::secret::Plaintext;
use crate::spec::{EncryptionAlgorithm as Alg, KeySpec};

fn mismatch() -> Error {
    Error::KmsInternal("the encryption algorithm does not fit the key".into())
}

/// The longest plaintext `algorithm` takes under a key of `spec`:
/// k − 2·hLen − 2 bytes for OAEP; 1024 bytes for SM2PKE, as AWS allows.
pub fn max_plaintext(spec: KeySpec, algorithm: Alg) -> Option<usize> {
    let modulus = match spec {
        KeySpec::Rsa2048 => 256,
        KeySpec::Rsa3072 => 384,
        KeySpec::Rsa4096 => 512,
        KeySpec::Sm2 if algorithm == Alg::Sm2Pke => return Some(1024),
        _ => return None,
    };
    match algorithm {
        Alg::RsaesOaepSha1 => Some(modulus - 2 * 20 - 2),
        Alg::RsaesOaepSha256 => Some(modulus - 2 * 32 - 2),
        _ => None,
    }
}

/// Encrypts `plaintext` under the public key `public_key` (SPKI DER). The
/// caller has checked the length against [`max_plaintext`].
pub fn encrypt(
    spec: KeySpec,
    public_key: &[u8],
    algorithm: Alg,
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    let bad_key =
        |e: spki::Error| Error::KmsInternal(format!("the stored public key does not decode: {e}"));
    let failed = |e: &dyn std::fmt::Display| Error::KmsInternal(format!("encryption failed: {e}"));
    match (spec, algorithm) {
        (KeySpec::Rsa2048 | KeySpec::Rsa3072 | KeySpec::Rsa4096, _) => {
            let key = rsa::PublicKey::from_public_key_der(public_key).map_err(bad_key)?;
            with_os_rng(|rng| {
                match algorithm {
                    Alg::RsaesOaepSha1 => {
                        key.oaep_encrypt_with_rng::<sha1::Sha1, _>(rng, plaintext)
                    }
                    Alg::RsaesOaepSha256 => {
                        key.oaep_encrypt_with_rng::<sha2::Sha256, _>(rng, plaintext)
                    }
                    _ => return Err(mismatch()),
                }
                .map_err(|e| failed(&e))
            })
        }
        (KeySpec::Sm2, Alg::Sm2Pke) => {
            let key = sm2::PublicKey::from_public_key_der(public_key).map_err(bad_key)?;
            with_os_rng(|rng| {
                sm2::pke::EncryptingKey::new(key)
                    .encrypt_der(rng, plaintext)
                    .map_err(|e| failed(&e))
            })
        }
        _ => Err(mismatch()),
    }
}

/// Decrypts a ciphertext made under the key's public key; `None` when it
/// does not decrypt (damaged, another key's, another algorithm's), which
/// the caller reports as AWS does, without saying why.
pub fn decrypt(key: &PrivateKey, algorithm: Alg, ciphertext: &[u8]) -> Result<Option<Plaintext>> {
    let plaintext = match (key, algorithm) {
        (PrivateKey::Rsa(k), Alg::RsaesOaepSha1) => with_os_rng(|rng| {
            Ok(k.oaep_decrypt_with_rng::<sha1::Sha1, _>(rng, ciphertext)
                .ok())
        })?,
        (PrivateKey::Rsa(k), Alg::RsaesOaepSha256) => with_os_rng(|rng| {
            Ok(k.oaep_decrypt_with_rng::<sha2::Sha256, _>(rng, ciphertext)
                .ok())
        })?,
        (PrivateKey::Sm2(k), Alg::Sm2Pke) => sm2::pke::DecryptingKey::new(k.clone())
            .decrypt_der(ciphertext)
            .ok(),
        _ => return Err(mismatch()),
    };
    Ok(plaintext.map(|p| Plaintext::new(Zeroizing::new(p))))
}
