//! The operations layer: one function per AWS KMS operation, typed request to
//! typed response. The only place that knows AWS semantics (names, limits,
//! key states, exceptions). Nothing here parses a command line or prints.
//!
//! [`Kms`] decides which operations only read the keystore (shared lock) and
//! which change it (exclusive lock, persisted on success), and runs the lazy
//! maintenance (scheduled rotations, purges) before any operation that finds
//! it due.

mod aliases;
mod checks;
pub mod data_keys;
mod fixtures;
pub mod key_id;
mod key_state;
pub mod keys;
mod lifecycle;
mod page;
mod rotation;
mod tags;
pub mod types;
pub mod validate;

use std::path::Path;

use crate::audit;
use crate::error::{Error, Result};
use crate::keystore::kek::KekSources;
use crate::keystore::state::State;
use crate::keystore::{Created, Keystore, fixture};
use crate::timestamp::Timestamp;
use types::*;

/// What the audit log records of a request, taken before the request is used.
struct Trail {
    operation: &'static str,
    key_id: Option<String>,
    context_keys: Vec<String>,
}

impl Trail {
    fn new(
        operation: &'static str,
        key_id: Option<String>,
        context: Option<&crate::context::EncryptionContext>,
    ) -> Self {
        Trail {
            operation,
            key_id,
            context_keys: context
                .map(|c| c.0.keys().cloned().collect())
                .unwrap_or_default(),
        }
    }
}

/// The key a response names, for the audit log: its key ARN, if it has one.
pub trait Audited {
    fn key_arn(&self) -> Option<&str> {
        None
    }
}

macro_rules! audited_by_key_id {
    ($($t:ty),*) => {$(
        impl Audited for $t {
            fn key_arn(&self) -> Option<&str> {
                Some(&self.key_id)
            }
        }
    )*};
}

audited_by_key_id!(
    GenerateDataKeyResponse,
    GenerateDataKeyWithoutPlaintextResponse,
    EncryptResponse,
    DecryptResponse,
    ReEncryptResponse,
    KeyIdResponse,
    ScheduleKeyDeletionResponse,
    GetKeyRotationStatusResponse
);

impl Audited for CreateKeyResponse {
    fn key_arn(&self) -> Option<&str> {
        Some(&self.key_metadata.arn)
    }
}

impl Audited for () {}
impl Audited for Created {}
impl Audited for ListKeysResponse {}
impl Audited for ListAliasesResponse {}
impl Audited for ListResourceTagsResponse {}
impl Audited for ListKeyRotationsResponse {}
impl Audited for RotateDomainKeyResponse {}
impl Audited for KeystoreSettingsResponse {}
impl Audited for GenerateRandomResponse {}
impl Audited for DescribeCiphertextResponse {}
impl Audited for ExportKeysResponse {}
impl Audited for ImportKeysResponse {}

/// A keystore and a clock: everything the operations need.
#[derive(Debug)]
pub struct Kms {
    keystore: Keystore,
    now: Timestamp,
}

/// Whether a keystore has work waiting for it at `now`.
fn maintenance_due(state: &State, now: Timestamp) -> bool {
    lifecycle::purge_due(state, now) || rotation::due(state, now)
}

/// Purges keys past their deletion date, then performs due rotations.
fn maintain(state: &mut State, now: Timestamp) -> Result<()> {
    lifecycle::purge(state, now);
    rotation::rotate_due(state, now)
}

impl Kms {
    pub fn new(keystore: Keystore, now: Timestamp) -> Self {
        Kms { keystore, now }
    }

    /// Runs a read-only operation under the shared lock. If maintenance is
    /// due, it is done and persisted first, on its own, so that it holds
    /// whatever the operation then does.
    fn read<T>(&self, f: impl FnOnce(&State) -> Result<T>) -> Result<T> {
        let mut f = Some(f);
        let done = self.keystore.read(|state| {
            if maintenance_due(state, self.now) {
                return Ok(None);
            }
            f.take().map(|f| f(state)).transpose()
        })?;
        match (done, f) {
            (Some(out), _) => Ok(out),
            (None, Some(f)) => {
                self.keystore
                    .update(self.now, |state| maintain(state, self.now))?;
                self.keystore.read(f)
            }
            (None, None) => Err(Error::Internal("an operation ran twice".into())),
        }
    }

