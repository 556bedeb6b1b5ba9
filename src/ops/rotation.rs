//! Key rotation: on demand, on an automatic schedule, and of the domain key.
//! Scheduled rotations happen lazily: the first use of the keystore at or
//! after a rotation's date performs it, before the operation.

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::keystore::state::{KeyAddr, KeyRecord, KeyState, Origin, RotationSchedule, State};
use crate::ops::key_id::{self, key_arn};
use crate::ops::key_state::{self, Use};
use crate::ops::keys::new_backing_key;
use crate::ops::page;
use crate::ops::types::{
    EmptyRequest, EnableKeyRotationRequest, GetKeyRotationStatusResponse, KeyIdRequest,
    KeyIdResponse, KeystoreSettingsResponse, ListKeyRotationsRequest, ListKeyRotationsResponse,
    RotateDomainKeyResponse, RotationListEntry,
};
use crate::ops::validate;
use crate::ops::{Ctx, import, limits, managed, multi_region, specs};
use crate::timestamp::{IsoTimestamp, Timestamp};

/// AWS's quota of on-demand rotations per key.
/// RotateKeyOnDemand: new key material becomes current; the old stays for
/// Decrypt. It does not move the automatic schedule, as in AWS.
pub fn rotate_key_on_demand(
    state: &mut State,
    ctx: &Ctx,
    req: KeyIdRequest,
) -> Result<KeyIdResponse> {
    let now = ctx.now;
    let (key_id, record) = key_state::changeable(
        state,
        ctx,
        (req.key_id.as_deref(), "keyId"),
        Use::Rotation,
        "kms:RotateKeyOnDemand",
    )?;
    specs::check_rotatable(record.key_spec)?;
    multi_region::require_primary(state, &key_id, record, true)?;
    let arn = key_arn(state, &key_id);
    let on_demand = record
        .backing_keys
        .iter()
        .filter(|bk| bk.origin == Origin::OnDemand)
        .count();
    if on_demand >= limits::MAX_ON_DEMAND_ROTATIONS {
        return Err(Error::LimitExceeded(format!(
            "The on-demand rotations limit has been reached for the given keyId. \
             No more on-demand rotations can be performed for this key: {arn}"
        )));
    }
    let backing = match &record.external {
        // Imported material rotates to the material imported to come next.
        Some(external) if external.pending.is_none() => {
            return Err(Error::KmsInvalidState(format!(
                "No available key material pending rotation for the key: {arn}."
            )));
        }
        Some(_) => {
            let record = key_state::record_mut(state, &key_id)?;
            let mut next = record
                .external
                .as_mut()
                .and_then(|e| e.pending.take())
                .ok_or_else(|| Error::KmsInternal("pending material vanished".into()))?;
            next.created = now;
            next
        }
        None => new_backing_key(state, &key_id, now, Origin::OnDemand)?,
    };
    key_state::record_mut(state, &key_id)?
        .backing_keys
        .push(backing);
    multi_region::share_material(state, &key_id)?;
    Ok(KeyIdResponse { key_id: arn })
}

/// The key whose automatic rotation EnableKeyRotation or DisableKeyRotation
/// sets: a symmetric key of material kms-local made, its primary if it is
/// multi-Region, enabled.
fn scheduled_key<'s>(
    state: &'s State,
    ctx: &Ctx,
    key_id: Option<&str>,
    action: &str,
) -> Result<(KeyAddr, &'s KeyRecord)> {
    let (addr, record) = key_id::own_key(state, ctx, key_id)?;
    managed::refuse(state, &ctx.caller, &addr, record, action)?;
    if record.external.is_some() {
        return Err(import::external_refused(&key_arn(state, &addr)));
    }
    key_state::require(state, &addr, record, Use::Rotation)?;
    specs::check_rotatable(record.key_spec)?;
    multi_region::require_primary(state, &addr, record, true)?;
    Ok((addr, record))
}

/// EnableKeyRotation: every RotationPeriodInDays (90 to 2560, default 365).
pub fn enable_key_rotation(
    state: &mut State,
    ctx: &Ctx,
    req: EnableKeyRotationRequest,
) -> Result<()> {
    let now = ctx.now;
    let days = req.rotation_period_in_days.unwrap_or(365);
    let (min, max) = limits::ROTATION_PERIOD_DAYS;
    validate::range(days, "rotationPeriodInDays", min, max)?;
    let days = u32::try_from(days).unwrap_or(365);
    let action = "kms:EnableKeyRotation";
    let (key_id, _) = scheduled_key(state, ctx, req.key_id.as_deref(), action)?;
    key_state::record_mut(state, &key_id)?.attributes.rotation = Some(RotationSchedule {
        period_in_days: days,
        next: now.plus_days(days),
    });
    Ok(())
}

