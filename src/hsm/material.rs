//! The key material of every spec but SYMMETRIC_DEFAULT: made here from the
//! OS random source, kept sealed as its standard encoding (PKCS#8 DER for a
//! private key, the raw key for HMAC), and opened into a typed key for the
//! length of one call. docs/keystore-format.md §4 names each encoding.

use std::fmt;

use elliptic_curve::Generate as _;
use pkcs8::{DecodePrivateKey, EncodePrivateKey};
use spki::EncodePublicKey;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::hsm::random::{self, with_os_rng};
use crate::hsm::secret::Plaintext;
use crate::spec::KeySpec;

/// A private or HMAC key, opened. Every variant zeroizes on drop.
pub enum PrivateKey {
    Rsa(Box<rsa::PrivateKey>),
    P256(p256::SecretKey),
    P384(p384::SecretKey),
    P521(p521::SecretKey),
    K256(k256::SecretKey),
    Sm2(sm2::SecretKey),
    Ed25519(Box<ed25519_dalek::SigningKey>),
    MlDsa44(Box<ml_dsa::SigningKey<ml_dsa::MlDsa44>>),
    MlDsa65(Box<ml_dsa::SigningKey<ml_dsa::MlDsa65>>),
    MlDsa87(Box<ml_dsa::SigningKey<ml_dsa::MlDsa87>>),
    MlKem512(Box<ml_kem::DecapsulationKey512>),
    MlKem768(Box<ml_kem::DecapsulationKey768>),
    MlKem1024(Box<ml_kem::DecapsulationKey1024>),
    Hmac(Plaintext),
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PrivateKey(..)")
    }
}

/// The HMAC key length for a spec: the hash's output length, as RFC 2104
/// recommends (AWS does not publish the length it uses).
fn hmac_len(spec: KeySpec) -> Option<usize> {
    match spec {
        KeySpec::Hmac224 => Some(28),
        KeySpec::Hmac256 => Some(32),
        KeySpec::Hmac384 => Some(48),
        KeySpec::Hmac512 => Some(64),
        _ => None,
    }
}

/// The HMAC key lengths a key of `spec` may have, made here or imported: from
/// the hash's output length (RFC 2104 §3 strongly discourages shorter keys)
/// to its block size (a longer key is hashed first, RFC 2104 §2, and adds
/// nothing). AWS does not publish the bounds it accepts on import; these are
/// the ones LocalStack enforces, and real imports of the output length pass.
pub fn hmac_key_lengths(spec: KeySpec) -> Option<std::ops::RangeInclusive<usize>> {
    let block = match spec {
        KeySpec::Hmac224 | KeySpec::Hmac256 => 64,
        KeySpec::Hmac384 | KeySpec::Hmac512 => 128,
        _ => return None,
    };
    hmac_len(spec).map(|len| len..=block)
}

fn rsa_bits(spec: KeySpec) -> Option<usize> {
    match spec {
        KeySpec::Rsa2048 => Some(2048),
        KeySpec::Rsa3072 => Some(3072),
        KeySpec::Rsa4096 => Some(4096),
        _ => None,
    }
}

fn encoding_failed(what: impl fmt::Display) -> Error {
    Error::KmsInternal(format!("encoding a new private key failed: {what}"))
}

fn pkcs8<K: EncodePrivateKey>(key: &K) -> Result<Plaintext> {
    let doc = key.to_pkcs8_der().map_err(encoding_failed)?;
    Ok(Plaintext::new(Zeroizing::new(doc.as_bytes().to_vec())))
}

