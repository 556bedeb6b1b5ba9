//! `replicate-key` and `update-primary-region`: the related keys of a
//! multi-Region key (`create-key --multi-region`).

use clap::Args;

use crate::cli::args::InputArgs;
use crate::cli::input;
use crate::error::{Error, Result};
use crate::ops::types::{ReplicateKeyRequest, UpdatePrimaryRegionRequest};

/// Make a replica of a multi-Region primary key in another Region
///
/// Prints {"ReplicaKeyMetadata", "ReplicaPolicy", "ReplicaTags"}: the
/// replica has the primary's key material, and its own description, tags,
/// aliases and state.
#[derive(Debug, Args)]
pub struct ReplicateKeyArgs {
    /// The primary key: key id (mrk-…) or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The Region of the replica, other than the primary's and its replicas'
    #[arg(long, value_name = "REGION", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub replica_region: Option<String>,

    /// A description of the replica (0 to 8192 characters)
    #[arg(long)]
    pub description: Option<String>,

    /// Tags of the replica: `TagKey=k,TagValue=v` each, or a JSON list
    #[arg(long, num_args = 1.., value_name = "TAG", action = clap::ArgAction::Set)]
    pub tags: Vec<String>,

    /// The replica's key policy: JSON inline, file://PATH or - [default: the default key policy]
    #[arg(long, value_name = "JSON")]
    pub policy: Option<String>,

    /// Skip the check that the policy still lets the caller change it
    #[arg(long)]
    pub bypass_policy_lockout_safety_check: bool,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<ReplicateKeyArgs> for ReplicateKeyRequest {
    type Error = Error;

    fn try_from(args: ReplicateKeyArgs) -> Result<Self> {
        let mut req: ReplicateKeyRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.replica_region = args.replica_region.or(req.replica_region);
        req.description = args.description.or(req.description);
        req.policy = crate::cli::policies::policy_text(args.policy)?.or(req.policy);
        if args.bypass_policy_lockout_safety_check {
            req.bypass_policy_lockout_safety_check = Some(true);
        }
        if !args.tags.is_empty() {
            req.tags = Some(input::tag_list("--tags", &args.tags)?);
        }
        Ok(req)
    }
}

/// Make the replica in another Region the primary key (prints nothing)
///
/// The primary becomes a replica; both must be enabled. The automatic
/// rotation schedule moves with the primary role.
#[derive(Debug, Args)]
pub struct UpdatePrimaryRegionArgs {
    /// The current primary key: key id (mrk-…) or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The Region of the replica to make the primary
    #[arg(long, value_name = "REGION", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub primary_region: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<UpdatePrimaryRegionArgs> for UpdatePrimaryRegionRequest {
    type Error = Error;

    fn try_from(args: UpdatePrimaryRegionArgs) -> Result<Self> {
        let mut req: UpdatePrimaryRegionRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.primary_region = args.primary_region.or(req.primary_region);
        Ok(req)
    }
}
