//! Every operation, declared once: its AWS name, the front ends that offer
//! it, whether it reads or writes the keystore, what the audit log records
//! of its request, its request and response types, and the function that
//! does it. The command line, `batch`, `serve`, [`Kms::call`] and the audit
//! trail all read this table; nothing else lists operations.
//!
//! To add an operation, see docs/architecture.md.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::Result;
use crate::ops::access_keys::{
    CreateAccessKeyRequest, CreateAccessKeyResponse, DeleteAccessKeyRequest, ListAccessKeysResponse,
};
use crate::ops::key_agreement;
use crate::ops::trail::{Audited, Trail};
use crate::ops::types::*;
use crate::ops::{
    Kms, access_keys, aliases, data_keys, grants, import, key_pairs, keys, lifecycle, macs,
    multi_region, policies, rotation, signing, tags,
};

/// Which front ends offer an operation. Each front end offers the
/// operations up to its own surface: `serve` the API, `batch` the API and
/// the keystore's own operations, the command line all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Surface {
    /// An AWS KMS operation: the command line, `batch` and `serve`.
    Api,
    /// An operation on the keystore as a whole: the command line and `batch`,
    /// never a client of `serve`.
    Keystore,
    /// The command line only: the credentials `serve` accepts are made by the
    /// keystore's owner, not by its clients.
    CommandLine,
}

/// One operation, as the `operations!` table below declares it.
pub trait Operation {
    /// The AWS name (`X-Amz-Target`'s suffix, `batch`'s "Operation", the
    /// audit log's event name, the name in an error line).
    const NAME: &'static str;
    /// The front ends that offer it.
    const SURFACE: Surface;
    type Request: DeserializeOwned;
    type Response: Serialize + Audited;

    /// What the audit log records of a request, taken before it is used.
    fn trail(request: &Self::Request) -> Trail;

    /// Runs the operation: under the keystore's lock, with due maintenance
    /// first, logged.
    fn call(kms: &Kms, request: Self::Request) -> Result<Self::Response>;
}