/// New material for `spec`, encoded as it is sealed.
pub fn generate(spec: KeySpec) -> Result<Plaintext> {
    if let Some(len) = hmac_len(spec) {
        return Plaintext::random(len);
    }
    if let Some(bits) = rsa_bits(spec) {
        let key = with_os_rng(|rng| {
            rsa::PrivateKey::new(rng, bits).map_err(|e| Error::KmsInternal(e.to_string()))
        })?;
        return pkcs8(&key);
    }
    with_os_rng(|rng| match spec {
        KeySpec::EccNistP256 => pkcs8(&p256::SecretKey::generate_from_rng(rng)),
        KeySpec::EccNistP384 => pkcs8(&p384::SecretKey::generate_from_rng(rng)),
        KeySpec::EccNistP521 => pkcs8(&p521::SecretKey::generate_from_rng(rng)),
        KeySpec::EccSecgP256k1 => pkcs8(&k256::SecretKey::generate_from_rng(rng)),
        KeySpec::Sm2 => pkcs8(&sm2::SecretKey::generate_from_rng(rng)),
        KeySpec::EccNistEdwards25519 => {
            // RFC 8410's 48-byte form, the private key alone, as other
            // PKCS#8 writers make it; the public key follows from it.
            let mut keypair = ed25519_dalek::ed25519::pkcs8::KeypairBytes {
                secret_key: random::array::<32>()?,
                public_key: None,
            };
            let der = pkcs8(&keypair);
            zeroize::Zeroize::zeroize(&mut keypair.secret_key);
            der
        }
        KeySpec::MlDsa44 => pkcs8(&ml_dsa_key::<ml_dsa::MlDsa44>()?),
        KeySpec::MlDsa65 => pkcs8(&ml_dsa_key::<ml_dsa::MlDsa65>()?),
        KeySpec::MlDsa87 => pkcs8(&ml_dsa_key::<ml_dsa::MlDsa87>()?),
        KeySpec::MlKem512 => pkcs8(&ml_kem::DecapsulationKey512::from_seed(ml_kem_seed()?)),
        KeySpec::MlKem768 => pkcs8(&ml_kem::DecapsulationKey768::from_seed(ml_kem_seed()?)),
        KeySpec::MlKem1024 => pkcs8(&ml_kem::DecapsulationKey1024::from_seed(ml_kem_seed()?)),
        _ => Err(Error::KmsInternal(format!(
            "{spec} has no asymmetric key material"
        ))),
    })
}

fn ml_dsa_key<P: ml_dsa::MlDsaParams>() -> Result<ml_dsa::SigningKey<P>> {
    let mut seed = ml_dsa::Seed::default();
    random::fill(&mut seed)?;
    let key = ml_dsa::SigningKey::<P>::from_seed(&seed);
    zeroize::Zeroize::zeroize(seed.as_mut_slice());
    Ok(key)
}

/// The 64-byte seed (d || z) of FIPS 203 key generation. The key keeps it,
/// and zeroizes it on drop.
fn ml_kem_seed() -> Result<ml_kem::Seed> {
    let mut seed = ml_kem::Seed::default();
    random::fill(&mut seed)?;
    Ok(seed)
}

/// Opens sealed material of `spec`. The material was made or imported by
/// kms-local and authenticated on unwrap, so a failure is internal.
pub fn open(spec: KeySpec, material: &Plaintext) -> Result<PrivateKey> {
    let der = material.expose();
    let bad = |e: &dyn fmt::Display| {
        Error::KmsInternal(format!("the {spec} key material does not decode: {e}"))
    };
    macro_rules! decode {
        ($variant:ident, $ty:ty) => {
            <$ty>::from_pkcs8_der(der)
                .map(PrivateKey::$variant)
                .map_err(|e| bad(&e))
        };
        (boxed $variant:ident, $ty:ty) => {
            <$ty>::from_pkcs8_der(der)
                .map(|k| PrivateKey::$variant(Box::new(k)))
                .map_err(|e| bad(&e))
        };
    }
    match spec {
        KeySpec::Hmac224 | KeySpec::Hmac256 | KeySpec::Hmac384 | KeySpec::Hmac512 => {
            // Made here, the hash's length; imported, any length of the range.
            if !hmac_key_lengths(spec).is_some_and(|lengths| lengths.contains(&der.len())) {
                return Err(bad(&format_args!("{} bytes", der.len())));
            }
            Ok(PrivateKey::Hmac(Plaintext::new(Zeroizing::new(
                der.to_vec(),
            ))))
        }
        KeySpec::Rsa2048 | KeySpec::Rsa3072 | KeySpec::Rsa4096 => {
            let key = rsa::PrivateKey::from_pkcs8_der(der).map_err(|e| bad(&e))?;
            // A key of another size would sign and decrypt under the wrong spec.
            if rsa_bits(spec) != Some(rsa::traits::PublicKeyParts::size(&key) * 8) {
                return Err(bad(&"the modulus has another size"));
            }
            Ok(PrivateKey::Rsa(Box::new(key)))
        }
        KeySpec::EccNistP256 => decode!(P256, p256::SecretKey),
        KeySpec::EccNistP384 => decode!(P384, p384::SecretKey),
        KeySpec::EccNistP521 => decode!(P521, p521::SecretKey),
        KeySpec::EccSecgP256k1 => decode!(K256, k256::SecretKey),
        KeySpec::Sm2 => decode!(Sm2, sm2::SecretKey),
        KeySpec::EccNistEdwards25519 => decode!(boxed Ed25519, ed25519_dalek::SigningKey),
        KeySpec::MlDsa44 => decode!(boxed MlDsa44, ml_dsa::SigningKey<ml_dsa::MlDsa44>),
        KeySpec::MlDsa65 => decode!(boxed MlDsa65, ml_dsa::SigningKey<ml_dsa::MlDsa65>),
        KeySpec::MlDsa87 => decode!(boxed MlDsa87, ml_dsa::SigningKey<ml_dsa::MlDsa87>),
        KeySpec::MlKem512 => decode!(boxed MlKem512, ml_kem::DecapsulationKey512),
        KeySpec::MlKem768 => decode!(boxed MlKem768, ml_kem::DecapsulationKey768),
        KeySpec::MlKem1024 => decode!(boxed MlKem1024, ml_kem::DecapsulationKey1024),
        KeySpec::SymmetricDefault => Err(Error::KmsInternal(
            "a symmetric key has no private key".into(),
        )),
    }
}

