//! RotateKeyOnDemand (a new backing key) and domain-key rotation (a new domain
//! key, every EKT re-wrapped under it, the old ones removed).

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::ids::BackingKeyId;
use crate::keystore::state::{BackingKey, Origin, State};
use crate::ops::key_id::{self, Accept, key_arn};
use crate::ops::keys::require_enabled;
use crate::ops::types::{
    RotateDomainKeyResponse, RotateKeyOnDemandRequest, RotateKeyOnDemandResponse,
};
use crate::timestamp::Timestamp;

/// AWS's quota of on-demand rotations per key.
const MAX_ON_DEMAND_ROTATIONS: usize = 25;

/// RotateKeyOnDemand: new key material becomes current; the old stays for Decrypt.
pub fn rotate_key_on_demand(
    state: &mut State,
    now: Timestamp,
    req: RotateKeyOnDemandRequest,
) -> Result<RotateKeyOnDemandResponse> {
    let (key_id, record) = key_id::lookup(state, req.key_id.as_deref(), "keyId", Accept::KeyOnly)?;
    require_enabled(state, &key_id, record)?;
    let arn = key_arn(state, &key_id);
    let on_demand = record
        .backing_keys
        .iter()
        .filter(|bk| bk.origin == Origin::OnDemand)
        .count();
    if on_demand >= MAX_ON_DEMAND_ROTATIONS {
        return Err(Error::LimitExceeded(format!(
            "The on-demand rotations limit has been reached for the given keyId. \
             No more on-demand rotations can be performed for this key: {arn}"
        )));
    }
    let backing_key_id = BackingKeyId::random()?;
    let (ekt, domain_key_id) =
        Hsm::new(&state.domain_keys).new_backing_key(&key_id, &backing_key_id)?;
    let backing = BackingKey {
        id: backing_key_id,
        domain_key_id,
        ekt,
        created: now,
        origin: Origin::OnDemand,
    };
    // Looked up above; asked again because that borrow was shared.
    let record = state
        .keys
        .get_mut(&key_id)
        .ok_or_else(|| Error::KmsInternal(format!("key {key_id} vanished during rotation")))?;
    record.backing_keys.push(backing);
    Ok(RotateKeyOnDemandResponse { key_id: arn })
}

/// A new active domain key; every EKT re-wrapped under it; the old domain keys
/// dropped. Done in memory and persisted as one write, so a crash leaves
/// either the old keystore or the new one.
pub fn rotate_domain_key(state: &mut State, now: Timestamp) -> Result<RotateDomainKeyResponse> {
    let new_dk = Hsm::new_domain_key(now)?;
    let old = std::mem::take(&mut state.domain_keys);
    let hsm = Hsm::new(&old);
    let mut rewrapped = 0;
    for (key_id, record) in &mut state.keys {
        for bk in &mut record.backing_keys {
            bk.ekt = hsm.rewrap(&bk.wrapped(key_id), &new_dk)?;
            bk.domain_key_id = new_dk.id;
            rewrapped += 1;
        }
    }
    let domain_key_id = new_dk.id.to_string();
    state.domain_keys = vec![new_dk];
    Ok(RotateDomainKeyResponse {
        domain_key_id,
        rewrapped_key_tokens: rewrapped,
    })
}
