//! CreateKey and the KeyMetadata every key operation reports.

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::ids::BackingKeyId;
use crate::keystore::state::{BackingKey, KeyRecord, KeyState, Origin, State, Tag};
use crate::ops::key_id::key_arn;
use crate::ops::types::{CreateKeyRequest, CreateKeyResponse, KeyMetadata};
use crate::ops::validate;
use crate::timestamp::{IsoTimestamp, Timestamp};

const KEY_USAGES: [&str; 4] = [
    "SIGN_VERIFY",
    "ENCRYPT_DECRYPT",
    "GENERATE_VERIFY_MAC",
    "KEY_AGREEMENT",
];

const KEY_SPECS: [&str; 17] = [
    "RSA_2048",
    "RSA_3072",
    "RSA_4096",
    "ECC_NIST_P256",
    "ECC_NIST_P384",
    "ECC_NIST_P521",
    "ECC_SECG_P256K1",
    "SYMMETRIC_DEFAULT",
    "HMAC_224",
    "HMAC_256",
    "HMAC_384",
    "HMAC_512",
    "SM2",
    "ML_DSA_44",
    "ML_DSA_65",
    "ML_DSA_87",
    "ECC_NIST_EDWARDS25519",
];

/// AWS's quota of tags per key.
const MAX_TAGS: usize = 50;

/// CreateKey: a symmetric encryption key with one fresh backing key.
pub fn create_key(
    state: &mut State,
    now: Timestamp,
    req: CreateKeyRequest,
) -> Result<CreateKeyResponse> {
    let description = req.description.unwrap_or_default();
    validate::length(&description, "description", 0, 8192)?;
    if let Some(usage) = &req.key_usage
        && validate::one_of(usage, "keyUsage", &KEY_USAGES)? != "ENCRYPT_DECRYPT"
    {
        return Err(Error::UnsupportedOperation(format!(
            "KeyUsage {usage} is not supported: kms-local makes symmetric encryption keys only."
        )));
    }
    for (spec, field) in [
        (&req.key_spec, "keySpec"),
        (&req.customer_master_key_spec, "customerMasterKeySpec"),
    ] {
        if let Some(spec) = spec
            && validate::one_of(spec, field, &KEY_SPECS)? != "SYMMETRIC_DEFAULT"
        {
            return Err(Error::UnsupportedOperation(format!(
                "KeySpec {spec} is not supported: kms-local makes SYMMETRIC_DEFAULT keys only."
            )));
        }
    }
    let tags = req.tags.unwrap_or_default();
    validate_tags(&tags)?;

    let key_id = new_key_id()?;
    let backing_key_id = BackingKeyId::random()?;
    let (ekt, domain_key_id) =
        Hsm::new(&state.domain_keys).new_backing_key(&key_id, &backing_key_id)?;
    let record = KeyRecord {
        created: now,
        description,
        state: KeyState::Enabled,
        tags,
        backing_keys: vec![BackingKey {
            id: backing_key_id,
            domain_key_id,
            ekt,
            created: now,
            origin: Origin::Created,
        }],
    };
    let key_metadata = metadata(state, &key_id, &record);
    state.keys.insert(key_id, record);
    Ok(CreateKeyResponse { key_metadata })
}

/// A random (version 4) UUID from the OS random source.
fn new_key_id() -> Result<Uuid> {
    let bytes = crate::hsm::random::array::<16>()?;
    Ok(uuid::Builder::from_random_bytes(bytes).into_uuid())
}

/// AWS's tag rules, in the order AWS checks them.
fn validate_tags(tags: &[Tag]) -> Result<()> {
    for (i, tag) in tags.iter().enumerate() {
        let at = i + 1;
        validate::length(&tag.tag_key, &format!("tags.{at}.member.tagKey"), 1, 128)?;
        validate::length(
            &tag.tag_value,
            &format!("tags.{at}.member.tagValue"),
            0,
            256,
        )?;
    }
    if tags.iter().any(|t| {
        t.tag_key
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("aws:"))
    }) {
        return Err(Error::Tag("Tags beginning with aws: are reserved".into()));
    }
    let mut keys: Vec<&str> = tags.iter().map(|t| t.tag_key.as_str()).collect();
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return Err(Error::Tag("Duplicate tag keys".into()));
    }
    if tags.len() > MAX_TAGS {
        return Err(Error::Tag("Too many tags".into()));
    }
    Ok(())
}

/// KeyMetadata as DescribeKey and CreateKey return it.
pub fn metadata(state: &State, key_id: &Uuid, record: &KeyRecord) -> KeyMetadata {
    KeyMetadata {
        aws_account_id: state.account_id.clone(),
        key_id: key_id.to_string(),
        arn: key_arn(state, key_id),
        creation_date: IsoTimestamp(record.created),
        enabled: record.state == KeyState::Enabled,
        description: record.description.clone(),
        key_usage: "ENCRYPT_DECRYPT",
        key_state: match record.state {
            KeyState::Enabled => "Enabled",
            KeyState::Disabled => "Disabled",
        },
        origin: "AWS_KMS",
        key_manager: "CUSTOMER",
        customer_master_key_spec: "SYMMETRIC_DEFAULT",
        key_spec: "SYMMETRIC_DEFAULT",
        encryption_algorithms: vec!["SYMMETRIC_DEFAULT"],
        multi_region: false,
        current_key_material_id: record
            .current()
            .map(|bk| bk.id.to_string())
            .unwrap_or_default(),
    }
}

/// The check every cryptographic operation makes first: the key must be enabled.
pub fn require_enabled(state: &State, key_id: &Uuid, record: &KeyRecord) -> Result<()> {
    match record.state {
        KeyState::Enabled => Ok(()),
        KeyState::Disabled => Err(Error::Disabled(format!(
            "{} is disabled.",
            key_arn(state, key_id)
        ))),
    }
}
