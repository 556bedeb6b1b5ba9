//! export-keys and import-keys (kms-local's own operations): chosen keys,
//! with their aliases and every version of their material, moved between
//! keystores so that blobs made in one decrypt in the other.

use std::collections::BTreeSet;

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::keystore::bundle::{Bundle, BundleBackingKey, BundleKey};
use crate::keystore::state::{AliasRecord, BackingKey, KeyAddr, KeyRecord, KeyState, State};
use crate::ops::Caller;
use crate::ops::aliases::validate_alias_name;
use crate::ops::key_id::{Accept, KeyRef, key_arn};
use crate::ops::limits::{self, MAX_ALIASES_PER_KEY};
use crate::ops::tags;
use crate::ops::types::{ExportKeysRequest, ImportKeysResponse, ImportedKey};
use crate::timestamp::Timestamp;

/// Gathers the keys `req` names (every key when it names none), with the
/// HBKs unwrapped for sealing into the key bundle; and their ARNs.
pub fn export(
    state: &State,
    caller: &Caller,
    req: ExportKeysRequest,
) -> Result<(Bundle, Vec<String>)> {
    let ids: Vec<_> = match req.key_ids.as_deref() {
        None | Some([]) => {
            let scope = caller.scope(state);
            state
                .keys
                .ids()
                .filter(|a| Some(a.scope) == scope)
                .collect()
        }
        Some(inputs) => {
            let mut ids = BTreeSet::new();
            for input in inputs {
                ids.insert(
                    KeyRef::parse(input, "keyIds", Accept::KeyOrAlias, state, caller)?
                        .resolve(state)?
                        .0,
                );
            }
            ids.into_iter().collect()
        }
    };
    let hsm = Hsm::new(&state.domain_keys);
    let mut keys = Vec::with_capacity(ids.len());
    let ids: Vec<_> = ids
        .into_iter()
        .filter(|addr| state.keys.contains_key(addr))
        .collect();
    for &key_id in &ids {
        let Some(record) = state.keys.get(&key_id)? else {
            continue;
        };
        if record.multi_region.is_some() || record.external.is_some() || record.aws_managed {
            return Err(Error::UnsupportedOperation(format!(
                "{} is a multi-Region key, a key of imported material or an AWS managed key: \
                 export-keys moves none of them",
                key_arn(state, &key_id)
            )));
        }
        let spec = record.key_spec;
        let mut backing_keys = Vec::with_capacity(record.backing_keys.len());
        for bk in &record.backing_keys {
            let wrapped = bk.wrapped(&key_id, spec);
            let (hbk, material) = if spec.is_symmetric() {
                (Some(hsm.export_hbk(&wrapped)?), None)
            } else {
                (None, Some(hsm.export_material(&wrapped)?))
            };
            backing_keys.push(BundleBackingKey {
                id: bk.id,
                hbk,
                material,
                created: bk.created,
                origin: bk.origin,
            });
        }
        keys.push(BundleKey {
            key_id: key_id.id,
            attributes: record.attributes.clone(),
            aliases: state
                .scope(key_id.scope)
                .aliases
                .iter()
                .filter(|(_, a)| a.target_key_id == key_id.id)
                .map(|(name, _)| name.clone())
                .collect(),
            backing_keys,
            key_spec: spec,
            key_usage: record.key_usage,
            policy: record.policy.clone(),
        });
    }
    let arns = ids.iter().map(|addr| key_arn(state, addr)).collect();
    Ok((Bundle { keys }, arns))
}

