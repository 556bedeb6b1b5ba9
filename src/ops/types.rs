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

/// A secret blob field (base64 in JSON): Encrypt's Plaintext. Decoded into a
/// zeroizing buffer; the JSON text it came from is the caller's.
pub struct SecretBlob(pub Plaintext);

impl fmt::Debug for SecretBlob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<'de> Deserialize<'de> for SecretBlob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Zeroizing::new(String::deserialize(d)?);
        let mut bytes = Zeroizing::new(vec![0; text.len() / 4 * 3 + 3]);
        let len = STANDARD
            .decode_slice(text.as_bytes(), &mut bytes)
            .map_err(|_| serde::de::Error::custom("a blob field is not valid base64"))?;
        bytes.truncate(len);
        Ok(SecretBlob(Plaintext::new(bytes)))
    }
}

/// The one place a secret becomes printable: the `Plaintext` field of a
/// response that returns it. The base64 text lives in a zeroizing buffer.
fn secret_base64<S: Serializer>(plaintext: &Plaintext, s: S) -> Result<S::Ok, S::Error> {
    let text = Zeroizing::new(STANDARD.encode(plaintext.expose()));
    s.serialize_str(&text)
}

/// The request of an operation that takes no fields. Fields sent anyway
/// are ignored.
#[derive(Debug, Default, Deserialize)]
pub struct EmptyRequest {}

/// CreateKey request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateKeyRequest {
    pub description: Option<String>,
    pub key_usage: Option<String>,
    pub key_spec: Option<String>,
    pub customer_master_key_spec: Option<String>,
    pub tags: Option<Vec<Tag>>,
    /// Accepted at the one value kms-local has, `AWS_KMS`.
    pub origin: Option<String>,
    /// Accepted at the one value kms-local has, `false`.
    pub multi_region: Option<bool>,
    /// Accepted and ignored: there are no key policies to lock anyone out.
    pub bypass_policy_lockout_safety_check: Option<bool>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<IsoTimestamp>,
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
    pub source_key_material_id: String,
    pub destination_key_material_id: String,
}

/// The request of every operation that takes only a KeyId: EnableKey,
/// DisableKey, CancelKeyDeletion, DisableKeyRotation, GetKeyRotationStatus,
/// RotateKeyOnDemand.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct KeyIdRequest {
    pub key_id: Option<String>,
}

/// A response that is only the key ARN: RotateKeyOnDemand, CancelKeyDeletion.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyIdResponse {
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

/// DescribeKey request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DescribeKeyRequest {
    pub key_id: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
}

/// DescribeKey response.
pub type DescribeKeyResponse = CreateKeyResponse;

/// The paging fields every List request has.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ListKeysRequest {
    pub limit: Option<i64>,
    pub marker: Option<String>,
}

/// One entry of ListKeys.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyListEntry {
    pub key_id: String,
    pub key_arn: String,
}

/// ListKeys response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListKeysResponse {
    pub keys: Vec<KeyListEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    pub truncated: bool,
}

/// UpdateKeyDescription request; the response is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct UpdateKeyDescriptionRequest {
    pub key_id: Option<String>,
    pub description: Option<String>,
}

/// ScheduleKeyDeletion request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ScheduleKeyDeletionRequest {
    pub key_id: Option<String>,
    pub pending_window_in_days: Option<i64>,
}

/// ScheduleKeyDeletion response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ScheduleKeyDeletionResponse {
    pub key_id: String,
    pub deletion_date: IsoTimestamp,
    pub key_state: &'static str,
    pub pending_window_in_days: i64,
}

/// UpdateAlias request; the response is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct UpdateAliasRequest {
    pub alias_name: Option<String>,
    pub target_key_id: Option<String>,
}

/// DeleteAlias request; the response is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DeleteAliasRequest {
    pub alias_name: Option<String>,
}

/// ListAliases request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ListAliasesRequest {
    pub key_id: Option<String>,
    pub limit: Option<i64>,
    pub marker: Option<String>,
}

/// One entry of ListAliases.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AliasListEntry {
    pub alias_name: String,
    pub alias_arn: String,
    pub target_key_id: String,
    pub creation_date: IsoTimestamp,
    pub last_updated_date: IsoTimestamp,
}

