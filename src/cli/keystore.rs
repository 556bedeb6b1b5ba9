//! `keystore settings`, `keystore verify`, `keystore backup`, `keystore
//! restore`, `keystore rekey`: the keystore's own configuration, its
//! protection, and the operator's tools after an incident.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cli::output::Output;
use crate::cli::{Run, secret_var};
use crate::error::{Error, KeystoreProblem, Result};
use crate::keystore::rekey::{NEW, NewKek};
use crate::ops::catalog::KeystoreSettings;
use crate::ops::types::KeystoreSettingsRequest;
use crate::ops::{Kms, Operation, admin, log_settings};

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
    Rekey(RekeyArgs),
}

impl Run for KeystoreCommand {
    fn operation(&self) -> &'static str {
        match self {
            KeystoreCommand::Settings(_) => KeystoreSettings::NAME,
            KeystoreCommand::Verify => admin::VERIFY_KEYSTORE,
            KeystoreCommand::Backup(_) => admin::BACKUP_KEYSTORE,
            KeystoreCommand::Restore(_) => admin::RESTORE_KEYSTORE,
            KeystoreCommand::Rekey(_) => admin::REKEY_KEYSTORE,
        }
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        run(self, &kms, out)
    }
}

/// Show the keystore's region, account, domain-key schedule and audit log settings, or change them
///
/// The audit log's live file closes as a segment (<keystore>.audit.N) when
/// it reaches --audit-segment-max-bytes or its first entry is
/// --audit-segment-max-age-days old; with --audit-retention-days, segments
/// whose newest entry is that old are removed then, and the removal logged.
#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Days between automatic domain-key rotations, 1 to 365 (default 1, as AWS)
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub domain_key_rotation_period_in_days: Option<i64>,

    /// Close the audit log as a segment at this size, 1024 to 2^40 bytes (default 64 MiB)
    #[arg(long, value_name = "BYTES", allow_negative_numbers = true)]
    pub audit_segment_max_bytes: Option<i64>,

    /// Close the audit log as a segment when its first entry is this old, 1 to 3650 days (default 7)
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub audit_segment_max_age_days: Option<i64>,

    /// Remove audit log segments whose newest entry is this old, 1 to 36500 days; 0 keeps all (default)
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub audit_retention_days: Option<i64>,
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

/// Seal the keystore under a new master key or passphrase
///
/// The keystore opens with its current master key or passphrase, given as to
/// any command (KMS_LOCAL_MASTER_KEY, --master-key-file, KMS_LOCAL_PASSPHRASE,
/// --passphrase-file). With no flag, a new random master key is written to a
/// new file (mode 0600) beside the current master key file, named for the
/// time, and its path is printed. The audit log's key changes with the master
/// key: the log is set aside and a new chain begins with a RekeyKeystore
/// entry. Backups made before stay under the old master key or passphrase.
#[derive(Debug, Args)]
pub struct RekeyArgs {
    /// Write a new random master key to this new file (mode 0600; an existing file is an error)
    #[arg(
        long,
        value_name = "PATH",
        conflicts_with_all = ["new_master_key_from_env", "new_passphrase", "new_passphrase_file"]
    )]
    pub new_master_key_file: Option<PathBuf>,

    /// Seal under the master key in KMS_LOCAL_NEW_MASTER_KEY (base64 of 32 bytes)
    #[arg(long, conflicts_with_all = ["new_passphrase", "new_passphrase_file"])]
    pub new_master_key_from_env: bool,

    /// Seal under a passphrase: KMS_LOCAL_NEW_PASSPHRASE, else asked twice on the terminal
    #[arg(long)]
    pub new_passphrase: bool,

    /// Seal under the passphrase in this file (a passphrase is never taken from the command line)
    #[arg(long, value_name = "PATH")]
    pub new_passphrase_file: Option<PathBuf>,
}

impl TryFrom<RekeyArgs> for NewKek {
    type Error = Error;

    /// Each `KMS_LOCAL_NEW_*` variable is read only with the flag that names
    /// it; one set for another choice is refused rather than ignored, so the
    /// keystore is never sealed under something other than what was meant.
    fn try_from(args: RekeyArgs) -> Result<Self> {
        let key = secret_var(NEW.key_var);
        let passphrase = secret_var(NEW.passphrase_var);
        let by_passphrase = args.new_passphrase || args.new_passphrase_file.is_some();
        let chosen = if args.new_master_key_from_env {
            "--new-master-key-from-env"
        } else if args.new_passphrase {
            "--new-passphrase"
        } else if args.new_passphrase_file.is_some() {
            NEW.passphrase_file_flag
        } else if args.new_master_key_file.is_some() {
            NEW.key_file_flag
        } else {
            "the default (a new key file)"
        };
        let unread = |var: &str, flag: &str| {
            Error::input(
                var,
                format!(
                    "it is set, but the new key comes from {chosen}; give {flag} to seal the \
                     keystore under it, or unset it"
                ),
            )
        };
        if key.is_some() && !args.new_master_key_from_env {
            return Err(unread(NEW.key_var, "--new-master-key-from-env"));
        }
        if passphrase.is_some() && !by_passphrase {
            return Err(unread(NEW.passphrase_var, "--new-passphrase"));
        }
        if args.new_master_key_from_env {
            return key
                .map(NewKek::Environment)
                .ok_or_else(|| Error::input(chosen, format!("{} is not set", NEW.key_var)));
        }
        if by_passphrase {
            if passphrase.is_some() && args.new_passphrase_file.is_some() {
                return Err(Error::input(
                    NEW.passphrase_file_flag,
                    format!("{} is set too; give one of them", NEW.passphrase_var),
                ));
            }
            return Ok(NewKek::Passphrase {
                var: passphrase,
                file: args.new_passphrase_file,
            });
        }
        Ok(NewKek::KeyFile(args.new_master_key_file))
    }
}

fn run(command: KeystoreCommand, kms: &Kms, out: &Output) -> Result<()> {
    match command {
        KeystoreCommand::Settings(args) => {
            // Checked here first, so that a bad flag is named as typed and
            // nothing is opened, written or logged.
            log_settings::SEGMENT_MAX_BYTES.check_flag(args.audit_segment_max_bytes)?;
            log_settings::SEGMENT_MAX_AGE_DAYS.check_flag(args.audit_segment_max_age_days)?;
            log_settings::RETENTION_DAYS.check_flag(args.audit_retention_days)?;
            out.print(&kms.call::<KeystoreSettings>(KeystoreSettingsRequest {
                domain_key_rotation_period_in_days: args.domain_key_rotation_period_in_days,
                audit_segment_max_bytes: args.audit_segment_max_bytes,
                audit_segment_max_age_days: args.audit_segment_max_age_days,
                audit_retention_days: args.audit_retention_days,
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
        KeystoreCommand::Rekey(args) => out.print(&kms.rekey_keystore(&args.try_into()?)?),
    }
}
