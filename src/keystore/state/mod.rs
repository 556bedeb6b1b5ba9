//! What the keystore holds, all of it inside the encrypted envelope: the
//! domain keys, every KMS key with its EKTs and metadata, and the aliases.
//! Encoded by body.rs (see docs/keystore-format.md §3).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::hsm::secret::SecretText;
use crate::hsm::{DomainKey, WrappedKey};
use crate::ids::{BackingKeyId, DomainKeyId, KeystoreId};
use crate::keystore::table::KeyTable;
use crate::spec::{KeySpec, KeyUsage};
use crate::timestamp::Timestamp;

mod parts;

pub use parts::{External, Grant, Imported, Migration, MultiRegion};

/// The whole keystore.
#[derive(Debug)]
pub struct State {
    /// A random id of this keystore, fixed when it is created; it binds the
    /// audit log to this keystore.
    pub keystore_id: KeystoreId,
    /// The (account, Region) pairs that hold keys or aliases; never empty.
    /// The first is the keystore's home, fixed when it is created: the one
    /// a caller who names no other acts in.
    pub scopes: Vec<Scope>,
    /// Oldest first; the last one is active.
    pub domain_keys: Vec<DomainKey>,
    /// By key id, each record decoded when first asked for.
    pub keys: KeyTable,
    pub settings: Settings,
    /// The access keys `serve` accepts signatures from, by access key id.
    pub access_keys: BTreeMap<String, AccessKeyRecord>,
    /// How many times the keystore has been written. Every audit entry
    /// records it, so a keystore older than its own log (a copy put back)
    /// is found: see docs/audit-log.md.
    pub writes: u64,
}

/// One account in one Region: its aliases, and (in the key table) its keys.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Scope {
    pub account_id: String,
    pub region: String,
    /// By full alias name (`alias/…`).
    #[serde(default)]
    pub aliases: BTreeMap<String, AliasRecord>,
}

impl Scope {
    pub fn new(account_id: String, region: String) -> Self {
        Scope {
            account_id,
            region,
            aliases: BTreeMap::new(),
        }
    }
}

/// A scope's number: its place in [`State::scopes`]. The index of a
/// keystore names each key's scope by it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScopeId(pub u16);

impl ScopeId {
    /// The keystore's own account and Region.
    pub const HOME: ScopeId = ScopeId(0);
}

/// Where a key is: its scope and its id. Keys of two scopes may share an id
/// (the related keys of a multi-Region key do).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyAddr {
    pub scope: ScopeId,
    pub id: Uuid,
}

/// Keystore-wide settings. A field a keystore lacks (one written before it
/// existed) reads as its default; a field at its default is not written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Settings {
    /// Days between automatic domain-key rotations (AWS rotates daily).
    pub domain_key_rotation_period_in_days: u32,
    /// The audit log's live file closes as a segment once it is this long.
    #[serde(skip_serializing_if = "Settings::default_segment_bytes")]
    pub audit_segment_max_bytes: u64,
    /// ... or once its first entry is this many days old.
    #[serde(skip_serializing_if = "Settings::default_segment_age")]
    pub audit_segment_max_age_days: u32,
    /// Segments whose newest entry is this many days old are removed at a
    /// rotation; 0 keeps every segment.
    #[serde(skip_serializing_if = "Settings::default_retention")]
    pub audit_retention_days: u32,
}

impl Settings {
    /// The default segment size: 64 MiB.
    pub const AUDIT_SEGMENT_MAX_BYTES: u64 = 64 * 1024 * 1024;
    /// The default segment age: a week.
    pub const AUDIT_SEGMENT_MAX_AGE_DAYS: u32 = 7;

    fn default_segment_bytes(bytes: &u64) -> bool {
        *bytes == Self::AUDIT_SEGMENT_MAX_BYTES
    }

    fn default_segment_age(days: &u32) -> bool {
        *days == Self::AUDIT_SEGMENT_MAX_AGE_DAYS
    }

    fn default_retention(days: &u32) -> bool {
        *days == 0
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            domain_key_rotation_period_in_days: 1,
            audit_segment_max_bytes: Self::AUDIT_SEGMENT_MAX_BYTES,
            audit_segment_max_age_days: Self::AUDIT_SEGMENT_MAX_AGE_DAYS,
            audit_retention_days: 0,
        }
    }
}

