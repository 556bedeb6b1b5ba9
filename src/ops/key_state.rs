//! Which key states allow which operations, and the exceptions AWS raises
//! otherwise (the key-state table of the AWS KMS Developer Guide).

use crate::error::{Error, Result};
use crate::hsm::WrappedKey;
use crate::keystore::state::{KeyAddr, KeyRecord, KeyState, State};
use crate::ops::key_id::{self, Accept, KeyRef, key_arn};
use crate::ops::{Ctx, authorize, managed, specs};
use crate::spec::KeyUsage;

/// The classes of operation the key-state table distinguishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    /// Encrypt, Decrypt, ReEncrypt, GenerateDataKey(WithoutPlaintext):
    /// Enabled only.
    Cryptographic,
    /// CreateAlias, UpdateAlias (target), ScheduleKeyDeletion, TagResource,
    /// UntagResource, UpdateKeyDescription, EnableKey, DisableKey,
    /// ListKeyRotations: not while pending deletion.
    Management,
    /// EnableKeyRotation, DisableKeyRotation, RotateKeyOnDemand: Enabled only,
    /// a disabled key being DisabledException.
    Rotation,
}

/// Checks that `record`'s state allows `usage`. A key of imported material
/// that has none is PendingImport, whatever its enabled state.
pub fn require(state: &State, key_id: &KeyAddr, record: &KeyRecord, usage: Use) -> Result<()> {
    let arn = || key_arn(state, key_id);
    match (record.attributes.state, usage) {
        (KeyState::PendingDeletion | KeyState::PendingReplicaDeletion, _) => {
            Err(pending_deletion(&arn()))
        }
        (_, Use::Management) => Ok(()),
        _ if !record.has_material() => Err(pending_import(&arn())),
        (KeyState::Enabled, _) => Ok(()),
        (KeyState::Disabled, Use::Cryptographic | Use::Rotation) => {
            Err(Error::Disabled(format!("{} is disabled.", arn())))
        }
    }
}

/// KMSInvalidStateException for a key of imported material that has none.
pub fn pending_import(arn: &str) -> Error {
    Error::KmsInvalidState(format!("{arn} is pending import."))
}

/// The KeyState AWS shows for `record`: its own, or PendingImport for a
/// key of imported material that has none (and is not pending deletion).
pub fn shown(record: &KeyRecord) -> &'static str {
    let state = record.attributes.state;
    match state {
        KeyState::Enabled | KeyState::Disabled if !record.has_material() => "PendingImport",
        _ => state.name(),
    }
}

/// Whether `state` is one of the two states of a key waiting to be deleted.
pub fn is_pending_deletion(state: KeyState) -> bool {
    matches!(
        state,
        KeyState::PendingDeletion | KeyState::PendingReplicaDeletion
    )
}

/// KMSInvalidStateException for a key pending deletion.
pub fn pending_deletion(arn: &str) -> Error {
    Error::KmsInvalidState(format!("{arn} is pending deletion."))
}

/// Parses, resolves and checks a key id (or key ARN) field of a
/// key-management operation in one step.
pub fn lookup_for<'s>(
    state: &'s State,
    ctx: &Ctx,
    input: Option<&str>,
    field: &str,
    usage: Use,
) -> Result<(KeyAddr, &'s KeyRecord)> {
    let (key_id, record) = key_id::lookup(state, &ctx.caller, input, field, Accept::KeyOnly)?;
    authorize::check(state, ctx, &key_id, record)?;
    require(state, &key_id, record, usage)?;
    Ok((key_id, record))
}

/// [`lookup_for`] of an operation that changes the key, which `action`
/// (`kms:DisableKey`, …) names: an AWS managed key is not the caller's to change.
pub fn changeable<'s>(
    state: &'s State,
    ctx: &Ctx,
    (input, field): (Option<&str>, &str),
    usage: Use,
    action: &str,
) -> Result<(KeyAddr, &'s KeyRecord)> {
    let (key_id, record) = lookup_for(state, ctx, input, field, usage)?;
    managed::refuse(state, &ctx.caller, &key_id, record, action)?;
    Ok((key_id, record))
}

/// The record of a key looked up a moment ago (the shared borrow had to end
/// before the change).
pub fn record_mut<'s>(state: &'s mut State, key_id: &KeyAddr) -> Result<&'s mut KeyRecord> {
    state.keys.get_mut(key_id)?.ok_or_else(|| {
        Error::KmsInternal(format!("key {} vanished during the operation", key_id.id))
    })
}

/// The key a cryptographic operation names (key id, ARN or alias), in a
/// state that allows it and of the usage the operation needs: the lookup
/// of Sign, Verify, GenerateMac, VerifyMac and the rest.
pub fn usable_for<'s>(
    state: &'s State,
    ctx: &Ctx,
    input: &str,
    usage: KeyUsage,
    operation: &str,
) -> Result<(KeyAddr, &'s KeyRecord)> {
    let key = KeyRef::parse(input, "keyId", Accept::KeyOrAlias, state, &ctx.caller)?;
    let (key_id, record) = key.resolve_for(state, ctx)?;
    require(state, &key_id, record, Use::Cryptographic)?;
    if record.key_usage != usage {
        return Err(specs::wrong_usage(
            &key_arn(state, &key_id),
            record.key_usage,
            operation,
        ));
    }
    Ok((key_id, record))
}

/// The key's current material, as the HSM takes it. Every key has some, so
/// its absence is an internal fault.
pub fn current_material<'r>(record: &'r KeyRecord, key_id: &'r KeyAddr) -> Result<WrappedKey<'r>> {
    record
        .current()
        .map(|bk| bk.wrapped(key_id, record.key_spec))
        .ok_or_else(|| Error::KmsInternal(format!("key {} has no key material", key_id.id)))
}

/// The public key of an asymmetric key, which each has beside its sealed
/// private key.
pub fn public_key<'r>(record: &'r KeyRecord, key_id: &KeyAddr) -> Result<&'r [u8]> {
    record
        .public_key
        .as_deref()
        .ok_or_else(|| Error::KmsInternal(format!("key {} has no public key", key_id.id)))
}
