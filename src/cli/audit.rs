//! `audit`, `audit verify` and `audit reset`: the tamper-evident log of
//! every operation.

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
    ///
    /// Also lists the entries that began the chain anew and the logs set
    /// aside beside it.
    Verify,
    /// Set the log aside and start a new chain
    ///
    /// An operation refuses to extend a log whose last line does not verify
    /// (it was edited, or it is another keystore's). After looking into it,
    /// this renames the log to <log>.broken-N and starts a new one whose first
    /// entry, AuditLogReset, names that file and the old chain's last Mac.
    Reset,
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
    #[serde(flatten)]
    report: crate::audit::Verified,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Reset {
    audit_log: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    set_aside: Option<String>,
}

impl Run for AuditArgs {
    fn operation(&self) -> &'static str {
        match self.command {
            Some(AuditCommand::Verify) => admin::VERIFY_AUDIT_LOG,
            Some(AuditCommand::Reset) => admin::RESET_AUDIT_LOG,
            None => admin::READ_AUDIT_LOG,
        }
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        run(self, &kms, out)
    }
}

fn run(args: AuditArgs, kms: &Kms, out: &Output) -> Result<()> {
    let audit_log = kms.audit_log_path().display().to_string();
    match args.command {
        Some(AuditCommand::Verify) => {
            let report = kms.verify_audit_log()?;
            return out.print(&Verified { audit_log, report });
        }
        Some(AuditCommand::Reset) => {
            let set_aside = kms.reset_audit_log()?;
            return out.print(&Reset {
                audit_log,
                set_aside,
            });
        }
        None => {}
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
