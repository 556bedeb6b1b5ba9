//! ECDSA over the NIST curves (ECC_NIST_P256, P384 and P521) on AWS-LC.
//! The RustCrypto curve crates still make these keys, read public keys and
//! run ECDH; AWS-LC signs and verifies, with assembly field arithmetic about
//! ten times faster than their portable Rust (docs/performance.md).
//!
//! A signature's nonce comes from AWS-LC's generator, seeded from the OS and
//! hedged with the key and the digest, so two signatures of one message
//! differ, as AWS KMS's do. Signatures are DER, as AWS returns them.
//!
//! Opening a key (PKCS#8, and AWS-LC's check that its public key is its
//! own) costs more than a signature, so each thread keeps the key pairs it
//! opened last, by the exact sealed material they came from. AWS-LC wipes
//! what it frees, so a pair dropped from the list leaves nothing behind.

use std::cell::RefCell;
use std::rc::Rc;

use aws_lc_rs::digest::{self, Digest};
use aws_lc_rs::signature::{
    self as lc, EcdsaKeyPair, EcdsaSigningAlgorithm, EcdsaVerificationAlgorithm, UnparsedPublicKey,
};
use elliptic_curve::sec1::ToSec1Point;
use spki::DecodePublicKey;

use crate::error::{Error, Result};
use crate::hsm::secret::Plaintext;
use crate::hsm::signing::{Message, bad_public_key};
use crate::spec::{KeySpec, SigningAlgorithm as Alg};

/// How many opened key pairs a thread keeps.
const OPENED_KEPT: usize = 16;

thread_local! {
    /// (what sealed the material, the pair), oldest first.
    static OPENED: RefCell<Vec<(Vec<u8>, Rc<EcdsaKeyPair>)>> = const { RefCell::new(Vec::new()) };
}

/// AWS-LC's algorithms for a spec and the one signing algorithm AWS pairs
/// with it.
struct Curve {
    signing: &'static EcdsaSigningAlgorithm,
    verifying: &'static EcdsaVerificationAlgorithm,
    digest: &'static digest::Algorithm,
    algorithm: Alg,
}

fn curve(spec: KeySpec) -> Option<Curve> {
    Some(match spec {
        KeySpec::EccNistP256 => Curve {
            signing: &lc::ECDSA_P256_SHA256_ASN1_SIGNING,
            verifying: &lc::ECDSA_P256_SHA256_ASN1,
            digest: &digest::SHA256,
            algorithm: Alg::EcdsaSha256,
        },
        KeySpec::EccNistP384 => Curve {
            signing: &lc::ECDSA_P384_SHA384_ASN1_SIGNING,
            verifying: &lc::ECDSA_P384_SHA384_ASN1,
            digest: &digest::SHA384,
            algorithm: Alg::EcdsaSha384,
        },
        KeySpec::EccNistP521 => Curve {
            signing: &lc::ECDSA_P521_SHA512_ASN1_SIGNING,
            verifying: &lc::ECDSA_P521_SHA512_ASN1,
            digest: &digest::SHA512,
            algorithm: Alg::EcdsaSha512,
        },
        _ => return None,
    })
}

/// Whether keys of `spec` sign and verify here.
pub fn handles(spec: KeySpec) -> bool {
    curve(spec).is_some()
}

/// The curve of `spec`, when `alg` is the algorithm AWS pairs with it.
fn checked(spec: KeySpec, alg: Alg) -> Result<Curve> {
    curve(spec)
        .filter(|c| c.algorithm == alg)
        .ok_or_else(|| Error::KmsInternal(format!("{alg} does not sign with {spec} keys")))
}

