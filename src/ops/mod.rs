//! The operations layer: one function per AWS KMS operation, typed request to
//! typed response. The only place that knows AWS semantics (names, limits,
//! key states, exceptions). Nothing here parses a command line or prints.
//!
//! [`Kms`] decides which operations only read the keystore (shared lock) and
//! which change it (exclusive lock, persisted on success), runs the lazy
//! maintenance (scheduled rotations, purges) before any operation that finds
//! it due, and writes each operation's entry in the audit log (for a change,
//! under the lock and before it is saved).

pub mod access_keys;
mod aliases;
mod bundles;
mod checks;
pub mod data_keys;
pub mod dispatch;
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
use crate::hsm::secret::{KeyBytes, SecretText};
use crate::keystore::kek::KekSources;
use crate::keystore::state::State;
use crate::keystore::{Created, Keystore, SharedKeystore, bundle};
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

    /// The request's key as an ARN when it names a key of `state`, else as given.
    fn resolve(&self, state: &State) -> Option<String> {
        let input = self.key_id.as_deref()?;
        let resolved = key_id::KeyRef::parse(input, "keyId", key_id::Accept::KeyOrAlias, state)
            .and_then(|r| r.resolve(state))
            .map(|(id, _)| key_id::key_arn(state, &id));
        Some(resolved.unwrap_or_else(|_| input.to_owned()))
    }

    /// The entry for this request's outcome.
    fn event<T: Audited>(
        &self,
        now: Timestamp,
        resolved: Option<String>,
        result: std::result::Result<&T, &Error>,
    ) -> audit::Event {
        let response = result.ok();
        audit::Event {
            time: now,
            operation: self.operation,
            key_id: response
                .and_then(Audited::key_arn)
                .map(str::to_owned)
                .or(resolved),
            source_key_id: response
                .and_then(Audited::source_key_arn)
                .map(str::to_owned),
            encryption_context_keys: self.context_keys.clone(),
            result: match result {
                Ok(_) => "Success",
                Err(e) => e.exception().unwrap_or("KeystoreError"),
            },
            access_key_id: None,
        }
    }
}

/// The keys a response names, for the audit log.
pub trait Audited {
    /// The key ARN the operation acted on, if the response names it.
    fn key_arn(&self) -> Option<&str> {
        None
    }

    /// The key a ciphertext came from, for ReEncrypt.
    fn source_key_arn(&self) -> Option<&str> {
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
    KeyIdResponse,
    ScheduleKeyDeletionResponse,
    GetKeyRotationStatusResponse
);

impl Audited for ReEncryptResponse {
    fn key_arn(&self) -> Option<&str> {
        Some(&self.key_id)
    }

    fn source_key_arn(&self) -> Option<&str> {
        Some(&self.source_key_id)
    }
}

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
impl Audited for Vec<Happened> {}
impl Audited for access_keys::CreateAccessKeyResponse {}
impl Audited for access_keys::ListAccessKeysResponse {}

/// Work maintenance did, for the audit log: the CloudTrail event name and the key.
#[derive(Debug)]
pub struct Happened {
    operation: &'static str,
    key_id: Option<String>,
}

/// Where time comes from.
#[derive(Clone, Copy, Debug)]
pub enum Clock {
    /// The system clock, read at each operation.
    System,
    /// A fixed time (`KMS_LOCAL_NOW`, tests).
    Fixed(Timestamp),
}

/// A keystore and a clock: everything the operations need.
#[derive(Debug)]
pub struct Kms {
    keystore: Keystore,
    clock: Clock,
    /// When set (batch mode), the entries of read-only operations wait here
    /// and are appended together by [`Kms::flush_audit`].
    pending: std::cell::RefCell<Option<Vec<audit::Event>>>,
    /// The access key the current request was signed with (`serve`), for
    /// the audit log.
    caller: std::cell::RefCell<Option<String>>,
}

/// Whether a keystore has work waiting for it at `now`.
fn maintenance_due(state: &State, now: Timestamp) -> bool {
    lifecycle::purge_due(state, now) || rotation::due(state, now)
}

/// Purges keys past their deletion date, then performs due rotations.
fn maintain(state: &mut State, now: Timestamp) -> Result<Vec<Happened>> {
    let mut happened = Vec::new();
    for id in lifecycle::purge(state, now) {
        happened.push(Happened {
            operation: "DeleteKey",
            key_id: Some(key_id::key_arn(state, &id)),
        });
    }
    let (domain, keys) = rotation::rotate_due(state, now)?;
    if domain {
        happened.push(Happened {
            operation: "RotateDomainKey",
            key_id: None,
        });
    }
    for id in keys {
        happened.push(Happened {
            operation: "RotateKey",
            key_id: Some(key_id::key_arn(state, &id)),
        });
    }
    Ok(happened)
}

impl Kms {
    pub fn new(keystore: Keystore, clock: Clock) -> Self {
        Kms {
            keystore,
            clock,
            pending: std::cell::RefCell::new(None),
            caller: std::cell::RefCell::new(None),
        }
    }

