//! `get-key-policy`, `put-key-policy` and `list-key-policies`.

use clap::Args;

use crate::cli::args::{InputArgs, List, PageArgs, print_list};
use crate::cli::input;
use crate::cli::output::Output;
use crate::cli::{Run, checked};
use crate::error::{Error, Result};
use crate::ops::catalog::ListKeyPolicies;
use crate::ops::types::{GetKeyPolicyRequest, ListKeyPoliciesRequest, PutKeyPolicyRequest};
use crate::ops::{Kms, Operation, limits};

/// The longest key policy text the API model takes.
pub const MAX_POLICY_TEXT: u64 = 131_072;

/// `--policy`: the document inline, from `file://PATH`, or from `-`.
pub fn policy_text(value: Option<String>) -> Result<Option<String>> {
    value
        .map(|v| input::text("--policy", &v, MAX_POLICY_TEXT))
        .transpose()
}

/// Show a key's key policy, in the layout AWS prints it in
///
/// Prints {"Policy", "PolicyName"}; the policy is a JSON document as a string.
#[derive(Debug, Args)]
pub struct GetKeyPolicyArgs {
    /// The key: key id or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// default (the only one a key has here)
    #[arg(long, value_name = "NAME")]
    pub policy_name: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<GetKeyPolicyArgs> for GetKeyPolicyRequest {
    type Error = Error;

    fn try_from(args: GetKeyPolicyArgs) -> Result<Self> {
        let mut req: GetKeyPolicyRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.policy_name = args.policy_name.or(req.policy_name);
        Ok(req)
    }
}

/// Replace a key's key policy (prints nothing)
///
/// A policy that would not let the caller change it again is refused unless
/// --bypass-policy-lockout-safety-check.
#[derive(Debug, Args)]
pub struct PutKeyPolicyArgs {
    /// The key: key id or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// default (the only one a key has here)
    #[arg(long, value_name = "NAME")]
    pub policy_name: Option<String>,

    /// The policy document: JSON inline, file://PATH or -
    #[arg(long, value_name = "JSON", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub policy: Option<String>,

    /// Skip the check that the policy still lets the caller change it
    #[arg(long, overrides_with = "no_bypass_policy_lockout_safety_check")]
    pub bypass_policy_lockout_safety_check: bool,

    /// Keep the lockout safety check (the default)
    #[arg(long)]
    pub no_bypass_policy_lockout_safety_check: bool,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<PutKeyPolicyArgs> for PutKeyPolicyRequest {
    type Error = Error;

    fn try_from(args: PutKeyPolicyArgs) -> Result<Self> {
        let mut req: PutKeyPolicyRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.policy_name = args.policy_name.or(req.policy_name);
        req.policy = policy_text(args.policy)?.or(req.policy);
        if args.bypass_policy_lockout_safety_check || args.no_bypass_policy_lockout_safety_check {
            req.bypass_policy_lockout_safety_check = Some(args.bypass_policy_lockout_safety_check);
        }
        Ok(req)
    }
}

/// List the names of a key's policies: default
#[derive(Debug, Args)]
pub struct ListKeyPoliciesArgs {
    /// The key: key id or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl Run for ListKeyPoliciesArgs {
    fn operation(&self) -> &'static str {
        ListKeyPolicies::NAME
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        let req: ListKeyPoliciesRequest = self.input.request()?;
        let key_id = self.key_id.or(req.key_id);
        print_list(
            out,
            &List {
                field: "PolicyNames",
                members: &["KeyId", "Limit", "Marker"],
                limits: limits::LIST_KEY_POLICIES,
            },
            self.page,
            (req.limit, req.marker),
            |limit, marker| {
                checked::<ListKeyPolicies>(
                    &kms,
                    ListKeyPoliciesRequest {
                        key_id: key_id.clone(),
                        limit,
                        marker,
                    },
                )
            },
        )
    }
}
