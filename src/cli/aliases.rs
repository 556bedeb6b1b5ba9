//! `create-alias`, `update-alias`, `delete-alias`, `list-aliases`.

use clap::Args;

use crate::cli::args::{PageArgs, print_list};
use crate::cli::input;
use crate::cli::output::Output;
use crate::error::{Error, Result};
use crate::ops::Kms;
use crate::ops::types::{
    CreateAliasRequest, DeleteAliasRequest, ListAliasesRequest, UpdateAliasRequest,
};

/// An alias name and a target key: create-alias and update-alias.
#[derive(Debug, Args)]
pub struct AliasArgs {
    /// The alias: alias/ then letters, digits, /, _ and - (not alias/aws/)
    #[arg(long, value_name = "NAME", required_unless_present = "cli_input_json")]
    pub alias_name: Option<String>,

    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present = "cli_input_json")]
    pub target_key_id: Option<String>,

    /// The request as JSON (`{"AliasName": ..., "TargetKeyId": ...}`), inline or
    /// file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

impl TryFrom<AliasArgs> for CreateAliasRequest {
    type Error = Error;

    fn try_from(args: AliasArgs) -> Result<Self> {
        let mut req: CreateAliasRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
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

pub(crate) fn create_alias(args: AliasArgs, kms: &Kms) -> Result<()> {
    kms.create_alias(args.try_into()?)
}

pub(crate) fn update_alias(args: AliasArgs, kms: &Kms) -> Result<()> {
    kms.update_alias(args.try_into()?)
}

/// Delete an alias (the key is untouched)
///
/// Prints nothing on success.
#[derive(Debug, Args)]
pub struct DeleteAliasArgs {
    /// The alias: alias/NAME
    #[arg(long, value_name = "NAME", required_unless_present = "cli_input_json")]
    pub alias_name: Option<String>,

    /// The request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

pub(crate) fn delete_alias(args: DeleteAliasArgs, kms: &Kms) -> Result<()> {
    let mut req: DeleteAliasRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    req.alias_name = args.alias_name.or(req.alias_name);
    kms.delete_alias(req)
}

/// List aliases, of every key or of one
#[derive(Debug, Args)]
pub struct ListAliasesArgs {
    /// Only the aliases of this key (key id or key ARN)
    #[arg(long, value_name = "KEY")]
    pub key_id: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    /// The ListAliases request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

pub(crate) fn list_aliases(args: ListAliasesArgs, kms: &Kms, out: &Output) -> Result<()> {
    let req: ListAliasesRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    let key_id = args.key_id.or(req.key_id);
    print_list(
        out,
        "Aliases",
        args.page,
        (req.limit, req.marker),
        100,
        |limit, marker| {
            kms.list_aliases(ListAliasesRequest {
                key_id: key_id.clone(),
                limit,
                marker,
            })
        },
    )
}
