//! `rotate` (also `rotate-key-on-demand`).

use clap::{ArgGroup, Args};

use crate::cli::{input, output};
use crate::error::Result;
use crate::ops::Kms;
use crate::ops::types::RotateKeyOnDemandRequest;

/// Rotate a key's material now, or with --domain the keystore's domain key
///
/// --key-id makes new key material current (RotateKeyOnDemand); blobs made
/// before still decrypt. --domain makes a new domain key, re-wraps every key
/// token under it and removes the old one.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["key_id", "domain", "cli_input_json"])))]
pub struct RotateArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY")]
    pub key_id: Option<String>,

    /// Rotate the domain key instead of a KMS key
    #[arg(long, conflicts_with_all = ["key_id", "cli_input_json"])]
    pub domain: bool,

    /// The RotateKeyOnDemand request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

pub(crate) fn rotate(args: RotateArgs, kms: &Kms) -> Result<()> {
    if args.domain {
        return output::print_json(&kms.rotate_domain_key()?);
    }
    let mut req: RotateKeyOnDemandRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    req.key_id = args.key_id.or(req.key_id);
    output::print_json(&kms.rotate_key_on_demand(req)?)
}
