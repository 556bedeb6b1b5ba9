//! The keystore's side of `migrate` (src/migrate/): which keys can move to
//! another KMS and as what (AWS's rules on imported material), the record of
//! where each went, and a key's material wrapped for the destination's
//! import. The calls to the destination are not made here.
//!
//! Like `export-keys`, these are the keystore owner's: a key's policy does
//! not govern them. Each is logged under its own name.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::keystore::state::{KeyAddr, KeyRecord, KeyState, Migration, State};
use crate::ops::key_id::{self, Accept, key_arn};
use crate::ops::trail::{Audited, Trail};
use crate::ops::{Ctx, Kms, key_state};
use crate::spec::{KeySpec, WrappingAlgorithm};

/// The audit log's names for these steps.
pub const PLAN: &str = "PlanMigration";
pub const RECORD: &str = "RecordMigration";
pub const WRAP: &str = "WrapKeyMaterialForImport";

/// The tag a destination key carries from its CreateKey until `migrate` has
/// recorded it, whose value is the record's marker.
pub const MARKER_TAG: &str = "kms-local:migration";

/// A key the remote KMS is asked to create.
#[derive(Clone, Debug)]
pub struct NewKey {
    pub key_spec: String,
    pub key_usage: String,
    pub description: String,
    pub tags: Vec<(String, String)>,
    pub multi_region: bool,
    /// `Origin: EXTERNAL`: its material is imported next.
    pub external: bool,
}

/// What a key becomes at the destination.
#[derive(Clone, Debug)]
pub struct Counterpart {
    /// Its CreateKey, the marker tag not yet among the tags.
    pub new_key: NewKey,
    /// How its material is wrapped for import; `None`: the destination makes
    /// new material (symmetric encryption keys).
    pub import: Option<WrappingAlgorithm>,
    pub rotation_period_in_days: Option<u32>,
    pub disabled: bool,
    /// Its key policy when it is not the default one, naming the source account.
    pub policy: Option<String>,
    pub source_account: String,
}

/// One key of a migration plan, as `migrate --dry-run` prints it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PlannedKey {
    /// The source key's ARN.
    pub key_id: String,
    pub key_spec: &'static str,
    pub key_usage: &'static str,
    /// `CREATE`, `RESUME` (a run stopped midway), `NONE` (moved already) or
    /// `CANNOT_MOVE`.
    pub action: &'static str,
    /// `IMPORTED` (the same material, so signatures, MACs and public keys
    /// stay valid) or `NEW` (symmetric: blobs move with `rewrap`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_material: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_key_id: Option<String>,
    pub aliases: Vec<String>,
    /// Why it cannot move.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip)]
    pub counterpart: Option<Counterpart>,
}

/// The keys a migration would move, in key id order, from the caller's
/// Region to the same Region of the destination.
#[derive(Debug)]
pub struct Plan {
    pub region: String,
    /// The destination's name in the keys' migration records.
    pub destination: String,
    pub keys: Vec<PlannedKey>,
}

/// The name of a destination in the keys' migration records: its endpoint
/// URL (`aws` for AWS KMS's own endpoints) and Region.
pub fn destination(endpoint: &str, region: &str) -> String {
    format!("{endpoint} {region}")
}

impl Audited for Plan {}
impl Audited for Migration {}

/// A key's migration record, and whether this call made it.
pub struct Begun {
    pub migration: Migration,
    pub fresh: bool,
}

impl Audited for Begun {}

/// The destination key a key became, once created.
pub struct MigratedTo(pub Option<String>);

impl Audited for MigratedTo {}

/// Wrapped material, for the destination's ImportKeyMaterial.
pub struct WrappedMaterial(pub Vec<u8>);

impl Audited for WrappedMaterial {}

impl Kms {
    /// The plan for the keys `key_ids` names (all the caller's keys when
    /// empty) and the destination at `endpoint`. A key named that is not
    /// here fails the whole plan.
    pub fn migration_plan(&self, key_ids: &[String], endpoint: &str) -> Result<Plan> {
        self.read(Trail::new(PLAN, None, None), |state, ctx| {
            let region = ctx.caller.region(state).to_owned();
            let destination = destination(endpoint, &region);
            let addrs: Vec<KeyAddr> = if key_ids.is_empty() {
                let scope = ctx.caller.scope(state);
                state
                    .keys
                    .ids()
                    .filter(|a| Some(a.scope) == scope)
                    .collect()
            } else {
                let mut addrs = Vec::with_capacity(key_ids.len());
                for input in key_ids {
                    let (addr, _) = key_id::KeyRef::parse(
                        input,
                        "keyId",
                        Accept::KeyOrAlias,
                        state,
                        &ctx.caller,
                    )?
                    .resolve(state)?;
                    if !addrs.contains(&addr) {
                        addrs.push(addr);
                    }
                }
                addrs
            };
            let mut plan = Vec::with_capacity(addrs.len());
            for addr in addrs {
                let record = state
                    .keys
                    .get(&addr)?
                    .ok_or_else(|| key_id::not_found(state, &addr))?;
                plan.push(planned(state, &addr, record, &destination));
            }
            Ok(Plan {
                region,
                destination,
                keys: plan,
            })
        })
    }

