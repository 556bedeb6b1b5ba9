//! ML-KEM (FIPS 203) for Encapsulate and Decapsulate.
//!
//! Encapsulation needs only the public key (the SPKI DER the keystore keeps
//! beside the sealed private key), so Encapsulate never opens the private
//! key. Decapsulation of a ciphertext of the right length never fails:
//! one that was not made for the key gives FIPS 203's implicit-rejection
//! secret, a pseudo-random value only the key holder can compute.

use ml_kem::{Decapsulate, Encapsulate};
use spki::DecodePublicKey;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::hsm::material::PrivateKey;
use crate::hsm::random::with_os_rng;
use crate::hsm::secret::Plaintext;
use crate::spec::KeySpec;

/// The ciphertext length of an ML-KEM spec (FIPS 203 Table 3).
pub fn ciphertext_len(spec: KeySpec) -> Option<usize> {
    match spec {
        KeySpec::MlKem512 => Some(768),
        KeySpec::MlKem768 => Some(1088),
        KeySpec::MlKem1024 => Some(1568),
        _ => None,
    }
}

/// A fresh shared secret and the ciphertext that carries it to the key.
#[derive(Debug)]
pub struct Encapsulated {
    pub shared_secret: Plaintext,
    pub ciphertext: Vec<u8>,
}

fn secret(shared: &[u8]) -> Plaintext {
    Plaintext::new(Zeroizing::new(shared.to_vec()))
}

fn bad_public_key(e: impl std::fmt::Display) -> Error {
    Error::KmsInternal(format!("the stored public key does not decode: {e}"))
}

/// ML-KEM.Encaps with the public key `public_key` (SPKI DER) of an ML-KEM
/// key of `spec`, its randomness from the OS.
pub fn encapsulate(spec: KeySpec, public_key: &[u8]) -> Result<Encapsulated> {
    macro_rules! encapsulate {
        ($key:ty) => {{
            let key = <$key>::from_public_key_der(public_key).map_err(bad_public_key)?;
            with_os_rng(|rng| {
                let (ciphertext, shared) = key.encapsulate_with_rng(rng);
                let shared = Zeroizing::new(shared);
                Ok(Encapsulated {
                    shared_secret: secret(&shared),
                    ciphertext: ciphertext.to_vec(),
                })
            })
        }};
    }
    match spec {
        KeySpec::MlKem512 => encapsulate!(ml_kem::EncapsulationKey512),
        KeySpec::MlKem768 => encapsulate!(ml_kem::EncapsulationKey768),
        KeySpec::MlKem1024 => encapsulate!(ml_kem::EncapsulationKey1024),
        _ => Err(Error::KmsInternal(format!(
            "{spec} is not an ML-KEM key spec"
        ))),
    }
}

/// ML-KEM.Decaps of `ciphertext` with `key`. Only a ciphertext whose length
/// is not the spec's fails (InvalidCiphertextException, AWS's empty message).
pub fn decapsulate(key: &PrivateKey, ciphertext: &[u8]) -> Result<Plaintext> {
    let shared = match key {
        PrivateKey::MlKem512(k) => k.decapsulate_slice(ciphertext),
        PrivateKey::MlKem768(k) => k.decapsulate_slice(ciphertext),
        PrivateKey::MlKem1024(k) => k.decapsulate_slice(ciphertext),
        _ => return Err(Error::KmsInternal("the key is not an ML-KEM key".into())),
    }
    .map_err(|_| Error::InvalidCiphertext(String::new()))?;
    Ok(secret(&Zeroizing::new(shared)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hsm::material;

    #[test]
    fn decapsulation_recovers_the_secret_and_rejects_only_wrong_lengths() {
        for spec in [KeySpec::MlKem512, KeySpec::MlKem768, KeySpec::MlKem1024] {
            let key = material::open(spec, &material::generate(spec).unwrap()).unwrap();
            let public = key.public_key_der().unwrap().unwrap();
            let made = encapsulate(spec, &public).unwrap();
            assert_eq!(Some(made.ciphertext.len()), ciphertext_len(spec), "{spec}");
            assert_eq!(made.shared_secret.len(), 32);
            assert_eq!(
                decapsulate(&key, &made.ciphertext).unwrap(),
                made.shared_secret
            );
            // An altered ciphertext: implicit rejection, a different secret.
            let mut altered = made.ciphertext.clone();
            altered[0] ^= 1;
            let rejected = decapsulate(&key, &altered).unwrap();
            assert_eq!(rejected.len(), 32);
            assert_ne!(rejected, made.shared_secret, "{spec}");
            assert_eq!(
                decapsulate(&key, &altered).unwrap(),
                rejected,
                "deterministic"
            );
            for len in [0, 1, made.ciphertext.len() - 1, made.ciphertext.len() + 1] {
                let e = decapsulate(&key, &vec![0; len]).unwrap_err();
                assert!(matches!(e, Error::InvalidCiphertext(ref m) if m.is_empty()));
            }
        }
    }
}