impl State {
    /// A keystore with no keys, aliases or domain keys.
    pub fn empty(region: String, account_id: String) -> Self {
        State {
            keystore_id: KeystoreId::default(),
            scopes: vec![Scope::new(account_id, region)],
            domain_keys: Vec::new(),
            keys: KeyTable::default(),
            settings: Settings::default(),
            access_keys: BTreeMap::new(),
            writes: 0,
        }
    }

    /// The keystore's own account and Region.
    pub fn home(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope numbered `id`. Every id the keystore hands out or reads
    /// from its index names one (the index is checked when it is read).
    pub fn scope(&self, id: ScopeId) -> &Scope {
        self.scopes
            .get(usize::from(id.0))
            .unwrap_or(&self.scopes[0])
    }

    pub fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        let at = usize::from(id.0);
        if at < self.scopes.len() {
            &mut self.scopes[at]
        } else {
            &mut self.scopes[0]
        }
    }

    /// Every scope's id, the home one first.
    pub fn scope_ids(&self) -> impl Iterator<Item = ScopeId> + use<> {
        let count = u16::try_from(self.scopes.len()).unwrap_or(u16::MAX);
        (0..count).map(ScopeId)
    }

    /// The scope of `account_id` in `region`, if it holds anything yet.
    pub fn find_scope(&self, account_id: &str, region: &str) -> Option<ScopeId> {
        self.scopes
            .iter()
            .position(|s| s.account_id == account_id && s.region == region)
            .and_then(|at| u16::try_from(at).ok())
            .map(ScopeId)
    }

    /// The scope of `account_id` in `region`, added if it is new; `None`
    /// once the keystore holds as many scopes as its index can number.
    pub fn scope_for(&mut self, account_id: &str, region: &str) -> Option<ScopeId> {
        if let Some(id) = self.find_scope(account_id, region) {
            return Some(id);
        }
        let id = ScopeId(u16::try_from(self.scopes.len()).ok()?);
        self.scopes
            .push(Scope::new(account_id.to_owned(), region.to_owned()));
        Some(id)
    }
}

/// Key states kms-local uses (AWS's names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyState {
    Enabled,
    Disabled,
    PendingDeletion,
    /// A multi-Region primary key scheduled for deletion while it still has
    /// replicas: it waits for them, then for its own window.
    PendingReplicaDeletion,
}

impl KeyState {
    /// The name AWS prints in KeyMetadata.KeyState.
    pub fn name(self) -> &'static str {
        match self {
            KeyState::Enabled => "Enabled",
            KeyState::Disabled => "Disabled",
            KeyState::PendingDeletion => "PendingDeletion",
            KeyState::PendingReplicaDeletion => "PendingReplicaDeletion",
        }
    }
}

/// An automatic rotation schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RotationSchedule {
    pub period_in_days: u32,
    pub next: Timestamp,
}

/// A KMS key's metadata: everything but its key material. A keystore's
/// record and an exported key (export-keys) both hold it, flattened into their
/// JSON, so the two cannot drift apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyAttributes {
    pub created: Timestamp,
    pub description: String,
    pub state: KeyState,
    /// Set while the key is pending deletion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<Timestamp>,
    /// Set while automatic rotation is enabled; kept through a pending deletion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<RotationSchedule>,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

/// One KMS key.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyRecord {
    #[serde(flatten)]
    pub attributes: KeyAttributes,
    /// Oldest first; the last one is current. A key of a spec other than
    /// SYMMETRIC_DEFAULT has exactly one, its private or HMAC key.
    pub backing_keys: Vec<BackingKey>,
    /// Absent for a symmetric encryption key, as in records older than the
    /// other specs.
    #[serde(default, skip_serializing_if = "KeySpec::is_symmetric")]
    pub key_spec: KeySpec,
    #[serde(default, skip_serializing_if = "KeyUsage::is_encrypt_decrypt")]
    pub key_usage: KeyUsage,
    /// DER SubjectPublicKeyInfo of an asymmetric key, kept beside the sealed
    /// private key so that GetPublicKey and Verify never open it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "optional_bytes_base64"
    )]
    pub public_key: Option<Vec<u8>>,
    /// Set on each of the related keys of a multi-Region key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region: Option<MultiRegion>,
    /// Set on a key whose material is imported (`Origin: EXTERNAL`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<External>,
    /// An AWS managed key (`KeyManager: AWS`), made for `alias/aws/<service>`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub aws_managed: bool,
    /// Its key policy, in AWS's layout; absent for the default policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// Its grants, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<Grant>,
    /// Where `migrate` has moved it: one entry a destination.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub migrations: Vec<Migration>,
}

