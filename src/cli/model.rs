//! What the aws CLI checks of a request against the KMS API model before it
//! sends it: required members present, strings and integers not below the
//! model's minimum. A request that fails is refused with the aws CLI's
//! `Parameter validation failed:` report (exit 252) and never reaches the
//! operation. The maximums and patterns are the service's to check, as in
//! AWS; the operations layer does that.

use crate::error::Error;
use crate::ops::access_keys::{CreateAccessKeyRequest, DeleteAccessKeyRequest};
use crate::ops::types::*;

/// A request the model constrains.
pub trait Model {
    /// Appends, in the model's member order, what the aws CLI would report.
    fn check(&self, errors: &mut Vec<String>);
}

/// Refuses `request` as the aws CLI would, or lets it through.
pub fn check(request: &impl Model) -> Result<(), Error> {
    let mut errors = Vec::new();
    request.check(&mut errors);
    match errors.is_empty() {
        true => Ok(()),
        false => Err(Error::ParamValidation(errors)),
    }
}

/// A member's value, as the model sees it.
trait Member {
    /// Whether the member was given.
    fn present(&self) -> bool;
    /// The report for a value below `min`, if it is.
    fn below(&self, name: &str, min: i64) -> Option<String>;
}

impl Member for Option<String> {
    fn present(&self) -> bool {
        self.is_some()
    }

    fn below(&self, name: &str, min: i64) -> Option<String> {
        let len = self.as_deref()?.chars().count();
        (i64::try_from(len).unwrap_or(i64::MAX) < min).then(|| {
            format!("Invalid length for parameter {name}, value: {len}, valid min length: {min}")
        })
    }
}

impl Member for Option<i64> {
    fn present(&self) -> bool {
        self.is_some()
    }

    fn below(&self, name: &str, min: i64) -> Option<String> {
        let value = (*self)?;
        (value < min).then(|| {
            format!("Invalid value for parameter {name}, value: {value}, valid min value: {min}")
        })
    }
}

/// Members the model constrains only by being present.
impl<T> Member for Option<Vec<T>> {
    fn present(&self) -> bool {
        self.is_some()
    }

    fn below(&self, _: &str, _: i64) -> Option<String> {
        None
    }
}

impl Member for Option<Blob> {
    fn present(&self) -> bool {
        self.is_some()
    }

    fn below(&self, _: &str, _: i64) -> Option<String> {
        None
    }
}

impl Member for Option<SecretBlob> {
    fn present(&self) -> bool {
        self.is_some()
    }

    fn below(&self, _: &str, _: i64) -> Option<String> {
        None
    }
}

/// Declares each request's constrained members, in the model's order:
/// `field: "ApiName" min [required]`, where `min` is `-` for none. The
/// required members are reported first, as botocore reports them.
macro_rules! model {
    ($( $request:ty { $( $field:ident: $name:literal $min:tt $($required:ident)? ),* $(,)? } )*) => {$(
        impl Model for $request {
            #[allow(unused_variables)]
            fn check(&self, errors: &mut Vec<String>) {
                $( model!(@required self, errors, $field, $name $(, $required)?); )*
                $( model!(@min self, errors, $field, $name, $min); )*
            }
        }
    )*};
    (@required $self:ident, $errors:ident, $field:ident, $name:literal) => {};
    (@required $self:ident, $errors:ident, $field:ident, $name:literal, required) => {
        if !Member::present(&$self.$field) {
            $errors.push(format!("Missing required parameter in input: \"{}\"", $name));
        }
    };
    (@min $self:ident, $errors:ident, $field:ident, $name:literal, -) => {};
    (@min $self:ident, $errors:ident, $field:ident, $name:literal, $min:literal) => {
        if let Some(report) = Member::below(&$self.$field, $name, $min) {
            $errors.push(report);
        }
    };
}

