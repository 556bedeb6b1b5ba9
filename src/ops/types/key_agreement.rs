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
