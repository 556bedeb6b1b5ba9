//! `keystore verify`: every check an operator wants after an incident, on a
//! keystore that has already authenticated.

use std::collections::BTreeSet;

use crate::hsm::Hsm;
use crate::keystore::state::{KeyAddr, State};
use crate::ops::key_id::{alias_arn, key_arn};
use crate::ops::types::VerifyKeystoreResponse;

/// Unwraps every EKT, and checks that every alias names a key, every backing
/// key names a domain key that exists, and every key has material.
pub fn verify(state: &State) -> VerifyKeystoreResponse {
    let hsm = Hsm::new(&state.domain_keys);
    let domain_keys: BTreeSet<_> = state.domain_keys.iter().map(|dk| dk.id).collect();
    let mut problems = Vec::new();
    let mut tokens = 0;
    if state.domain_keys.is_empty() {
        problems.push("the keystore has no domain key".to_owned());
    }
    for key_id in &state.keys.ids().collect::<Vec<_>>() {
        let record = match state.keys.get(key_id) {
            Ok(Some(record)) => record,
            Ok(None) => continue,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        // A key of imported material may have none (PendingImport).
        if record.backing_keys.is_empty() && record.external.is_none() {
            problems.push(format!("{} has no key material", key_arn(state, key_id)));
        }
        let pending = record.external.as_ref().and_then(|e| e.pending.as_ref());
        for bk in record
            .backing_keys
            .iter()
            .chain(pending)
            .filter(|bk| bk.is_present())
        {
            tokens += 1;
            if !domain_keys.contains(&bk.domain_key_id) {
                problems.push(format!(
                    "key material {} of {} names domain key {}, which is missing",
                    bk.id,
                    key_arn(state, key_id),
                    bk.domain_key_id
                ));
            } else if hsm
                .export_material(&bk.wrapped(key_id, record.key_spec))
                .is_err()
            {
                problems.push(format!(
                    "key material {} of {} does not unwrap",
                    bk.id,
                    key_arn(state, key_id)
                ));
            }
        }
    }
    let mut aliases = 0;
    for scope in state.scope_ids() {
        for (name, alias) in &state.scope(scope).aliases {
            aliases += 1;
            let target = KeyAddr {
                scope,
                id: alias.target_key_id,
            };
            if !state.keys.contains_key(&target) {
                problems.push(format!(
                    "{} names key {}, which is missing",
                    alias_arn(state, scope, name),
                    alias.target_key_id
                ));
            }
        }
    }
    VerifyKeystoreResponse {
        keys: state.keys.len(),
        key_tokens: tokens,
        aliases,
        domain_keys: state.domain_keys.len(),
        problems,
    }
}
