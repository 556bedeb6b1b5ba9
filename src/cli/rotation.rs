//! `rotate` (also `rotate-key-on-demand`), `enable-key-rotation`,
//! `disable-key-rotation`, `get-key-rotation-status`, `list-key-rotations`.

use clap::{ArgGroup, Args};

use crate::cli::args::{InputArgs, List, PageArgs, print_list};
use crate::cli::output::Output;
use crate::cli::{Run, checked};
use crate::error::{Error, Result};
use crate::ops::catalog::{ListKeyRotations, RotateDomainKey, RotateKeyOnDemand};
use crate::ops::types::{
    EmptyRequest, EnableKeyRotationRequest, KeyIdRequest, ListKeyRotationsRequest,
};
use crate::ops::{Kms, Operation, limits};

/// Rotate a key's material now, or with --domain the keystore's domain key
///
/// --key-id makes new key material current (RotateKeyOnDemand, at most 25 per
/// key); blobs made before still decrypt. --domain makes a new domain key,
/// re-wraps every key token under it and removes the old one.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["key_id", "domain", "cli_input_json", "cli_input_yaml"])))]
pub struct RotateArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY")]
    pub key_id: Option<String>,

    /// Rotate the domain key instead of a KMS key
    #[arg(long, conflicts_with_all = ["key_id", "cli_input_json", "cli_input_yaml"])]
    pub domain: bool,

    #[command(flatten)]
    pub input: InputArgs,
}

impl Run for RotateArgs {
    fn operation(&self) -> &'static str {
        match self.domain {
            true => RotateDomainKey::NAME,
            false => RotateKeyOnDemand::NAME,
        }
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        if self.domain {
            return out.print(&kms.call::<RotateDomainKey>(EmptyRequest {})?);
        }
        let mut req: KeyIdRequest = self.input.request()?;
        req.key_id = self.key_id.or(req.key_id);
        out.print(&checked::<RotateKeyOnDemand>(&kms, req)?)
    }
}

/// Turn on automatic rotation of a key's material
///
/// Prints nothing on success. The first use of the keystore at or after the
/// NextRotationDate rotates the key before the operation.
#[derive(Debug, Args)]
pub struct EnableKeyRotationArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// Days between rotations, 90 to 2560 (default 365)
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true, value_parser = crate::cli::args::python_int)]
    pub rotation_period_in_days: Option<i64>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<EnableKeyRotationArgs> for EnableKeyRotationRequest {
    type Error = Error;

    fn try_from(args: EnableKeyRotationArgs) -> Result<Self> {
        let mut req: EnableKeyRotationRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.rotation_period_in_days = args.rotation_period_in_days.or(req.rotation_period_in_days);
        Ok(req)
    }
}

/// List a key's past rotations, oldest first
#[derive(Debug, Args)]
pub struct ListKeyRotationsArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// ROTATIONS_ONLY (default) or ALL_KEY_MATERIAL (the original material too)
    #[arg(long, value_name = "WHICH")]
    pub include_key_material: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl Run for ListKeyRotationsArgs {
    fn operation(&self) -> &'static str {
        ListKeyRotations::NAME
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        let req: ListKeyRotationsRequest = self.input.request()?;
        let key_id = self.key_id.or(req.key_id);
        let include = self.include_key_material.or(req.include_key_material);
        print_list(
            out,
            &List {
                field: "Rotations",
                members: &["KeyId", "IncludeKeyMaterial", "Limit", "Marker"],
                limits: limits::LIST_KEY_ROTATIONS,
            },
            self.page,
            (req.limit, req.marker),
            |limit, marker| {
                checked::<ListKeyRotations>(
                    &kms,
                    ListKeyRotationsRequest {
                        key_id: key_id.clone(),
                        include_key_material: include.clone(),
                        limit,
                        marker,
                    },
                )
            },
        )
    }
}