model! {
    CreateKeyRequest {}
    DescribeKeyRequest { key_id: "KeyId" 1 required }
    ListKeysRequest { limit: "Limit" 1, marker: "Marker" 1 }
    UpdateKeyDescriptionRequest { key_id: "KeyId" 1 required, description: "Description" - required }
    KeyIdRequest { key_id: "KeyId" 1 required }
    ScheduleKeyDeletionRequest {
        key_id: "KeyId" 1 required,
        pending_window_in_days: "PendingWindowInDays" 1,
    }
    CreateAliasRequest {
        alias_name: "AliasName" 1 required,
        target_key_id: "TargetKeyId" 1 required,
    }
    UpdateAliasRequest {
        alias_name: "AliasName" 1 required,
        target_key_id: "TargetKeyId" 1 required,
    }
    DeleteAliasRequest { alias_name: "AliasName" 1 required }
    ListAliasesRequest { key_id: "KeyId" 1, limit: "Limit" 1, marker: "Marker" 1 }
    TagResourceRequest { key_id: "KeyId" 1 required, tags: "Tags" - required }
    UntagResourceRequest { key_id: "KeyId" 1 required, tag_keys: "TagKeys" - required }
    ListResourceTagsRequest {
        key_id: "KeyId" 1 required,
        limit: "Limit" 1,
        marker: "Marker" 1,
    }
    EnableKeyRotationRequest {
        key_id: "KeyId" 1 required,
        rotation_period_in_days: "RotationPeriodInDays" 90,
    }
    ListKeyRotationsRequest {
        key_id: "KeyId" 1 required,
        limit: "Limit" 1,
        marker: "Marker" 1,
    }
    GenerateDataKeyRequest { key_id: "KeyId" 1 required, number_of_bytes: "NumberOfBytes" 1 }
    GenerateDataKeyPairRequest {
        key_id: "KeyId" 1 required,
        key_pair_spec: "KeyPairSpec" - required,
    }
    EncryptRequest { key_id: "KeyId" 1 required, plaintext: "Plaintext" - required }
    DecryptRequest { key_id: "KeyId" 1 }
    ReEncryptRequest {
        source_key_id: "SourceKeyId" 1,
        destination_key_id: "DestinationKeyId" 1 required,
    }
    SignRequest {
        key_id: "KeyId" 1 required,
        message: "Message" - required,
        signing_algorithm: "SigningAlgorithm" - required,
    }
    VerifyRequest {
        key_id: "KeyId" 1 required,
        message: "Message" - required,
        signature: "Signature" - required,
        signing_algorithm: "SigningAlgorithm" - required,
    }
    GetPublicKeyRequest { key_id: "KeyId" 1 required }
    GenerateMacRequest {
        message: "Message" - required,
        key_id: "KeyId" 1 required,
        mac_algorithm: "MacAlgorithm" - required,
    }
    VerifyMacRequest {
        message: "Message" - required,
        key_id: "KeyId" 1 required,
        mac_algorithm: "MacAlgorithm" - required,
        mac: "Mac" - required,
    }
    DeriveSharedSecretRequest {
        key_id: "KeyId" 1 required,
        key_agreement_algorithm: "KeyAgreementAlgorithm" - required,
        public_key: "PublicKey" - required,
    }
    EncapsulateRequest {
        key_id: "KeyId" 1 required,
        encapsulation_algorithm: "EncapsulationAlgorithm" - required,
    }
    DecapsulateRequest {
        key_id: "KeyId" 1 required,
        shared_secret_ciphertext_blob: "SharedSecretCiphertextBlob" - required,
        encapsulation_algorithm: "EncapsulationAlgorithm" - required,
    }
    GenerateRandomRequest { number_of_bytes: "NumberOfBytes" 1 }
    DescribeCiphertextRequest {}
    GetKeyLastUsageRequest { key_id: "KeyId" 1 required }
    GetKeyPolicyRequest { key_id: "KeyId" 1 required, policy_name: "PolicyName" 1 }
    CreateGrantRequest {
        key_id: "KeyId" 1 required,
        grantee_principal: "GranteePrincipal" 1 required,
        operations: "Operations" - required,
        name: "Name" 1,
    }
    ListGrantsRequest { key_id: "KeyId" 1 required, limit: "Limit" 1, marker: "Marker" 1 }
    ListRetirableGrantsRequest { retiring_principal: "RetiringPrincipal" 1 required, limit: "Limit" 1 }
    RetireGrantRequest { grant_token: "GrantToken" 1, key_id: "KeyId" 1, grant_id: "GrantId" 1 }
    RevokeGrantRequest { key_id: "KeyId" 1 required, grant_id: "GrantId" 1 required }
    PutKeyPolicyRequest {
        key_id: "KeyId" 1 required,
        policy_name: "PolicyName" 1,
        policy: "Policy" 1 required,
    }
    ListKeyPoliciesRequest { key_id: "KeyId" 1 required, limit: "Limit" 1, marker: "Marker" 1 }
    GetParametersForImportRequest {
        key_id: "KeyId" 1 required,
        wrapping_algorithm: "WrappingAlgorithm" - required,
        wrapping_key_spec: "WrappingKeySpec" - required,
    }
    ImportKeyMaterialRequest {
        key_id: "KeyId" 1 required,
        import_token: "ImportToken" - required,
        encrypted_key_material: "EncryptedKeyMaterial" - required,
        key_material_id: "KeyMaterialId" 64,
    }
    DeleteImportedKeyMaterialRequest { key_id: "KeyId" 1 required, key_material_id: "KeyMaterialId" 64 }
    ReplicateKeyRequest { key_id: "KeyId" 1 required, replica_region: "ReplicaRegion" 1 required }
    UpdatePrimaryRegionRequest {
        key_id: "KeyId" 1 required,
        primary_region: "PrimaryRegion" 1 required,
    }
    EmptyRequest {}
    DeleteAccessKeyRequest {}
    CreateAccessKeyRequest {}
}

