//! The operations layer: one function per AWS KMS operation, typed request to
//! typed response. The only place that knows AWS semantics (names, limits,
//! key states, exceptions). Nothing here parses a command line or prints.
//!
//! [`catalog`] declares every operation once; [`Kms::call`] runs one. The
//! runner decides which operations only read the keystore (shared lock) and
//! which change it (exclusive lock, persisted on success), runs the lazy
//! maintenance before any operation that finds it due, and the [`trail`]
//! writes each operation's entry in the audit log (for a change, under the
//! lock and before it is saved). docs/architecture.md has the whole picture.

pub mod access_keys;
pub mod admin;
mod aliases;
mod asymmetric_encryption;
mod authorize;
mod bundles;
pub mod caller;
pub mod catalog;
mod checks;
pub mod data_keys;
pub mod dispatch;
mod grants;
mod import;
mod key_agreement;
pub mod key_id;
mod key_pairs;
mod key_state;
pub mod keys;
mod last_usage;
mod lifecycle;
pub mod limits;
pub mod log_settings;
mod macs;
mod maintenance;
mod managed;
pub mod migration;
mod multi_region;
pub mod page;
mod policies;
mod rotation;
mod runner;
mod signing;
pub mod specs;
mod tags;
pub mod trail;
pub mod types;
pub mod validate;

use std::cell::RefCell;

use crate::audit;
use crate::keystore::Keystore;
use crate::timestamp::Timestamp;

pub use caller::Caller;
pub use catalog::{Operation, Surface};

/// Where time comes from.
#[derive(Clone, Copy, Debug)]
pub enum Clock {
    /// The system clock, read at each operation.
    System,
    /// A fixed time (`KMS_LOCAL_NOW`, tests).
    Fixed(Timestamp),
}

impl Clock {
    /// The time now, by this clock.
    pub fn now(self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Fixed(t) => t,
        }
    }
}

/// What an operation knows of its call besides the request: when it runs,
/// and for whom.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub now: Timestamp,
    pub caller: Caller,
    /// The request's permission (`kms:Decrypt`), which key policies are
    /// asked about; empty for what no key policy governs (tests that call an
    /// operation directly, the maintenance kms-local does itself).
    pub action: String,
    /// The request's key as it named it, and its encryption context: the
    /// values of the condition keys `kms:RequestAlias` and
    /// `kms:EncryptionContext…`.
    pub key_input: Option<String>,
    pub context: Option<crate::context::EncryptionContext>,
    /// The values of condition keys an operation adds from its request
    /// (`kms:SigningAlgorithm`, …), by lower-case name.
    pub facts: Vec<(&'static str, Vec<String>)>,
}

impl Ctx {
    /// A call at `now` in the keystore's home account and Region.
    pub const fn at(now: Timestamp) -> Self {
        Ctx {
            now,
            caller: Caller::HOME,
            action: String::new(),
            key_input: None,
            context: None,
            facts: Vec::new(),
        }
    }

    /// This context with `key` (a condition key, lower case) valued
    /// `values`: what an operation's request says for its key policy.
    pub fn with_facts(&self, key: &'static str, values: Vec<String>) -> Ctx {
        let mut ctx = self.clone();
        ctx.facts.push((key, values));
        ctx
    }

    /// [`Ctx::with_facts`] for a single request value; absent is no value.
    pub fn with_fact(&self, key: &'static str, value: Option<&str>) -> Ctx {
        self.with_facts(key, value.iter().map(|v| (*v).to_owned()).collect())
    }
}

/// A keystore and a clock: everything the operations need.
#[derive(Debug)]
pub struct Kms {
    keystore: Keystore,
    clock: Clock,
    /// When set (batch mode), the entries of read-only operations wait here
    /// and are appended together by [`Kms::flush_audit`].
    pending: RefCell<Option<Vec<audit::Event>>>,
    /// For whom the current request acts: its account and Region, and the
    /// access key it was signed with (`serve`), for the audit log.
    caller: RefCell<Caller>,
}

impl Kms {
    pub fn new(keystore: Keystore, clock: Clock) -> Self {
        Kms {
            keystore,
            clock,
            pending: RefCell::new(None),
            caller: RefCell::new(Caller::default()),
        }
    }

    /// Runs the operation `O` (see [`catalog`]).
    pub fn call<O: Operation>(&self, request: O::Request) -> crate::error::Result<O::Response> {
        O::call(self, request)
    }

    fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// The context of the request `trail` describes.
    fn ctx(&self, trail: &trail::Trail) -> Ctx {
        Ctx {
            now: self.now(),
            caller: self.caller.borrow().clone(),
            action: format!("kms:{}", trail.operation()),
            key_input: trail.key_input().map(str::to_owned),
            context: trail.context().cloned(),
            facts: Vec::new(),
        }
    }
}
