//! Imported key material (BYOK): the cryptography of GetParametersForImport
//! and ImportKeyMaterial. A wrapping key pair made for one import, the import
//! token that carries its private key sealed under a domain key, the unwrap
//! of EncryptedKeyMaterial for each wrapping algorithm, the check that the
//! unwrapped bytes are material of the key's spec, and the material's id.
//!
//! Nothing here knows AWS's rules (which key states allow an import, whether
//! a token has expired or names the right key): the operations layer checks
//! them with the fields an opened token gives back, and names the exceptions.

mod check;
pub mod token;
mod unwrap;
mod wrap;
#[cfg(test)]
mod wrap_tests;

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use uuid::Uuid;

pub use check::{ImportedMaterial, check_material};
pub use token::{MAX_TOKEN_LEN, OpenedToken, TokenBinding};
pub use unwrap::{MAX_WRAPPED_LEN, unwrap};
pub use wrap::wrap;

use crate::error::Error;
use crate::hsm::domain::DomainKey;
use crate::hsm::material::{self, PrivateKey};
use crate::hsm::secret::Plaintext;
use crate::spec::{WrappingAlgorithm, WrappingKeySpec};

/// Why an import step refused its input. Each step refuses with one variant
/// whatever went wrong inside it, so the answer says which step failed and
/// never why: a caller cannot tell an RSA padding failure from a key-wrap
/// integrity failure, nor a forged token from one whose domain key is gone.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// RSAES_PKCS1_V1_5, which AWS has not supported since 2023-10-10: no token is
    /// made for it and nothing is unwrapped with it. The operations layer answers as
    /// AWS does (its text was not found; a ValidationException is the likely shape).
    #[error("the wrapping algorithm RSAES_PKCS1_V1_5 is not supported")]
    UnsupportedAlgorithm,
    /// The wrapping algorithm needs another kind of wrapping key: SM2PKE with an
    /// RSA key, or an RSA algorithm with an SM2 key (a ValidationException).
    #[error("the wrapping algorithm does not fit the wrapping key spec")]
    AlgorithmMismatch,
    /// The import token is malformed, altered, too long, or sealed under a domain
    /// key the keystore no longer holds (InvalidImportTokenException).
    #[error("the import token is not valid")]
    InvalidToken,
    /// EncryptedKeyMaterial does not unwrap under the token's wrapping key and
    /// algorithm (InvalidCiphertextException).
    #[error("the encrypted key material does not unwrap")]
    Unwrap,
    /// The unwrapped bytes are not material of the key's spec: a wrong length, a
    /// private key of another curve or size, not PKCS#8 DER at all
    /// (IncorrectKeyMaterialException, whose API documentation names material
    /// that is "invalid").
    #[error("the key material is not valid for the key spec")]
    InvalidMaterial,
    /// A fault that is not the input's: the OS random source failed, or a key
    /// made here did not encode. Passed on as it is (KMSInternalException).
    #[error(transparent)]
    Internal(#[from] Error),
}

pub type Result<T, E = ImportError> = std::result::Result<T, E>;

/// Whether `algorithm` wraps with a key of `spec`. RSAES_PKCS1_V1_5 fits none.
pub fn fits(algorithm: WrappingAlgorithm, spec: WrappingKeySpec) -> bool {
    match algorithm {
        WrappingAlgorithm::RsaesPkcs1V15 => false,
        WrappingAlgorithm::Sm2Pke => spec == WrappingKeySpec::Sm2,
        WrappingAlgorithm::RsaesOaepSha1
        | WrappingAlgorithm::RsaesOaepSha256
        | WrappingAlgorithm::RsaAesKeyWrapSha1
        | WrappingAlgorithm::RsaAesKeyWrapSha256 => spec != WrappingKeySpec::Sm2,
    }
}

/// Refuses a pair of wrapping algorithm and key spec that no import uses.
fn check_pair(algorithm: WrappingAlgorithm, spec: WrappingKeySpec) -> Result<()> {
    if algorithm == WrappingAlgorithm::RsaesPkcs1V15 {
        return Err(ImportError::UnsupportedAlgorithm);
    }
    if !fits(algorithm, spec) {
        return Err(ImportError::AlgorithmMismatch);
    }
    Ok(())
}

/// The private key of a wrapping key pair, kept as PKCS#8 DER (the form an
/// import token carries) and opened only to unwrap. Zeroized on drop; its
/// `Debug` names the spec alone.
pub struct WrappingKey {
    spec: WrappingKeySpec,
    pkcs8: Plaintext,
}

impl WrappingKey {
    /// A fresh wrapping key pair of `spec` from the OS random source: the
    /// private key, and the public key as DER SubjectPublicKeyInfo, which is
    /// GetParametersForImport's `PublicKey`.
    pub fn generate(spec: WrappingKeySpec) -> Result<(WrappingKey, Vec<u8>)> {
        let pkcs8 = material::generate(spec.key_spec())?;
        let key = WrappingKey { spec, pkcs8 };
        let public_key = key
            .open()?
            .public_key_der()?
            .ok_or_else(|| Error::KmsInternal(format!("{spec} has no public key")))?;
        Ok((key, public_key))
    }