    /// The key's migration record for `destination`, made (with a fresh
    /// marker) if it has none.
    pub fn begin_migration(&self, key_arn: &str, destination: &str) -> Result<Begun> {
        self.write(Trail::new(RECORD, Some(key_arn), None), |state, ctx| {
            let record = record_mut(state, ctx, key_arn)?;
            if let Some(m) = record
                .migrations
                .iter()
                .find(|m| m.destination == destination)
            {
                return Ok(Begun {
                    migration: m.clone(),
                    fresh: false,
                });
            }
            let migration = Migration {
                destination: destination.to_owned(),
                marker: crate::ids::new_key_id(false)?.to_string(),
                key_arn: None,
                done: false,
            };
            record.migrations.push(migration.clone());
            Ok(Begun {
                migration,
                fresh: true,
            })
        })
    }

    /// Records the destination key, and whether every step is done.
    pub fn record_migration(&self, key_arn: &str, migration: &Migration) -> Result<()> {
        self.write(Trail::new(RECORD, Some(key_arn), None), |state, ctx| {
            let record = record_mut(state, ctx, key_arn)?;
            match record
                .migrations
                .iter_mut()
                .find(|m| m.destination == migration.destination)
            {
                Some(m) => *m = migration.clone(),
                None => record.migrations.push(migration.clone()),
            }
            Ok(())
        })
    }

    /// The key's material wrapped under `public_key` (the destination's
    /// RSA_4096 wrapping key) with `algorithm`.
    pub fn material_for_import(
        &self,
        key_arn: &str,
        public_key: &[u8],
        algorithm: WrappingAlgorithm,
    ) -> Result<Vec<u8>> {
        let trail = Trail::new(WRAP, Some(key_arn), None);
        self.read(trail, |state, ctx| {
            let (addr, record) =
                key_id::lookup(state, &ctx.caller, Some(key_arn), "keyId", Accept::KeyOnly)?;
            let wrapped = key_state::current_material(record, &addr)?;
            let hsm = Hsm::new(&state.domain_keys);
            Ok(WrappedMaterial(
                hsm.wrap_for_import(&wrapped, public_key, algorithm)?,
            ))
        })
        .map(|w| w.0)
    }

    /// The destination key the key `key_arn` became at `endpoint`, in the
    /// key's own Region, once created.
    pub fn migrated_to(&self, key_arn: &str, endpoint: &str) -> Result<Option<String>> {
        let trail = Trail::new(PLAN, Some(key_arn), None);
        self.read(trail, |state, ctx| {
            let (addr, record) =
                key_id::lookup(state, &ctx.caller, Some(key_arn), "keyId", Accept::KeyOnly)?;
            let destination = destination(endpoint, &state.scope(addr.scope).region);
            Ok(MigratedTo(
                record
                    .migrations
                    .iter()
                    .find(|m| m.destination == destination)
                    .and_then(|m| m.key_arn.clone()),
            ))
        })
        .map(|m| m.0)
    }
}

fn record_mut<'s>(state: &'s mut State, ctx: &Ctx, key_arn: &str) -> Result<&'s mut KeyRecord> {
    let (addr, _) = key_id::lookup(state, &ctx.caller, Some(key_arn), "keyId", Accept::KeyOnly)?;
    key_state::record_mut(state, &addr)
}

