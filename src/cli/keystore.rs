//! `keystore settings`: the keystore's own configuration.

use clap::{Args, Subcommand};

use crate::cli::output::Output;
use crate::error::Result;
use crate::ops::Kms;
use crate::ops::types::KeystoreSettingsRequest;

/// Commands about the keystore itself
#[derive(Debug, Subcommand)]
pub enum KeystoreCommand {
    Settings(SettingsArgs),
}

/// Show the keystore's region, account and domain-key schedule, or change the schedule
#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Days between automatic domain-key rotations, 1 to 365 (default 1, as AWS)
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub domain_key_rotation_period_in_days: Option<i64>,
}

pub(crate) fn run(command: KeystoreCommand, kms: &Kms, out: &Output) -> Result<()> {
    match command {
        KeystoreCommand::Settings(args) => {
            out.print(&kms.keystore_settings(KeystoreSettingsRequest {
                domain_key_rotation_period_in_days: args.domain_key_rotation_period_in_days,
            })?)
        }
    }
}