    fn now(&self) -> Timestamp {
        match self.clock {
            Clock::System => Timestamp::now(),
            Clock::Fixed(t) => t,
        }
    }

    /// Holds read-only operations' audit entries until [`Kms::flush_audit`],
    /// so that many operations share one append. Changes are still logged
    /// before they are saved, after any entries held.
    pub fn defer_audit(&self) {
        *self.pending.borrow_mut() = Some(Vec::new());
    }

    /// Reads between two [`Kms::recheck`] calls share one look at the
    /// keystore's file (batch mode).
    pub fn reuse_snapshots(&self) {
        self.keystore.reuse_snapshots();
    }

    /// The next read looks at the keystore's file again.
    pub fn recheck(&self) {
        self.keystore.recheck();
    }

    /// Appends the held entries.
    pub fn flush_audit(&self) -> Result<()> {
        let held = self.pending.borrow_mut().as_mut().map(std::mem::take);
        match (held, self.keystore.audit_key()) {
            (Some(events), Some(key)) => {
                audit::append_all(&self.keystore.audit_path(), key, &events)
            }
            _ => Ok(()),
        }
    }

    /// Logs an entry, or holds it in batch mode.
    fn append(&self, key: &KeyBytes, mut event: audit::Event) -> Result<()> {
        event.access_key_id = self.caller.borrow().clone();
        if let Some(held) = self.pending.borrow_mut().as_mut() {
            held.push(event);
            return Ok(());
        }
        audit::append(&self.keystore.audit_path(), key, event)
    }

    /// Logs entries now, after any held ones: for changes, under the lock.
    /// If the append fails, the held entries stay held (the change is not
    /// made and its caller told so; the others are still to be logged).
    fn append_now(&self, key: &KeyBytes, mut events: Vec<audit::Event>) -> Result<()> {
        for event in &mut events {
            event.access_key_id = self.caller.borrow().clone();
        }
        let mut pending = self.pending.borrow_mut();
        let Some(held) = pending.as_mut() else {
            return audit::append_all(&self.keystore.audit_path(), key, &events);
        };
        let before = held.len();
        held.extend(events);
        let appended = audit::append_all(&self.keystore.audit_path(), key, held);
        match appended {
            Ok(()) => held.clear(),
            Err(_) => held.truncate(before),
        }
        appended
    }

    /// Runs `f` on behalf of the access key that signed a request (`serve`):
    /// the audit log names it in every entry `f` makes.
    pub fn on_behalf_of<T>(&self, access_key_id: Option<&str>, f: impl FnOnce() -> T) -> T {
        let before = self.caller.replace(access_key_id.map(str::to_owned));
        let out = f();
        *self.caller.borrow_mut() = before;
        out
    }