impl KeyRecord {
    /// A symmetric encryption key's record.
    pub fn symmetric(attributes: KeyAttributes, backing_keys: Vec<BackingKey>) -> Self {
        KeyRecord {
            attributes,
            backing_keys,
            key_spec: KeySpec::SymmetricDefault,
            key_usage: KeyUsage::EncryptDecrypt,
            public_key: None,
            multi_region: None,
            external: None,
            aws_managed: false,
            policy: None,
            grants: Vec::new(),
            migrations: Vec::new(),
        }
    }

    /// The backing key new ciphertexts use.
    pub fn current(&self) -> Option<&BackingKey> {
        self.backing_keys.last()
    }

    /// Whether the key has current key material to use: an imported key
    /// has none before its first import, or once the material was deleted
    /// or expired (it is then PendingImport).
    pub fn has_material(&self) -> bool {
        self.current().is_some_and(BackingKey::is_present)
    }

    /// The earliest time a version of its imported material expires.
    pub fn next_expiry(&self) -> Option<Timestamp> {
        let pending = self.external.as_ref().and_then(|e| e.pending.as_ref());
        self.backing_keys
            .iter()
            .chain(pending)
            .filter_map(|bk| bk.imported.as_ref())
            .filter(|i| i.present)
            .filter_map(|i| i.valid_to)
            .min()
    }

    pub fn backing_key(&self, id: &BackingKeyId) -> Option<&BackingKey> {
        self.backing_keys.iter().find(|bk| bk.id == *id)
    }
}

/// How a backing key came to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Origin {
    /// Made with the key.
    Created,
    /// Made by RotateKeyOnDemand.
    OnDemand,
    /// Made by the automatic rotation schedule.
    Automatic,
}

/// One version of a key's material: its EKT under a domain key. A copy is
/// as sealed as the original: the related keys of a multi-Region key hold
/// copies of one another's.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BackingKey {
    pub id: BackingKeyId,
    pub domain_key_id: DomainKeyId,
    #[serde(with = "bytes_base64")]
    pub ekt: Vec<u8>,
    pub created: Timestamp,
    pub origin: Origin,
    /// Set on imported material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported: Option<Imported>,
}

impl BackingKey {
    /// Whether its material is here: all but imported material that was
    /// deleted or expired.
    pub fn is_present(&self) -> bool {
        self.imported.as_ref().is_none_or(|i| i.present)
    }

    /// The EKT with what it is bound to, as the HSM takes it.
    pub fn wrapped<'a>(&'a self, key: &'a KeyAddr, spec: KeySpec) -> WrappedKey<'a> {
        WrappedKey {
            key_id: &key.id,
            backing_key_id: &self.id,
            domain_key_id: &self.domain_key_id,
            spec,
            ekt: &self.ekt,
        }
    }
}

/// A tag, as AWS names its fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    pub tag_key: String,
    pub tag_value: String,
}

/// An alias's target and dates.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AliasRecord {
    pub target_key_id: Uuid,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// An access key's secret and creation date.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccessKeyRecord {
    pub secret_access_key: SecretText,
    pub created: Timestamp,
    /// The account its requests act in; absent for the keystore's home.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The principal its requests act as (an IAM user, an assumed role);
    /// absent for the account's root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
}

/// EKTs are public-looking bytes (they are only ever stored encrypted under the
/// envelope); base64 keeps the JSON body compact enough.
mod bytes_base64 {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = <&str>::deserialize(d)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

mod optional_bytes_base64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        match bytes {
            Some(bytes) => super::bytes_base64::serialize(bytes, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| {
                use base64::Engine;
                base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .map_err(serde::de::Error::custom)
            })
            .transpose()
    }
}

#[cfg(test)]
mod tests;
