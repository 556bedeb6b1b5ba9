//! The operations layer: one function per AWS KMS operation, typed request to
//! typed response. The only place that knows AWS semantics (names, limits,
//! key states, exceptions). Nothing here parses a command line or prints.
//!
//! [`Kms`] decides which operations only read the keystore (shared lock) and
//! which change it (exclusive lock, persisted on success).

mod aliases;
mod data_keys;
pub mod key_id;
mod keys;
mod rotate;
pub mod types;
pub mod validate;

use crate::error::Result;
use crate::keystore::{Created, Keystore};
use crate::timestamp::Timestamp;
use types::*;

/// A keystore and a clock: everything the operations need.
#[derive(Debug)]
pub struct Kms {
    keystore: Keystore,
    now: Timestamp,
}

impl Kms {
    pub fn new(keystore: Keystore, now: Timestamp) -> Self {
        Kms { keystore, now }
    }

    /// Creates the keystore (not an AWS operation).
    pub fn init(&self, passphrase: bool) -> Result<Created> {
        self.keystore.init(passphrase, self.now)
    }

    pub fn create_key(&self, req: CreateKeyRequest) -> Result<CreateKeyResponse> {
        self.keystore
            .update(self.now, |state| keys::create_key(state, self.now, req))
    }

    pub fn create_alias(&self, req: CreateAliasRequest) -> Result<()> {
        self.keystore.update(self.now, |state| {
            aliases::create_alias(state, self.now, req)
        })
    }

    pub fn generate_data_key(
        &self,
        req: GenerateDataKeyRequest,
    ) -> Result<GenerateDataKeyResponse> {
        self.keystore
            .read(|state| data_keys::generate_data_key(state, req))
    }

    pub fn decrypt(&self, req: DecryptRequest) -> Result<DecryptResponse> {
        self.keystore.read(|state| data_keys::decrypt(state, req))
    }

    pub fn re_encrypt(&self, req: ReEncryptRequest) -> Result<ReEncryptResponse> {
        self.keystore
            .read(|state| data_keys::re_encrypt(state, req))
    }

    pub fn rotate_key_on_demand(
        &self,
        req: RotateKeyOnDemandRequest,
    ) -> Result<RotateKeyOnDemandResponse> {
        self.keystore.update(self.now, |state| {
            rotate::rotate_key_on_demand(state, self.now, req)
        })
    }

    /// A new domain key with every EKT re-wrapped (not an AWS operation).
    pub fn rotate_domain_key(&self) -> Result<RotateDomainKeyResponse> {
        self.keystore
            .update(self.now, |state| rotate::rotate_domain_key(state, self.now))
    }
}
