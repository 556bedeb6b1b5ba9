//! kms-local's own commands: the keystore's settings, domain key, bundles,
//! checks, backups, restores and rekeys.

use serde::{Deserialize, Serialize};

use crate::timestamp::IsoTimestamp;

/// Response of `rotate --domain` (no AWS counterpart: AWS rotates domain keys itself).
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RotateDomainKeyResponse {
    /// The id of the new active domain key.
    pub domain_key_id: String,
    /// How many EKTs were re-wrapped under it.
    pub rewrapped_key_tokens: usize,
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
    pub audit_segment_max_bytes: Option<i64>,
    pub audit_segment_max_age_days: Option<i64>,
    pub audit_retention_days: Option<i64>,
}

impl KeystoreSettingsRequest {
    /// Whether the request changes anything.
    pub fn changes(&self) -> bool {
        self.domain_key_rotation_period_in_days.is_some()
            || self.audit_segment_max_bytes.is_some()
            || self.audit_segment_max_age_days.is_some()
            || self.audit_retention_days.is_some()
    }
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
    /// The audit log's live file closes as a segment at this size.
    pub audit_segment_max_bytes: u64,
    /// ... or when its first entry is this many days old.
    pub audit_segment_max_age_days: u32,
    /// Segments older than this many days are removed; 0 keeps them all.
    pub audit_retention_days: u32,
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
