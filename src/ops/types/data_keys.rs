//! The cryptographic operations: data keys, Encrypt, Decrypt, ReEncrypt,
//! GenerateRandom and DescribeCiphertext.

use serde::{Deserialize, Serialize};

use super::{Blob, SecretBlob, secret_base64};
use crate::context::EncryptionContext;
use crate::hsm::secret::Plaintext;

/// GenerateDataKey request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GenerateDataKeyRequest {
    pub key_id: Option<String>,
    pub encryption_context: Option<EncryptionContext>,
    pub number_of_bytes: Option<i64>,
    pub key_spec: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
    /// `true`: check everything, then answer DryRunOperationException.
    pub dry_run: Option<bool>,
}

/// GenerateDataKey response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GenerateDataKeyResponse {
    pub ciphertext_blob: Blob,
    #[serde(serialize_with = "secret_base64")]
    pub plaintext: Plaintext,
    /// The key ARN.
    pub key_id: String,
    pub key_material_id: String,
}

/// Decrypt request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DecryptRequest {
    pub ciphertext_blob: Option<Blob>,
    pub encryption_context: Option<EncryptionContext>,
    pub grant_tokens: Option<Vec<String>>,
    /// `true`: check everything, then answer DryRunOperationException.
    pub dry_run: Option<bool>,
    pub key_id: Option<String>,
    pub encryption_algorithm: Option<String>,
}

/// Decrypt response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DecryptResponse {
    /// The ARN of the key that made the ciphertext.
    pub key_id: String,
    #[serde(serialize_with = "secret_base64")]
    pub plaintext: Plaintext,
    pub encryption_algorithm: &'static str,
    /// Symmetric keys only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_material_id: Option<String>,
}

/// ReEncrypt request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ReEncryptRequest {
    pub ciphertext_blob: Option<Blob>,
    pub source_encryption_context: Option<EncryptionContext>,
    pub source_key_id: Option<String>,
    pub destination_key_id: Option<String>,
    pub destination_encryption_context: Option<EncryptionContext>,
    pub source_encryption_algorithm: Option<String>,
    pub destination_encryption_algorithm: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
    /// `true`: check everything, then answer DryRunOperationException.
    pub dry_run: Option<bool>,
}

/// ReEncrypt response. The plaintext never appears in it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReEncryptResponse {
    pub ciphertext_blob: Blob,
    pub source_key_id: String,
    pub key_id: String,
    pub source_encryption_algorithm: &'static str,
    pub destination_encryption_algorithm: &'static str,
    /// Symmetric keys only, on each side.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_key_material_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_key_material_id: Option<String>,
}

/// GenerateDataKeyWithoutPlaintext response (the request is GenerateDataKey's).
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GenerateDataKeyWithoutPlaintextResponse {
    pub ciphertext_blob: Blob,
    pub key_id: String,
    pub key_material_id: String,
}

/// Encrypt request. Its Plaintext is a secret.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct EncryptRequest {
    pub key_id: Option<String>,
    pub plaintext: Option<SecretBlob>,
    pub encryption_context: Option<EncryptionContext>,
    pub grant_tokens: Option<Vec<String>>,
    /// `true`: check everything, then answer DryRunOperationException.
    pub dry_run: Option<bool>,
    pub encryption_algorithm: Option<String>,
}

/// Encrypt response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct EncryptResponse {
    pub ciphertext_blob: Blob,
    pub key_id: String,
    pub encryption_algorithm: &'static str,
}

/// GenerateRandom request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GenerateRandomRequest {
    pub number_of_bytes: Option<i64>,
}

/// GenerateRandom response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GenerateRandomResponse {
    #[serde(serialize_with = "secret_base64")]
    pub plaintext: Plaintext,
}

/// DescribeCiphertext request (kms-local's own operation).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DescribeCiphertextRequest {
    pub ciphertext_blob: Option<Blob>,
}

/// What a blob says about itself, read without decrypting it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCiphertextResponse {
    pub format_version: u8,
    /// The ARN of the key that made it, in this keystore's region and account.
    pub key_id: String,
    pub key_material_id: String,
    pub encryption_context_bound: bool,
    /// Whether this keystore holds that key and that key material.
    pub key_material_present: bool,
    /// Length of the plaintext inside, in bytes.
    pub plaintext_length: usize,
}

/// GenerateDataKeyPair request (GenerateDataKeyPairWithoutPlaintext's too).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GenerateDataKeyPairRequest {
    pub encryption_context: Option<EncryptionContext>,
    pub key_id: Option<String>,
    pub key_pair_spec: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
    /// `true`: check everything, then answer DryRunOperationException.
    pub dry_run: Option<bool>,
}

/// GenerateDataKeyPair response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GenerateDataKeyPairResponse {
    pub private_key_ciphertext_blob: Blob,
    /// PKCS#8 DER.
    #[serde(serialize_with = "secret_base64")]
    pub private_key_plaintext: Plaintext,
    /// SPKI DER.
    pub public_key: Blob,
    pub key_id: String,
    pub key_pair_spec: &'static str,
    pub key_material_id: String,
}

/// GenerateDataKeyPairWithoutPlaintext response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GenerateDataKeyPairWithoutPlaintextResponse {
    pub private_key_ciphertext_blob: Blob,
    pub public_key: Blob,
    pub key_id: String,
    pub key_pair_spec: &'static str,
    pub key_material_id: String,
}