/// DisableKeyRotation.
pub fn disable_key_rotation(state: &mut State, ctx: &Ctx, req: KeyIdRequest) -> Result<()> {
    let action = "kms:DisableKeyRotation";
    let (key_id, _) = scheduled_key(state, ctx, req.key_id.as_deref(), action)?;
    key_state::record_mut(state, &key_id)?.attributes.rotation = None;
    Ok(())
}

/// GetKeyRotationStatus, in any key state. A key pending deletion reads as
/// not rotating; cancelling the deletion brings its schedule back.
pub fn get_key_rotation_status(
    state: &State,
    ctx: &Ctx,
    req: KeyIdRequest,
) -> Result<GetKeyRotationStatusResponse> {
    let (key_id, record) = key_id::own_key(state, ctx, req.key_id.as_deref())?;
    if record.external.is_some() {
        return Err(import::external_refused(&key_arn(state, &key_id)));
    }
    specs::check_rotatable(record.key_spec)?;
    let schedule = multi_region::rotation(state, &key_id, record)
        .filter(|_| !key_state::is_pending_deletion(record.attributes.state));
    Ok(GetKeyRotationStatusResponse {
        key_rotation_enabled: schedule.is_some(),
        key_id: key_arn(state, &key_id),
        rotation_period_in_days: schedule.map(|s| s.period_in_days),
        next_rotation_date: schedule.map(|s| IsoTimestamp(s.next)),
    })
}

/// ListKeyRotations: each past rotation, oldest first; with
/// `IncludeKeyMaterial: ALL_KEY_MATERIAL`, the original material too.
pub fn list_key_rotations(
    state: &State,
    ctx: &Ctx,
    req: ListKeyRotationsRequest,
) -> Result<ListKeyRotationsResponse> {
    let include_all = match req.include_key_material.as_deref() {
        None => false,
        Some(value) => {
            validate::one_of(
                value,
                "includeKeyMaterial",
                &["ALL_KEY_MATERIAL", "ROTATIONS_ONLY"],
            )? == "ALL_KEY_MATERIAL"
        }
    };
    let (key_id, record) =
        key_state::lookup_for(state, ctx, req.key_id.as_deref(), "keyId", Use::Management)?;
    specs::check_rotatable(record.key_spec)?;
    let arn = key_arn(state, &key_id);
    let current = record.current().map(|bk| bk.id);
    // Imported material waiting for RotateKeyOnDemand comes last, with
    // ALL_KEY_MATERIAL only.
    let pending = record
        .external
        .as_ref()
        .and_then(|e| e.pending.as_ref())
        .filter(|_| include_all);
    let entries = record
        .backing_keys
        .iter()
        .chain(pending)
        .enumerate()
        .filter(|(_, bk)| include_all || bk.origin != Origin::Created)
        .map(|(i, bk)| {
            let waiting = i == record.backing_keys.len();
            let rotation_type = match bk.origin {
                _ if waiting => None,
                Origin::Created => None,
                Origin::OnDemand => Some("ON_DEMAND"),
                Origin::Automatic => Some("AUTOMATIC"),
            };
            let imported = bk.imported.as_ref();
            let entry = RotationListEntry {
                key_id: arn.clone(),
                key_material_id: bk.id.to_string(),
                key_material_description: imported.and_then(|i| i.description.clone()),
                import_state: imported.map(|i| match i.present {
                    true => "IMPORTED",
                    false => "PENDING_IMPORT",
                }),
                key_material_state: match () {
                    _ if waiting => "PENDING_ROTATION",
                    _ if Some(bk.id) == current => "CURRENT",
                    _ => "NON_CURRENT",
                },
                expiration_model: imported
                    .filter(|i| i.present)
                    .map(|i| i.expiration_model.name()),
                valid_to: imported
                    .filter(|i| i.present)
                    .and_then(|i| i.valid_to)
                    .map(IsoTimestamp),
                rotation_date: rotation_type.map(|_| IsoTimestamp(bk.created)),
                rotation_type,
            };
            // Zero-padded positions sort in creation order.
            (format!("{i:04}"), entry)
        });
    let page = page::paginate(
        entries,
        req.limit,
        req.marker.as_deref(),
        limits::LIST_KEY_ROTATIONS,
    )?;
    Ok(ListKeyRotationsResponse {
        truncated: page.truncated(),
        rotations: page.items,
        next_marker: page.next_marker,
    })
}

/// Keys whose automatic rotation is due: enabled keys past their date.
/// (AWS does not rotate a disabled key or one pending deletion.)
fn keys_due(state: &State, now: Timestamp) -> Vec<KeyAddr> {
    state
        .keys
        .summaries()
        .filter(|(_, s)| s.state == KeyState::Enabled && s.next_rotation.is_some_and(|d| d <= now))
        .map(|(id, _)| id)
        .collect()
}

