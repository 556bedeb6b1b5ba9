//! Lazy maintenance: AWS KMS rotates and deletes keys on its own schedule;
//! kms-local has no daemon, so the first operation at or after a due date
//! does the work (purges, then rotations) before its own, and logs it.

use crate::error::Result;
use crate::keystore::state::State;
use crate::ops::catalog::{Operation, RotateDomainKey};
use crate::ops::trail::Happened;
use crate::ops::{import, key_id, lifecycle, rotation};
use crate::timestamp::Timestamp;

/// Whether a keystore has work waiting for it at `now`.
pub(crate) fn due(state: &State, now: Timestamp) -> bool {
    lifecycle::purge_due(state, now) || import::expiry_due(state, now) || rotation::due(state, now)
}

/// Purges keys past their deletion date, deletes imported material past
/// its ValidTo, then performs due rotations.
pub(crate) fn run(state: &mut State, now: Timestamp) -> Result<Vec<Happened>> {
    let mut happened = Vec::new();
    for id in lifecycle::purge(state, now)? {
        happened.push(Happened {
            // CloudTrail's event for the deletion KMS itself performs.
            operation: "DeleteKey",
            key_id: Some(key_id::key_arn(state, &id)),
        });
    }
    for id in import::expire_due(state, now)? {
        happened.push(Happened {
            // CloudTrail's event for the expiry of imported material.
            operation: "DeleteExpiredKeyMaterial",
            key_id: Some(key_id::key_arn(state, &id)),
        });
    }
    let (domain, keys) = rotation::rotate_due(state, now)?;
    if domain {
        happened.push(Happened {
            operation: RotateDomainKey::NAME,
            key_id: None,
        });
    }
    for id in keys {
        happened.push(Happened {
            // CloudTrail's event for an automatic rotation.
            operation: "RotateKey",
            key_id: Some(key_id::key_arn(state, &id)),
        });
    }
    Ok(happened)
}

/// The operations on a state in memory, with a clock passed in: what the
/// end-to-end tests drive through KMS_LOCAL_NOW, here without a keystore.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::hsm::DomainKey;
    use crate::ops::types::*;
    use crate::ops::{Ctx, aliases, keys};

    const DAY: i64 = 24 * 60 * 60 * 1000;
    const T0: Timestamp = Timestamp(1_900_000_000_000);
    const CTX: Ctx = Ctx::at(T0);

    fn at(days: i64) -> Timestamp {
        Timestamp(T0.0 + days * DAY)
    }

    fn state() -> State {
        let mut state = State::empty("us-east-1".into(), "111122223333".into());
        state.domain_keys.push(DomainKey::generate(T0).unwrap());
        state
    }

    fn new_key(state: &mut State) -> String {
        keys::create_key(state, &CTX, CreateKeyRequest::default())
            .unwrap()
            .key_metadata
            .key_id
    }

    fn key_req(key: &str) -> KeyIdRequest {
        KeyIdRequest {
            key_id: Some(key.to_owned()),
        }
    }

    #[test]
    fn automatic_rotation_falls_due_on_its_date() {
        let mut s = state();
        let key = new_key(&mut s);
        let req = EnableKeyRotationRequest {
            key_id: Some(key.clone()),
            rotation_period_in_days: Some(90),
        };
        rotation::enable_key_rotation(&mut s, &CTX, req).unwrap();
        s.settings.domain_key_rotation_period_in_days = 365;
        assert!(!due(&s, at(89)));
        assert!(due(&s, at(90)));
        run(&mut s, at(90)).unwrap();
        assert!(!due(&s, at(90)));
        let status = rotation::get_key_rotation_status(&s, &CTX, key_req(&key)).unwrap();
        assert_eq!(status.next_rotation_date.map(|d| d.0), Some(at(180)));
        let record = s.keys.records().unwrap()[0].1;
        assert_eq!(record.backing_keys.len(), 2);
    }

    #[test]
    fn the_domain_key_falls_due_daily_by_default() {
        let mut s = state();
        new_key(&mut s);
        let first = s.domain_keys[0].id;
        assert!(!due(&s, Timestamp(at(1).0 - 1)));
        run(&mut s, at(1)).unwrap();
        // The one it replaced is kept for import tokens; every EKT is under the new one.
        assert_eq!(s.domain_keys.len(), 2);
        assert_eq!(s.domain_keys[0].id, first);
        let active = s.domain_keys[1].id;
        assert_ne!(active, first);
        assert!(
            s.keys
                .records()
                .unwrap()
                .iter()
                .all(|(_, r)| { r.backing_keys.iter().all(|bk| bk.domain_key_id == active) })
        );
    }

    #[test]
    fn a_deleted_key_is_purged_with_its_aliases() {
        let mut s = state();
        let key = new_key(&mut s);
        s.settings.domain_key_rotation_period_in_days = 365;
        aliases::create_alias(
            &mut s,
            &CTX,
            CreateAliasRequest {
                alias_name: Some("alias/x".into()),
                target_key_id: Some(key.clone()),
            },
        )
        .unwrap();
        let req = ScheduleKeyDeletionRequest {
            key_id: Some(key.clone()),
            pending_window_in_days: Some(7),
        };
        lifecycle::schedule_key_deletion(&mut s, &CTX, req).unwrap();
        assert!(!due(&s, at(6)));
        run(&mut s, at(7)).unwrap();
        assert!(s.keys.is_empty());
        assert!(s.home().aliases.is_empty());
    }
}
