//! EnableKey, DisableKey, ScheduleKeyDeletion and CancelKeyDeletion, and the
//! purge of keys whose deletion date has passed.

use crate::error::{Error, Result};
use crate::keystore::state::{KeyAddr, KeyState, State};
use crate::ops::key_id::{self, key_arn};
use crate::ops::key_state::{self, Use};
use crate::ops::types::{
    KeyIdRequest, KeyIdResponse, ScheduleKeyDeletionRequest, ScheduleKeyDeletionResponse,
};
use crate::ops::{Ctx, limits};
use crate::ops::{managed, multi_region, validate};
use crate::timestamp::{IsoTimestamp, Timestamp};

/// EnableKey: Disabled (or Enabled) becomes Enabled.
pub fn enable_key(state: &mut State, ctx: &Ctx, req: KeyIdRequest) -> Result<()> {
    set_enabled(state, ctx, req, KeyState::Enabled)
}

/// DisableKey: the key refuses cryptographic operations until enabled again.
pub fn disable_key(state: &mut State, ctx: &Ctx, req: KeyIdRequest) -> Result<()> {
    set_enabled(state, ctx, req, KeyState::Disabled)
}

fn set_enabled(state: &mut State, ctx: &Ctx, req: KeyIdRequest, to: KeyState) -> Result<()> {
    let action = match to {
        KeyState::Enabled => "kms:EnableKey",
        _ => "kms:DisableKey",
    };
    let (key_id, record) = key_state::changeable(
        state,
        ctx,
        (req.key_id.as_deref(), "keyId"),
        Use::Management,
        action,
    )?;
    if !record.has_material() {
        return Err(key_state::pending_import(&key_arn(state, &key_id)));
    }
    key_state::record_mut(state, &key_id)?.attributes.state = to;
    Ok(())
}

/// ScheduleKeyDeletion: PendingDeletion for 7 to 30 days (default 30), then
/// the key and its material are purged by the first command on or after it.
pub fn schedule_key_deletion(
    state: &mut State,
    ctx: &Ctx,
    req: ScheduleKeyDeletionRequest,
) -> Result<ScheduleKeyDeletionResponse> {
    let (min, max) = limits::PENDING_WINDOW_DAYS;
    let days = req.pending_window_in_days.unwrap_or(max);
    validate::range(days, "pendingWindowInDays", min, max)?;
    let (key_id, _) = key_state::changeable(
        state,
        ctx,
        (req.key_id.as_deref(), "keyId"),
        Use::Management,
        "kms:ScheduleKeyDeletion",
    )?;
    let arn = key_arn(state, &key_id);
    let window = u32::try_from(days).unwrap_or(30);
    if multi_region::wait_for_replicas(state, &key_id, window)? {
        return Ok(ScheduleKeyDeletionResponse {
            key_id: arn,
            deletion_date: None,
            key_state: KeyState::PendingReplicaDeletion.name(),
            pending_window_in_days: days,
        });
    }
    let deletion_date = ctx.now.plus_days(window);
    let record = key_state::record_mut(state, &key_id)?;
    record.attributes.state = KeyState::PendingDeletion;
    record.attributes.deletion_date = Some(deletion_date);
    Ok(ScheduleKeyDeletionResponse {
        key_id: arn,
        deletion_date: Some(IsoTimestamp(deletion_date)),
        key_state: KeyState::PendingDeletion.name(),
        pending_window_in_days: days,
    })
}

/// CancelKeyDeletion: back to Disabled, as AWS does.
pub fn cancel_key_deletion(
    state: &mut State,
    ctx: &Ctx,
    req: KeyIdRequest,
) -> Result<KeyIdResponse> {
    let (key_id, record) = key_id::own_key(state, ctx, req.key_id.as_deref())?;
    managed::refuse(state, &ctx.caller, &key_id, record, "kms:CancelKeyDeletion")?;
    let arn = key_arn(state, &key_id);
    if !key_state::is_pending_deletion(record.attributes.state) {
        return Err(Error::KmsInvalidState(format!(
            "{arn} is not pending deletion."
        )));
    }
    let record = key_state::record_mut(state, &key_id)?;
    record.attributes.state = KeyState::Disabled;
    record.attributes.deletion_date = None;
    if let Some(mr) = &mut record.multi_region {
        mr.pending_window_in_days = None;
    }
    Ok(KeyIdResponse { key_id: arn })
}

/// Whether any key's deletion date has passed.
pub fn purge_due(state: &State, now: Timestamp) -> bool {
    state
        .keys
        .summaries()
        .any(|(_, s)| s.deletion_date.is_some_and(|d| d <= now))
}

/// Deletes, for good, every key whose deletion date has passed, with its
/// aliases, and returns their ids. Their blobs then fail with NotFoundException.
/// The related keys of a purged multi-Region key forget it.
pub fn purge(state: &mut State, now: Timestamp) -> Result<Vec<KeyAddr>> {
    let due: Vec<KeyAddr> = state
        .keys
        .summaries()
        .filter(|(_, s)| s.deletion_date.is_some_and(|d| d <= now))
        .map(|(id, _)| id)
        .collect();
    let mut related = Vec::new();
    for id in &due {
        if let Some(mr) = state.keys.get(id)?.and_then(|r| r.multi_region.clone()) {
            related.push((*id, mr));
        }
        state.keys.remove(id);
    }
    multi_region::forget(state, &related, now)?;
    for scope_id in state.scope_ids() {
        let keys = &state.keys;
        let scope = &mut state.scopes[usize::from(scope_id.0)];
        scope.aliases.retain(|_, alias| {
            keys.contains_key(&KeyAddr {
                scope: scope_id,
                id: alias.target_key_id,
            })
        });
    }
    Ok(due)
}
