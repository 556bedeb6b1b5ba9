//! `init`, and the key commands: `create-key`, `describe-key`, `list-keys`,
//! `update-key-description`, `enable-key`, `disable-key`,
//! `schedule-key-deletion`, `cancel-key-deletion`.

use clap::Args;
use serde::Serialize;

use crate::cli::args::{GrantArgs, InputArgs, List, PageArgs, print_list};
use crate::cli::output::Output;
use crate::cli::{Run, checked, input};
use crate::error::{Error, Result};
use crate::ops::catalog::ListKeys;
use crate::ops::types::{
    CreateKeyRequest, DescribeKeyRequest, ListKeysRequest, ScheduleKeyDeletionRequest,
    UpdateKeyDescriptionRequest,
};
use crate::ops::{Kms, Operation, admin, limits};

/// Create the keystore (an error if one exists)
///
/// The keystore is sealed under a passphrase with --passphrase, or when
/// KMS_LOCAL_PASSPHRASE or --passphrase-file is given and KMS_LOCAL_MASTER_KEY
/// is not; else under KMS_LOCAL_MASTER_KEY if set; else under a master key
/// file, created with mode 0600 if missing. A passphrase comes from
/// KMS_LOCAL_PASSPHRASE, --passphrase-file, or the terminal (asked twice).
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Protect the keystore with a passphrase instead of a master key
    #[arg(long)]
    pub passphrase: bool,
}

/// What `init` prints.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct InitResponse {
    keystore: String,
    region: String,
    protection: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    master_key_file: Option<String>,
}

impl Run for InitArgs {
    fn operation(&self) -> &'static str {
        admin::INIT
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        init(self, &kms, out)
    }
}

fn init(args: InitArgs, kms: &Kms, out: &Output) -> Result<()> {
    let created = kms.init(args.passphrase)?;
    out.print(&InitResponse {
        keystore: created.path.display().to_string(),
        region: created.region,
        protection: created.origin.name(),
        master_key_file: created.origin.key_file().map(|p| p.display().to_string()),
    })
}

/// Create a symmetric encryption KMS key
#[derive(Debug, Args)]
pub struct CreateKeyArgs {
    /// A description of the key (0 to 8192 characters)
    #[arg(long)]
    pub description: Option<String>,

    /// ENCRYPT_DECRYPT (the default), SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT or
    /// ENCAPSULATE_DECAPSULATE; required for every spec but SYMMETRIC_DEFAULT
    #[arg(long, value_name = "USAGE")]
    pub key_usage: Option<String>,

    /// SYMMETRIC_DEFAULT (the default), RSA_2048/3072/4096, ECC_NIST_P256/P384/P521,
    /// ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, HMAC_224/256/384/512, ML_DSA_44/65/87,
    /// ML_KEM_512/768/1024 or SM2
    #[arg(long, value_name = "SPEC")]
    pub key_spec: Option<String>,

    /// Tags: `TagKey=k,TagValue=v` each, or a JSON list
    #[arg(long, num_args = 1.., value_name = "TAG", action = clap::ArgAction::Set)]
    pub tags: Vec<String>,

    /// The key policy: JSON inline, file://PATH or - [default: the default key policy]
    #[arg(long, value_name = "JSON")]
    pub policy: Option<String>,

    /// Skip the check that the policy still lets the caller change it
    #[arg(long, overrides_with = "no_bypass_policy_lockout_safety_check")]
    pub bypass_policy_lockout_safety_check: bool,

    /// Keep the lockout safety check (the default)
    #[arg(long)]
    pub no_bypass_policy_lockout_safety_check: bool,

    /// AWS_KMS (the default) or EXTERNAL, for imported key material
    #[arg(long, value_name = "ORIGIN")]
    pub origin: Option<String>,

    /// Make a multi-Region primary key (an mrk- key id), to replicate to other Regions
    #[arg(long, overrides_with = "no_multi_region")]
    pub multi_region: bool,

    /// Make a single-Region key (the default)
    #[arg(long)]
    pub no_multi_region: bool,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<CreateKeyArgs> for CreateKeyRequest {
    type Error = Error;

    fn try_from(args: CreateKeyArgs) -> Result<Self> {
        let mut req: CreateKeyRequest = args.input.request()?;
        req.description = args.description.or(req.description);
        req.key_usage = args.key_usage.or(req.key_usage);
        req.key_spec = args.key_spec.or(req.key_spec);
        req.origin = args.origin.or(req.origin);
        req.policy = crate::cli::policies::policy_text(args.policy)?.or(req.policy);
        if args.bypass_policy_lockout_safety_check || args.no_bypass_policy_lockout_safety_check {
            req.bypass_policy_lockout_safety_check = Some(args.bypass_policy_lockout_safety_check);
        }
        if args.multi_region || args.no_multi_region {
            req.multi_region = Some(args.multi_region);
        }
        if !args.tags.is_empty() {
            req.tags = Some(input::tag_list("--tags", &args.tags)?);
        }
        Ok(req)
    }
}

/// Show a KMS key's metadata
#[derive(Debug, Args)]
pub struct DescribeKeyArgs {
    /// The key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<DescribeKeyArgs> for DescribeKeyRequest {
    type Error = Error;

    fn try_from(args: DescribeKeyArgs) -> Result<Self> {
        let mut req: DescribeKeyRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        args.grants.apply(&mut req.grant_tokens);
        Ok(req)
    }
}

/// List the keystore's KMS keys
#[derive(Debug, Args)]
pub struct ListKeysArgs {
    #[command(flatten)]
    pub page: PageArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl Run for ListKeysArgs {
    fn operation(&self) -> &'static str {
        ListKeys::NAME
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        let req: ListKeysRequest = self.input.request()?;
        print_list(
            out,
            &List {
                field: "Keys",
                members: &["Limit", "Marker", "ResourceOwners"],
                limits: limits::LIST_KEYS,
            },
            self.page,
            (req.limit, req.marker),
            |limit, marker| checked::<ListKeys>(&kms, ListKeysRequest { limit, marker }),
        )
    }
}

/// Change a KMS key's description
///
/// Prints nothing on success.
#[derive(Debug, Args)]
pub struct UpdateKeyDescriptionArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The new description (0 to 8192 characters)
    #[arg(long, required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub description: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<UpdateKeyDescriptionArgs> for UpdateKeyDescriptionRequest {
    type Error = Error;

    fn try_from(args: UpdateKeyDescriptionArgs) -> Result<Self> {
        let mut req: UpdateKeyDescriptionRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.description = args.description.or(req.description);
        Ok(req)
    }
}

/// Schedule a KMS key's deletion after 7 to 30 days (default 30)
///
/// The key is PendingDeletion until then and refuses cryptographic
/// operations; cancel-key-deletion brings it back, disabled. After the date
/// the key and its material are purged for good, by the first command on or
/// after that date.
#[derive(Debug, Args)]
pub struct ScheduleKeyDeletionArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// Days until deletion, 7 to 30
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true, value_parser = crate::cli::args::python_int)]
    pub pending_window_in_days: Option<i64>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<ScheduleKeyDeletionArgs> for ScheduleKeyDeletionRequest {
    type Error = Error;

    fn try_from(args: ScheduleKeyDeletionArgs) -> Result<Self> {
        let mut req: ScheduleKeyDeletionRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.pending_window_in_days = args.pending_window_in_days.or(req.pending_window_in_days);
        Ok(req)
    }
}