/// A key's line of the plan.
fn planned(state: &State, addr: &KeyAddr, record: &KeyRecord, destination: &str) -> PlannedKey {
    let scope = state.scope(addr.scope);
    let id = addr.id;
    let aliases = scope
        .aliases
        .iter()
        .filter(|(_, a)| a.target_key_id == id)
        .map(|(name, _)| name.clone())
        .collect();
    let migration = record
        .migrations
        .iter()
        .find(|m| m.destination == destination);
    let mut line = PlannedKey {
        key_id: key_arn(state, addr),
        key_spec: record.key_spec.name(),
        key_usage: record.key_usage.name(),
        action: match migration {
            Some(m) if m.done => "NONE",
            Some(_) => "RESUME",
            None => "CREATE",
        },
        key_material: None,
        destination_key_id: migration.and_then(|m| m.key_arn.clone()),
        aliases,
        reason: None,
        counterpart: None,
    };
    if let Some(reason) = cannot_move(record, &scope.region) {
        line.action = "CANNOT_MOVE";
        line.reason = Some(reason);
        return line;
    }
    let spec = record.key_spec;
    let import = if spec.is_symmetric() {
        None
    } else if spec.is_hmac() {
        Some(WrappingAlgorithm::RsaesOaepSha256)
    } else {
        Some(WrappingAlgorithm::RsaAesKeyWrapSha256)
    };
    line.key_material = Some(if import.is_some() { "IMPORTED" } else { "NEW" });
    line.counterpart = Some(Counterpart {
        new_key: NewKey {
            key_spec: spec.name().to_owned(),
            key_usage: record.key_usage.name().to_owned(),
            description: record.attributes.description.clone(),
            tags: record
                .attributes
                .tags
                .iter()
                .map(|t| (t.tag_key.clone(), t.tag_value.clone()))
                .collect(),
            multi_region: record.multi_region.is_some(),
            external: import.is_some(),
        },
        import,
        rotation_period_in_days: record
            .attributes
            .rotation
            .as_ref()
            .map(|r| r.period_in_days),
        disabled: record.attributes.state == KeyState::Disabled,
        policy: record.policy.clone(),
        source_account: scope.account_id.clone(),
    });
    line
}

/// Why a key of `region` cannot move, if it cannot: what AWS KMS does not
/// accept, and what kms-local cannot hand over.
fn cannot_move(record: &KeyRecord, region: &str) -> Option<String> {
    let spec = record.key_spec;
    Some(if record.aws_managed {
        "an AWS managed key: AWS KMS makes its own for each service".into()
    } else if key_state::is_pending_deletion(record.attributes.state) {
        "pending deletion: cancel the deletion first if the key is still needed".into()
    } else if let Some(shared) = record
        .multi_region
        .as_ref()
        .filter(|m| m.primary_region != region)
    {
        format!(
            "a multi-Region replica: migrate its primary in {}, then replicate it at the destination",
            shared.primary_region
        )
    } else if record.multi_region.is_some() && !spec.is_symmetric() {
        "a multi-Region key that is not a symmetric encryption key: its material would have to \
         be imported into each replica, which kms-local does not do"
            .into()
    } else if spec == KeySpec::Sm2 {
        "an SM2 key: AWS KMS offers SM2 in the China Regions only, where imported material is \
         wrapped with SM2PKE, which kms-local does not make"
            .into()
    } else if !spec.is_symmetric() && !record.has_material() {
        "its imported key material is deleted: there is nothing to import".into()
    } else {
        return None;
    })
}

/// `policy` with the source account replaced by the destination's wherever it
/// stands alone in a string (a principal's account id, an ARN's account).
pub fn policy_for(policy: &str, source_account: &str, destination_account: &str) -> Result<String> {
    let mut doc: serde_json::Value = serde_json::from_str(policy)
        .map_err(|e| Error::Internal(format!("a stored key policy does not parse: {e}")))?;
    replace_account(&mut doc, source_account, destination_account);
    serde_json::to_string_pretty(&doc)
        .map_err(|e| Error::Internal(format!("a key policy does not encode: {e}")))
}

fn replace_account(value: &mut serde_json::Value, from: &str, to: &str) {
    use serde_json::Value;
    match value {
        Value::String(s) => *s = replace_whole(s, from, to),
        Value::Array(items) => items.iter_mut().for_each(|v| replace_account(v, from, to)),
        Value::Object(map) => map.values_mut().for_each(|v| replace_account(v, from, to)),
        _ => {}
    }
}

/// `text` with each `from` that no digit touches replaced by `to`.
fn replace_whole(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + from.len()..].chars().next();
        let alone = !before.is_some_and(|c| c.is_ascii_digit())
            && !after.is_some_and(|c| c.is_ascii_digit());
        out.push_str(&rest[..at]);
        out.push_str(if alone { to } else { from });
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_is_replaced_where_it_stands_alone() {
        let policy = r#"{"Statement":[{"Principal":{"AWS":["arn:aws:iam::111122223333:root","111122223333","arn:aws:iam::9111122223333:role/x"]},"Condition":{"StringEquals":{"kms:CallerAccount":"111122223333"}}}]}"#;
        let out = policy_for(policy, "111122223333", "444455556666").unwrap();
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        let aws = &doc["Statement"][0]["Principal"]["AWS"];
        assert_eq!(aws[0], "arn:aws:iam::444455556666:root");
        assert_eq!(aws[1], "444455556666");
        assert_eq!(aws[2], "arn:aws:iam::9111122223333:role/x");
        assert_eq!(
            doc["Statement"][0]["Condition"]["StringEquals"]["kms:CallerAccount"],
            "444455556666"
        );
    }
}
