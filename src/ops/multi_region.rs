//! Multi-Region keys: ReplicateKey and UpdatePrimaryRegion, and what the
//! related keys share. Each related key is a record of its own, in its
//! Region's scope of one account, under one key id; each holds a copy of the
//! key material (copied again at every rotation, which only the primary
//! makes) and the same [`MultiRegion`] list of Regions. What AWS keeps apart
//! (description, tags, aliases, enabled state, deletion) is each record's
//! own, and the automatic rotation schedule is the primary's alone.

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::keystore::state::{
    KeyAddr, KeyAttributes, KeyRecord, KeyState, MultiRegion, RotationSchedule, State,
};
use crate::ops::key_id::{self, arn, key_arn, key_resource};
use crate::ops::key_state::{self, Use};
use crate::ops::keys;
use crate::ops::types::{
    MultiRegionConfiguration, MultiRegionKey, ReplicateKeyRequest, ReplicateKeyResponse,
    UpdatePrimaryRegionRequest,
};
use crate::ops::{Ctx, limits, policies, tags, validate};
use crate::timestamp::Timestamp;

/// KeyMetadata's MultiRegionConfiguration for the related key of `id` in
/// `region` of `account`.
pub fn configuration(
    account: &str,
    region: &str,
    id: &Uuid,
    mr: &MultiRegion,
) -> MultiRegionConfiguration {
    let key = |region: &str| MultiRegionKey {
        arn: arn(account, region, &key_resource(id)),
        region: region.to_owned(),
    };
    MultiRegionConfiguration {
        multi_region_key_type: match region == mr.primary_region {
            true => "PRIMARY",
            false => "REPLICA",
        },
        primary_key: key(&mr.primary_region),
        replica_keys: mr.replica_regions.iter().map(|r| key(r)).collect(),
    }
}

/// The key of `id` in `region` of `account`, if the keystore holds it.
fn in_region(state: &State, account: &str, region: &str, id: Uuid) -> Option<KeyAddr> {
    let scope = state.find_scope(account, region)?;
    let addr = KeyAddr { scope, id };
    state.keys.contains_key(&addr).then_some(addr)
}

/// Every related key of the multi-Region key at `addr` that the keystore
/// holds, `addr` among them, the primary first.
fn related(state: &State, addr: &KeyAddr, mr: &MultiRegion) -> Vec<KeyAddr> {
    let account = &state.scope(addr.scope).account_id;
    std::iter::once(&mr.primary_region)
        .chain(&mr.replica_regions)
        .filter_map(|region| in_region(state, account, region, addr.id))
        .collect()
}

/// UnsupportedOperationException for a key that is not a multi-Region
/// primary key, in AWS's words.
fn not_primary(arn: &str) -> Error {
    Error::UnsupportedOperation(format!("{arn} is not a multi-region primary key."))
}

/// Checks that the key at `addr` is a multi-Region primary key, or a
/// single-Region key when `single_too`: the keys rotation is asked of.
pub fn require_primary(
    state: &State,
    addr: &KeyAddr,
    record: &KeyRecord,
    single_too: bool,
) -> Result<()> {
    match &record.multi_region {
        None if single_too => Ok(()),
        Some(mr) if state.scope(addr.scope).region == mr.primary_region => Ok(()),
        _ => Err(not_primary(&key_arn(state, addr))),
    }
}

/// The enabled multi-Region primary key a request names, with its Regions:
/// what ReplicateKey and UpdatePrimaryRegion act on.
fn enabled_primary<'s>(
    state: &'s State,
    ctx: &Ctx,
    key_id: Option<&str>,
) -> Result<(KeyAddr, &'s KeyRecord, MultiRegion)> {
    let (addr, record) = key_id::own_key(state, ctx, key_id)?;
    require_primary(state, &addr, record, false)?;
    key_state::require(state, &addr, record, Use::Cryptographic)?;
    match &record.multi_region {
        Some(mr) => Ok((addr, record, mr.clone())),
        None => Err(not_primary(&key_arn(state, &addr))),
    }
}

