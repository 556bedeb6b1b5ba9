//! The audit trail of operations: what an entry records of a request and of
//! its outcome, and when entries are appended (at once, or held and appended
//! together in `batch` and `serve`). The log's format is `crate::audit`'s.

use crate::audit::{self, Mode};
use crate::context::EncryptionContext;
use crate::error::{Error, Result};
use crate::hsm::secret::KeyBytes;
use crate::keystore::Created;
use crate::keystore::state::State;
use crate::ops::access_keys::{CreateAccessKeyResponse, ListAccessKeysResponse};
use crate::ops::types::*;
use crate::ops::{Caller, Kms, key_id, log_settings};
use crate::timestamp::Timestamp;

/// Where an entry stands in the keystore's history: the write counter the
/// operation read, or for a change the one it makes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Counter {
    writes: u64,
    change: bool,
}

impl Counter {
    /// An operation that read the keystore at `state`.
    pub(crate) fn read(state: &State) -> Self {
        Counter {
            writes: state.writes,
            change: false,
        }
    }

    /// A change that makes the keystore `state` (its counter already
    /// counts the change).
    pub(crate) fn change(state: &State) -> Self {
        Counter {
            writes: state.writes,
            change: true,
        }
    }

    /// The write that created a keystore, now at write `writes`.
    pub(crate) fn first_write(writes: u64) -> Self {
        Counter {
            writes,
            change: true,
        }
    }

    /// A keystore at write `writes`, read.
    pub(crate) fn at(writes: u64) -> Self {
        Counter {
            writes,
            change: false,
        }
    }
}

/// What the audit log records of a request, taken before the request is used.
#[derive(Debug)]
pub struct Trail {
    operation: &'static str,
    key_id: Option<String>,
    context_keys: Vec<String>,
    /// The whole context, for the key policy's conditions; never logged.
    context: Option<EncryptionContext>,
}

impl Trail {
    /// The request of `operation` names `key_id` and binds `context`: the
    /// log keeps the key and the context's keys, never its values.
    pub fn new(
        operation: &'static str,
        key_id: Option<&str>,
        context: Option<&EncryptionContext>,
    ) -> Self {
        Trail {
            operation,
            key_id: key_id.map(str::to_owned),
            context_keys: context
                .map(|c| c.0.keys().cloned().collect())
                .unwrap_or_default(),
            context: context.cloned(),
        }
    }

    /// The operation's name.
    pub(crate) fn operation(&self) -> &'static str {
        self.operation
    }

    /// The request's encryption context.
    pub(crate) fn context(&self) -> Option<&EncryptionContext> {
        self.context.as_ref()
    }

    /// The key the request names, as given.
    pub(crate) fn key_input(&self) -> Option<&str> {
        self.key_id.as_deref()
    }

    /// The request's key as an ARN when it names a key of `state` that
    /// `caller` may use, else as given.
    pub(crate) fn resolve(&self, state: &State, caller: &Caller) -> Option<String> {
        let input = self.key_id.as_deref()?;
        let accept = key_id::Accept::KeyOrAlias;
        let resolved = key_id::KeyRef::parse(input, "keyId", accept, state, caller)
            .and_then(|r| r.resolve(state))
            .map(|(id, _)| key_id::key_arn(state, &id));
        Some(resolved.unwrap_or_else(|_| input.to_owned()))
    }

    /// The entry for this request's outcome.
    pub(crate) fn event<T: Audited>(
        &self,
        now: Timestamp,
        resolved: Option<String>,
        counter: Counter,
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
                Err(e) => e.code(),
            },
            access_key_id: None,
            writes: counter.writes,
            change: counter.change,
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
    GenerateDataKeyPairResponse,
    GenerateDataKeyPairWithoutPlaintextResponse,
    EncryptResponse,
    DecryptResponse,
    KeyIdResponse,
    ScheduleKeyDeletionResponse,
    GetKeyRotationStatusResponse,
    SignResponse,
    VerifyResponse,
    GetPublicKeyResponse,
    GenerateMacResponse,
    VerifyMacResponse,
    DeriveSharedSecretResponse,
    EncapsulateResponse,
    DecapsulateResponse,
    GetParametersForImportResponse,
    ImportKeyMaterialResponse,
    DeleteImportedKeyMaterialResponse
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

impl Audited for ReplicateKeyResponse {
    fn key_arn(&self) -> Option<&str> {
        Some(&self.replica_key_metadata.arn)
    }
}

macro_rules! audited_by_request {
    ($($t:ty),*) => {$( impl Audited for $t {} )*};
}

audited_by_request!(
    (),
    CreateGrantResponse,
    ListGrantsResponse,
    GetKeyLastUsageResponse,
    GetKeyPolicyResponse,
    ListKeyPoliciesResponse,
    Created,
    ListKeysResponse,
    ListAliasesResponse,
    ListResourceTagsResponse,
    ListKeyRotationsResponse,
    RotateDomainKeyResponse,
    KeystoreSettingsResponse,
    GenerateRandomResponse,
    DescribeCiphertextResponse,
    ExportKeysResponse,
    ImportKeysResponse,
    CreateAccessKeyResponse,
    ListAccessKeysResponse
);

