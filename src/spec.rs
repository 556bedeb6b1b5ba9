//! The names AWS gives key specs, key usages and algorithms, each declared
//! once. The keystore records a key's spec and usage by these names, the HSM
//! picks its primitive by them, and the operations layer says which go
//! together (`ops::specs`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares an enum of AWS names: `NAMES` lists them in the API model's
/// order (the order of ValidationException's "enum value set").
macro_rules! aws_names {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant,)*];
            pub const NAMES: &[&str] = &[$($text,)*];

            /// The AWS name.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            /// The value named `text`, if AWS has one.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)* _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        concat!("unknown ", stringify!($name), " {:?}"),
                        text
                    ))
                })
            }
        }
    };
}

aws_names! {
    /// `KeySpec`: what a KMS key's material is.
    KeySpec {
        Rsa2048 = "RSA_2048",
        Rsa3072 = "RSA_3072",
        Rsa4096 = "RSA_4096",
        EccNistP256 = "ECC_NIST_P256",
        EccNistP384 = "ECC_NIST_P384",
        EccNistP521 = "ECC_NIST_P521",
        EccSecgP256k1 = "ECC_SECG_P256K1",
        SymmetricDefault = "SYMMETRIC_DEFAULT",
        Hmac224 = "HMAC_224",
        Hmac256 = "HMAC_256",
        Hmac384 = "HMAC_384",
        Hmac512 = "HMAC_512",
        Sm2 = "SM2",
        MlDsa44 = "ML_DSA_44",
        MlDsa65 = "ML_DSA_65",
        MlDsa87 = "ML_DSA_87",
        EccNistEdwards25519 = "ECC_NIST_EDWARDS25519",
        MlKem512 = "ML_KEM_512",
        MlKem768 = "ML_KEM_768",
        MlKem1024 = "ML_KEM_1024",
    }
}

aws_names! {
    /// `KeyUsage`: what a KMS key may do.
    KeyUsage {
        SignVerify = "SIGN_VERIFY",
        EncryptDecrypt = "ENCRYPT_DECRYPT",
        GenerateVerifyMac = "GENERATE_VERIFY_MAC",
        KeyAgreement = "KEY_AGREEMENT",
        EncapsulateDecapsulate = "ENCAPSULATE_DECAPSULATE",
    }
}

aws_names! {
    /// `SigningAlgorithm`.
    SigningAlgorithm {
        RsassaPssSha256 = "RSASSA_PSS_SHA_256",
        RsassaPssSha384 = "RSASSA_PSS_SHA_384",
        RsassaPssSha512 = "RSASSA_PSS_SHA_512",
        RsassaPkcs1V15Sha256 = "RSASSA_PKCS1_V1_5_SHA_256",
        RsassaPkcs1V15Sha384 = "RSASSA_PKCS1_V1_5_SHA_384",
        RsassaPkcs1V15Sha512 = "RSASSA_PKCS1_V1_5_SHA_512",
        EcdsaSha256 = "ECDSA_SHA_256",
        EcdsaSha384 = "ECDSA_SHA_384",
        EcdsaSha512 = "ECDSA_SHA_512",
        Sm2Dsa = "SM2DSA",
        MlDsaShake256 = "ML_DSA_SHAKE_256",
        Ed25519Sha512 = "ED25519_SHA_512",
        Ed25519PhSha512 = "ED25519_PH_SHA_512",
    }
}

aws_names! {
    /// `MessageType` of Sign and Verify.
    MessageType {
        Raw = "RAW",
        Digest = "DIGEST",
        ExternalMu = "EXTERNAL_MU",
    }
}

aws_names! {
    /// `MacAlgorithm`.
    MacAlgorithm {
        HmacSha224 = "HMAC_SHA_224",
        HmacSha256 = "HMAC_SHA_256",
        HmacSha384 = "HMAC_SHA_384",
        HmacSha512 = "HMAC_SHA_512",
    }
}

aws_names! {
    /// `EncryptionAlgorithm`.
    EncryptionAlgorithm {
        SymmetricDefault = "SYMMETRIC_DEFAULT",
        RsaesOaepSha1 = "RSAES_OAEP_SHA_1",
        RsaesOaepSha256 = "RSAES_OAEP_SHA_256",
        Sm2Pke = "SM2PKE",
    }
}

aws_names! {
    /// `KeyAgreementAlgorithm`.
    KeyAgreementAlgorithm {
        Ecdh = "ECDH",
    }
}

aws_names! {
    /// `EncapsulationAlgorithm`.
    EncapsulationAlgorithm {
        MlKem = "ML_KEM",
    }
}

aws_names! {
    /// `KeyPairSpec` of GenerateDataKeyPair (`DataKeyPairSpec`).
    DataKeyPairSpec {
        Rsa2048 = "RSA_2048",
        Rsa3072 = "RSA_3072",
        Rsa4096 = "RSA_4096",
        EccNistP256 = "ECC_NIST_P256",
        EccNistP384 = "ECC_NIST_P384",
        EccNistP521 = "ECC_NIST_P521",
        EccSecgP256k1 = "ECC_SECG_P256K1",
        Sm2 = "SM2",
        EccNistEdwards25519 = "ECC_NIST_EDWARDS25519",
        MlKem512 = "ML_KEM_512",
        MlKem768 = "ML_KEM_768",
        MlKem1024 = "ML_KEM_1024",
    }
}

