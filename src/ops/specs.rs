//! What each key spec may do, as AWS KMS rules it: the usages a spec
//! allows, the algorithms KeyMetadata and GetPublicKey list for a spec and
//! usage, and the checks an operation makes before the HSM runs.
//! (AWS-KMS-REFERENCE-2 §1.1, §2.2, §6.)

use crate::error::{Error, Result};
use crate::spec::{
    EncapsulationAlgorithm, EncryptionAlgorithm, KeyAgreementAlgorithm, KeySpec, KeyUsage,
    MacAlgorithm, MessageType, SigningAlgorithm,
};

/// The usages `spec` allows; the first is not a default (only a symmetric
/// key may leave KeyUsage out).
fn usages(spec: KeySpec) -> &'static [KeyUsage] {
    use KeySpec::*;
    use KeyUsage::*;
    match spec {
        SymmetricDefault => &[EncryptDecrypt],
        Rsa2048 | Rsa3072 | Rsa4096 => &[EncryptDecrypt, SignVerify],
        EccNistP256 | EccNistP384 | EccNistP521 => &[SignVerify, KeyAgreement],
        EccSecgP256k1 | EccNistEdwards25519 | MlDsa44 | MlDsa65 | MlDsa87 => &[SignVerify],
        Hmac224 | Hmac256 | Hmac384 | Hmac512 => &[GenerateVerifyMac],
        MlKem512 | MlKem768 | MlKem1024 => &[EncapsulateDecapsulate],
        Sm2 => &[EncryptDecrypt, SignVerify, KeyAgreement],
    }
}

/// CreateKey's KeyUsage for `spec`: the one given, which the spec must
/// allow, or ENCRYPT_DECRYPT for a symmetric key that names none.
pub fn check_usage(spec: KeySpec, usage: Option<KeyUsage>) -> Result<KeyUsage> {
    let Some(usage) = usage else {
        return if spec.is_symmetric() {
            Ok(KeyUsage::EncryptDecrypt)
        } else {
            Err(Error::Validation(
                "You must specify a KeyUsage value for all KMS keys except for symmetric \
                 encryption keys."
                    .into(),
            ))
        };
    };
    if usages(spec).contains(&usage) {
        Ok(usage)
    } else {
        Err(Error::Validation(format!(
            "KeyUsage {usage} is not compatible with KeySpec {spec}"
        )))
    }
}

/// The signing algorithms of a SIGN_VERIFY key of `spec`, in AWS's order.
pub fn signing_algorithms(spec: KeySpec) -> &'static [SigningAlgorithm] {
    use SigningAlgorithm::*;
    match spec {
        KeySpec::Rsa2048 | KeySpec::Rsa3072 | KeySpec::Rsa4096 => &[
            RsassaPkcs1V15Sha256,
            RsassaPkcs1V15Sha384,
            RsassaPkcs1V15Sha512,
            RsassaPssSha256,
            RsassaPssSha384,
            RsassaPssSha512,
        ],
        KeySpec::EccNistP256 | KeySpec::EccSecgP256k1 => &[EcdsaSha256],
        KeySpec::EccNistP384 => &[EcdsaSha384],
        KeySpec::EccNistP521 => &[EcdsaSha512],
        KeySpec::EccNistEdwards25519 => &[Ed25519Sha512, Ed25519PhSha512],
        KeySpec::MlDsa44 | KeySpec::MlDsa65 | KeySpec::MlDsa87 => &[MlDsaShake256],
        KeySpec::Sm2 => &[Sm2Dsa],
        _ => &[],
    }
}

/// The encryption algorithms of an ENCRYPT_DECRYPT key of `spec`.
pub fn encryption_algorithms(spec: KeySpec) -> &'static [EncryptionAlgorithm] {
    use EncryptionAlgorithm::*;
    match spec {
        KeySpec::SymmetricDefault => &[SymmetricDefault],
        KeySpec::Rsa2048 | KeySpec::Rsa3072 | KeySpec::Rsa4096 => &[RsaesOaepSha1, RsaesOaepSha256],
        KeySpec::Sm2 => &[Sm2Pke],
        _ => &[],
    }
}