/// The key pair sealed as `sealed` (the bytes that name the material
/// exactly): the one this thread opened, if it is among the last
/// [`OPENED_KEPT`] it opened, else opened now from the PKCS#8 `pkcs8` gives.
pub fn key_pair(
    spec: KeySpec,
    sealed: Vec<u8>,
    pkcs8: impl FnOnce() -> Result<Plaintext>,
) -> Result<Rc<EcdsaKeyPair>> {
    if let Some(pair) = OPENED.with(|kept| {
        let mut kept = kept.borrow_mut();
        let at = kept.iter().position(|(id, _)| *id == sealed)?;
        let hit = kept.remove(at);
        let pair = Rc::clone(&hit.1);
        kept.push(hit);
        Some(pair)
    }) {
        return Ok(pair);
    }
    let pair = Rc::new(open(spec, pkcs8()?.expose())?);
    OPENED.with(|kept| {
        let mut kept = kept.borrow_mut();
        if kept.len() == OPENED_KEPT {
            kept.remove(0);
        }
        kept.push((sealed, Rc::clone(&pair)));
    });
    Ok(pair)
}

/// The key pair of the PKCS#8 `der`.
pub fn open(spec: KeySpec, der: &[u8]) -> Result<EcdsaKeyPair> {
    let curve =
        curve(spec).ok_or_else(|| Error::KmsInternal(format!("{spec} is not a NIST curve")))?;
    EcdsaKeyPair::from_pkcs8(curve.signing, der)
        .map_err(|e| Error::KmsInternal(format!("the {spec} key material does not open: {e}")))
}

/// A DER signature over `message` (hashed here, or the caller's digest).
pub fn sign(pair: &EcdsaKeyPair, spec: KeySpec, alg: Alg, message: Message<'_>) -> Result<Vec<u8>> {
    let curve = checked(spec, alg)?;
    let failed = |_| Error::KmsInternal(format!("{spec} signing failed"));
    let signature = match message {
        // AWS-LC draws the nonce itself and takes no generator here.
        Message::Raw(m) => pair.sign(&aws_lc_rs::rand::SystemRandom::new(), m),
        Message::Digest(d) => pair.sign_digest(&digest_of(d, &curve)?),
        Message::ExternalMu(_) => {
            return Err(Error::KmsInternal("ECDSA has no EXTERNAL_MU".into()));
        }
    }
    .map_err(failed)?;
    Ok(signature.as_ref().to_vec())
}

/// Whether `signature` (DER) is one of `message` under the public key
/// `public_key` (SPKI DER). A signature that does not decode is not valid;
/// a public key that does not is an internal error (kms-local made it).
pub fn verify(
    spec: KeySpec,
    public_key: &[u8],
    alg: Alg,
    message: Message<'_>,
    signature: &[u8],
) -> Result<bool> {
    let curve = checked(spec, alg)?;
    let bad = bad_public_key;
    let point = match spec {
        KeySpec::EccNistP256 => p256::PublicKey::from_public_key_der(public_key)
            .map_err(bad)?
            .to_sec1_point(false)
            .as_bytes()
            .to_vec(),
        KeySpec::EccNistP384 => p384::PublicKey::from_public_key_der(public_key)
            .map_err(bad)?
            .to_sec1_point(false)
            .as_bytes()
            .to_vec(),
        _ => p521::PublicKey::from_public_key_der(public_key)
            .map_err(bad)?
            .to_sec1_point(false)
            .as_bytes()
            .to_vec(),
    };
    let key = UnparsedPublicKey::new(curve.verifying, point);
    Ok(match message {
        Message::Raw(m) => key.verify(m, signature).is_ok(),
        Message::Digest(d) => key.verify_digest(&digest_of(d, &curve)?, signature).is_ok(),
        Message::ExternalMu(_) => {
            return Err(Error::KmsInternal("ECDSA has no EXTERNAL_MU".into()));
        }
    })
}

/// The caller's digest, which the operations layer has checked is as long
/// as the curve's hash.
fn digest_of(d: &[u8], curve: &Curve) -> Result<Digest> {
    Digest::import_less_safe(d, curve.digest)
        .map_err(|_| Error::KmsInternal("the digest has the wrong length".into()))
}