/// The request members of each operation `aws kms` has, in the model's
/// order (the botocore that tests/clients/requirements.txt pins), which
/// the aws CLI lists when a request names another.
pub fn members(operation: &str) -> Option<&'static [&'static str]> {
    Some(match operation {
        "CreateKey" => &[
            "Policy",
            "Description",
            "KeyUsage",
            "CustomerMasterKeySpec",
            "KeySpec",
            "Origin",
            "CustomKeyStoreId",
            "BypassPolicyLockoutSafetyCheck",
            "Tags",
            "MultiRegion",
            "XksKeyId",
        ],
        "DescribeKey" => &["KeyId", "GrantTokens"],
        "ListKeys" => &["Limit", "Marker", "ResourceOwners"],
        "UpdateKeyDescription" => &["KeyId", "Description"],
        "EnableKey"
        | "DisableKey"
        | "CancelKeyDeletion"
        | "DisableKeyRotation"
        | "GetKeyRotationStatus"
        | "RotateKeyOnDemand" => &["KeyId"],
        "ScheduleKeyDeletion" => &["KeyId", "PendingWindowInDays"],
        "ReplicateKey" => &[
            "KeyId",
            "ReplicaRegion",
            "Policy",
            "BypassPolicyLockoutSafetyCheck",
            "Description",
            "Tags",
        ],
        "UpdatePrimaryRegion" => &["KeyId", "PrimaryRegion"],
        "GetKeyLastUsage" => &["KeyId"],
        "GetKeyPolicy" => &["KeyId", "PolicyName"],
        "CreateGrant" => &[
            "KeyId",
            "GranteePrincipal",
            "RetiringPrincipal",
            "Operations",
            "Constraints",
            "GrantTokens",
            "Name",
            "DryRun",
        ],
        "ListGrants" => &["Limit", "Marker", "KeyId", "GrantId", "GranteePrincipal"],
        "ListRetirableGrants" => &["Limit", "Marker", "RetiringPrincipal"],
        "RetireGrant" => &["GrantToken", "KeyId", "GrantId", "DryRun"],
        "RevokeGrant" => &["KeyId", "GrantId", "DryRun"],
        "PutKeyPolicy" => &[
            "KeyId",
            "PolicyName",
            "Policy",
            "BypassPolicyLockoutSafetyCheck",
        ],
        "ListKeyPolicies" => &["KeyId", "Limit", "Marker"],
        "GetParametersForImport" => &["KeyId", "WrappingAlgorithm", "WrappingKeySpec"],
        "ImportKeyMaterial" => &[
            "KeyId",
            "ImportToken",
            "EncryptedKeyMaterial",
            "ValidTo",
            "ExpirationModel",
            "ImportType",
            "KeyMaterialDescription",
            "KeyMaterialId",
        ],
        "DeleteImportedKeyMaterial" => &["KeyId", "KeyMaterialId"],
        "CreateAlias" | "UpdateAlias" => &["AliasName", "TargetKeyId"],
        "DeleteAlias" => &["AliasName"],
        "ListAliases" | "ListResourceTags" => &["KeyId", "Limit", "Marker"],
        "TagResource" => &["KeyId", "Tags"],
        "UntagResource" => &["KeyId", "TagKeys"],
        "EnableKeyRotation" => &["KeyId", "RotationPeriodInDays"],
        "ListKeyRotations" => &["KeyId", "IncludeKeyMaterial", "Limit", "Marker"],
        "GenerateDataKey" => &[
            "KeyId",
            "EncryptionContext",
            "NumberOfBytes",
            "KeySpec",
            "GrantTokens",
            "Recipient",
            "DryRun",
        ],
        "GenerateDataKeyWithoutPlaintext" => &[
            "KeyId",
            "EncryptionContext",
            "KeySpec",
            "NumberOfBytes",
            "GrantTokens",
            "DryRun",
        ],
        "Encrypt" => &[
            "KeyId",
            "Plaintext",
            "EncryptionContext",
            "GrantTokens",
            "EncryptionAlgorithm",
            "DryRun",
        ],
        "Decrypt" => &[
            "CiphertextBlob",
            "EncryptionContext",
            "GrantTokens",
            "KeyId",
            "EncryptionAlgorithm",
            "Recipient",
            "DryRun",
            "DryRunModifiers",
        ],
        "ReEncrypt" => &[
            "CiphertextBlob",
            "SourceEncryptionContext",
            "SourceKeyId",
            "DestinationKeyId",
            "DestinationEncryptionContext",
            "SourceEncryptionAlgorithm",
            "DestinationEncryptionAlgorithm",
            "GrantTokens",
            "DryRun",
            "DryRunModifiers",
        ],
        "GenerateRandom" => &["NumberOfBytes", "CustomKeyStoreId", "Recipient"],
        _ => return None,
    })
}

/// The aws CLI's report of the members of a request that `operation` does
/// not have, one line each in the request's order; none for an operation
/// `aws kms` does not have.
pub fn unknown_members<'a>(
    operation: &str,
    names: impl Iterator<Item = &'a String>,
) -> Vec<String> {
    let Some(members) = members(operation) else {
        return Vec::new();
    };
    names
        .filter(|name| !members.contains(&name.as_str()))
        .map(|name| {
            format!(
                "Unknown parameter in input: \"{name}\", must be one of: {}",
                members.join(", ")
            )
        })
        .collect()
}
