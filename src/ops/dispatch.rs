//! Operations by name, with requests as JSON objects: what `kms-local batch`
//! runs, one line at a time, and `kms-local serve`, one HTTP request at a
//! time. The JSON goes into the same typed requests as the command line's,
//! so every front end meets the others before the operations.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde::de::value::MapDeserializer;
use serde_json::value::RawValue;

use crate::error::{Error, Result};
use crate::ops::Kms;

/// A request's fields as they arrived: each name with its JSON, which is
/// parsed once, straight into the operation's typed request.
pub type Fields<'a> = BTreeMap<Cow<'a, str>, &'a RawValue>;

/// The fields of a request that must be a JSON object.
pub fn fields(json: &str) -> Result<Fields<'_>> {
    serde_json::from_str(json).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => {
            Error::Serialization("the request is not a JSON object".into())
        }
        _ => Error::Serialization(format!("the request is not JSON: {e}")),
    })
}

fn parse<T: DeserializeOwned>(request: Fields<'_>) -> Result<T> {
    let fields = MapDeserializer::<_, serde_json::Error>::new(request.into_iter());
    T::deserialize(fields).map_err(|e| Error::Serialization(e.to_string()))
}

/// Appends the response's JSON to `out`; an empty response is `{}`.
fn write<T: Serialize>(out: &mut Vec<u8>, response: &T) -> Result<()> {
    let start = out.len();
    serde_json::to_writer(&mut *out, response)
        .map_err(|e| Error::Internal(format!("could not encode a response: {e}")))?;
    if &out[start..] == b"null" {
        out.truncate(start);
        out.extend_from_slice(b"{}");
    }
    Ok(())
}

/// The operations that act on the keystore as a whole rather than on KMS
/// keys. `batch` runs them; `serve` does not offer them to its clients.
pub const KEYSTORE_OPERATIONS: [&str; 2] = ["RotateDomainKey", "KeystoreSettings"];

/// The error for an operation kms-local does not have.
pub fn unknown(operation: &str) -> Error {
    Error::UnknownOperation(format!("'{operation}' is not an operation kms-local runs"))
}

/// Runs `operation` with `request` and appends its response's JSON to `out`.
/// `out` should have room for the response, so that a plaintext is never
/// left behind by a reallocation.
pub fn call(kms: &Kms, operation: &str, request: Fields<'_>, out: &mut Vec<u8>) -> Result<()> {
    macro_rules! operations {
        ($($name:literal => $method:ident),* $(,)?) => {
            match operation {
                $($name => write(out, &kms.$method(parse(request)?)?),)*
                "RotateDomainKey" => write(out, &kms.rotate_domain_key()?),
                other => Err(unknown(other)),
            }
        };
    }
    operations! {
        "CreateKey" => create_key,
        "DescribeKey" => describe_key,
        "ListKeys" => list_keys,
        "UpdateKeyDescription" => update_key_description,
        "EnableKey" => enable_key,
        "DisableKey" => disable_key,
        "ScheduleKeyDeletion" => schedule_key_deletion,
        "CancelKeyDeletion" => cancel_key_deletion,
        "CreateAlias" => create_alias,
        "UpdateAlias" => update_alias,
        "DeleteAlias" => delete_alias,
        "ListAliases" => list_aliases,
        "TagResource" => tag_resource,
        "UntagResource" => untag_resource,
        "ListResourceTags" => list_resource_tags,
        "EnableKeyRotation" => enable_key_rotation,
        "DisableKeyRotation" => disable_key_rotation,
        "GetKeyRotationStatus" => get_key_rotation_status,
        "ListKeyRotations" => list_key_rotations,
        "RotateKeyOnDemand" => rotate_key_on_demand,
        "GenerateDataKey" => generate_data_key,
        "GenerateDataKeyWithoutPlaintext" => generate_data_key_without_plaintext,
        "Encrypt" => encrypt,
        "Decrypt" => decrypt,
        "ReEncrypt" => re_encrypt,
        "GenerateRandom" => generate_random,
        "DescribeCiphertext" => describe_ciphertext,
        "KeystoreSettings" => keystore_settings,
    }
}
