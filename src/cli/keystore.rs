//! `keystore settings`, `keystore verify`, `keystore backup`: the keystore's
//! own configuration and the operator's tools after an incident.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cli::Run;
use crate::cli::output::Output;
use crate::error::{Error, KeystoreProblem, Result};
use crate::ops::catalog::KeystoreSettings;
use crate::ops::types::KeystoreSettingsRequest;
use crate::ops::{Kms, Operation, admin};

/// Commands about the keystore itself
#[derive(Debug, Subcommand)]
pub enum KeystoreCommand {
    Settings(SettingsArgs),
    /// Open the keystore and check that every key token unwraps and every alias names a key
    ///
    /// Prints what it checked and any problem found; exits 253 if there is one.
    Verify,
    Backup(BackupArgs),
    Restore(RestoreArgs),
}

impl Run for KeystoreCommand {
    fn operation(&self) -> &'static str {
        match self {
            KeystoreCommand::Settings(_) => KeystoreSettings::NAME,
            KeystoreCommand::Verify => admin::VERIFY_KEYSTORE,
            KeystoreCommand::Backup(_) => admin::BACKUP_KEYSTORE,
            KeystoreCommand::Restore(_) => admin::RESTORE_KEYSTORE,
        }
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        run(self, &kms, out)
    }
}

/// Show the keystore's region, account and domain-key schedule, or change the schedule
#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Days between automatic domain-key rotations, 1 to 365 (default 1, as AWS)
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub domain_key_rotation_period_in_days: Option<i64>,
}

/// Copy the keystore, after it authenticates, to a new file
///
/// The copy opens with the same master key or passphrase; `keystore restore PATH` puts it
/// back.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist)
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
}

/// Put an older copy of the keystore (a backup) in place, on purpose, and log it
///
/// A keystore older than its own audit log (a copy put back, which brings
/// back what was deleted or revoked since) is refused by every command. This
/// makes the copy at PATH the keystore, after it authenticates, or with no
/// PATH accepts the keystore file as it is now; either way the audit log
/// records a RestoreKeystore entry naming the copy and how far back it goes.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The copy to restore (made by `keystore backup`); none: accept the file as it is
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

fn run(command: KeystoreCommand, kms: &Kms, out: &Output) -> Result<()> {
    match command {
        KeystoreCommand::Settings(args) => {
            out.print(&kms.call::<KeystoreSettings>(KeystoreSettingsRequest {
                domain_key_rotation_period_in_days: args.domain_key_rotation_period_in_days,
            })?)
        }
        KeystoreCommand::Verify => {
            let report = kms.verify_keystore()?;
            out.print(&report)?;
            match report.problems.len() {
                0 => Ok(()),
                n => Err(Error::keystore(
                    kms.keystore_path(),
                    KeystoreProblem::Failed(format!("{n} problem(s) found")),
                )),
            }
        }
        KeystoreCommand::Backup(args) => out.print(&kms.backup_keystore(&args.path)?),
        KeystoreCommand::Restore(args) => out.print(&kms.restore_keystore(args.path.as_deref())?),
    }
}