impl PrivateKey {
    /// The public key as DER SubjectPublicKeyInfo (RFC 5280), as GetPublicKey
    /// returns it; `None` for an HMAC key.
    pub fn public_key_der(&self) -> Result<Option<Vec<u8>>> {
        fn der<K: EncodePublicKey>(key: &K) -> Result<Option<Vec<u8>>> {
            key.to_public_key_der()
                .map(|doc| Some(doc.into_vec()))
                .map_err(encoding_failed)
        }
        match self {
            PrivateKey::Rsa(k) => der(&k.to_public_key()),
            PrivateKey::P256(k) => der(&k.public_key()),
            PrivateKey::P384(k) => der(&k.public_key()),
            PrivateKey::P521(k) => der(&k.public_key()),
            PrivateKey::K256(k) => der(&k.public_key()),
            PrivateKey::Sm2(k) => der(&k.public_key()),
            PrivateKey::Ed25519(k) => der(&k.verifying_key()),
            PrivateKey::MlDsa44(k) => der(&k.expanded_key().verifying_key()),
            PrivateKey::MlDsa65(k) => der(&k.expanded_key().verifying_key()),
            PrivateKey::MlDsa87(k) => der(&k.expanded_key().verifying_key()),
            PrivateKey::MlKem512(k) => der(k.encapsulation_key()),
            PrivateKey::MlKem768(k) => der(k.encapsulation_key()),
            PrivateKey::MlKem1024(k) => der(k.encapsulation_key()),
            PrivateKey::Hmac(_) => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn material_opens_only_as_the_spec_it_was_made_for() {
        let rsa = generate(KeySpec::Rsa2048).unwrap();
        assert!(open(KeySpec::Rsa2048, &rsa).is_ok());
        assert!(open(KeySpec::Rsa4096, &rsa).is_err());
        assert!(open(KeySpec::EccNistP256, &rsa).is_err());
        let hmac = generate(KeySpec::Hmac256).unwrap();
        assert!(open(KeySpec::Hmac256, &hmac).is_ok());
        assert!(open(KeySpec::Hmac512, &hmac).is_err());
        // Imported HMAC keys may be as long as the hash's block.
        assert!(open(KeySpec::Hmac256, &Plaintext::from(vec![1; 64])).is_ok());
        assert!(open(KeySpec::Hmac256, &Plaintext::from(vec![1; 65])).is_err());
        assert!(open(KeySpec::Hmac384, &Plaintext::from(vec![1; 47])).is_err());
        assert!(open(KeySpec::Hmac256, &Plaintext::from(Vec::new())).is_err());
        let p256 = generate(KeySpec::EccNistP256).unwrap();
        assert!(open(KeySpec::EccNistP384, &p256).is_err());
        assert!(open(KeySpec::EccSecgP256k1, &p256).is_err());
    }
}
