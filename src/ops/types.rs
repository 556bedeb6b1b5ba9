//! Requests and responses, field for field as the AWS KMS API names them.
//!
//! Requests deserialize from the API's request JSON (`--cli-input-json`), so
//! the command line and any other front end meet in the same types. Responses
//! serialize in the member order of the KMS API model, which is the order
//! `aws kms` prints them in.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

use crate::context::EncryptionContext;
use crate::hsm::secret::Plaintext;
use crate::keystore::state::Tag;
use crate::timestamp::IsoTimestamp;

/// A blob field (base64 in JSON).
#[derive(Clone, PartialEq, Eq)]
pub struct Blob(pub Vec<u8>);

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        STANDARD
            .decode(text.as_bytes())
            .map(Blob)
            .map_err(|_| serde::de::Error::custom("a blob field is not valid base64"))
    }
}

/// The one place a secret becomes printable: the `Plaintext` field of a
/// response that returns it. The base64 text lives in a zeroizing buffer.
fn secret_base64<S: Serializer>(plaintext: &Plaintext, s: S) -> Result<S::Ok, S::Error> {
    let text = Zeroizing::new(STANDARD.encode(plaintext.expose()));
    s.serialize_str(&text)
}

/// CreateKey request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateKeyRequest {
    pub description: Option<String>,
    pub key_usage: Option<String>,
    pub key_spec: Option<String>,
    pub customer_master_key_spec: Option<String>,
    pub tags: Option<Vec<Tag>>,
}

/// CreateKey response: `{"KeyMetadata": {...}}`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateKeyResponse {
    pub key_metadata: KeyMetadata,
}

/// KeyMetadata, with the fields AWS returns for a symmetric key.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyMetadata {
    #[serde(rename = "AWSAccountId")]
    pub aws_account_id: String,
    pub key_id: String,
    pub arn: String,
    pub creation_date: IsoTimestamp,
    pub enabled: bool,
    pub description: String,
    pub key_usage: &'static str,
    pub key_state: &'static str,
    pub origin: &'static str,
    pub key_manager: &'static str,
    pub customer_master_key_spec: &'static str,
    pub key_spec: &'static str,
    pub encryption_algorithms: Vec<&'static str>,
    pub multi_region: bool,
    pub current_key_material_id: String,
}

/// CreateAlias request; the response is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateAliasRequest {
    pub alias_name: Option<String>,
    pub target_key_id: Option<String>,
}

/// GenerateDataKey request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GenerateDataKeyRequest {
    pub key_id: Option<String>,
    pub encryption_context: Option<EncryptionContext>,
    pub number_of_bytes: Option<i64>,
    pub key_spec: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
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
    pub key_material_id: String,
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
    pub source_key_material_id: String,
    pub destination_key_material_id: String,
}

/// RotateKeyOnDemand request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct RotateKeyOnDemandRequest {
    pub key_id: Option<String>,
}

/// RotateKeyOnDemand response: the key ARN.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RotateKeyOnDemandResponse {
    pub key_id: String,
}

/// Response of `rotate --domain` (no AWS counterpart: AWS rotates domain keys itself).
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RotateDomainKeyResponse {
    /// The id of the new active domain key.
    pub domain_key_id: String,
    /// How many EKTs were re-wrapped under it.
    pub rewrapped_key_tokens: usize,
}