aws_names! {
    /// `WrappingAlgorithm` of GetParametersForImport (`AlgorithmSpec` in the API model): how
    /// the caller wraps key material for ImportKeyMaterial.
    WrappingAlgorithm {
        RsaesPkcs1V15 = "RSAES_PKCS1_V1_5",
        RsaesOaepSha1 = "RSAES_OAEP_SHA_1",
        RsaesOaepSha256 = "RSAES_OAEP_SHA_256",
        RsaAesKeyWrapSha1 = "RSA_AES_KEY_WRAP_SHA_1",
        RsaAesKeyWrapSha256 = "RSA_AES_KEY_WRAP_SHA_256",
        Sm2Pke = "SM2PKE",
    }
}

aws_names! {
    /// `WrappingKeySpec` of GetParametersForImport: the key pair that wraps imported material.
    WrappingKeySpec {
        Rsa2048 = "RSA_2048",
        Rsa3072 = "RSA_3072",
        Rsa4096 = "RSA_4096",
        Sm2 = "SM2",
    }
}

aws_names! {
    /// `ExpirationModel` of ImportKeyMaterial (`ExpirationModelType`).
    ExpirationModel {
        KeyMaterialExpires = "KEY_MATERIAL_EXPIRES",
        KeyMaterialDoesNotExpire = "KEY_MATERIAL_DOES_NOT_EXPIRE",
    }
}

aws_names! {
    /// `ImportType` of ImportKeyMaterial.
    ImportType {
        NewKeyMaterial = "NEW_KEY_MATERIAL",
        ExistingKeyMaterial = "EXISTING_KEY_MATERIAL",
    }
}

impl DataKeyPairSpec {
    /// The key spec of the same name, whose material a pair is.
    pub fn key_spec(self) -> KeySpec {
        match KeySpec::parse(self.name()) {
            Some(spec) => spec,
            None => unreachable!("every data key pair spec names a key spec"),
        }
    }
}

impl WrappingKeySpec {
    /// The key spec of the same name, whose material a wrapping key pair is.
    pub fn key_spec(self) -> KeySpec {
        match self {
            WrappingKeySpec::Rsa2048 => KeySpec::Rsa2048,
            WrappingKeySpec::Rsa3072 => KeySpec::Rsa3072,
            WrappingKeySpec::Rsa4096 => KeySpec::Rsa4096,
            WrappingKeySpec::Sm2 => KeySpec::Sm2,
        }
    }
}

impl KeySpec {
    /// Symmetric encryption keys keep the original backing-key form (32-byte
    /// HBKs); every other spec's material is sealed as its own encoding.
    pub fn is_symmetric(&self) -> bool {
        *self == KeySpec::SymmetricDefault
    }

    pub fn is_hmac(self) -> bool {
        matches!(
            self,
            KeySpec::Hmac224 | KeySpec::Hmac256 | KeySpec::Hmac384 | KeySpec::Hmac512
        )
    }
}

// The enums are declared by `aws_names!`, which does not derive Default.
#[allow(clippy::derivable_impls)]
impl Default for KeySpec {
    fn default() -> Self {
        KeySpec::SymmetricDefault
    }
}

impl KeyUsage {
    pub fn is_encrypt_decrypt(&self) -> bool {
        *self == KeyUsage::EncryptDecrypt
    }
}

#[allow(clippy::derivable_impls)]
impl Default for KeyUsage {
    fn default() -> Self {
        KeyUsage::EncryptDecrypt
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_parses_back_to_its_value() {
        for spec in KeySpec::ALL {
            assert_eq!(KeySpec::parse(spec.name()), Some(*spec));
        }
        for spec in DataKeyPairSpec::ALL {
            assert_eq!(spec.key_spec().name(), spec.name());
        }
        for spec in WrappingKeySpec::ALL {
            assert_eq!(spec.key_spec().name(), spec.name());
        }
        // The API model's order, which ValidationException's enum list follows.
        assert_eq!(
            WrappingAlgorithm::NAMES,
            [
                "RSAES_PKCS1_V1_5",
                "RSAES_OAEP_SHA_1",
                "RSAES_OAEP_SHA_256",
                "RSA_AES_KEY_WRAP_SHA_1",
                "RSA_AES_KEY_WRAP_SHA_256",
                "SM2PKE"
            ]
        );
        assert_eq!(
            ExpirationModel::parse("KEY_MATERIAL_DOES_NOT_EXPIRE"),
            Some(ExpirationModel::KeyMaterialDoesNotExpire)
        );
        assert_eq!(
            ImportType::NAMES,
            ["NEW_KEY_MATERIAL", "EXISTING_KEY_MATERIAL"]
        );
        assert_eq!(KeySpec::NAMES.len(), KeySpec::ALL.len());
        assert_eq!(
            SigningAlgorithm::parse("ECDSA_SHA_256"),
            Some(SigningAlgorithm::EcdsaSha256)
        );
        assert_eq!(SigningAlgorithm::parse("ecdsa_sha_256"), None);
    }
}