/// What a well-formed key bundle holds: what kms-local itself would have
/// written, so that an import cannot put a keystore in a state no operation
/// could reach.
fn check_bundle(bundle: &Bundle) -> Result<()> {
    let (min, max) = limits::ROTATION_PERIOD_DAYS;
    let bad = |key: &BundleKey, why: &str| {
        Err(Error::Validation(format!(
            "key {} in the file: {why}",
            key.key_id
        )))
    };
    let mut key_ids = BTreeSet::new();
    let mut alias_names = BTreeSet::new();
    for key in &bundle.keys {
        if !key_ids.insert(key.key_id) {
            return bad(key, "it appears twice");
        }
        if key.aliases.iter().any(|a| !alias_names.insert(a.as_str())) {
            return bad(key, "one of its aliases appears twice");
        }
        if key.backing_keys.is_empty() {
            return bad(key, "it has no key material");
        }
        let ids: BTreeSet<_> = key.backing_keys.iter().map(|bk| bk.id).collect();
        if ids.len() != key.backing_keys.len() {
            return bad(key, "a version of its key material appears twice");
        }
        let symmetric = key.key_spec.is_symmetric();
        if key
            .backing_keys
            .iter()
            .any(|bk| bk.hbk.is_some() != symmetric || bk.material.is_some() == symmetric)
        {
            return bad(key, "its key material does not match its key spec");
        }
        if !symmetric && key.backing_keys.len() != 1 {
            return bad(key, "a key of this spec has one version of key material");
        }
        if crate::ops::specs::check_usage(key.key_spec, Some(key.key_usage)).is_err() {
            return bad(key, "its key usage does not match its key spec");
        }
        let attributes = &key.attributes;
        if (attributes.state == KeyState::PendingDeletion) != attributes.deletion_date.is_some() {
            return bad(key, "its deletion date does not match its state");
        }
        if attributes
            .rotation
            .is_some_and(|r| !(min..=max).contains(&i64::from(r.period_in_days)))
        {
            return bad(
                key,
                &format!("its rotation period is not {min} to {max} days"),
            );
        }
    }
    Ok(())
}

/// Adds a key bundle's keys and aliases. A key already here with the same
/// material is left as it is; any other clash (the same key id with other
/// material, an alias naming another key) fails the whole import.
pub fn import(
    state: &mut State,
    caller: &Caller,
    now: Timestamp,
    bundle: Bundle,
) -> Result<ImportKeysResponse> {
    // Check everything before changing anything.
    check_bundle(&bundle)?;
    let scope = caller.scope_mut(state)?;
    let addr = |id| KeyAddr { scope, id };
    for key in &bundle.keys {
        tags::validate(&key.attributes.tags)?;
        if let Some(existing) = state.keys.get(&addr(key.key_id))? {
            let here: BTreeSet<_> = existing.backing_keys.iter().map(|bk| bk.id).collect();
            let there: BTreeSet<_> = key.backing_keys.iter().map(|bk| bk.id).collect();
            if here != there {
                return Err(Error::AlreadyExists(format!(
                    "{} exists here with other key material",
                    key_arn(state, &addr(key.key_id))
                )));
            }
        }
        let aliases_after = state
            .scope(scope)
            .aliases
            .iter()
            .filter(|(name, a)| a.target_key_id == key.key_id && !key.aliases.contains(name))
            .count()
            + key.aliases.len();
        if aliases_after > MAX_ALIASES_PER_KEY {
            return Err(Error::LimitExceeded(format!(
                "{} would have {aliases_after} aliases; a key may have at most {MAX_ALIASES_PER_KEY}.",
                key_arn(state, &addr(key.key_id))
            )));
        }
        for alias in &key.aliases {
            validate_alias_name(alias)?;
            if state
                .scope(scope)
                .aliases
                .get(alias)
                .is_some_and(|a| a.target_key_id != key.key_id)
            {
                return Err(Error::AlreadyExists(format!(
                    "An alias with the name {} already exists",
                    crate::ops::key_id::alias_arn(state, scope, alias)
                )));
            }
        }
    }
    let mut keys = Vec::new();
    let mut aliases = Vec::new();
    for key in bundle.keys {
        let arn = key_arn(state, &addr(key.key_id));
        let status = if state.keys.contains_key(&addr(key.key_id)) {
            "ALREADY_PRESENT"
        } else {
            let hsm = Hsm::new(&state.domain_keys);
            let mut backing_keys = Vec::with_capacity(key.backing_keys.len());
            let mut public_key = None;
            for bk in &key.backing_keys {
                let (ekt, domain_key_id) = match (&bk.hbk, &bk.material) {
                    (Some(hbk), _) => hsm.import_hbk(&key.key_id, &bk.id, hbk)?,
                    (None, Some(material)) => {
                        let sealed = hsm
                            .import_material(&key.key_id, &bk.id, key.key_spec, material)
                            .map_err(|_| {
                                Error::Validation(format!(
                                    "key {} in the file: its key material is not a {} key",
                                    key.key_id, key.key_spec
                                ))
                            })?;
                        public_key = sealed.public_key;
                        (sealed.ekt, sealed.domain_key_id)
                    }
                    (None, None) => {
                        return Err(Error::KmsInternal(
                            "a checked bundle lost its material".into(),
                        ));
                    }
                };
                backing_keys.push(BackingKey {
                    id: bk.id,
                    domain_key_id,
                    ekt,
                    created: bk.created,
                    origin: bk.origin,
                    imported: None,
                });
            }
            let record = KeyRecord {
                attributes: key.attributes,
                backing_keys,
                key_spec: key.key_spec,
                key_usage: key.key_usage,
                public_key,
                multi_region: None,
                external: None,
                aws_managed: false,
                policy: key.policy,
                grants: Vec::new(),
                migrations: Vec::new(),
            };
            state.keys.insert(addr(key.key_id), record);
            "IMPORTED"
        };
        for alias in key.aliases {
            let held = &mut state.scope_mut(scope).aliases;
            if !held.contains_key(&alias) {
                held.insert(
                    alias.clone(),
                    AliasRecord {
                        target_key_id: key.key_id,
                        created: now,
                        updated: now,
                    },
                );
                aliases.push(alias);
            }
        }
        keys.push(ImportedKey {
            key_id: arn,
            status,
        });
    }
    Ok(ImportKeysResponse { keys, aliases })
}

