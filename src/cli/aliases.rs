//! `create-alias`, `update-alias`, `delete-alias`, `list-aliases`.

use clap::Args;

use crate::cli::args::{InputArgs, List, PageArgs, print_list};
use crate::cli::output::Output;
use crate::cli::{Run, checked};
use crate::error::{Error, Result};
use crate::ops::catalog::ListAliases;
use crate::ops::types::{
    CreateAliasRequest, DeleteAliasRequest, ListAliasesRequest, UpdateAliasRequest,
};
use crate::ops::{Kms, Operation, limits};

/// An alias name and a target key: create-alias and update-alias.
#[derive(Debug, Args)]
pub struct AliasArgs {
    /// The alias: alias/ then letters, digits, /, _ and - (not alias/aws/)
    #[arg(long, value_name = "NAME", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub alias_name: Option<String>,

    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub target_key_id: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<AliasArgs> for CreateAliasRequest {
    type Error = Error;

    fn try_from(args: AliasArgs) -> Result<Self> {
        let mut req: CreateAliasRequest = args.input.request()?;
        req.alias_name = args.alias_name.or(req.alias_name);
        req.target_key_id = args.target_key_id.or(req.target_key_id);
        Ok(req)
    }
}

impl TryFrom<AliasArgs> for UpdateAliasRequest {
    type Error = Error;

    fn try_from(args: AliasArgs) -> Result<Self> {
        let CreateAliasRequest {
            alias_name,
            target_key_id,
        } = args.try_into()?;
        Ok(UpdateAliasRequest {
            alias_name,
            target_key_id,
        })
    }
}

/// Delete an alias (the key is untouched)
///
/// Prints nothing on success.
#[derive(Debug, Args)]
pub struct DeleteAliasArgs {
    /// The alias: alias/NAME
    #[arg(long, value_name = "NAME", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub alias_name: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<DeleteAliasArgs> for DeleteAliasRequest {
    type Error = Error;

    fn try_from(args: DeleteAliasArgs) -> Result<Self> {
        let mut req: DeleteAliasRequest = args.input.request()?;
        req.alias_name = args.alias_name.or(req.alias_name);
        Ok(req)
    }
}

/// List aliases, of every key or of one
#[derive(Debug, Args)]
pub struct ListAliasesArgs {
    /// Only the aliases of this key (key id or key ARN)
    #[arg(long, value_name = "KEY")]
    pub key_id: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl Run for ListAliasesArgs {
    fn operation(&self) -> &'static str {
        ListAliases::NAME
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        let req: ListAliasesRequest = self.input.request()?;
        let key_id = self.key_id.or(req.key_id);
        print_list(
            out,
            &List {
                field: "Aliases",
                members: &["KeyId", "Limit", "Marker"],
                limits: limits::LIST_ALIASES,
            },
            self.page,
            (req.limit, req.marker),
            |limit, marker| {
                checked::<ListAliases>(
                    &kms,
                    ListAliasesRequest {
                        key_id: key_id.clone(),
                        limit,
                        marker,
                    },
                )
            },
        )
    }
}
