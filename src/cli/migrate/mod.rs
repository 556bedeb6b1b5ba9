//! `migrate` and `rewrap`: the move to another KMS (docs/migrating-to-aws.md).
//! The destination is named by the aws CLI's own global options: `--region`,
//! `--endpoint-url`, `--profile`, `--ca-bundle`.

#[cfg(feature = "migrate")]
mod run;

use std::path::PathBuf;

use clap::Args;

use crate::cli::Run;
use crate::cli::output::Output;
use crate::error::Result;
use crate::ops::Kms;

/// Move keys to another KMS: AWS KMS, or another kms-local serve
///
/// Each key's counterpart is made at the destination, in the same Region,
/// with the key's spec, usage, description, tags, aliases, rotation, state
/// and policy (its account replaced by the destination's). HMAC and
/// asymmetric keys keep their material, imported through the destination's
/// GetParametersForImport and ImportKeyMaterial, so their signatures, MACs
/// and public keys stay valid; symmetric keys get new material there, and
/// their blobs move with `rewrap`. The keystore records which key each
/// became: a second run resumes a stopped one and never makes a key twice.
#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The keys to move (key id, key ARN, alias/NAME or alias ARN); one that cannot move fails
    /// the run before anything moves
    #[arg(long = "key-id", num_args = 1.., value_name = "KEY", required_unless_present = "all",
          conflicts_with = "all")]
    pub key_ids: Vec<String>,

    /// Move every key of the Region; those that cannot move are named on stderr and left
    #[arg(long)]
    pub all: bool,

    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl Run for MigrateArgs {
    fn operation(&self) -> &'static str {
        "Migrate"
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        #[cfg(feature = "migrate")]
        return run::migrate(self, &kms, out);
        #[cfg(not(feature = "migrate"))]
        return without_feature(kms, out);
    }
}

/// Re-encrypt kms-local blobs at another KMS, under the keys theirs became
///
/// Each blob is decrypted here and encrypted at the destination with the
/// same encryption context, under the key its key became with `migrate` (or
/// --destination-key-id). The plaintext leaves the process only inside the
/// TLS connection to the destination. Prints ReEncrypt's response; with
/// --batch, reads JSON lines ({"CiphertextBlob": BASE64, "EncryptionContext":
/// {...}} and any other fields) and writes each back with its new
/// CiphertextBlob, KeyId and SourceKeyId, or with {"Error": {...}}.
#[derive(Debug, Args)]
pub struct RewrapArgs {
    /// The blob: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)
    #[arg(
        long,
        value_name = "BLOB",
        required_unless_present = "batch",
        conflicts_with = "batch"
    )]
    pub ciphertext_blob: Option<String>,

    /// The encryption context the blob was made with
    #[arg(long, value_name = "CONTEXT", conflicts_with = "batch")]
    pub encryption_context: Option<String>,

    /// The destination key for every blob [default: the key each blob's key became with migrate]
    #[arg(long, value_name = "KEY")]
    pub destination_key_id: Option<String>,

    /// Also write the new blob's raw bytes to this file
    #[arg(long, value_name = "PATH", conflicts_with = "batch")]
    pub outfile: Option<PathBuf>,

    /// Read blobs as JSON lines on stdin and write one line each to stdout
    #[arg(long)]
    pub batch: bool,
}

impl Run for RewrapArgs {
    fn operation(&self) -> &'static str {
        "Rewrap"
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        #[cfg(feature = "migrate")]
        return run::rewrap(self, &kms, out);
        #[cfg(not(feature = "migrate"))]
        return without_feature(kms, out);
    }
}

/// A build without the `migrate` feature has no client of another KMS.
#[cfg(not(feature = "migrate"))]
fn without_feature(_: Kms, _: &Output) -> Result<()> {
    Err(crate::error::Error::Usage(
        "kms-local was built without the `migrate` feature (cargo build --features migrate)".into(),
    ))
}
