//! The parts of a key record that only some keys have: grants, imported
//! material, the related keys of a multi-Region key, and where `migrate`
//! moved the key.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::BackingKey;
use crate::spec::ExpirationModel;
use crate::timestamp::Timestamp;

/// A key's counterpart in another KMS, as `migrate` records it before and
/// after each step that a second run must not repeat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Migration {
    /// The destination: its endpoint URL (`aws` for AWS KMS's own) and Region.
    pub destination: String,
    /// A random value the destination key is tagged with when created, so
    /// that a key created by a run that stopped before recording its ARN is
    /// found again instead of created twice.
    pub marker: String,
    /// The destination key, once created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_arn: Option<String>,
    /// Every step is done: material, rotation, state, aliases, policy.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

/// A grant: a principal may perform some operations with the key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Grant {
    /// 64 hex digits.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub grantee: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retiring: Option<String>,
    /// Operation names (`Decrypt`, …).
    pub operations: Vec<String>,
    /// `EncryptionContextEquals` (true) or `EncryptionContextSubset`, and its pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_equals: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_subset: Option<BTreeMap<String, String>>,
    pub created: Timestamp,
    /// The account that made it, the key's owner.
    pub issuing_account: String,
}

/// What a key of imported material has besides its backing keys.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct External {
    /// Material imported as new into a key that already has some: it
    /// becomes current at the key's next RotateKeyOnDemand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<BackingKey>,
}

/// How a version of imported material came and when it goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Imported {
    pub expiration_model: ExpirationModel,
    /// Set when the material expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// False once the material was deleted or expired: its EKT is then
    /// empty, and the entry stays so that the same material can come back.
    pub present: bool,
}

/// Where the related keys of a multi-Region key are, kept alike on each
/// of them: all are in one account, under one key id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MultiRegion {
    pub primary_region: String,
    /// In the order they were made.
    pub replica_regions: Vec<String>,
    /// The waiting period the primary was scheduled for, while it waits in
    /// PendingReplicaDeletion for its replicas to go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_window_in_days: Option<u32>,
}
