//! CreateKey and the KeyMetadata every key operation reports.

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::ids::BackingKeyId;
use crate::keystore::state::{
    BackingKey, External, KeyAddr, KeyAttributes, KeyRecord, KeyState, MultiRegion, Origin, State,
};
use crate::ops::key_id::{self, Accept, key_arn};
use crate::ops::key_state::{self, Use};
use crate::ops::multi_region;
use crate::ops::page;
use crate::ops::types::{
    CreateKeyRequest, CreateKeyResponse, DescribeKeyRequest, DescribeKeyResponse, KeyListEntry,
    KeyMetadata, ListKeysRequest, ListKeysResponse, UpdateKeyDescriptionRequest,
};
use crate::ops::{Ctx, limits};
use crate::ops::{policies, specs, tags, validate};
use crate::spec::{KeySpec, KeyUsage};
use crate::timestamp::{IsoTimestamp, Timestamp};

/// CreateKey's `Origin` values in the API model.
const ORIGINS: [&str; 4] = ["AWS_KMS", "EXTERNAL", "AWS_CLOUDHSM", "EXTERNAL_KEY_STORE"];

/// CreateKey: a key of any spec, with its first key material.
pub fn create_key(
    state: &mut State,
    ctx: &Ctx,
    req: CreateKeyRequest,
) -> Result<CreateKeyResponse> {
    let now = ctx.now;
    let description = req.description.unwrap_or_default();
    validate::length(&description, "description", 0, limits::MAX_DESCRIPTION)?;
    let usage = req
        .key_usage
        .as_deref()
        .map(|u| validate::enumerated(u, "keyUsage", KeyUsage::parse, KeyUsage::NAMES))
        .transpose()?;
    let mut spec = None;
    for (given, field) in [
        (&req.key_spec, "keySpec"),
        (&req.customer_master_key_spec, "customerMasterKeySpec"),
    ] {
        if let Some(given) = given {
            let given = validate::enumerated(given, field, KeySpec::parse, KeySpec::NAMES)?;
            if spec.is_some_and(|s| s != given) {
                return Err(Error::Validation(
                    "KeySpec and CustomerMasterKeySpec name different key specs; \
                     CustomerMasterKeySpec is deprecated: give KeySpec only."
                        .into(),
                ));
            }
            spec = Some(given);
        }
    }
    let spec = spec.unwrap_or_default();
    let usage = specs::check_usage(spec, usage)?;
    let external = match req.origin.as_deref() {
        None => false,
        Some(origin) => match validate::one_of(origin, "origin", &ORIGINS)? {
            "AWS_KMS" => false,
            "EXTERNAL" => true,
            _ => {
                return Err(Error::UnsupportedOperation(format!(
                    "Origin {origin} is not supported: kms-local has no custom key stores."
                )));
            }
        },
    };
    let bypass = req.bypass_policy_lockout_safety_check;
    let policy = policies::requested(req.policy.as_deref(), bypass, &ctx.caller, state)?;
    let multi_region = req.multi_region == Some(true);
    if external && multi_region {
        return Err(Error::UnsupportedOperation(
            "kms-local does not make multi-Region keys of imported key material.".into(),
        ));
    }
    let tags = req.tags.unwrap_or_default();
    tags::validate(&tags)?;

    let key_id = KeyAddr {
        scope: ctx.caller.scope_mut(state)?,
        id: key_id::new_key_id(multi_region)?,
    };
    let attributes = KeyAttributes {
        created: now,
        description,
        state: KeyState::Enabled,
        deletion_date: None,
        rotation: None,
        tags,
    };
    let record = if external {
        // No material until ImportKeyMaterial: PendingImport.
        KeyRecord {
            attributes,
            backing_keys: Vec::new(),
            key_spec: spec,
            key_usage: usage,
            public_key: None,
            multi_region: None,
            external: Some(External::default()),
            aws_managed: false,
            policy: None,
            grants: Vec::new(),
            migrations: Vec::new(),
        }
    } else if spec.is_symmetric() {
        KeyRecord::symmetric(
            attributes,
            vec![new_backing_key(state, &key_id, now, Origin::Created)?],
        )
    } else {
        let id = BackingKeyId::random()?;
        let material = Hsm::new(&state.domain_keys).new_material(&key_id.id, &id, spec)?;
        KeyRecord {
            attributes,
            backing_keys: vec![BackingKey {
                id,
                domain_key_id: material.domain_key_id,
                ekt: material.ekt,
                created: now,
                origin: Origin::Created,
                imported: None,
            }],
            key_spec: spec,
            key_usage: usage,
            public_key: material.public_key,
            multi_region: None,
            external: None,
            aws_managed: false,
            policy: None,
            grants: Vec::new(),
            migrations: Vec::new(),
        }
    };
    let mut record = record;
    record.policy = policy;
    if multi_region {
        record.multi_region = Some(MultiRegion {
            primary_region: state.scope(key_id.scope).region.clone(),
            replica_regions: Vec::new(),
            pending_window_in_days: None,
        });
    }
    let key_metadata = metadata(state, &key_id, &record);
    state.keys.insert(key_id, record);
    Ok(CreateKeyResponse { key_metadata })
}