    /// Appends the outcome of an operation to the audit log, once the
    /// keystore has been opened (before that there is no key to chain it
    /// with). A log that cannot be written fails an operation that succeeded.
    fn audited<T: Audited>(&self, trail: Trail, result: Result<T>) -> Result<T> {
        let Some(key) = self.keystore.audit_key() else {
            return result;
        };
        let key_id = result
            .as_ref()
            .ok()
            .and_then(Audited::key_arn)
            .map(str::to_owned)
            .or(trail.key_id);
        let outcome = match &result {
            Ok(_) => "Success",
            Err(e) => e.exception().unwrap_or("KeystoreError"),
        };
        let event = audit::Event {
            time: self.now,
            operation: trail.operation,
            key_id,
            encryption_context_keys: trail.context_keys,
            result: outcome,
        };
        let logged = audit::append(&self.keystore.audit_path(), key, event);
        // A failed operation reports its own error first; a successful one
        // fails if it could not be logged.
        let out = result?;
        logged.map(|()| out)
    }

    /// Runs an operation that changes the keystore, after any due maintenance.
    fn write<T>(&self, f: impl FnOnce(&mut State) -> Result<T>) -> Result<T> {
        self.keystore.update(self.now, |state| {
            maintain(state, self.now)?;
            f(state)
        })
    }

    pub fn keystore_path(&self) -> &Path {
        self.keystore.path()
    }