/// Declares each operation as a unit type implementing [`Operation`], and
/// [`dispatch`], the call by name. A line reads:
///
/// `Name: surface access module::function(Request [key_field, context_field]) -> Response;`
///
/// where access is `read` (shared lock), `write` (exclusive lock, saved on
/// success), `keyless` (no keystore needed; logged when one is open) or
/// `own` (the function takes the [`Kms`] and runs itself). The function of a
/// `read` or `write` operation takes the state, the [`Ctx`](crate::ops::Ctx)
/// and the request; a `keyless` one the `Ctx` and the request.
macro_rules! operations {
    ($(
        $(#[$doc:meta])*
        $name:ident: $surface:ident $access:ident $module:ident::$function:ident
            ($request:ty $([$key:ident $(, $context:ident)?])?) -> $response:ty;
    )*) => {
        $(
            $(#[$doc])*
            #[derive(Debug)]
            pub struct $name;

            impl Operation for $name {
                const NAME: &'static str = stringify!($name);
                const SURFACE: Surface = operations!(@surface $surface);
                type Request = $request;
                type Response = $response;

                // `request` goes unused where the line names no field to record.
                #[allow(unused_variables)]
                fn trail(request: &Self::Request) -> Trail {
                    let key: Option<&str> = None $(.or(request.$key.as_deref()))?;
                    let context: Option<&crate::context::EncryptionContext> =
                        None $($(.or(request.$context.as_ref()))?)?;
                    Trail::new(Self::NAME, key, context)
                }

                fn call(kms: &Kms, request: Self::Request) -> Result<Self::Response> {
                    operations!(@call $access $module::$function, kms, request, Self::trail(&request))
                }
            }
        )*

        /// Runs the operation called `name` if `surface` offers it: its
        /// request parsed from `fields`, its response's JSON appended to `out`.
        pub(crate) fn dispatch(
            kms: &Kms,
            surface: Surface,
            name: &str,
            fields: crate::ops::dispatch::Fields<'_>,
            out: &mut Vec<u8>,
        ) -> Result<()> {
            use crate::ops::dispatch::{parse, unknown, write};
            match name {
                $(stringify!($name) if $name::SURFACE <= surface => {
                    write(out, &kms.call::<$name>(parse(fields)?)?)
                })*
                other => Err(unknown(other)),
            }
        }
    };
    (@surface api) => { Surface::Api };
    (@surface keystore) => { Surface::Keystore };
    (@surface cli) => { Surface::CommandLine };
    (@call read $function:path, $kms:ident, $request:ident, $trail:expr) => {
        $kms.read($trail, |state, ctx| $function(state, ctx, $request))
    };
    (@call write $function:path, $kms:ident, $request:ident, $trail:expr) => {
        $kms.write($trail, |state, ctx| $function(state, ctx, $request))
    };
    (@call keyless $function:path, $kms:ident, $request:ident, $trail:expr) => {
        $kms.keyless($trail, |ctx| $function(ctx, $request))
    };
    (@call own $function:path, $kms:ident, $request:ident, $trail:expr) => {
        $function($kms, $request)
    };
}

operations! {
    CreateKey: api write keys::create_key(CreateKeyRequest) -> CreateKeyResponse;
    DescribeKey: api read keys::describe_key(DescribeKeyRequest [key_id]) -> DescribeKeyResponse;
    ListKeys: api read keys::list_keys(ListKeysRequest) -> ListKeysResponse;
    UpdateKeyDescription: api write keys::update_key_description(
        UpdateKeyDescriptionRequest [key_id]) -> ();
    EnableKey: api write lifecycle::enable_key(KeyIdRequest [key_id]) -> ();
    DisableKey: api write lifecycle::disable_key(KeyIdRequest [key_id]) -> ();
    ScheduleKeyDeletion: api write lifecycle::schedule_key_deletion(
        ScheduleKeyDeletionRequest [key_id]) -> ScheduleKeyDeletionResponse;
    CancelKeyDeletion: api write lifecycle::cancel_key_deletion(
        KeyIdRequest [key_id]) -> KeyIdResponse;
    CreateAlias: api write aliases::create_alias(CreateAliasRequest [target_key_id]) -> ();
    UpdateAlias: api write aliases::update_alias(UpdateAliasRequest [target_key_id]) -> ();
    DeleteAlias: api write aliases::delete_alias(DeleteAliasRequest [alias_name]) -> ();
    ListAliases: api read aliases::list_aliases(ListAliasesRequest [key_id]) -> ListAliasesResponse;
    TagResource: api write tags::tag_resource(TagResourceRequest [key_id]) -> ();
    UntagResource: api write tags::untag_resource(UntagResourceRequest [key_id]) -> ();
    ListResourceTags: api read tags::list_resource_tags(
        ListResourceTagsRequest [key_id]) -> ListResourceTagsResponse;
    EnableKeyRotation: api write rotation::enable_key_rotation(
        EnableKeyRotationRequest [key_id]) -> ();
    DisableKeyRotation: api write rotation::disable_key_rotation(KeyIdRequest [key_id]) -> ();
    GetKeyRotationStatus: api read rotation::get_key_rotation_status(
        KeyIdRequest [key_id]) -> GetKeyRotationStatusResponse;
    ListKeyRotations: api read rotation::list_key_rotations(
        ListKeyRotationsRequest [key_id]) -> ListKeyRotationsResponse;
    RotateKeyOnDemand: api write rotation::rotate_key_on_demand(
        KeyIdRequest [key_id]) -> KeyIdResponse;
    ReplicateKey: api write multi_region::replicate_key(
        ReplicateKeyRequest [key_id]) -> ReplicateKeyResponse;
    UpdatePrimaryRegion: api write multi_region::update_primary_region(
        UpdatePrimaryRegionRequest [key_id]) -> ();
    CreateGrant: api write grants::create_grant(CreateGrantRequest [key_id]) -> CreateGrantResponse;
    ListGrants: api read grants::list_grants(ListGrantsRequest [key_id]) -> ListGrantsResponse;
    ListRetirableGrants: api read grants::list_retirable_grants(
        ListRetirableGrantsRequest) -> ListGrantsResponse;
    RetireGrant: api write grants::retire_grant(RetireGrantRequest [key_id]) -> ();
    RevokeGrant: api write grants::revoke_grant(RevokeGrantRequest [key_id]) -> ();
    GetKeyPolicy: api read policies::get_key_policy(
        GetKeyPolicyRequest [key_id]) -> GetKeyPolicyResponse;
    PutKeyPolicy: api write policies::put_key_policy(PutKeyPolicyRequest [key_id]) -> ();
    ListKeyPolicies: api read policies::list_key_policies(
        ListKeyPoliciesRequest [key_id]) -> ListKeyPoliciesResponse;
    GetKeyLastUsage: api own Kms::get_key_last_usage(
        GetKeyLastUsageRequest [key_id]) -> GetKeyLastUsageResponse;
    GetParametersForImport: api read import::get_parameters_for_import(
        GetParametersForImportRequest [key_id]) -> GetParametersForImportResponse;
    ImportKeyMaterial: api write import::import_key_material(
        ImportKeyMaterialRequest [key_id]) -> ImportKeyMaterialResponse;
    DeleteImportedKeyMaterial: api write import::delete_imported_key_material(
        DeleteImportedKeyMaterialRequest [key_id]) -> DeleteImportedKeyMaterialResponse;
    GenerateDataKey: api read data_keys::generate_data_key(
        GenerateDataKeyRequest [key_id, encryption_context]) -> GenerateDataKeyResponse;
    GenerateDataKeyWithoutPlaintext: api read data_keys::generate_data_key_without_plaintext(
        GenerateDataKeyRequest [key_id, encryption_context])
        -> GenerateDataKeyWithoutPlaintextResponse;
    GenerateDataKeyPair: api read key_pairs::generate_data_key_pair(
        GenerateDataKeyPairRequest [key_id, encryption_context]) -> GenerateDataKeyPairResponse;
    GenerateDataKeyPairWithoutPlaintext: api read
        key_pairs::generate_data_key_pair_without_plaintext(
            GenerateDataKeyPairRequest [key_id, encryption_context])
        -> GenerateDataKeyPairWithoutPlaintextResponse;
    Encrypt: api read data_keys::encrypt(
        EncryptRequest [key_id, encryption_context]) -> EncryptResponse;
    Decrypt: api read data_keys::decrypt(
        DecryptRequest [key_id, encryption_context]) -> DecryptResponse;
    ReEncrypt: api read data_keys::re_encrypt(
        ReEncryptRequest [destination_key_id, destination_encryption_context])
        -> ReEncryptResponse;
    Sign: api read signing::sign(SignRequest [key_id]) -> SignResponse;
    Verify: api read signing::verify(VerifyRequest [key_id]) -> VerifyResponse;
    GetPublicKey: api read signing::get_public_key(
        GetPublicKeyRequest [key_id]) -> GetPublicKeyResponse;
    GenerateMac: api read macs::generate_mac(GenerateMacRequest [key_id]) -> GenerateMacResponse;
    VerifyMac: api read macs::verify_mac(VerifyMacRequest [key_id]) -> VerifyMacResponse;
    DeriveSharedSecret: api read key_agreement::derive_shared_secret(
        DeriveSharedSecretRequest [key_id]) -> DeriveSharedSecretResponse;
    Encapsulate: api read key_agreement::encapsulate(
        EncapsulateRequest [key_id]) -> EncapsulateResponse;
    Decapsulate: api read key_agreement::decapsulate(
        DecapsulateRequest [key_id]) -> DecapsulateResponse;
    GenerateRandom: api keyless data_keys::generate_random(
        GenerateRandomRequest) -> GenerateRandomResponse;
    /// kms-local's own: what a ciphertext blob says of itself.
    DescribeCiphertext: api read data_keys::describe_ciphertext(
        DescribeCiphertextRequest) -> DescribeCiphertextResponse;

    /// A new domain key with every EKT re-wrapped.
    RotateDomainKey: keystore write rotation::rotate_domain_key(
        EmptyRequest) -> RotateDomainKeyResponse;
    /// Shows the keystore's settings, or changes them.
    KeystoreSettings: keystore own Kms::keystore_settings(
        KeystoreSettingsRequest) -> KeystoreSettingsResponse;

    /// IAM's CreateAccessKey: credentials for `serve`.
    CreateAccessKey: cli write access_keys::create_access_key(
        CreateAccessKeyRequest) -> CreateAccessKeyResponse;
    ListAccessKeys: cli read access_keys::list_access_keys(EmptyRequest) -> ListAccessKeysResponse;
    DeleteAccessKey: cli write access_keys::delete_access_key(
        DeleteAccessKeyRequest [access_key_id]) -> ();
}