    /// How many entries are held (batch mode and `serve`).
    pub fn held_entries(&self) -> usize {
        self.pending.borrow().as_ref().map_or(0, Vec::len)
    }

    fn happened_events(&self, happened: &[Happened]) -> Vec<audit::Event> {
        happened
            .iter()
            .map(|h| audit::Event {
                time: self.now(),
                operation: h.operation,
                key_id: h.key_id.clone(),
                source_key_id: None,
                encryption_context_keys: Vec::new(),
                result: "Success",
                access_key_id: None,
            })
            .collect()
    }

    /// Logs an operation that failed, once the keystore has been opened
    /// (before that there is no key to chain with). The operation's own
    /// error is what the caller sees, even if logging fails too.
    fn log_failure<T: Audited>(
        &self,
        trail: &Trail,
        resolved: Option<String>,
        error: Error,
    ) -> Error {
        if let Some(key) = self.keystore.audit_key() {
            let _ = self.append(key, trail.event::<T>(self.now(), resolved, Err(&error)));
        }
        error
    }

    /// Logs the outcome of an operation that is neither a read nor a write
    /// of the keystore (init, GenerateRandom), once the keystore is open.
    fn logged<T: Audited>(&self, trail: Trail, result: Result<T>) -> Result<T> {
        match result {
            Ok(out) => {
                if let Some(key) = self.keystore.audit_key() {
                    self.append(key, trail.event(self.now(), None, Ok(&out)))?;
                }
                Ok(out)
            }
            Err(e) => Err(self.log_failure::<T>(&trail, None, e)),
        }
    }

    /// Does due maintenance on its own, persisted and logged.
    fn maintain_now(&self) -> Result<()> {
        self.keystore.update_logged(
            self.now(),
            |state| maintain(state, self.now()),
            |happened, _, key| self.append_now(key, self.happened_events(happened)),
        )?;
        Ok(())
    }

    /// Runs a read-only operation under the shared lock, and logs it. If
    /// maintenance is due, it is done, persisted and logged first, so that
    /// it holds whatever the operation then does.
    fn read<T: Audited>(&self, trail: Trail, f: impl FnOnce(&State) -> Result<T>) -> Result<T> {
        let mut f = Some(f);
        let mut run = |state: &State| -> Result<Option<(Result<T>, Option<String>)>> {
            if maintenance_due(state, self.now()) {
                return Ok(None);
            }
            let f = f
                .take()
                .ok_or_else(|| Error::Internal("an operation ran twice".into()))?;
            let out = f(state);
            // The log names the key the response names; the request's own
            // key id is resolved only when the response names none.
            let resolved = match &out {
                Ok(response) if response.key_arn().is_some() => None,
                _ => trail.resolve(state),
            };
            Ok(Some((out, resolved)))
        };
        let done = match self.keystore.read(&mut run)? {
            Some(done) => done,
            None => {
                self.maintain_now()?;
                self.keystore
                    .read(&mut run)?
                    .ok_or_else(|| Error::Internal("maintenance stayed due".into()))?
            }
        };
        match done {
            (Ok(out), resolved) => {
                if let Some(key) = self.keystore.audit_key() {
                    self.append(key, trail.event(self.now(), resolved, Ok(&out)))?;
                }
                Ok(out)
            }
            (Err(e), resolved) => Err(self.log_failure::<T>(&trail, resolved, e)),
        }
    }

    /// Runs an operation that changes the keystore, after any due
    /// maintenance. Its log entries are written under the lock before the
    /// change is saved, so a change that cannot be logged is not made.
    fn write<T: Audited>(
        &self,
        trail: Trail,
        f: impl FnOnce(&mut State) -> Result<T>,
    ) -> Result<T> {
        let shared = std::cell::RefCell::new((Vec::new(), None));
        let result = self.keystore.update_logged(
            self.now(),
            |state| {
                let happened = maintain(state, self.now())?;
                *shared.borrow_mut() = (happened, trail.resolve(state));
                f(state)
            },
            |out, _, key| {
                let (happened, resolved) = &*shared.borrow();
                let mut events = self.happened_events(happened);
                events.push(trail.event(self.now(), resolved.clone(), Ok(out)));
                self.append_now(key, events)
            },
        );
        result.map_err(|e| {
            let resolved = shared.borrow().1.clone();
            match e.kind() {
                crate::error::Kind::Kms => self.log_failure::<T>(&trail, resolved, e),
                _ => e,
            }
        })
    }