/// The MAC algorithm of an HMAC key: one, matching the spec.
pub fn mac_algorithms(spec: KeySpec) -> &'static [MacAlgorithm] {
    match spec {
        KeySpec::Hmac224 => &[MacAlgorithm::HmacSha224],
        KeySpec::Hmac256 => &[MacAlgorithm::HmacSha256],
        KeySpec::Hmac384 => &[MacAlgorithm::HmacSha384],
        KeySpec::Hmac512 => &[MacAlgorithm::HmacSha512],
        _ => &[],
    }
}

/// The algorithm lists of KeyMetadata and GetPublicKey: only the one that
/// matches the key's usage is present.
#[derive(Debug, Default)]
pub struct Algorithms {
    pub encryption: Option<Vec<&'static str>>,
    pub signing: Option<Vec<&'static str>>,
    pub mac: Option<Vec<&'static str>>,
    pub key_agreement: Option<Vec<&'static str>>,
    pub encapsulation: Option<Vec<&'static str>>,
}

impl Algorithms {
    pub fn of(spec: KeySpec, usage: KeyUsage) -> Self {
        fn names<T: Copy>(list: &[T], name: fn(T) -> &'static str) -> Option<Vec<&'static str>> {
            Some(list.iter().map(|a| name(*a)).collect())
        }
        let mut algorithms = Algorithms::default();
        match usage {
            KeyUsage::EncryptDecrypt => {
                algorithms.encryption =
                    names(encryption_algorithms(spec), EncryptionAlgorithm::name);
            }
            KeyUsage::SignVerify => {
                algorithms.signing = names(signing_algorithms(spec), SigningAlgorithm::name);
            }
            KeyUsage::GenerateVerifyMac => {
                algorithms.mac = names(mac_algorithms(spec), MacAlgorithm::name);
            }
            KeyUsage::KeyAgreement => {
                algorithms.key_agreement =
                    names(&[KeyAgreementAlgorithm::Ecdh], KeyAgreementAlgorithm::name);
            }
            KeyUsage::EncapsulateDecapsulate => {
                algorithms.encapsulation = names(
                    &[EncapsulationAlgorithm::MlKem],
                    EncapsulationAlgorithm::name,
                );
            }
        }
        algorithms
    }
}

/// InvalidKeyUsageException for a key whose usage does not serve `operation`.
pub fn wrong_usage(arn: &str, usage: KeyUsage, operation: &str) -> Error {
    Error::InvalidKeyUsage(format!(
        "{arn} key usage is {usage} which is not valid for {operation}."
    ))
}

/// InvalidKeyUsageException for an algorithm the key's spec does not have.
pub fn incompatible(algorithm: &str, spec: KeySpec) -> Error {
    Error::InvalidKeyUsage(format!(
        "Algorithm {algorithm} is incompatible with key spec {spec}."
    ))
}

/// The digest length a DIGEST message must have for `algorithm`, if it
/// takes DIGEST messages at all.
fn digest_len(algorithm: SigningAlgorithm) -> Option<usize> {
    use SigningAlgorithm::*;
    match algorithm {
        RsassaPssSha256 | RsassaPkcs1V15Sha256 | EcdsaSha256 | Sm2Dsa => Some(32),
        RsassaPssSha384 | RsassaPkcs1V15Sha384 | EcdsaSha384 => Some(48),
        RsassaPssSha512 | RsassaPkcs1V15Sha512 | EcdsaSha512 | Ed25519PhSha512 => Some(64),
        MlDsaShake256 | Ed25519Sha512 => None,
    }
}

/// Checks Sign's or Verify's message against its type and algorithm: a
/// digest's length, Ed25519's fixed pairing of algorithm and type, and
/// ML-DSA's 64-byte μ. Messages that AWS would refuse get its
/// ValidationException.
pub fn check_message(
    algorithm: SigningAlgorithm,
    message_type: MessageType,
    message: &[u8],
) -> Result<()> {
    let refuse = |why: &str| Err(Error::Validation(why.to_owned()));
    match (algorithm, message_type) {
        (SigningAlgorithm::Ed25519Sha512, MessageType::Raw)
        | (SigningAlgorithm::MlDsaShake256, MessageType::Raw) => Ok(()),
        (SigningAlgorithm::Ed25519Sha512, _) => {
            refuse("ED25519_SHA_512 signing algorithm requires RAW message type.")
        }
        (SigningAlgorithm::Ed25519PhSha512, MessageType::Raw) => {
            refuse("ED25519_PH_SHA_512 signing algorithm requires DIGEST message type.")
        }
        (SigningAlgorithm::MlDsaShake256, MessageType::ExternalMu) if message.len() == 64 => Ok(()),
        (SigningAlgorithm::MlDsaShake256, MessageType::ExternalMu) => {
            refuse("External mu is invalid length for algorithm ML_DSA_SHAKE_256.")
        }
        (SigningAlgorithm::MlDsaShake256, MessageType::Digest) => {
            refuse("ML_DSA_SHAKE_256 signing algorithm does not support DIGEST message type.")
        }
        (_, MessageType::ExternalMu) => refuse(&format!(
            "{algorithm} signing algorithm does not support EXTERNAL_MU message type."
        )),
        (_, MessageType::Raw) => Ok(()),
        (_, MessageType::Digest) => match digest_len(algorithm) {
            Some(len) if len == message.len() => Ok(()),
            _ => refuse(&format!(
                "Digest is invalid length for algorithm {algorithm}."
            )),
        },
    }
}

/// Whether automatic or on-demand rotation is possible: symmetric
/// encryption keys only. AWS answers the rest with an empty message.
pub fn check_rotatable(spec: KeySpec) -> Result<()> {
    if spec.is_symmetric() {
        Ok(())
    } else {
        Err(Error::UnsupportedOperation(String::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spec_lists_algorithms_for_each_usage_it_allows() {
        for spec in KeySpec::ALL {
            for usage in usages(*spec) {
                let a = Algorithms::of(*spec, *usage);
                let lists = [
                    &a.encryption,
                    &a.signing,
                    &a.mac,
                    &a.key_agreement,
                    &a.encapsulation,
                ];
                let present: Vec<_> = lists.iter().filter_map(|l| l.as_ref()).collect();
                assert_eq!(present.len(), 1, "{spec} {usage}");
                assert!(!present[0].is_empty(), "{spec} {usage}");
            }
        }
    }

    #[test]
    fn usage_rules_follow_aws() {
        assert_eq!(
            check_usage(KeySpec::SymmetricDefault, None).unwrap(),
            KeyUsage::EncryptDecrypt
        );
        assert!(check_usage(KeySpec::Hmac256, None).is_err());
        let e = check_usage(KeySpec::Rsa2048, Some(KeyUsage::KeyAgreement)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "KeyUsage KEY_AGREEMENT is not compatible with KeySpec RSA_2048"
        );
        assert!(check_usage(KeySpec::EccSecgP256k1, Some(KeyUsage::KeyAgreement)).is_err());
    }

    #[test]
    fn digests_must_have_the_hash_length() {
        use SigningAlgorithm::*;
        assert!(check_message(EcdsaSha256, MessageType::Digest, &[0; 32]).is_ok());
        let e = check_message(RsassaPssSha256, MessageType::Digest, &[0; 31]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Digest is invalid length for algorithm RSASSA_PSS_SHA_256."
        );
        assert!(check_message(Ed25519PhSha512, MessageType::Digest, &[0; 64]).is_ok());
        assert!(check_message(Ed25519Sha512, MessageType::Digest, &[0; 64]).is_err());
        assert!(check_message(MlDsaShake256, MessageType::ExternalMu, &[0; 63]).is_err());
        assert!(check_message(MlDsaShake256, MessageType::ExternalMu, &[0; 64]).is_ok());
    }
}