    /// A wrapping key from its PKCS#8 DER, for keys made elsewhere (test
    /// vectors); `None` when the DER is not a private key of `spec`.
    pub fn from_pkcs8(spec: WrappingKeySpec, pkcs8: Plaintext) -> Option<Self> {
        let key = WrappingKey { spec, pkcs8 };
        key.open().ok().map(|_| key)
    }

    pub fn spec(&self) -> WrappingKeySpec {
        self.spec
    }

    fn open(&self) -> crate::error::Result<PrivateKey> {
        material::open(self.spec.key_spec(), &self.pkcs8)
    }
}

impl fmt::Debug for WrappingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WrappingKey({}, ..)", self.spec)
    }
}

/// What GetParametersForImport returns besides its key id and expiry.
#[derive(Debug)]
pub struct ImportParameters {
    /// The sealed import token (at most [`MAX_TOKEN_LEN`] bytes).
    pub import_token: Vec<u8>,
    /// The wrapping public key, DER SubjectPublicKeyInfo.
    pub public_key: Vec<u8>,
}

/// A fresh wrapping key pair of `binding.wrapping_key_spec`, its private key
/// sealed with `binding` into an import token under `dk`. Refuses
/// RSAES_PKCS1_V1_5 and an algorithm that does not fit the spec before any key
/// is made.
pub fn new_parameters(dk: &DomainKey, binding: &TokenBinding) -> Result<ImportParameters> {
    check_pair(binding.algorithm, binding.wrapping_key_spec)?;
    let (key, public_key) = WrappingKey::generate(binding.wrapping_key_spec)?;
    Ok(ImportParameters {
        import_token: token::seal(dk, binding, &key)?,
        public_key,
    })
}

/// HMAC `info` of a key material id; a new derivation gets a new label.
const MATERIAL_ID_LABEL: &[u8] = b"kms-local key material id v1";

/// KeyMaterialId = HMAC-SHA256(key = material, "kms-local key material id v1" || key id).
///
/// AWS derives the id "based on the KMS key ID and the imported key material": the
/// same bytes imported again into the same key get the same id, into another key
/// another id. Keyed by the material, the id is a pseudo-random function of the key
/// id that only a holder of the exact material can compute, so it reveals nothing of
/// the material, and ids of two keys holding the same material cannot be linked.
/// What it allows is what any deterministic id allows: someone who already holds
/// candidate material can confirm a guess, which is hopeless against the
/// full-entropy material AWS asks for (256 random bits, a private key).
pub fn material_id(key_id: &Uuid, material: &[u8]) -> [u8; 32] {
    // HMAC takes keys of any length, so the material is never refused.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(material) else {
        unreachable!("HMAC accepts every key length")
    };
    mac.update(MATERIAL_ID_LABEL);
    mac.update(key_id.as_bytes());
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn algorithms_fit_their_key_kind_and_pkcs1_fits_none() {
        for &spec in WrappingKeySpec::ALL {
            assert!(!fits(WrappingAlgorithm::RsaesPkcs1V15, spec));
            assert_eq!(
                fits(WrappingAlgorithm::Sm2Pke, spec),
                spec == WrappingKeySpec::Sm2
            );
            assert_eq!(
                fits(WrappingAlgorithm::RsaAesKeyWrapSha256, spec),
                spec != WrappingKeySpec::Sm2
            );
        }
        assert!(matches!(
            check_pair(WrappingAlgorithm::RsaesPkcs1V15, WrappingKeySpec::Rsa2048),
            Err(ImportError::UnsupportedAlgorithm)
        ));
        assert!(matches!(
            check_pair(WrappingAlgorithm::RsaesOaepSha256, WrappingKeySpec::Sm2),
            Err(ImportError::AlgorithmMismatch)
        ));
    }

    #[test]
    fn a_wrapping_key_pair_is_of_its_spec_and_never_printed() {
        let (key, public) = WrappingKey::generate(WrappingKeySpec::Sm2).unwrap();
        assert_eq!(key.spec(), WrappingKeySpec::Sm2);
        // id-ecPublicKey with the SM2 curve, 91 bytes as for any 256-bit curve.
        assert_eq!(public.len(), 91);
        assert_eq!(format!("{key:?}"), "WrappingKey(SM2, ..)");
        let pkcs8 = Plaintext::from(key.pkcs8.expose().to_vec());
        assert!(WrappingKey::from_pkcs8(WrappingKeySpec::Rsa2048, pkcs8).is_none());
    }

    #[test]
    fn material_id_depends_on_the_key_and_the_material_only() {
        let key = Uuid::from_bytes([1; 16]);
        let other_key = Uuid::from_bytes([2; 16]);
        let id = material_id(&key, &[7; 32]);
        assert_eq!(id, material_id(&key, &[7; 32]));
        assert_ne!(id, material_id(&other_key, &[7; 32]));
        assert_ne!(id, material_id(&key, &[8; 32]));
        // HMAC-SHA256 computed by hand: key = material, message = label || key id.
        let mut mac = Hmac::<Sha256>::new_from_slice(&[7; 32]).unwrap();
        mac.update(b"kms-local key material id v1\x01\x01\x01\x01\x01\x01\x01\x01");
        mac.update(&[1; 8]);
        assert_eq!(id, <[u8; 32]>::from(mac.finalize().into_bytes()));
    }
}