    /// What another thread needs to run operations on the same keystore
    /// (see [`Keystore::share`]), and the clock.
    pub fn share(&self) -> Result<(SharedKeystore, Clock)> {
        Ok((self.keystore.share()?, self.clock))
    }

    pub fn keystore_path(&self) -> &Path {
        self.keystore.path()
    }

    /// Creates the keystore (not an AWS operation).
    pub fn init(&self, passphrase: bool) -> Result<Created> {
        let created = self.keystore.init(passphrase, self.now());
        self.logged(Trail::new("Init", None, None), created)
    }
    pub fn create_key(&self, req: CreateKeyRequest) -> Result<CreateKeyResponse> {
        let trail = Trail::new("CreateKey", None, None);
        self.write(trail, |s| keys::create_key(s, self.now(), req))
    }
    pub fn describe_key(&self, req: DescribeKeyRequest) -> Result<DescribeKeyResponse> {
        let trail = Trail::new("DescribeKey", req.key_id.clone(), None);
        self.read(trail, |s| keys::describe_key(s, req))
    }
    pub fn list_keys(&self, req: ListKeysRequest) -> Result<ListKeysResponse> {
        let trail = Trail::new("ListKeys", None, None);
        self.read(trail, |s| keys::list_keys(s, req))
    }
    pub fn update_key_description(&self, req: UpdateKeyDescriptionRequest) -> Result<()> {
        let trail = Trail::new("UpdateKeyDescription", req.key_id.clone(), None);
        self.write(trail, |s| keys::update_key_description(s, req))
    }
    pub fn enable_key(&self, req: KeyIdRequest) -> Result<()> {
        let trail = Trail::new("EnableKey", req.key_id.clone(), None);
        self.write(trail, |s| lifecycle::enable_key(s, req))
    }
    pub fn disable_key(&self, req: KeyIdRequest) -> Result<()> {
        let trail = Trail::new("DisableKey", req.key_id.clone(), None);
        self.write(trail, |s| lifecycle::disable_key(s, req))
    }
    pub fn schedule_key_deletion(
        &self,
        req: ScheduleKeyDeletionRequest,
    ) -> Result<ScheduleKeyDeletionResponse> {
        let trail = Trail::new("ScheduleKeyDeletion", req.key_id.clone(), None);
        self.write(trail, |s| {
            lifecycle::schedule_key_deletion(s, self.now(), req)
        })
    }
    pub fn cancel_key_deletion(&self, req: KeyIdRequest) -> Result<KeyIdResponse> {
        let trail = Trail::new("CancelKeyDeletion", req.key_id.clone(), None);
        self.write(trail, |s| lifecycle::cancel_key_deletion(s, req))
    }
    pub fn create_alias(&self, req: CreateAliasRequest) -> Result<()> {
        let trail = Trail::new("CreateAlias", req.target_key_id.clone(), None);
        self.write(trail, |s| aliases::create_alias(s, self.now(), req))
    }
    pub fn update_alias(&self, req: UpdateAliasRequest) -> Result<()> {
        let trail = Trail::new("UpdateAlias", req.target_key_id.clone(), None);
        self.write(trail, |s| aliases::update_alias(s, self.now(), req))
    }
    pub fn delete_alias(&self, req: DeleteAliasRequest) -> Result<()> {
        let trail = Trail::new("DeleteAlias", req.alias_name.clone(), None);
        self.write(trail, |s| aliases::delete_alias(s, req))
    }
    pub fn list_aliases(&self, req: ListAliasesRequest) -> Result<ListAliasesResponse> {
        let trail = Trail::new("ListAliases", req.key_id.clone(), None);
        self.read(trail, |s| aliases::list_aliases(s, req))
    }
    pub fn tag_resource(&self, req: TagResourceRequest) -> Result<()> {
        let trail = Trail::new("TagResource", req.key_id.clone(), None);
        self.write(trail, |s| tags::tag_resource(s, req))
    }
    pub fn untag_resource(&self, req: UntagResourceRequest) -> Result<()> {
        let trail = Trail::new("UntagResource", req.key_id.clone(), None);
        self.write(trail, |s| tags::untag_resource(s, req))
    }
    pub fn list_resource_tags(
        &self,
        req: ListResourceTagsRequest,
    ) -> Result<ListResourceTagsResponse> {
        let trail = Trail::new("ListResourceTags", req.key_id.clone(), None);
        self.read(trail, |s| tags::list_resource_tags(s, req))
    }
    pub fn enable_key_rotation(&self, req: EnableKeyRotationRequest) -> Result<()> {
        let trail = Trail::new("EnableKeyRotation", req.key_id.clone(), None);
        self.write(trail, |s| rotation::enable_key_rotation(s, self.now(), req))
    }
    pub fn disable_key_rotation(&self, req: KeyIdRequest) -> Result<()> {
        let trail = Trail::new("DisableKeyRotation", req.key_id.clone(), None);
        self.write(trail, |s| rotation::disable_key_rotation(s, req))
    }
    pub fn get_key_rotation_status(
        &self,
        req: KeyIdRequest,
    ) -> Result<GetKeyRotationStatusResponse> {
        let trail = Trail::new("GetKeyRotationStatus", req.key_id.clone(), None);
        self.read(trail, |s| rotation::get_key_rotation_status(s, req))
    }
    pub fn list_key_rotations(
        &self,
        req: ListKeyRotationsRequest,
    ) -> Result<ListKeyRotationsResponse> {
        let trail = Trail::new("ListKeyRotations", req.key_id.clone(), None);
        self.read(trail, |s| rotation::list_key_rotations(s, req))
    }
    pub fn rotate_key_on_demand(&self, req: KeyIdRequest) -> Result<KeyIdResponse> {
        let trail = Trail::new("RotateKeyOnDemand", req.key_id.clone(), None);
        self.write(trail, |s| {
            rotation::rotate_key_on_demand(s, self.now(), req)
        })
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
        self.read(trail, |s| data_keys::generate_data_key(s, req))
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
        self.read(trail, |s| {
            data_keys::generate_data_key_without_plaintext(s, req)
        })
    }
    pub fn encrypt(&self, req: EncryptRequest) -> Result<EncryptResponse> {
        let trail = Trail::new(
            "Encrypt",
            req.key_id.clone(),
            req.encryption_context.as_ref(),
        );
        self.read(trail, |s| data_keys::encrypt(s, req))
    }
    pub fn decrypt(&self, req: DecryptRequest) -> Result<DecryptResponse> {
        let trail = Trail::new(
            "Decrypt",
            req.key_id.clone(),
            req.encryption_context.as_ref(),
        );
        self.read(trail, |s| data_keys::decrypt(s, req))
    }
    pub fn re_encrypt(&self, req: ReEncryptRequest) -> Result<ReEncryptResponse> {
        let trail = Trail::new(
            "ReEncrypt",
            req.destination_key_id.clone(),
            req.destination_encryption_context.as_ref(),
        );
        self.read(trail, |s| data_keys::re_encrypt(s, req))
    }
    pub fn describe_ciphertext(
        &self,
        req: DescribeCiphertextRequest,
    ) -> Result<DescribeCiphertextResponse> {
        let trail = Trail::new("DescribeCiphertext", None, None);
        self.read(trail, |s| data_keys::describe_ciphertext(s, req))
    }
    /// A new access key for `serve` (IAM's CreateAccessKey).
    pub fn create_access_key(&self) -> Result<access_keys::CreateAccessKeyResponse> {
        let trail = Trail::new("CreateAccessKey", None, None);
        self.write(trail, |s| access_keys::create_access_key(s, self.now()))
    }
    pub fn list_access_keys(&self) -> Result<access_keys::ListAccessKeysResponse> {
        let trail = Trail::new("ListAccessKeys", None, None);
        self.read(trail, |s| Ok(access_keys::list_access_keys(s)))
    }
    pub fn delete_access_key(&self, req: access_keys::DeleteAccessKeyRequest) -> Result<()> {
        let trail = Trail::new("DeleteAccessKey", req.access_key_id.clone(), None);
        self.write(trail, |s| access_keys::delete_access_key(s, req))
    }