/// A new backing key for `key_id`, wrapped under the active domain key.
pub fn new_backing_key(
    state: &State,
    key_id: &KeyAddr,
    now: Timestamp,
    origin: Origin,
) -> Result<BackingKey> {
    let id = BackingKeyId::random()?;
    let (ekt, domain_key_id) = Hsm::new(&state.domain_keys).new_backing_key(&key_id.id, &id)?;
    Ok(BackingKey {
        id,
        domain_key_id,
        ekt,
        created: now,
        origin,
        imported: None,
    })
}

/// DescribeKey: the key's metadata, in any state.
pub fn describe_key(
    state: &State,
    ctx: &Ctx,
    req: DescribeKeyRequest,
) -> Result<DescribeKeyResponse> {
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) =
        key_id::KeyRef::parse(key, "keyId", Accept::KeyOrAlias, state, &ctx.caller)?
            .resolve_for(state, ctx)?;
    Ok(DescribeKeyResponse {
        key_metadata: metadata(state, &key_id, record),
    })
}

/// ListKeys: the ids and ARNs of the caller's keys, in key id order.
pub fn list_keys(state: &State, ctx: &Ctx, req: ListKeysRequest) -> Result<ListKeysResponse> {
    let scope = ctx.caller.scope(state);
    let ids = state.keys.ids().filter(|addr| Some(addr.scope) == scope);
    let entries = ids.map(|addr| {
        let id = key_id::key_id_text(&addr.id);
        let entry = KeyListEntry {
            key_id: id.clone(),
            key_arn: key_arn(state, &addr),
        };
        (id, entry)
    });
    let page = page::paginate(entries, req.limit, req.marker.as_deref(), limits::LIST_KEYS)?;
    Ok(ListKeysResponse {
        truncated: page.truncated(),
        keys: page.items,
        next_marker: page.next_marker,
    })
}

/// UpdateKeyDescription.
pub fn update_key_description(
    state: &mut State,
    ctx: &Ctx,
    req: UpdateKeyDescriptionRequest,
) -> Result<()> {
    let description = validate::required(req.description, "description")?;
    validate::length(&description, "description", 0, limits::MAX_DESCRIPTION)?;
    let (key_id, _) = key_state::changeable(
        state,
        ctx,
        (req.key_id.as_deref(), "keyId"),
        Use::Management,
        "kms:UpdateKeyDescription",
    )?;
    key_state::record_mut(state, &key_id)?
        .attributes
        .description = description;
    Ok(())
}

/// KeyMetadata as DescribeKey and CreateKey return it.
pub fn metadata(state: &State, key_id: &KeyAddr, record: &KeyRecord) -> KeyMetadata {
    let spec = record.key_spec;
    let algorithms = specs::Algorithms::of(spec, record.key_usage);
    let scope = state.scope(key_id.scope);
    let shown = key_state::shown(record);
    let imported = record
        .current()
        .and_then(|bk| bk.imported.as_ref())
        .filter(|i| i.present);
    KeyMetadata {
        aws_account_id: scope.account_id.clone(),
        key_id: key_id::key_id_text(&key_id.id),
        arn: key_arn(state, key_id),
        creation_date: IsoTimestamp(record.attributes.created),
        enabled: shown == "Enabled",
        description: record.attributes.description.clone(),
        key_usage: record.key_usage.name(),
        key_state: shown,
        deletion_date: record.attributes.deletion_date.map(IsoTimestamp),
        valid_to: imported.and_then(|i| i.valid_to).map(IsoTimestamp),
        origin: match record.external {
            Some(_) => "EXTERNAL",
            None => "AWS_KMS",
        },
        expiration_model: imported.map(|i| i.expiration_model.name()),
        key_manager: match record.aws_managed {
            true => "AWS",
            false => "CUSTOMER",
        },
        customer_master_key_spec: spec.name(),
        key_spec: spec.name(),
        mac_algorithms: algorithms.mac.clone(),
        algorithms,
        multi_region: record.multi_region.is_some(),
        multi_region_configuration: record.multi_region.as_ref().map(|mr| {
            multi_region::configuration(&scope.account_id, &scope.region, &key_id.id, mr)
        }),
        pending_deletion_window_in_days: record
            .multi_region
            .as_ref()
            .filter(|_| record.attributes.state == KeyState::PendingReplicaDeletion)
            .and_then(|mr| mr.pending_window_in_days),
        current_key_material_id: spec
            .is_symmetric()
            .then(|| record.current().map(|bk| bk.id.to_string()))
            .flatten(),
    }
}
