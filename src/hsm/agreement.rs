//! ECDH for DeriveSharedSecret: the peer's public key, parsed from the
//! caller's DER SubjectPublicKeyInfo, and the raw shared secret Z (the
//! x-coordinate of the shared point, no KDF), as SP 800-56A's cofactor
//! Diffie-Hellman primitive gives it; every curve here has cofactor 1.
//!
//! The peer key is untrusted input: any bytes either parse into a point on
//! the key's curve or are a [`PeerKeyError`], never a panic.

use elliptic_curve::ecdh::diffie_hellman;
use spki::{DecodePublicKey, ObjectIdentifier, SubjectPublicKeyInfoRef};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::hsm::material::PrivateKey;
use crate::hsm::secret::Plaintext;
use crate::spec::KeySpec;

/// id-ecPublicKey (RFC 5480), the algorithm of every EC public key here.
const ID_EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");

/// Why a peer public key cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeerKeyError {
    /// The bytes are not one DER SubjectPublicKeyInfo.
    NotSpki,
    /// A SubjectPublicKeyInfo, but not an EC key on the KMS key's curve.
    OtherCurve,
    /// An EC key that names the right curve, but whose point is not on it
    /// (or is the identity, or is badly encoded).
    BadPoint,
}

/// A peer's public key, on one of the key-agreement curves.
#[derive(Debug)]
pub enum PeerKey {
    P256(p256::PublicKey),
    P384(p384::PublicKey),
    P521(p521::PublicKey),
    Sm2(sm2::PublicKey),
}

/// The named-curve OID of a key-agreement spec.
fn curve_oid(spec: KeySpec) -> Option<ObjectIdentifier> {
    use elliptic_curve::pkcs8::AssociatedOid;
    match spec {
        KeySpec::EccNistP256 => Some(p256::NistP256::OID),
        KeySpec::EccNistP384 => Some(p384::NistP384::OID),
        KeySpec::EccNistP521 => Some(p521::NistP521::OID),
        KeySpec::Sm2 => Some(sm2::Sm2::OID),
        _ => None,
    }
}

impl PeerKey {
    /// The peer key in `spki`, which must be on the curve of `spec`. A
    /// spec with no key agreement takes no peer key at all.
    pub fn parse(spec: KeySpec, spki: &[u8]) -> std::result::Result<PeerKey, PeerKeyError> {
        use spki::der::Decode;
        let info = SubjectPublicKeyInfoRef::from_der(spki).map_err(|_| PeerKeyError::NotSpki)?;
        let curve = curve_oid(spec).ok_or(PeerKeyError::OtherCurve)?;
        let named = info.algorithm.parameters_oid().ok();
        if info.algorithm.oid != ID_EC_PUBLIC_KEY || named != Some(curve) {
            return Err(PeerKeyError::OtherCurve);
        }
        let bad = |_| PeerKeyError::BadPoint;
        Ok(match spec {
            KeySpec::EccNistP256 => {
                PeerKey::P256(p256::PublicKey::from_public_key_der(spki).map_err(bad)?)
            }
            KeySpec::EccNistP384 => {
                PeerKey::P384(p384::PublicKey::from_public_key_der(spki).map_err(bad)?)
            }
            KeySpec::EccNistP521 => {
                PeerKey::P521(p521::PublicKey::from_public_key_der(spki).map_err(bad)?)
            }
            _ => PeerKey::Sm2(sm2::PublicKey::from_public_key_der(spki).map_err(bad)?),
        })
    }
}

fn secret(bytes: &[u8]) -> Plaintext {
    Plaintext::new(Zeroizing::new(bytes.to_vec()))
}