    /// The secret of an access key, for checking a request's signature. A
    /// lookup, not an operation: nothing is logged, and no maintenance runs.
    pub fn access_key_secret(&self, access_key_id: &str) -> Result<Option<SecretText>> {
        self.keystore
            .read(|s| Ok(access_keys::secret(s, access_key_id)))
    }

    /// A new domain key with every EKT re-wrapped (not an AWS operation).
    pub fn rotate_domain_key(&self) -> Result<RotateDomainKeyResponse> {
        let trail = Trail::new("RotateDomainKey", None, None);
        self.write(trail, |s| rotation::rotate_domain_key(s, self.now()))
    }

    /// Shows, and optionally changes, the keystore's settings (not an AWS operation).
    pub fn keystore_settings(
        &self,
        req: KeystoreSettingsRequest,
    ) -> Result<KeystoreSettingsResponse> {
        match req.domain_key_rotation_period_in_days {
            None => {
                let trail = Trail::new("DescribeKeystoreSettings", None, None);
                self.read(trail, |s| Ok(rotation::keystore_settings(s)))
            }
            Some(days) => {
                let trail = Trail::new("UpdateKeystoreSettings", None, None);
                self.write(trail, |s| {
                    rotation::set_domain_key_rotation_period(s, days)?;
                    Ok(rotation::keystore_settings(s))
                })
            }
        }
    }

