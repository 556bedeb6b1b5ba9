//! `create-access-key`, `list-access-keys`, `delete-access-key`: the
//! credentials `serve` accepts, printed as `aws iam` prints them.

use clap::Args;

use crate::cli::output::Output;
use crate::error::Result;
use crate::ops::Kms;
use crate::ops::access_keys::DeleteAccessKeyRequest;

/// Create an access key that `serve` accepts signatures from
///
/// Prints {"AccessKey": {"AccessKeyId", "Status", "SecretAccessKey",
/// "CreateDate"}}, as `aws iam create-access-key` does. The secret is shown
/// this once; the keystore keeps it sealed.
#[derive(Debug, Args)]
pub struct CreateAccessKeyArgs {}

pub(crate) fn create_access_key(_args: CreateAccessKeyArgs, kms: &Kms, out: &Output) -> Result<()> {
    out.print(&kms.create_access_key()?)
}

/// List the access keys `serve` accepts, without their secrets
#[derive(Debug, Args)]
pub struct ListAccessKeysArgs {}

pub(crate) fn list_access_keys(_args: ListAccessKeysArgs, kms: &Kms, out: &Output) -> Result<()> {
    out.print(&kms.list_access_keys()?)
}

/// Delete an access key: requests signed with it are refused from then on
///
/// Prints nothing on success.
#[derive(Debug, Args)]
pub struct DeleteAccessKeyArgs {
    /// The access key's id (AKIA…)
    #[arg(long, value_name = "ID")]
    pub access_key_id: String,
}

pub(crate) fn delete_access_key(args: DeleteAccessKeyArgs, kms: &Kms) -> Result<()> {
    kms.delete_access_key(DeleteAccessKeyRequest {
        access_key_id: Some(args.access_key_id),
    })
}