#[cfg(test)]
mod tests {
    use crate::spec::{KeySpec, KeyUsage};
    use uuid::Uuid;

    use super::*;
    use crate::hsm::secret::KeyBytes;
    use crate::ids::BackingKeyId;
    use crate::keystore::state::{KeyAttributes, Origin, RotationSchedule};

    fn key(id: u8) -> BundleKey {
        BundleKey {
            key_id: Uuid::from_bytes([id; 16]),
            attributes: KeyAttributes {
                created: Timestamp(0),
                description: String::new(),
                state: KeyState::Enabled,
                deletion_date: None,
                rotation: None,
                tags: vec![],
            },
            aliases: vec![],
            backing_keys: vec![BundleBackingKey {
                id: BackingKeyId([id; 32]),
                hbk: KeyBytes::from_slice(&[id; 32]),
                material: None,
                created: Timestamp(0),
                origin: Origin::Created,
            }],
            key_spec: KeySpec::SymmetricDefault,
            key_usage: KeyUsage::EncryptDecrypt,
            policy: None,
        }
    }

    fn refused(keys: Vec<BundleKey>) -> bool {
        matches!(check_bundle(&Bundle { keys }), Err(Error::Validation(_)))
    }

    #[test]
    fn only_bundles_kms_local_could_write_are_imported() {
        assert!(
            check_bundle(&Bundle {
                keys: vec![key(1), key(2)]
            })
            .is_ok()
        );
        assert!(refused(vec![key(1), key(1)]));
        let mut pending = key(1);
        pending.attributes.state = KeyState::PendingDeletion;
        assert!(refused(vec![pending]));
        let mut dated = key(1);
        dated.attributes.deletion_date = Some(Timestamp(5));
        assert!(refused(vec![dated]));
        let mut spinning = key(1);
        spinning.attributes.rotation = Some(RotationSchedule {
            period_in_days: 0,
            next: Timestamp(0),
        });
        assert!(refused(vec![spinning]));
        let mut bare = key(1);
        bare.backing_keys.clear();
        assert!(refused(vec![bare]));
        let (mut a, mut b) = (key(1), key(2));
        a.aliases = vec!["alias/x".into()];
        b.aliases = vec!["alias/x".into()];
        assert!(refused(vec![a, b]));
    }
}