    /// Creates the keystore (not an AWS operation).
    pub fn init(&self, passphrase: bool) -> Result<Created> {
        let created = self.keystore.init(passphrase, self.now);
        self.audited(Trail::new("Init", None, None), created)
    }
    pub fn create_key(&self, req: CreateKeyRequest) -> Result<CreateKeyResponse> {
        let trail = Trail::new("CreateKey", None, None);
        self.audited(trail, self.write(|s| keys::create_key(s, self.now, req)))
    }
    pub fn describe_key(&self, req: DescribeKeyRequest) -> Result<DescribeKeyResponse> {
        let trail = Trail::new("DescribeKey", req.key_id.clone(), None);
        self.audited(trail, self.read(|s| keys::describe_key(s, req)))
    }
    pub fn list_keys(&self, req: ListKeysRequest) -> Result<ListKeysResponse> {
        let trail = Trail::new("ListKeys", None, None);
        self.audited(trail, self.read(|s| keys::list_keys(s, req)))
    }
    pub fn update_key_description(&self, req: UpdateKeyDescriptionRequest) -> Result<()> {
        let trail = Trail::new("UpdateKeyDescription", req.key_id.clone(), None);
        self.audited(trail, self.write(|s| keys::update_key_description(s, req)))
    }
    pub fn enable_key(&self, req: KeyIdRequest) -> Result<()> {
        let trail = Trail::new("EnableKey", req.key_id.clone(), None);
        self.audited(trail, self.write(|s| lifecycle::enable_key(s, req)))
    }
    pub fn disable_key(&self, req: KeyIdRequest) -> Result<()> {
        let trail = Trail::new("DisableKey", req.key_id.clone(), None);
        self.audited(trail, self.write(|s| lifecycle::disable_key(s, req)))
    }
    pub fn schedule_key_deletion(
        &self,
        req: ScheduleKeyDeletionRequest,
    ) -> Result<ScheduleKeyDeletionResponse> {
        let trail = Trail::new("ScheduleKeyDeletion", req.key_id.clone(), None);
        self.audited(
            trail,
            self.write(|s| lifecycle::schedule_key_deletion(s, self.now, req)),
        )
    }
    pub fn cancel_key_deletion(&self, req: KeyIdRequest) -> Result<KeyIdResponse> {
        let trail = Trail::new("CancelKeyDeletion", req.key_id.clone(), None);
        self.audited(
            trail,
            self.write(|s| lifecycle::cancel_key_deletion(s, req)),
        )
    }
    pub fn create_alias(&self, req: CreateAliasRequest) -> Result<()> {
        let trail = Trail::new("CreateAlias", req.target_key_id.clone(), None);
        self.audited(
            trail,
            self.write(|s| aliases::create_alias(s, self.now, req)),
        )
    }
    pub fn update_alias(&self, req: UpdateAliasRequest) -> Result<()> {
        let trail = Trail::new("UpdateAlias", req.target_key_id.clone(), None);
        self.audited(
            trail,
            self.write(|s| aliases::update_alias(s, self.now, req)),
        )
    }
    pub fn delete_alias(&self, req: DeleteAliasRequest) -> Result<()> {
        let trail = Trail::new("DeleteAlias", req.alias_name.clone(), None);
        self.audited(trail, self.write(|s| aliases::delete_alias(s, req)))
    }
    pub fn list_aliases(&self, req: ListAliasesRequest) -> Result<ListAliasesResponse> {
        let trail = Trail::new("ListAliases", req.key_id.clone(), None);
        self.audited(trail, self.read(|s| aliases::list_aliases(s, req)))
    }
    pub fn tag_resource(&self, req: TagResourceRequest) -> Result<()> {
        let trail = Trail::new("TagResource", req.key_id.clone(), None);
        self.audited(trail, self.write(|s| tags::tag_resource(s, req)))
    }
    pub fn untag_resource(&self, req: UntagResourceRequest) -> Result<()> {
        let trail = Trail::new("UntagResource", req.key_id.clone(), None);
        self.audited(trail, self.write(|s| tags::untag_resource(s, req)))
    }
    pub fn list_resource_tags(
        &self,
        req: ListResourceTagsRequest,
    ) -> Result<ListResourceTagsResponse> {
        let trail = Trail::new("ListResourceTags", req.key_id.clone(), None);
        self.audited(trail, self.read(|s| tags::list_resource_tags(s, req)))
    }
    pub fn enable_key_rotation(&self, req: EnableKeyRotationRequest) -> Result<()> {
        let trail = Trail::new("EnableKeyRotation", req.key_id.clone(), None);
        self.audited(
            trail,
            self.write(|s| rotation::enable_key_rotation(s, self.now, req)),
        )
    }
    pub fn disable_key_rotation(&self, req: KeyIdRequest) -> Result<()> {
        let trail = Trail::new("DisableKeyRotation", req.key_id.clone(), None);
        self.audited(
            trail,
            self.write(|s| rotation::disable_key_rotation(s, req)),
        )
    }
    pub fn get_key_rotation_status(
        &self,
        req: KeyIdRequest,
    ) -> Result<GetKeyRotationStatusResponse> {
        let trail = Trail::new("GetKeyRotationStatus", req.key_id.clone(), None);
        self.audited(
            trail,
            self.read(|s| rotation::get_key_rotation_status(s, req)),
        )
    }
    pub fn list_key_rotations(
        &self,
        req: ListKeyRotationsRequest,
    ) -> Result<ListKeyRotationsResponse> {
        let trail = Trail::new("ListKeyRotations", req.key_id.clone(), None);
        self.audited(trail, self.read(|s| rotation::list_key_rotations(s, req)))
    }
    pub fn rotate_key_on_demand(&self, req: KeyIdRequest) -> Result<KeyIdResponse> {
        let trail = Trail::new("RotateKeyOnDemand", req.key_id.clone(), None);
        self.audited(
            trail,
            self.write(|s| rotation::rotate_key_on_demand(s, self.now, req)),
        )
    }
    pub fn generate_data_key(
        &self,
        req: GenerateDataKeyRequest,
    ) -> Result<GenerateDataKeyResponse> {
        let trail = Trail::new(
            "GenerateDataKey",
            req.key_id.clone(),
            req.encryption_context.as_ref(),
        );
        self.audited(trail, self.read(|s| data_keys::generate_data_key(s, req)))
    }
    pub fn generate_data_key_without_plaintext(
        &self,
        req: GenerateDataKeyRequest,
    ) -> Result<GenerateDataKeyWithoutPlaintextResponse> {
        let trail = Trail::new(
            "GenerateDataKeyWithoutPlaintext",
            req.key_id.clone(),
            req.encryption_context.as_ref(),
        );
        self.audited(
            trail,
            self.read(|s| data_keys::generate_data_key_without_plaintext(s, req)),
        )
    }
    pub fn encrypt(&self, req: EncryptRequest) -> Result<EncryptResponse> {
        let trail = Trail::new(
            "Encrypt",
            req.key_id.clone(),
            req.encryption_context.as_ref(),
        );
        self.audited(trail, self.read(|s| data_keys::encrypt(s, req)))
    }
    pub fn decrypt(&self, req: DecryptRequest) -> Result<DecryptResponse> {
        let trail = Trail::new(
            "Decrypt",
            req.key_id.clone(),
            req.encryption_context.as_ref(),
        );
        self.audited(trail, self.read(|s| data_keys::decrypt(s, req)))
    }
    pub fn re_encrypt(&self, req: ReEncryptRequest) -> Result<ReEncryptResponse> {
        let trail = Trail::new(
            "ReEncrypt",
            req.destination_key_id.clone(),
            req.destination_encryption_context.as_ref(),
        );
        self.audited(trail, self.read(|s| data_keys::re_encrypt(s, req)))
    }
    pub fn describe_ciphertext(
        &self,
        req: DescribeCiphertextRequest,
    ) -> Result<DescribeCiphertextResponse> {
        let trail = Trail::new("DescribeCiphertext", None, None);
        self.audited(trail, self.read(|s| data_keys::describe_ciphertext(s, req)))
    }
    /// A new domain key with every EKT re-wrapped (not an AWS operation).
    pub fn rotate_domain_key(&self) -> Result<RotateDomainKeyResponse> {
        let done = self.write(|s| rotation::rotate_domain_key(s, self.now));
        self.audited(Trail::new("RotateDomainKey", None, None), done)
    }