/// Z: the x-coordinate of `key` times the peer's point, big-endian, as
/// long as the curve's field (32, 48 or 66 bytes).
pub fn derive(key: &PrivateKey, peer: &PeerKey) -> Result<Plaintext> {
    Ok(match (key, peer) {
        (PrivateKey::P256(k), PeerKey::P256(p)) => {
            secret(diffie_hellman(k.to_nonzero_scalar(), p.as_affine()).raw_secret_bytes())
        }
        (PrivateKey::P384(k), PeerKey::P384(p)) => {
            secret(diffie_hellman(k.to_nonzero_scalar(), p.as_affine()).raw_secret_bytes())
        }
        (PrivateKey::P521(k), PeerKey::P521(p)) => {
            secret(diffie_hellman(k.to_nonzero_scalar(), p.as_affine()).raw_secret_bytes())
        }
        (PrivateKey::Sm2(k), PeerKey::Sm2(p)) => {
            secret(diffie_hellman(k.to_nonzero_scalar(), p.as_affine()).raw_secret_bytes())
        }
        _ => {
            return Err(Error::KmsInternal(
                "the peer key is not on the KMS key's curve".into(),
            ));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hsm::material;

    fn key(spec: KeySpec) -> (PrivateKey, Vec<u8>) {
        let key = material::open(spec, &material::generate(spec).unwrap()).unwrap();
        let public = key.public_key_der().unwrap().unwrap();
        (key, public)
    }

    #[test]
    fn both_sides_derive_the_same_secret_of_the_field_length() {
        for (spec, len) in [
            (KeySpec::EccNistP256, 32),
            (KeySpec::EccNistP384, 48),
            (KeySpec::EccNistP521, 66),
            (KeySpec::Sm2, 32),
        ] {
            let (a, a_public) = key(spec);
            let (b, b_public) = key(spec);
            let ab = derive(&a, &PeerKey::parse(spec, &b_public).unwrap()).unwrap();
            let ba = derive(&b, &PeerKey::parse(spec, &a_public).unwrap()).unwrap();
            assert_eq!(ab, ba, "{spec}");
            assert_eq!(ab.len(), len, "{spec}");
        }
    }

    #[test]
    fn peer_keys_that_do_not_fit_are_refused_by_kind() {
        let (_, p256) = key(KeySpec::EccNistP256);
        let (_, p384) = key(KeySpec::EccNistP384);
        let (_, ed25519) = key(KeySpec::EccNistEdwards25519);
        let parse = |spec, bytes: &[u8]| PeerKey::parse(spec, bytes).map(|_| ());
        assert_eq!(parse(KeySpec::EccNistP256, &[]), Err(PeerKeyError::NotSpki));
        assert_eq!(
            parse(KeySpec::EccNistP256, &p256[..p256.len() - 1]),
            Err(PeerKeyError::NotSpki)
        );
        assert_eq!(
            parse(KeySpec::EccNistP256, &[p256.as_slice(), &[0]].concat()),
            Err(PeerKeyError::NotSpki)
        );
        assert_eq!(
            parse(KeySpec::EccNistP256, &p384),
            Err(PeerKeyError::OtherCurve)
        );
        assert_eq!(
            parse(KeySpec::EccNistP384, &p256),
            Err(PeerKeyError::OtherCurve)
        );
        assert_eq!(parse(KeySpec::Sm2, &p256), Err(PeerKeyError::OtherCurve));
        assert_eq!(
            parse(KeySpec::EccNistP256, &ed25519),
            Err(PeerKeyError::OtherCurve)
        );
        assert_eq!(
            parse(KeySpec::Rsa2048, &p256),
            Err(PeerKeyError::OtherCurve)
        );
        // The last byte of y changed: the point is off the curve.
        let mut off_curve = p256.clone();
        if let Some(last) = off_curve.last_mut() {
            *last ^= 1;
        }
        assert_eq!(
            parse(KeySpec::EccNistP256, &off_curve),
            Err(PeerKeyError::BadPoint)
        );
    }

    #[test]
    fn a_key_and_peer_on_different_curves_is_an_internal_error() {
        let (a, _) = key(KeySpec::EccNistP256);
        let (_, b_public) = key(KeySpec::EccNistP384);
        let peer = PeerKey::parse(KeySpec::EccNistP384, &b_public).unwrap();
        assert!(derive(&a, &peer).is_err());
    }
}