    /// GenerateRandom needs no keystore; it is audited when one is open.
    pub fn generate_random(&self, req: GenerateRandomRequest) -> Result<GenerateRandomResponse> {
        let random = data_keys::generate_random(req);
        self.logged(Trail::new("GenerateRandom", None, None), random)
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

    /// Writes the chosen keys to a key bundle (not an AWS operation).
    pub fn export_keys(
        &self,
        req: ExportKeysRequest,
        path: &Path,
        sources: &KekSources,
    ) -> Result<ExportKeysResponse> {
        let trail = Trail::new("ExportKeys", None, None);
        // The file's key first (a prompt, Argon2id), with no lock held; then
        // the file is sealed while the keystore is read, so the HBKs never
        // outlive the shared lock in memory.
        let sealer = bundle::Sealer::new(path, sources)?;
        self.read(trail, |s| {
            let (bundle, arns) = bundles::export(s, req)?;
            sealer.write(&bundle)?;
            Ok(ExportKeysResponse {
                file: path.display().to_string(),
                keys: arns,
                aliases: bundle.keys.iter().flat_map(|k| k.aliases.clone()).collect(),
            })
        })
    }

    /// Adds the keys of a key bundle written by export-keys (not an AWS operation).
    pub fn import_keys(&self, path: &Path, sources: &KekSources) -> Result<ImportKeysResponse> {
        let bundle = bundle::read(path, sources)?;
        let trail = Trail::new("ImportKeys", None, None);
        self.write(trail, |s| bundles::import(s, self.now(), bundle))
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
        let record = s.keys.records().unwrap()[0].1;
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
        assert!(s.keys.records().unwrap().iter().all(|(_, r)| {
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