    /// Shows, and optionally changes, the keystore's settings (not an AWS operation).
    pub fn keystore_settings(
        &self,
        req: KeystoreSettingsRequest,
    ) -> Result<KeystoreSettingsResponse> {
        match req.domain_key_rotation_period_in_days {
            None => self.read(|s| Ok(rotation::keystore_settings(s))),
            Some(days) => {
                let done = self.write(|s| {
                    rotation::set_domain_key_rotation_period(s, days)?;
                    Ok(rotation::keystore_settings(s))
                });
                self.audited(Trail::new("UpdateKeystoreSettings", None, None), done)
            }
        }
    }

    /// GenerateRandom needs no keystore; it is audited when one is open.
    pub fn generate_random(&self, req: GenerateRandomRequest) -> Result<GenerateRandomResponse> {
        self.audited(
            Trail::new("GenerateRandom", None, None),
            data_keys::generate_random(req),
        )
    }

    /// The audit log's entries about `key_id` (a key id or key ARN), at or after `since`.
    pub fn audit_events(
        &self,
        key_id: Option<&str>,
        since: Option<Timestamp>,
    ) -> Result<Vec<audit::Entry>> {
        let entries = audit::read(&self.keystore.audit_path())?;
        Ok(entries
            .into_iter()
            .filter(|e| {
                key_id.is_none_or(|k| {
                    e.key_id
                        .as_deref()
                        .is_some_and(|id| id == k || id.ends_with(&format!("/{k}")))
                })
            })
            .filter(|e| {
                since.is_none_or(|t| Timestamp::parse_rfc3339(&e.time).is_some_and(|at| at >= t))
            })
            .collect())
    }

    /// Checks the audit log's chain under the keystore's key; returns the
    /// number of entries.
    pub fn verify_audit_log(&self) -> Result<u64> {
        if !self.keystore.exists()? {
            return Err(self.keystore.missing());
        }
        self.keystore.read(|_| Ok(()))?;
        let key = self
            .keystore
            .audit_key()
            .ok_or_else(|| Error::Internal("the keystore opened without its audit key".into()))?;
        audit::verify(&self.keystore.audit_path(), key)
    }

    pub fn audit_log_path(&self) -> std::path::PathBuf {
        self.keystore.audit_path()
    }

    /// Opens the keystore and checks everything in it (not an AWS operation).
    /// A keystore whose checks fail is a keystore error, after the report.
    pub fn verify_keystore(&self) -> Result<VerifyKeystoreResponse> {
        if !self.keystore.exists()? {
            return Err(self.keystore.missing());
        }
        self.keystore.read(|s| Ok(checks::verify(s)))
    }

    /// Copies the authenticated keystore to a new file (not an AWS operation).
    pub fn backup_keystore(&self, dest: &Path) -> Result<BackupKeystoreResponse> {
        let bytes = self.keystore.backup(dest)?;
        Ok(BackupKeystoreResponse {
            backup: dest.display().to_string(),
            bytes,
        })
    }