/// The automatic rotation schedule of the key at `addr`: a replica's is its
/// primary's.
pub fn rotation(state: &State, addr: &KeyAddr, record: &KeyRecord) -> Option<RotationSchedule> {
    let Some(mr) = &record.multi_region else {
        return record.attributes.rotation;
    };
    let account = &state.scope(addr.scope).account_id;
    let primary = in_region(state, account, &mr.primary_region, addr.id)?;
    let primary = state.keys.get(&primary).ok().flatten()?;
    primary.attributes.rotation
}

/// Gives every replica of the primary at `addr` the primary's key material,
/// after the primary rotated.
pub fn share_material(state: &mut State, addr: &KeyAddr) -> Result<()> {
    let primary = key_state::record_mut(state, addr)?;
    let Some(mr) = primary.multi_region.clone() else {
        return Ok(());
    };
    let material = primary.backing_keys.clone();
    for other in related(state, addr, &mr) {
        if other != *addr {
            key_state::record_mut(state, &other)?.backing_keys = material.clone();
        }
    }
    Ok(())
}

/// Writes `mr` into each related key of the one at `addr`, keeping each
/// one's own waiting period.
fn set_everywhere(state: &mut State, addr: &KeyAddr, mr: &MultiRegion) -> Result<()> {
    for other in related(state, addr, mr) {
        let record = key_state::record_mut(state, &other)?;
        let window = record
            .multi_region
            .as_ref()
            .and_then(|m| m.pending_window_in_days);
        record.multi_region = Some(MultiRegion {
            pending_window_in_days: window,
            ..mr.clone()
        });
    }
    Ok(())
}

