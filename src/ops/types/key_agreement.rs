//! The operations that make a shared secret: DeriveSharedSecret (ECDH) and
//! Encapsulate and Decapsulate (ML-KEM).

use serde::{Deserialize, Serialize};

use super::{Blob, secret_base64};
use crate::hsm::secret::Plaintext;

/// DeriveSharedSecret request. `Recipient` (Nitro Enclaves attestation) is
/// not among the fields, so it is refused as unknown.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DeriveSharedSecretRequest {
    pub key_id: Option<String>,
    pub key_agreement_algorithm: Option<String>,
    /// The peer's public key, DER SubjectPublicKeyInfo.
    pub public_key: Option<Blob>,
    pub grant_tokens: Option<Vec<String>>,
    /// `true`: check everything, then answer DryRunOperationException.
    pub dry_run: Option<bool>,
}

/// DeriveSharedSecret response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeriveSharedSecretResponse {
    /// The key ARN.
    pub key_id: String,
    /// The raw ECDH secret Z.
    #[serde(serialize_with = "secret_base64")]
    pub shared_secret: Plaintext,
    pub key_agreement_algorithm: &'static str,
    pub key_origin: &'static str,
}

/// Encapsulate request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct EncapsulateRequest {
    pub key_id: Option<String>,
    pub encapsulation_algorithm: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
    /// `true`: check everything, then answer DryRunOperationException.
    pub dry_run: Option<bool>,
}

/// Encapsulate response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct EncapsulateResponse {
    /// The key ARN.
    pub key_id: String,
    #[serde(serialize_with = "secret_base64")]
    pub shared_secret: Plaintext,
    pub shared_secret_ciphertext_blob: Blob,
    pub encapsulation_algorithm: &'static str,
}

/// Decapsulate request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DecapsulateRequest {
    pub key_id: Option<String>,
    pub shared_secret_ciphertext_blob: Option<Blob>,
    pub encapsulation_algorithm: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
    /// `true`: check everything, then answer DryRunOperationException.
    pub dry_run: Option<bool>,
}

/// Decapsulate response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DecapsulateResponse {
    /// The key ARN.
    pub key_id: String,
    #[serde(serialize_with = "secret_base64")]
    pub shared_secret: Plaintext,
    pub encapsulation_algorithm: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_prints_a_shared_secret() {
        let secret = || Plaintext::from(vec![0xA5; 32]);
        let texts = [
            format!(
                "{:?}",
                DeriveSharedSecretResponse {
                    key_id: "k".into(),
                    shared_secret: secret(),
                    key_agreement_algorithm: "ECDH",
                    key_origin: "AWS_KMS",
                }
            ),
            format!(
                "{:?}",
                EncapsulateResponse {
                    key_id: "k".into(),
                    shared_secret: secret(),
                    shared_secret_ciphertext_blob: Blob(vec![1; 768]),
                    encapsulation_algorithm: "ML_KEM",
                }
            ),
            format!(
                "{:?}",
                DecapsulateResponse {
                    key_id: "k".into(),
                    shared_secret: secret(),
                    encapsulation_algorithm: "ML_KEM",
                }
            ),
        ];
        for text in texts {
            assert!(text.contains("Plaintext(32 bytes)"), "{text}");
            for leak in ["165", "a5a5", "A5A5", "paWl"] {
                assert!(!text.contains(leak), "{text}");
            }
        }
    }
}