    /// Writes the chosen keys, sealed, to a file (not an AWS operation).
    pub fn export_keys(
        &self,
        req: ExportKeysRequest,
        path: &Path,
        sources: &KekSources,
    ) -> Result<ExportKeysResponse> {
        let (fixture, arns) = self.read(|s| fixtures::export(s, req))?;
        fixture::write(path, sources, &fixture)?;
        Ok(ExportKeysResponse {
            file: path.display().to_string(),
            keys: arns,
            aliases: fixture
                .keys
                .iter()
                .flat_map(|k| k.aliases.clone())
                .collect(),
        })
    }

    /// Adds the keys of a file written by export-keys (not an AWS operation).
    pub fn import_keys(&self, path: &Path, sources: &KekSources) -> Result<ImportKeysResponse> {
        let imported = fixture::read(path, sources)
            .and_then(|fixture| self.write(|s| fixtures::import(s, self.now, fixture)));
        self.audited(Trail::new("ImportKeys", None, None), imported)
    }
}

/// The operations on a state in memory, with a clock passed in: what the
/// end-to-end tests drive through KMS_LOCAL_NOW, here without a keystore.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::hsm::DomainKey;

    const DAY: i64 = 24 * 60 * 60 * 1000;
    const T0: Timestamp = Timestamp(1_900_000_000_000);

    fn at(days: i64) -> Timestamp {
        Timestamp(T0.0 + days * DAY)
    }

    fn state() -> State {
        let mut state = State::empty("us-east-1".into(), "111122223333".into());
        state.domain_keys.push(DomainKey::generate(T0).unwrap());
        state
    }

    fn new_key(state: &mut State) -> String {
        keys::create_key(state, T0, CreateKeyRequest::default())
            .unwrap()
            .key_metadata
            .key_id
    }

    fn key_req(key: &str) -> KeyIdRequest {
        KeyIdRequest {
            key_id: Some(key.to_owned()),
        }
    }

    #[test]
    fn automatic_rotation_falls_due_on_its_date() {
        let mut s = state();
        let key = new_key(&mut s);
        let req = EnableKeyRotationRequest {
            key_id: Some(key.clone()),
            rotation_period_in_days: Some(90),
        };
        rotation::enable_key_rotation(&mut s, T0, req).unwrap();
        s.settings.domain_key_rotation_period_in_days = 365;
        assert!(!maintenance_due(&s, at(89)));
        assert!(maintenance_due(&s, at(90)));
        maintain(&mut s, at(90)).unwrap();
        assert!(!maintenance_due(&s, at(90)));
        let status = rotation::get_key_rotation_status(&s, key_req(&key)).unwrap();
        assert_eq!(status.next_rotation_date.map(|d| d.0), Some(at(180)));
        let record = s.keys.values().next().unwrap();
        assert_eq!(record.backing_keys.len(), 2);
    }

    #[test]
    fn the_domain_key_falls_due_daily_by_default() {
        let mut s = state();
        new_key(&mut s);
        let first = s.domain_keys[0].id;
        assert!(!maintenance_due(&s, Timestamp(at(1).0 - 1)));
        maintain(&mut s, at(1)).unwrap();
        assert_eq!(s.domain_keys.len(), 1);
        assert_ne!(s.domain_keys[0].id, first);
        assert!(s.keys.values().all(|r| {
            r.backing_keys
                .iter()
                .all(|bk| bk.domain_key_id == s.domain_keys[0].id)
        }));
    }

    #[test]
    fn a_deleted_key_is_purged_with_its_aliases() {
        let mut s = state();
        let key = new_key(&mut s);
        s.settings.domain_key_rotation_period_in_days = 365;
        aliases::create_alias(
            &mut s,
            T0,
            CreateAliasRequest {
                alias_name: Some("alias/x".into()),
                target_key_id: Some(key.clone()),
            },
        )
        .unwrap();
        let req = ScheduleKeyDeletionRequest {
            key_id: Some(key.clone()),
            pending_window_in_days: Some(7),
        };
        lifecycle::schedule_key_deletion(&mut s, T0, req).unwrap();
        assert!(!maintenance_due(&s, at(6)));
        maintain(&mut s, at(7)).unwrap();
        assert!(s.keys.is_empty());
        assert!(s.aliases.is_empty());
    }
}