/// A Region name as AWS's model constrains ReplicaRegion and PrimaryRegion.
fn region_name(value: &str, field: &str) -> Result<()> {
    validate::length(value, field, 1, 32)?;
    let mut parts = value.split('-');
    let last = parts.next_back().unwrap_or_default();
    let words: Vec<&str> = parts.collect();
    let valid = (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        && !last.is_empty()
        && last.bytes().all(|b| b.is_ascii_digit());
    match valid {
        true => Ok(()),
        false => Err(validate::fail(
            Some(value),
            field,
            "satisfy regular expression pattern: ^([a-z]+-){2,3}\\d+$",
        )),
    }
}

/// ReplicateKey: a related key of a primary key in another Region of the
/// same account, with the primary's key material and its own description,
/// tags and state. AWS shows it `Creating` for a few seconds; here it is
/// `Enabled` at once.
pub fn replicate_key(
    state: &mut State,
    ctx: &Ctx,
    req: ReplicateKeyRequest,
) -> Result<ReplicateKeyResponse> {
    let replica_region = validate::required(req.replica_region.as_deref(), "replicaRegion")?;
    region_name(replica_region, "replicaRegion")?;
    let description = req.description.unwrap_or_default();
    validate::length(&description, "description", 0, limits::MAX_DESCRIPTION)?;
    let given_tags = req.tags;
    let tags = given_tags.clone().unwrap_or_default();
    tags::validate(&tags)?;
    let bypass = req.bypass_policy_lockout_safety_check;
    let policy = policies::requested(req.policy.as_deref(), bypass, &ctx.caller, state)?;
    let (addr, record, mr) = enabled_primary(state, ctx, req.key_id.as_deref())?;
    let account = state.scope(addr.scope).account_id.clone();
    if replica_region == mr.primary_region || mr.replica_regions.iter().any(|r| r == replica_region)
    {
        return Err(Error::AlreadyExists(format!(
            "{} already exists",
            arn(&account, replica_region, &key_resource(&addr.id))
        )));
    }
    let mut shared = mr.clone();
    shared.replica_regions.push(replica_region.to_owned());
    shared.pending_window_in_days = None;
    let replica = KeyRecord {
        attributes: KeyAttributes {
            created: ctx.now,
            description,
            state: KeyState::Enabled,
            deletion_date: None,
            rotation: None,
            tags,
        },
        backing_keys: record.backing_keys.clone(),
        key_spec: record.key_spec,
        key_usage: record.key_usage,
        public_key: record.public_key.clone(),
        multi_region: Some(shared.clone()),
        external: None,
        aws_managed: false,
        policy,
        grants: Vec::new(),
        migrations: Vec::new(),
    };
    let scope = state.scope_for(&account, replica_region).ok_or_else(|| {
        Error::LimitExceeded("The keystore holds as many scopes as it can".into())
    })?;
    let replica_addr = KeyAddr { scope, id: addr.id };
    state.keys.insert(replica_addr, replica);
    set_everywhere(state, &addr, &shared)?;
    let replica = state
        .keys
        .get(&replica_addr)?
        .ok_or_else(|| Error::KmsInternal("a new replica vanished".into()))?;
    Ok(ReplicateKeyResponse {
        replica_key_metadata: keys::metadata(state, &replica_addr, replica),
        replica_policy: policies::of(state, &replica_addr, replica).into_owned(),
        replica_tags: given_tags,
    })
}

/// UpdatePrimaryRegion: the replica in `PrimaryRegion` becomes the primary
/// key, and the primary a replica. Both must be enabled. AWS shows both
/// `Updating` for a few seconds; here the change is done at once.
pub fn update_primary_region(
    state: &mut State,
    ctx: &Ctx,
    req: UpdatePrimaryRegionRequest,
) -> Result<()> {
    let new_region = validate::required(req.primary_region.as_deref(), "primaryRegion")?;
    region_name(new_region, "primaryRegion")?;
    let (addr, _, mr) = enabled_primary(state, ctx, req.key_id.as_deref())?;
    let account = state.scope(addr.scope).account_id.clone();
    if new_region == mr.primary_region {
        return Err(Error::UnsupportedOperation(format!(
            "{} is already the primary key.",
            key_arn(state, &addr)
        )));
    }
    let Some(new_primary) = mr
        .replica_regions
        .iter()
        .any(|r| r == new_region)
        .then(|| in_region(state, &account, new_region, addr.id))
        .flatten()
    else {
        return Err(Error::NotFound(format!(
            "Key '{}' does not exist",
            arn(&account, new_region, &key_resource(&addr.id))
        )));
    };
    let replica = state
        .keys
        .get(&new_primary)?
        .ok_or_else(|| Error::KmsInternal("a replica vanished".into()))?;
    key_state::require(state, &new_primary, replica, Use::Cryptographic)?;
    let mut shared = mr.clone();
    shared.replica_regions.retain(|r| r != new_region);
    shared.replica_regions.push(mr.primary_region.clone());
    shared.primary_region = new_region.to_owned();
    // The schedule is the primary's: it moves with the role.
    let schedule = key_state::record_mut(state, &addr)?
        .attributes
        .rotation
        .take();
    key_state::record_mut(state, &new_primary)?
        .attributes
        .rotation = schedule;
    set_everywhere(state, &addr, &shared)
}

/// ScheduleKeyDeletion of a primary key that still has replicas: it waits
/// in PendingReplicaDeletion, with no deletion date, until they are gone.
/// `false`, and nothing done, when the key is not such a primary.
pub fn wait_for_replicas(state: &mut State, addr: &KeyAddr, window_in_days: u32) -> Result<bool> {
    let region = state.scope(addr.scope).region.clone();
    let record = key_state::record_mut(state, addr)?;
    let Some(mr) = &mut record.multi_region else {
        return Ok(false);
    };
    if mr.primary_region != region || mr.replica_regions.is_empty() {
        return Ok(false);
    }
    mr.pending_window_in_days = Some(window_in_days);
    record.attributes.state = KeyState::PendingReplicaDeletion;
    record.attributes.deletion_date = None;
    Ok(true)
}

/// After the purge of the multi-Region keys `purged` (each with its list
/// of Regions): each related key forgets a purged replica, and a primary
/// left waiting with no replica starts its own waiting period from `now`.
pub fn forget(state: &mut State, purged: &[(KeyAddr, MultiRegion)], now: Timestamp) -> Result<()> {
    for (addr, mr) in purged {
        let region = state.scope(addr.scope).region.clone();
        let mut shared = mr.clone();
        shared.replica_regions.retain(|r| *r != region);
        for other in related(state, addr, &shared) {
            let record = key_state::record_mut(state, &other)?;
            let Some(own) = &mut record.multi_region else {
                continue;
            };
            own.replica_regions.retain(|r| *r != region);
            if record.attributes.state == KeyState::PendingReplicaDeletion
                && own.replica_regions.is_empty()
            {
                let days = own.pending_window_in_days.take().unwrap_or(30);
                record.attributes.state = KeyState::PendingDeletion;
                record.attributes.deletion_date = Some(now.plus_days(days));
            }
        }
    }
    Ok(())
}