/// When the active domain key is due to be replaced.
fn domain_key_due_date(state: &State) -> Option<Timestamp> {
    let active = state.domain_keys.last()?;
    Some(
        active
            .created
            .plus_days(state.settings.domain_key_rotation_period_in_days),
    )
}

/// Whether any scheduled rotation is due.
pub fn due(state: &State, now: Timestamp) -> bool {
    !keys_due(state, now).is_empty() || domain_key_due_date(state).is_some_and(|d| d <= now)
}

/// Performs every due rotation and says what it rotated: the domain key or
/// not, and which keys. A key that missed several periods rotates once, and
/// its next date counts from now.
pub fn rotate_due(state: &mut State, now: Timestamp) -> Result<(bool, Vec<KeyAddr>)> {
    let domain = domain_key_due_date(state).is_some_and(|d| d <= now);
    if domain {
        new_domain_key(state, now)?;
    }
    let keys = keys_due(state, now);
    for &key_id in &keys {
        let backing = new_backing_key(state, &key_id, now, Origin::Automatic)?;
        let record = key_state::record_mut(state, &key_id)?;
        record.backing_keys.push(backing);
        if let Some(schedule) = &mut record.attributes.rotation {
            schedule.next = now.plus_days(schedule.period_in_days);
        }
        multi_region::share_material(state, &key_id)?;
    }
    Ok((domain, keys))
}

/// RotateDomainKey (kms-local's own): see [`new_domain_key`].
pub fn rotate_domain_key(
    state: &mut State,
    ctx: &Ctx,
    _: EmptyRequest,
) -> Result<RotateDomainKeyResponse> {
    new_domain_key(state, ctx.now)
}

/// A new active domain key; every EKT re-wrapped under it; the domain key it
/// replaces kept until the next rotation, for import tokens alone (a token
/// is good for 24 hours, at least one rotation period), and any older one
/// dropped. Done in memory and persisted as one write, so a crash leaves
/// either the old keystore or the new one.
fn new_domain_key(state: &mut State, now: Timestamp) -> Result<RotateDomainKeyResponse> {
    let new_dk = Hsm::new_domain_key(now)?;
    let old = std::mem::take(&mut state.domain_keys);
    let hsm = Hsm::new(&old);
    let mut rewrapped = 0;
    for (key_id, record) in state.keys.records_mut()? {
        let spec = record.key_spec;
        let pending = record.external.as_mut().and_then(|e| e.pending.as_mut());
        // Deleted imported material has no EKT left to re-wrap.
        for bk in record
            .backing_keys
            .iter_mut()
            .chain(pending)
            .filter(|bk| bk.is_present())
        {
            bk.ekt = hsm.rewrap(&bk.wrapped(&key_id, spec), &new_dk)?;
            bk.domain_key_id = new_dk.id;
            rewrapped += 1;
        }
    }
    let domain_key_id = new_dk.id.to_string();
    state.domain_keys = old.into_iter().last().into_iter().chain([new_dk]).collect();
    Ok(RotateDomainKeyResponse {
        domain_key_id,
        rewrapped_key_tokens: rewrapped,
    })
}

/// Checks a domain-key rotation period: 1 to 365 days.
pub fn check_domain_key_rotation_period(days: i64) -> Result<()> {
    validate::range(days, "domainKeyRotationPeriodInDays", 1, 365)
}

/// Sets the domain-key rotation period: 1 to 365 days.
pub fn set_domain_key_rotation_period(state: &mut State, days: i64) -> Result<()> {
    check_domain_key_rotation_period(days)?;
    state.settings.domain_key_rotation_period_in_days = u32::try_from(days).unwrap_or(1);
    Ok(())
}

/// The keystore's settings. A keystore not yet created has no domain key.
pub fn keystore_settings(state: &State) -> KeystoreSettingsResponse {
    let period = state.settings.domain_key_rotation_period_in_days;
    let active = state.domain_keys.last();
    KeystoreSettingsResponse {
        region: state.home().region.clone(),
        aws_account_id: state.home().account_id.clone(),
        domain_key_id: active.map(|dk| dk.id.to_string()),
        domain_key_rotation_period_in_days: period,
        next_domain_key_rotation_date: active.map(|dk| IsoTimestamp(dk.created.plus_days(period))),
        audit_segment_max_bytes: state.settings.audit_segment_max_bytes,
        audit_segment_max_age_days: state.settings.audit_segment_max_age_days,
        audit_retention_days: state.settings.audit_retention_days,
    }
}