/// Work maintenance did, for the audit log: the CloudTrail event name and the key.
#[derive(Debug)]
pub struct Happened {
    pub(crate) operation: &'static str,
    pub(crate) key_id: Option<String>,
}

impl Kms {
    /// Holds read-only operations' audit entries until [`Kms::flush_audit`],
    /// so that many operations share one append. Changes are still logged
    /// before they are saved, after any entries held.
    pub fn defer_audit(&self) {
        *self.pending.borrow_mut() = Some(Vec::new());
    }

    /// Appends the held entries.
    pub fn flush_audit(&self) -> Result<()> {
        let held = self.pending.borrow_mut().as_mut().map(std::mem::take);
        match (held, self.keystore.audit_key()) {
            (Some(events), Some(key)) => audit::append_all(
                &self.keystore.audit_path(),
                self.keystore.lock_wait(),
                &key,
                &events,
                Mode::Continue,
                self.rotation(),
            ),
            _ => Ok(()),
        }
    }

    /// How many entries are held (batch mode and `serve`).
    pub fn held_entries(&self) -> usize {
        self.pending.borrow().as_ref().map_or(0, Vec::len)
    }

    /// Runs `f` on behalf of `caller`: in its account and Region, and with
    /// the access key that signed the request (`serve`) named in every
    /// audit entry `f` makes.
    pub fn on_behalf_of<T>(&self, caller: Caller, f: impl FnOnce() -> T) -> T {
        let before = self.caller.replace(caller);
        let out = f();
        *self.caller.borrow_mut() = before;
        out
    }

    /// Acts for `caller` from now on (the command line's `--region`).
    pub fn act_for(&self, caller: Caller) {
        *self.caller.borrow_mut() = caller;
    }

    /// Logs an entry, or holds it in batch mode.
    pub(crate) fn append(&self, key: &KeyBytes, mut event: audit::Event) -> Result<()> {
        event.access_key_id = self.caller.borrow().access_key_id.clone();
        if let Some(held) = self.pending.borrow_mut().as_mut() {
            held.push(event);
            return Ok(());
        }
        audit::append(
            &self.keystore.audit_path(),
            self.keystore.lock_wait(),
            key,
            event,
            self.rotation(),
        )
    }

    /// How the audit log rotates: as the settings of the keystore as last
    /// opened say.
    fn rotation(&self) -> audit::Rotation {
        log_settings::rotation(&self.keystore.settings())
    }

    /// Logs entries now, after any held ones: for changes, under the lock,
    /// rotating the log as `state`'s settings say. If the append fails, the
    /// held entries stay held (the change is not made and its caller told
    /// so; the others are still to be logged).
    pub(crate) fn append_now(
        &self,
        key: &KeyBytes,
        mut events: Vec<audit::Event>,
        state: &State,
    ) -> Result<()> {
        let rotation = log_settings::rotation(&state.settings);
        for event in &mut events {
            event.access_key_id = self.caller.borrow().access_key_id.clone();
        }
        let mut pending = self.pending.borrow_mut();
        let Some(held) = pending.as_mut() else {
            return audit::append_all(
                &self.keystore.audit_path(),
                self.keystore.lock_wait(),
                key,
                &events,
                Mode::Continue,
                rotation,
            );
        };
        let before = held.len();
        held.extend(events);
        let appended = audit::append_all(
            &self.keystore.audit_path(),
            self.keystore.lock_wait(),
            key,
            held,
            Mode::Continue,
            rotation,
        );
        match appended {
            Ok(()) => held.clear(),
            Err(_) => held.truncate(before),
        }
        appended
    }

    pub(crate) fn happened_events(
        &self,
        happened: &[Happened],
        state: &State,
    ) -> Vec<audit::Event> {
        let counter = Counter::change(state);
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
                writes: counter.writes,
                change: counter.change,
            })
            .collect()
    }

    /// Logs an operation that failed, once the keystore has been opened
    /// (before that there is no key to chain with). The operation's own
    /// error is what the caller sees, even if logging fails too.
    pub(crate) fn log_failure<T: Audited>(
        &self,
        trail: &Trail,
        resolved: Option<String>,
        counter: Counter,
        error: Error,
    ) -> Error {
        if let Some(key) = self.keystore.audit_key() {
            let event = trail.event::<T>(self.now(), resolved, counter, Err(&error));
            let _ = self.append(&key, event);
        }
        error
    }

    /// Logs a success, once the keystore has been opened.
    pub(crate) fn log_success<T: Audited>(
        &self,
        trail: &Trail,
        resolved: Option<String>,
        counter: Counter,
        out: &T,
    ) -> Result<()> {
        match self.keystore.audit_key() {
            Some(key) => self.append(&key, trail.event(self.now(), resolved, counter, Ok(out))),
            None => Ok(()),
        }
    }
}
