//! `rotate` (also `rotate-key-on-demand`), `enable-key-rotation`,
//! `disable-key-rotation`, `get-key-rotation-status`, `list-key-rotations`.

use clap::{ArgGroup, Args};

use crate::cli::args::{KeyIdArgs, PageArgs, print_list};
use crate::cli::input;
use crate::cli::output::Output;
use crate::error::Result;
use crate::ops::Kms;
use crate::ops::types::{EnableKeyRotationRequest, KeyIdRequest, ListKeyRotationsRequest};

/// Rotate a key's material now, or with --domain the keystore's domain key
///
/// --key-id makes new key material current (RotateKeyOnDemand, at most 25 per
/// key); blobs made before still decrypt. --domain makes a new domain key,
/// re-wraps every key token under it and removes the old one.
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

pub(crate) fn rotate(args: RotateArgs, kms: &Kms, out: &Output) -> Result<()> {
    if args.domain {
        return out.print(&kms.rotate_domain_key()?);
    }
    let mut req: KeyIdRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    req.key_id = args.key_id.or(req.key_id);
    out.print(&kms.rotate_key_on_demand(req)?)
}

/// Turn on automatic rotation of a key's material
///
/// Prints nothing on success. The first use of the keystore at or after the
/// NextRotationDate rotates the key before the operation.
#[derive(Debug, Args)]
pub struct EnableKeyRotationArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present = "cli_input_json")]
    pub key_id: Option<String>,

    /// Days between rotations, 90 to 2560 (default 365)
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub rotation_period_in_days: Option<i64>,

    /// The EnableKeyRotation request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

pub(crate) fn enable_key_rotation(args: EnableKeyRotationArgs, kms: &Kms) -> Result<()> {
    let mut req: EnableKeyRotationRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    req.key_id = args.key_id.or(req.key_id);
    req.rotation_period_in_days = args.rotation_period_in_days.or(req.rotation_period_in_days);
    kms.enable_key_rotation(req)
}

pub(crate) fn disable_key_rotation(args: KeyIdArgs, kms: &Kms) -> Result<()> {
    kms.disable_key_rotation(args.try_into()?)
}

pub(crate) fn get_key_rotation_status(args: KeyIdArgs, kms: &Kms, out: &Output) -> Result<()> {
    out.print(&kms.get_key_rotation_status(args.try_into()?)?)
}

/// List a key's past rotations, oldest first
#[derive(Debug, Args)]
pub struct ListKeyRotationsArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present = "cli_input_json")]
    pub key_id: Option<String>,

    /// ROTATIONS_ONLY (default) or ALL_KEY_MATERIAL (the original material too)
    #[arg(long, value_name = "WHICH")]
    pub include_key_material: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    /// The ListKeyRotations request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

pub(crate) fn list_key_rotations(
    args: ListKeyRotationsArgs,
    kms: &Kms,
    out: &Output,
) -> Result<()> {
    let req: ListKeyRotationsRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    let key_id = args.key_id.or(req.key_id);
    let include = args.include_key_material.or(req.include_key_material);
    print_list(
        out,
        "Rotations",
        args.page,
        (req.limit, req.marker),
        1000,
        |limit, marker| {
            kms.list_key_rotations(ListKeyRotationsRequest {
                key_id: key_id.clone(),
                include_key_material: include.clone(),
                limit,
                marker,
            })
        },
    )
}