/// ListAliases response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListAliasesResponse {
    pub aliases: Vec<AliasListEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    pub truncated: bool,
}

/// EnableKeyRotation request; the response is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct EnableKeyRotationRequest {
    pub key_id: Option<String>,
    pub rotation_period_in_days: Option<i64>,
}

/// GetKeyRotationStatus response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetKeyRotationStatusResponse {
    pub key_rotation_enabled: bool,
    pub key_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotation_period_in_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_rotation_date: Option<IsoTimestamp>,
}

/// ListKeyRotations request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ListKeyRotationsRequest {
    pub key_id: Option<String>,
    pub include_key_material: Option<String>,
    pub limit: Option<i64>,
    pub marker: Option<String>,
}

/// One entry of ListKeyRotations.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RotationListEntry {
    pub key_id: String,
    pub key_material_id: String,
    pub key_material_state: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotation_date: Option<IsoTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotation_type: Option<&'static str>,
}

/// ListKeyRotations response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListKeyRotationsResponse {
    pub rotations: Vec<RotationListEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    pub truncated: bool,
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

/// TagResource request; the response is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct TagResourceRequest {
    pub key_id: Option<String>,
    pub tags: Option<Vec<Tag>>,
}

/// UntagResource request; the response is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct UntagResourceRequest {
    pub key_id: Option<String>,
    pub tag_keys: Option<Vec<String>>,
}

/// ListResourceTags request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ListResourceTagsRequest {
    pub key_id: Option<String>,
    pub limit: Option<i64>,
    pub marker: Option<String>,
}

/// ListResourceTags response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListResourceTagsResponse {
    pub tags: Vec<Tag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    pub truncated: bool,
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

/// What `keystore restore` did (kms-local's own).
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RestoreKeystoreResponse {
    pub keystore: String,
    /// The copy put in place; absent when the file as it was is accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restored_from: Option<String>,
    /// The restored keystore's write counter.
    pub writes: u64,
    /// The highest write counter the audit log had seen.
    pub log_had_seen: u64,
}

/// What `keystore rekey` did (kms-local's own). Names the new key file,
/// never a key.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RekeyKeystoreResponse {
    pub keystore: String,
    /// How the keystore is sealed now: `MasterKeyFile`,
    /// `MasterKeyEnvironment` or `Passphrase`.
    pub protection: &'static str,
    /// The new key file, when the new KEK is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub master_key_file: Option<String>,
    /// The audit log, a new chain under the new KEK.
    pub audit_log: String,
    /// Where the old log was set aside; absent when there was none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_aside: Option<String>,
}

/// The keystore settings (kms-local's own).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct KeystoreSettingsRequest {
    pub domain_key_rotation_period_in_days: Option<i64>,
}

/// The keystore settings, after any change.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeystoreSettingsResponse {
    pub region: String,
    #[serde(rename = "AWSAccountId")]
    pub aws_account_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_key_id: Option<String>,
    pub domain_key_rotation_period_in_days: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_domain_key_rotation_date: Option<IsoTimestamp>,
}

/// ExportKeys request (kms-local's own): which keys; none means all.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ExportKeysRequest {
    pub key_ids: Option<Vec<String>>,
}

/// What export-keys wrote.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ExportKeysResponse {
    pub file: String,
    /// The ARNs of the exported keys.
    pub keys: Vec<String>,
    pub aliases: Vec<String>,
}

/// One key of import-keys.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportedKey {
    pub key_id: String,
    /// IMPORTED, or ALREADY_PRESENT when this keystore held the same key
    /// with the same material already.
    pub status: &'static str,
}

/// What import-keys did.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportKeysResponse {
    pub keys: Vec<ImportedKey>,
    pub aliases: Vec<String>,
}

/// What `keystore verify` found.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VerifyKeystoreResponse {
    pub keys: usize,
    pub key_tokens: usize,
    pub aliases: usize,
    pub domain_keys: usize,
    /// Empty when the keystore is sound.
    pub problems: Vec<String>,
}

/// What `keystore backup` wrote.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct BackupKeystoreResponse {
    pub backup: String,
    pub bytes: usize,
}
