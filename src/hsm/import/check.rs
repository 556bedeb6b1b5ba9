//! The check of unwrapped bytes against the key spec they are imported into,
//! in the encodings of docs/keystore-format.md §4: 32 raw bytes for
//! SYMMETRIC_DEFAULT, the raw key for HMAC, PKCS#8 DER for the rest.

use crate::hsm::material;
use crate::hsm::secret::{KEY_LEN, KeyBytes, Plaintext};
use crate::spec::KeySpec;

use super::{ImportError, Result};

/// Imported material that passed [`check_material`], in the form the keystore seals.
#[derive(Debug)]
pub enum ImportedMaterial {
    /// SYMMETRIC_DEFAULT: the 256-bit key, to be sealed as an HBK (`Hsm::import_hbk`).
    Symmetric(KeyBytes),
    /// Any other spec: the material as given, to be sealed as it is
    /// (`Hsm::import_material`), with its public key as DER
    /// SubjectPublicKeyInfo (`None` for an HMAC key).
    Other {
        material: Plaintext,
        public_key: Option<Vec<u8>>,
    },
}

impl ImportedMaterial {
    /// The material's bytes, for [`super::material_id`].
    pub fn expose(&self) -> &[u8] {
        match self {
            ImportedMaterial::Symmetric(key) => key.expose(),
            ImportedMaterial::Other { material, .. } => material.expose(),
        }
    }
}

/// Checks that `material` is key material of `spec`, as AWS requires of an import:
/// - SYMMETRIC_DEFAULT: exactly 256 bits (AWS's 128-bit SM4 material exists only in
///   China Regions, which kms-local does not model);
/// - HMAC_*: from the hash's output length to its block size (28–64, 32–64, 48–128,
///   64–128 bytes; `material::hmac_key_lengths` says why);
/// - every asymmetric spec: a DER PKCS#8 private key of exactly that spec (modulus
///   size, curve or parameter set), whose public key is derived here.
///
/// AWS documents PKCS#8 for RSA and ECC material only; kms-local takes the same
/// form for Ed25519, ML-DSA, ML-KEM and SM2, the encoding it seals them in.
/// Anything else is [`ImportError::InvalidMaterial`] (IncorrectKeyMaterialException).
pub fn check_material(spec: KeySpec, material: Plaintext) -> Result<ImportedMaterial> {
    if spec.is_symmetric() {
        if material.len() != KEY_LEN {
            return Err(ImportError::InvalidMaterial);
        }
        return KeyBytes::from_slice(material.expose())
            .map(ImportedMaterial::Symmetric)
            .ok_or(ImportError::InvalidMaterial);
    }
    // `open` takes an HMAC key of the spec's lengths, and otherwise decodes exactly
    // one DER structure of the spec's algorithm and parameters, refusing an RSA
    // modulus of another size.
    let key = material::open(spec, &material).map_err(|_| ImportError::InvalidMaterial)?;
    let public_key = key.public_key_der()?;
    Ok(ImportedMaterial::Other {
        material,
        public_key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(spec: KeySpec, bytes: &[u8]) -> Result<ImportedMaterial> {
        check_material(spec, Plaintext::from(bytes.to_vec()))
    }

    fn refused(spec: KeySpec, bytes: &[u8]) -> bool {
        matches!(check(spec, bytes), Err(ImportError::InvalidMaterial))
    }

    #[test]
    fn symmetric_material_is_exactly_256_bits() {
        assert!(refused(KeySpec::SymmetricDefault, &[1; 31]));
        assert!(refused(KeySpec::SymmetricDefault, &[1; 33]));
        assert!(refused(KeySpec::SymmetricDefault, &[]));
        match check(KeySpec::SymmetricDefault, &[1; 32]).unwrap() {
            ImportedMaterial::Symmetric(key) => assert_eq!(key.expose(), &[1; 32]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn hmac_material_runs_from_the_hash_length_to_the_block_size() {
        for (spec, low, high) in [
            (KeySpec::Hmac224, 28, 64),
            (KeySpec::Hmac256, 32, 64),
            (KeySpec::Hmac384, 48, 128),
            (KeySpec::Hmac512, 64, 128),
        ] {
            assert!(refused(spec, &vec![1; low - 1]), "{spec}");
            assert!(refused(spec, &vec![1; high + 1]), "{spec}");
            for len in [low, high] {
                match check(spec, &vec![1; len]).unwrap() {
                    ImportedMaterial::Other {
                        material,
                        public_key: None,
                    } => assert_eq!(material.len(), len),
                    other => panic!("{spec} {len}: {other:?}"),
                }
            }
        }
    }

    #[test]
    fn a_private_key_must_be_pkcs8_of_exactly_the_spec() {
        let p256 = material::generate(KeySpec::EccNistP256).unwrap();
        let checked = check(KeySpec::EccNistP256, p256.expose()).unwrap();
        let ImportedMaterial::Other {
            public_key: Some(public_key),
            ..
        } = &checked
        else {
            panic!("{checked:?}")
        };
        assert_eq!(public_key.len(), 91);
        assert_eq!(checked.expose(), p256.expose());
        // Another curve, another family, a cut or lengthened DER, garbage.
        assert!(refused(KeySpec::EccNistP384, p256.expose()));
        assert!(refused(KeySpec::EccSecgP256k1, p256.expose()));
        assert!(refused(KeySpec::Sm2, p256.expose()));
        assert!(refused(KeySpec::Rsa2048, p256.expose()));
        assert!(refused(KeySpec::MlDsa44, p256.expose()));
        assert!(refused(
            KeySpec::EccNistP256,
            &p256.expose()[..p256.len() - 1]
        ));
        let mut longer = p256.expose().to_vec();
        longer.push(0);
        assert!(refused(KeySpec::EccNistP256, &longer));
        assert!(refused(
            KeySpec::EccNistP256,
            &[0x30, 0x03, 0x02, 0x01, 0x00]
        ));
        assert!(refused(KeySpec::Rsa2048, &[0xFF; 100]));
        assert!(refused(KeySpec::MlKem768, &[]));
    }

    #[test]
    fn every_asymmetric_spec_takes_its_own_pkcs8() {
        // RSA is left to the wrapping tests' keys: making one here would be slow.
        for &spec in KeySpec::ALL {
            if spec.is_symmetric() || spec.is_hmac() || spec.name().starts_with("RSA") {
                continue;
            }
            let der = material::generate(spec).unwrap();
            assert!(
                matches!(
                    check(spec, der.expose()),
                    Ok(ImportedMaterial::Other {
                        public_key: Some(_),
                        ..
                    })
                ),
                "{spec}"
            );
        }
    }
}
