//! `audit` and `audit verify`: the tamper-evident log of every operation.

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::audit::Entry;
use crate::cli::Run;
use crate::cli::output::Output;
use crate::error::{Error, Result};
use crate::ops::{Kms, admin};
use crate::timestamp::Timestamp;

/// Print the audit log (one entry per operation), or verify its chain
///
/// The log sits beside the keystore (<keystore>.audit). Each entry records
/// the time, the operation, the key, the encryption context's keys and the
/// result, never a secret, and is chained to the one before by an HMAC under
/// a key derived from the keystore's master key.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: Option<AuditCommand>,

    /// Only entries about this key (key id or key ARN)
    #[arg(long, value_name = "KEY")]
    pub key_id: Option<String>,

    /// Only entries at or after this time (RFC 3339)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every entry's HMAC and its link to the one before; exits 253 at the first broken one
    Verify,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Events {
    events: Vec<Entry>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Verified {
    audit_log: String,
    entries: u64,
}

impl Run for AuditArgs {
    fn operation(&self) -> &'static str {
        match self.command {
            Some(AuditCommand::Verify) => admin::VERIFY_AUDIT_LOG,
            None => admin::READ_AUDIT_LOG,
        }
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        run(self, &kms, out)
    }
}

fn run(args: AuditArgs, kms: &Kms, out: &Output) -> Result<()> {
    if let Some(AuditCommand::Verify) = args.command {
        let entries = kms.verify_audit_log()?;
        return out.print(&Verified {
            audit_log: kms.audit_log_path().display().to_string(),
            entries,
        });
    }
    let since =
        match &args.since {
            Some(text) => Some(Timestamp::parse_rfc3339(text).ok_or_else(|| {
                Error::input("--since", format!("'{text}' is not an RFC 3339 time"))
            })?),
            None => None,
        };
    let events = kms.audit_events(args.key_id.as_deref(), since)?;
    out.print(&Events { events })
}
