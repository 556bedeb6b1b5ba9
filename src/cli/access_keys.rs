//! `create-access-key`, `list-access-keys`, `delete-access-key`: the
//! credentials `serve` accepts, printed as `aws iam` prints them.

use clap::Args;

use crate::error::{Error, Result};
use crate::ops::access_keys::{CreateAccessKeyRequest, DeleteAccessKeyRequest};
use crate::ops::types::EmptyRequest;

/// Create an access key that `serve` accepts signatures from
///
/// Prints {"AccessKey": {"AccessKeyId", "Status", "SecretAccessKey",
/// "CreateDate"}}, as `aws iam create-access-key` does. The secret is shown
/// this once; the keystore keeps it sealed.
#[derive(Debug, Args)]
pub struct CreateAccessKeyArgs {
    /// The account (12 digits) the key's requests act in [default: the keystore's]
    #[arg(long, value_name = "ACCOUNT")]
    pub account_id: Option<String>,

    /// The IAM user the key's requests act as [default: the account's root]
    #[arg(long, value_name = "NAME", conflicts_with = "role_name")]
    pub user_name: Option<String>,

    /// The IAM role the key's requests act as (a session of it)
    #[arg(long, value_name = "NAME")]
    pub role_name: Option<String>,
}

impl TryFrom<CreateAccessKeyArgs> for CreateAccessKeyRequest {
    type Error = Error;

    fn try_from(args: CreateAccessKeyArgs) -> Result<Self> {
        Ok(CreateAccessKeyRequest {
            account_id: args.account_id,
            user_name: args.user_name,
            role_name: args.role_name,
        })
    }
}

/// List the access keys `serve` accepts, without their secrets
#[derive(Debug, Args)]
pub struct ListAccessKeysArgs {}

impl TryFrom<ListAccessKeysArgs> for EmptyRequest {
    type Error = Error;

    fn try_from(_: ListAccessKeysArgs) -> Result<Self> {
        Ok(EmptyRequest {})
    }
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

impl TryFrom<DeleteAccessKeyArgs> for DeleteAccessKeyRequest {
    type Error = Error;

    fn try_from(args: DeleteAccessKeyArgs) -> Result<Self> {
        Ok(DeleteAccessKeyRequest {
            access_key_id: Some(args.access_key_id),
        })
    }
}
