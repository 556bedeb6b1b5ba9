//! The move to another KMS: `migrate` makes each key's counterpart at the
//! destination (the keystore's side is `ops/migration.rs`, the destination's
//! `remote/`), and [`rewrap`] moves blobs. docs/migrating-to-aws.md is the
//! user's guide.
//!
//! A key's migration is a sequence of steps, each safe to repeat, with the
//! keystore told before the one step that is not (CreateKey): a run stopped
//! anywhere and run again finishes the work, and never makes a key twice.

pub mod rewrap;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::ops::Kms;
use crate::ops::migration::{self, MARKER_TAG, Plan, PlannedKey};
use crate::remote::{Endpoint, RemoteKms};

/// What `migrate` prints: the plan (`--dry-run`), or what was done.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MigrateResponse {
    pub endpoint: String,
    pub region: String,
    pub keys: Vec<PlannedKey>,
}

/// The endpoint's name in the keys' migration records: its URL as given, or
/// `aws` for AWS KMS's own.
pub fn endpoint_name(endpoint: &Endpoint) -> &str {
    endpoint.url.as_deref().unwrap_or("aws")
}

/// The plan for `key_ids` (every key of the caller's Region when empty).
/// Keys named on the command line that cannot move fail it, before anything
/// moves; with every key, those are left out and said on stderr by the caller.
pub fn plan(kms: &Kms, endpoint: &Endpoint, key_ids: &[String]) -> Result<Plan> {
    let plan = kms.migration_plan(key_ids, endpoint_name(endpoint))?;
    if !key_ids.is_empty() {
        let refused: Vec<String> = plan
            .keys
            .iter()
            .filter_map(|k| Some(format!("{}: {}", k.key_id, k.reason.as_ref()?)))
            .collect();
        if !refused.is_empty() {
            return Err(Error::UnsupportedOperation(format!(
                "nothing was moved: {}",
                refused.join("; ")
            )));
        }
    }
    Ok(plan)
}

/// Carries out `plan` at the destination, key by key, in the plan's Region:
/// the plan with each key's outcome.
pub fn run(kms: &Kms, endpoint: &Endpoint, plan: Plan) -> Result<MigrateResponse> {
    let remote = RemoteKms::connect(endpoint, &plan.region)?;
    remote.check()?;
    let mut keys = plan.keys;
    for key in &mut keys {
        if key.action == "CANNOT_MOVE" || key.action == "NONE" {
            continue;
        }
        key.destination_key_id = Some(migrate_key(kms, &remote, &plan.destination, key)?);
        key.action = match key.action {
            "CREATE" => "CREATED",
            _ => "RESUMED",
        };
    }
    Ok(MigrateResponse {
        endpoint: endpoint_name(endpoint).to_owned(),
        region: plan.region,
        keys,
    })
}

/// Every step of one key, each skipped or repeated safely when done before;
/// the destination key's ARN.
fn migrate_key(
    kms: &Kms,
    remote: &RemoteKms,
    destination: &str,
    key: &PlannedKey,
) -> Result<String> {
    let Some(counterpart) = &key.counterpart else {
        return Err(Error::Internal(format!(
            "{} has no counterpart",
            key.key_id
        )));
    };
    let begun = kms.begin_migration(&key.key_id, destination)?;
    let mut record = begun.migration;
    // The key's metadata: CreateKey's answer when it is made now, else
    // DescribeKey's.
    let (arn, made) = match &record.key_arn {
        Some(arn) => (arn.clone(), None),
        None => {
            // A run that stopped between CreateKey and recording its ARN
            // left a key tagged with the marker: it is found, not made again.
            let found = match begun.fresh {
                true => None,
                false => remote.find_tagged(MARKER_TAG, &record.marker)?,
            };
            let (arn, made) = match found {
                Some(arn) => (arn, None),
                None => {
                    let mut new_key = counterpart.new_key.clone();
                    new_key
                        .tags
                        .push((MARKER_TAG.to_owned(), record.marker.clone()));
                    let made = remote.create_key(&new_key)?;
                    (made.arn.clone(), Some(made))
                }
            };
            record.key_arn = Some(arn.clone());
            kms.record_migration(&key.key_id, &record)?;
            (arn, made)
        }
    };
    let described = match made {
        Some(made) => made,
        None => remote.describe_key(&arn)?.ok_or_else(|| {
            Error::NotFound(format!(
                "{} was migrated to {arn}, which the destination no longer has",
                key.key_id
            ))
        })?,
    };
    if let Some(algorithm) = counterpart.import
        && described.state == "PendingImport"
    {
        let (public_key, token) = remote.import_parameters(&arn, algorithm.name())?;
        let wrapped = kms.material_for_import(&key.key_id, &public_key, algorithm)?;
        remote.import_key_material(&arn, token, wrapped)?;
    }
    // A disabled key is disabled last, below: it was enabled when this ran.
    if let Some(days) = counterpart
        .rotation_period_in_days
        .filter(|_| described.state != "Disabled")
    {
        let days = i32::try_from(days).map_err(|_| Error::Internal(format!("{days} days")))?;
        remote.enable_key_rotation(&arn, days)?;
    }
    for alias in &key.aliases {
        match remote.alias_target(alias)? {
            None => remote.create_alias(alias, &arn)?,
            Some(target) if target == arn => {}
            Some(target) => {
                return Err(Error::AlreadyExists(format!(
                    "{alias} names {target} at the destination, not {arn}: delete it there, \
                     or rename it here, and run migrate again"
                )));
            }
        }
    }
    if counterpart.disabled && described.state != "Disabled" {
        remote.disable_key(&arn)?;
    }
    remote.untag(&arn, MARKER_TAG)?;
    // Last: a policy may keep the caller from the steps above.
    if let Some(policy) = &counterpart.policy {
        let policy =
            migration::policy_for(policy, &counterpart.source_account, &described.account)?;
        remote.put_key_policy(&arn, &policy)?;
    }
    record.done = true;
    kms.record_migration(&key.key_id, &record)?;
    Ok(arn)
}
