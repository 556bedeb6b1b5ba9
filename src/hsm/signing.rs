//! Sign and Verify for every signing spec. The operations layer has checked
//! that the algorithm fits the key and that a digest has its length; a
//! combination that slips through is an internal error, never a panic.
//!
//! Verification takes the public key (SPKI DER), so a Verify never opens a
//! private key.

use ecdsa::signature::hazmat::{PrehashSigner, PrehashVerifier};
use ed25519_dalek::Sha512 as EdSha512;
use pkcs8::EncodePrivateKey;
use rsa::{Pkcs1v15Sign, Pss};
use sha2::{Digest, Sha256, Sha384, Sha512};
use spki::DecodePublicKey;

use crate::error::{Error, Result};
use crate::hsm::material::PrivateKey;
use crate::hsm::nist_ecdsa;
use crate::hsm::random::with_os_rng;
use crate::spec::{KeySpec, SigningAlgorithm as Alg};

/// What the caller sent as `Message`, by `MessageType`.
#[derive(Clone, Copy, Debug)]
pub enum Message<'a> {
    Raw(&'a [u8]),
    Digest(&'a [u8]),
    /// ML-DSA's 64-byte message representative μ (FIPS 204 §6.2).
    ExternalMu(&'a [u8]),
}

/// The hash an RSA or ECDSA algorithm signs with.
#[derive(Clone, Copy)]
enum Hash {
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn of(alg: Alg) -> Option<Hash> {
        match alg {
            Alg::RsassaPssSha256 | Alg::RsassaPkcs1V15Sha256 | Alg::EcdsaSha256 => {
                Some(Hash::Sha256)
            }
            Alg::RsassaPssSha384 | Alg::RsassaPkcs1V15Sha384 | Alg::EcdsaSha384 => {
                Some(Hash::Sha384)
            }
            Alg::RsassaPssSha512 | Alg::RsassaPkcs1V15Sha512 | Alg::EcdsaSha512 => {
                Some(Hash::Sha512)
            }
            _ => None,
        }
    }

    /// The digest to sign: the message hashed, or the caller's digest.
    fn digest(self, message: Message<'_>) -> Result<Vec<u8>> {
        match message {
            Message::Raw(m) => Ok(match self {
                Hash::Sha256 => Sha256::digest(m).to_vec(),
                Hash::Sha384 => Sha384::digest(m).to_vec(),
                Hash::Sha512 => Sha512::digest(m).to_vec(),
            }),
            Message::Digest(d) => Ok(d.to_vec()),
            Message::ExternalMu(_) => Err(mismatch()),
        }
    }

    fn pkcs1v15(self) -> Pkcs1v15Sign {
        match self {
            Hash::Sha256 => Pkcs1v15Sign::new::<Sha256>(),
            Hash::Sha384 => Pkcs1v15Sign::new::<Sha384>(),
            Hash::Sha512 => Pkcs1v15Sign::new::<Sha512>(),
        }
    }
}

/// Runs `$body` with `$pss` bound to RSASSA-PSS over `$hash` (MGF1 with the
/// same hash, a salt as long as the hash, as AWS signs).
macro_rules! with_pss {
    ($hash:expr, |$pss:ident| $body:expr) => {
        match $hash {
            Hash::Sha256 => {
                let $pss = Pss::<Sha256>::new_with_salt(32);
                $body
            }
            Hash::Sha384 => {
                let $pss = Pss::<Sha384>::new_with_salt(48);
                $body
            }
            Hash::Sha512 => {
                let $pss = Pss::<Sha512>::new_with_salt(64);
                $body
            }
        }
    };
}

fn is_pss(alg: Alg) -> bool {
    matches!(
        alg,
        Alg::RsassaPssSha256 | Alg::RsassaPssSha384 | Alg::RsassaPssSha512
    )
}

fn mismatch() -> Error {
    Error::KmsInternal("the signing algorithm does not fit the key or message type".into())
}

fn failed(e: impl std::fmt::Display) -> Error {
    Error::KmsInternal(format!("signing failed: {e}"))
}

/// A NIST-curve signature with the key whose PKCS#8 is `der`.
fn nist_sign(
    spec: KeySpec,
    der: pkcs8::Result<pkcs8::SecretDocument>,
    alg: Alg,
    message: Message<'_>,
) -> Result<Vec<u8>> {
    let der = der.map_err(failed)?;
    nist_ecdsa::sign(&nist_ecdsa::open(spec, der.as_bytes())?, spec, alg, message)
}

/// The SM2 distinguishing ID KMS signs RAW messages with (GM/T 0009-2012).
const SM2_DISTID: &str = "1234567812345678";

/// A signature over `message` with `key`.
pub fn sign(key: &PrivateKey, alg: Alg, message: Message<'_>) -> Result<Vec<u8>> {
    macro_rules! ecdsa_sign {
        ($curve:ident, $secret:expr) => {{
            let hash = Hash::of(alg).ok_or_else(mismatch)?;
            let signer = $curve::ecdsa::SigningKey::from($secret);
            let sig: $curve::ecdsa::Signature = signer
                .sign_prehash(&hash.digest(message)?)
                .map_err(failed)?;
            Ok(sig.to_der().as_bytes().to_vec())
        }};
    }
    match key {
        PrivateKey::Rsa(k) => {
            let hash = Hash::of(alg).ok_or_else(mismatch)?;
            let digest = hash.digest(message)?;
            with_os_rng(|rng| {
                if is_pss(alg) {
                    with_pss!(hash, |pss| k.sign_with_rng(rng, pss, &digest))
                } else {
                    k.sign_with_rng(rng, hash.pkcs1v15(), &digest)
                }
                .map_err(failed)
            })
        }
        // The NIST curves sign on AWS-LC (nist_ecdsa.rs, where the HSM
        // keeps keys it opened; here, one opened for this signature).
        PrivateKey::P256(k) => nist_sign(KeySpec::EccNistP256, k.to_pkcs8_der(), alg, message),
        PrivateKey::P384(k) => nist_sign(KeySpec::EccNistP384, k.to_pkcs8_der(), alg, message),
        PrivateKey::P521(k) => nist_sign(KeySpec::EccNistP521, k.to_pkcs8_der(), alg, message),
        PrivateKey::K256(k) => ecdsa_sign!(k256, k),
        PrivateKey::Sm2(k) => {
            let signer = sm2::dsa::SigningKey::new(SM2_DISTID, k).map_err(failed)?;
            let sig: sm2::dsa::Signature = match message {
                Message::Raw(m) => {
                    ecdsa::signature::Signer::try_sign(&signer, m).map_err(failed)?
                }
                Message::Digest(d) => signer.sign_prehash(d).map_err(failed)?,
                Message::ExternalMu(_) => return Err(mismatch()),
            };
            Ok(sig.to_der().as_bytes().to_vec())
        }
        PrivateKey::Ed25519(k) => match (alg, message) {
            (Alg::Ed25519Sha512, Message::Raw(m)) => {
                Ok(ecdsa::signature::Signer::try_sign(k.as_ref(), m)
                    .map_err(failed)?
                    .to_bytes()
                    .to_vec())
            }
            // Ed25519ph over the caller's 64 bytes as the message: KMS
            // hashes the digest it is given once more.
            (Alg::Ed25519PhSha512, Message::Digest(d)) => Ok(k
                .sign_prehashed(EdSha512::new().chain_update(d), None)
                .map_err(failed)?
                .to_bytes()
                .to_vec()),
            _ => Err(mismatch()),
        },
        PrivateKey::MlDsa44(k) => ml_dsa_sign(k.expanded_key(), message),
        PrivateKey::MlDsa65(k) => ml_dsa_sign(k.expanded_key(), message),
        PrivateKey::MlDsa87(k) => ml_dsa_sign(k.expanded_key(), message),
        PrivateKey::MlKem512(_)
        | PrivateKey::MlKem768(_)
        | PrivateKey::MlKem1024(_)
        | PrivateKey::Hmac(_) => Err(mismatch()),
    }
}

/// ML-DSA's μ: 64 bytes.
type Mu = ml_dsa::common::array::Array<u8, ml_dsa::common::typenum::U64>;

/// Pure ML-DSA with an empty context, deterministic (rnd = 0): RAW and
/// EXTERNAL_MU signatures of one message are the same bytes, as with AWS.
fn ml_dsa_sign<P: ml_dsa::MlDsaParams>(
    key: &ml_dsa::ExpandedSigningKey<P>,
    message: Message<'_>,
) -> Result<Vec<u8>> {
    let sig = match message {
        Message::Raw(m) => key.sign_deterministic(m, &[]).map_err(failed)?,
        Message::ExternalMu(mu) => {
            let mu = Mu::try_from(mu).map_err(|_| mismatch())?;
            key.sign_mu_deterministic(&mu)
        }
        Message::Digest(_) => return Err(mismatch()),
    };
    Ok(sig.encode().to_vec())
}

pub(super) fn bad_public_key(e: impl std::fmt::Display) -> Error {
    Error::KmsInternal(format!("the stored public key does not decode: {e}"))
}

/// Whether `signature` is a valid signature of `message` under `public_key`
/// (the key's SPKI DER). A signature that does not even decode is not valid.
pub fn verify(
    spec: KeySpec,
    public_key: &[u8],
    alg: Alg,
    message: Message<'_>,
    signature: &[u8],
) -> Result<bool> {
    if nist_ecdsa::handles(spec) {
        return nist_ecdsa::verify(spec, public_key, alg, message, signature);
    }
    match spec {
        KeySpec::Rsa2048 | KeySpec::Rsa3072 | KeySpec::Rsa4096 => {
            let hash = Hash::of(alg).ok_or_else(mismatch)?;
            let key = rsa::PublicKey::from_public_key_der(public_key).map_err(bad_public_key)?;
            let digest = hash.digest(message)?;
            Ok(if is_pss(alg) {
                with_pss!(hash, |pss| key.verify(pss, &digest, signature))
            } else {
                key.verify(hash.pkcs1v15(), &digest, signature)
            }
            .is_ok())
        }
        KeySpec::EccSecgP256k1 => {
            let hash = Hash::of(alg).ok_or_else(mismatch)?;
            let key = k256::ecdsa::VerifyingKey::from_public_key_der(public_key)
                .map_err(bad_public_key)?;
            let Ok(sig) = k256::ecdsa::Signature::from_der(signature) else {
                return Ok(false);
            };
            // secp256k1 signers often make low-S signatures only; a valid
            // high-S one is accepted too, as any ECDSA verifier does.
            let sig = sig.normalize_s();
            Ok(key.verify_prehash(&hash.digest(message)?, &sig).is_ok())
        }
        KeySpec::Sm2 => {
            let key = sm2::PublicKey::from_public_key_der(public_key).map_err(bad_public_key)?;
            let key = sm2::dsa::VerifyingKey::new(SM2_DISTID, key).map_err(bad_public_key)?;
            let Ok(sig) = sm2::dsa::Signature::from_der(signature) else {
                return Ok(false);
            };
            Ok(match message {
                Message::Raw(m) => ecdsa::signature::Verifier::verify(&key, m, &sig).is_ok(),
                Message::Digest(d) => key.verify_prehash(d, &sig).is_ok(),
                Message::ExternalMu(_) => return Err(mismatch()),
            })
        }
        KeySpec::EccNistEdwards25519 => {
            let key = ed25519_dalek::VerifyingKey::from_public_key_der(public_key)
                .map_err(bad_public_key)?;
            let Ok(sig) = ed25519_dalek::Signature::from_slice(signature) else {
                return Ok(false);
            };
            Ok(match (alg, message) {
                (Alg::Ed25519Sha512, Message::Raw(m)) => key.verify_strict(m, &sig).is_ok(),
                (Alg::Ed25519PhSha512, Message::Digest(d)) => key
                    .verify_prehashed_strict(EdSha512::new().chain_update(d), None, &sig)
                    .is_ok(),
                _ => return Err(mismatch()),
            })
        }
        KeySpec::MlDsa44 => ml_dsa_verify(
            &ml_dsa::VerifyingKey::<ml_dsa::MlDsa44>::from_public_key_der(public_key)
                .map_err(bad_public_key)?,
            message,
            signature,
        ),
        KeySpec::MlDsa65 => ml_dsa_verify(
            &ml_dsa::VerifyingKey::<ml_dsa::MlDsa65>::from_public_key_der(public_key)
                .map_err(bad_public_key)?,
            message,
            signature,
        ),
        KeySpec::MlDsa87 => ml_dsa_verify(
            &ml_dsa::VerifyingKey::<ml_dsa::MlDsa87>::from_public_key_der(public_key)
                .map_err(bad_public_key)?,
            message,
            signature,
        ),
        _ => Err(mismatch()),
    }
}

fn ml_dsa_verify<P: ml_dsa::MlDsaParams>(
    key: &ml_dsa::VerifyingKey<P>,
    message: Message<'_>,
    signature: &[u8],
) -> Result<bool> {
    let Some(sig) = ml_dsa::Signature::<P>::try_from(signature).ok() else {
        return Ok(false);
    };
    Ok(match message {
        Message::Raw(m) => key.verify_with_context(m, &[], &sig),
        Message::ExternalMu(mu) => {
            let mu = Mu::try_from(mu).map_err(|_| mismatch())?;
            key.verify_mu(&mu, &sig)
        }
        Message::Digest(_) => return Err(mismatch()),
    })
}
