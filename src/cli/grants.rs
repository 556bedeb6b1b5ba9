//! `create-grant`, `list-grants`, `list-retirable-grants`, `retire-grant`
//! and `revoke-grant`.

use clap::Args;

use crate::cli::args::{DryRunArgs, GrantArgs, InputArgs, List, PageArgs, print_list};
use crate::cli::output::Output;
use crate::cli::{Run, checked};
use crate::error::{Error, Result};
use crate::ops::catalog::{ListGrants, ListRetirableGrants};
use crate::ops::types::{
    CreateGrantRequest, GrantConstraints, ListGrantsRequest, ListRetirableGrantsRequest,
    RetireGrantRequest, RevokeGrantRequest,
};
use crate::ops::{Kms, Operation, limits};

/// Let a principal perform some operations with a key
///
/// Prints {"GrantToken", "GrantId"}. The grant is effective at once.
#[derive(Debug, Args)]
pub struct CreateGrantArgs {
    /// The key: key id or key ARN (another account's by ARN)
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// Who may use the grant: an IAM principal ARN or an account
    #[arg(long, value_name = "ARN", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub grantee_principal: Option<String>,

    /// Who may retire the grant
    #[arg(long, value_name = "ARN")]
    pub retiring_principal: Option<String>,

    /// The operations it allows (Decrypt, Encrypt, GenerateDataKey, …)
    #[arg(long, num_args = 1.., value_name = "OPERATION", action = clap::ArgAction::Set)]
    pub operations: Vec<String>,

    /// JSON: {"EncryptionContextSubset": {…}} or {"EncryptionContextEquals": {…}}
    #[arg(long, value_name = "JSON")]
    pub constraints: Option<String>,

    /// A name: the same request made again with it is the same grant
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<CreateGrantArgs> for CreateGrantRequest {
    type Error = Error;

    fn try_from(args: CreateGrantArgs) -> Result<Self> {
        let mut req: CreateGrantRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.grantee_principal = args.grantee_principal.or(req.grantee_principal);
        req.retiring_principal = args.retiring_principal.or(req.retiring_principal);
        if !args.operations.is_empty() {
            req.operations = Some(args.operations);
        }
        if let Some(text) = &args.constraints {
            let constraints: GrantConstraints = serde_json::from_str(text).map_err(|e| {
                Error::input("--constraints", format!("not a grant's constraints: {e}"))
            })?;
            req.constraints = Some(constraints);
        }
        req.name = args.name.or(req.name);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// List a key's grants
#[derive(Debug, Args)]
pub struct ListGrantsArgs {
    /// The key: key id or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// Only this grant
    #[arg(long, value_name = "ID")]
    pub grant_id: Option<String>,

    /// Only the grants of this grantee
    #[arg(long, value_name = "ARN")]
    pub grantee_principal: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl Run for ListGrantsArgs {
    fn operation(&self) -> &'static str {
        ListGrants::NAME
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        let req: ListGrantsRequest = self.input.request()?;
        let key_id = self.key_id.or(req.key_id);
        let grant_id = self.grant_id.or(req.grant_id);
        let grantee_principal = self.grantee_principal.or(req.grantee_principal);
        print_list(
            out,
            &List {
                field: "Grants",
                members: &["Limit", "Marker", "KeyId", "GrantId", "GranteePrincipal"],
                limits: limits::LIST_GRANTS,
            },
            self.page,
            (req.limit, req.marker),
            |limit, marker| {
                checked::<ListGrants>(
                    &kms,
                    ListGrantsRequest {
                        limit,
                        marker,
                        key_id: key_id.clone(),
                        grant_id: grant_id.clone(),
                        grantee_principal: grantee_principal.clone(),
                    },
                )
            },
        )
    }
}

/// List the grants, on any key, that a principal may retire
#[derive(Debug, Args)]
pub struct ListRetirableGrantsArgs {
    /// The retiring principal
    #[arg(long, value_name = "ARN", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub retiring_principal: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl Run for ListRetirableGrantsArgs {
    fn operation(&self) -> &'static str {
        ListRetirableGrants::NAME
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        let req: ListRetirableGrantsRequest = self.input.request()?;
        let retiring_principal = self.retiring_principal.or(req.retiring_principal);
        print_list(
            out,
            &List {
                field: "Grants",
                members: &["Limit", "Marker", "RetiringPrincipal"],
                limits: limits::LIST_GRANTS,
            },
            self.page,
            (req.limit, req.marker),
            |limit, marker| {
                checked::<ListRetirableGrants>(
                    &kms,
                    ListRetirableGrantsRequest {
                        limit,
                        marker,
                        retiring_principal: retiring_principal.clone(),
                    },
                )
            },
        )
    }
}

/// Retire a grant, by its token or by key ARN and grant id (prints nothing)
#[derive(Debug, Args)]
pub struct RetireGrantArgs {
    /// The grant's token
    #[arg(long, value_name = "TOKEN")]
    pub grant_token: Option<String>,

    /// The key's ARN (with --grant-id)
    #[arg(long, value_name = "KEY")]
    pub key_id: Option<String>,

    /// The grant's id (with --key-id)
    #[arg(long, value_name = "ID")]
    pub grant_id: Option<String>,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<RetireGrantArgs> for RetireGrantRequest {
    type Error = Error;

    fn try_from(args: RetireGrantArgs) -> Result<Self> {
        let mut req: RetireGrantRequest = args.input.request()?;
        req.grant_token = args.grant_token.or(req.grant_token);
        req.key_id = args.key_id.or(req.key_id);
        req.grant_id = args.grant_id.or(req.grant_id);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Revoke a grant (prints nothing)
#[derive(Debug, Args)]
pub struct RevokeGrantArgs {
    /// The key: key id or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The grant's id
    #[arg(long, value_name = "ID", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub grant_id: Option<String>,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<RevokeGrantArgs> for RevokeGrantRequest {
    type Error = Error;

    fn try_from(args: RevokeGrantArgs) -> Result<Self> {
        let mut req: RevokeGrantRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.grant_id = args.grant_id.or(req.grant_id);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}
