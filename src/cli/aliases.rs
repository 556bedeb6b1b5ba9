//! `create-alias`.

use clap::Args;

use crate::cli::input;
use crate::error::Result;
use crate::ops::Kms;
use crate::ops::types::CreateAliasRequest;

/// Create a friendly name (alias/NAME) for a KMS key
///
/// Prints nothing on success, as `aws kms create-alias` does.
#[derive(Debug, Args)]
pub struct CreateAliasArgs {
    /// The alias: alias/ then letters, digits, /, _ and - (not alias/aws/)
    #[arg(long, value_name = "NAME", required_unless_present = "cli_input_json")]
    pub alias_name: Option<String>,

    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present = "cli_input_json")]
    pub target_key_id: Option<String>,

    /// The CreateAlias request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

impl TryFrom<CreateAliasArgs> for CreateAliasRequest {
    type Error = crate::error::Error;

    fn try_from(args: CreateAliasArgs) -> Result<Self> {
        let mut req: CreateAliasRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
        req.alias_name = args.alias_name.or(req.alias_name);
        req.target_key_id = args.target_key_id.or(req.target_key_id);
        Ok(req)
    }
}

pub(crate) fn create_alias(args: CreateAliasArgs, kms: &Kms) -> Result<()> {
    kms.create_alias(args.try_into()?)
}
