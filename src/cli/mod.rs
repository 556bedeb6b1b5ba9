//! The command line: clap types (free of side effects, so tests and
//! generators can call [`Cli::command`]), the environment, and dispatch.
//! Each command file holds its `*Args`, their conversion to the typed
//! request, and a `run` that calls the operations layer and prints.

mod access_keys;
mod agreement;
mod aliases;
mod args;
mod audit;
mod batch;
mod bundles;
mod data_keys;
pub mod globals;
mod grants;
mod import;
pub mod input;
mod key_pairs;
mod keys;
mod keystore;
mod migrate;
pub mod model;
mod multi_region;
pub mod output;
pub mod paginate;
pub mod params;
mod policies;
pub mod python;
pub mod query;
mod rotation;
mod serve;
pub mod shorthand;
mod signing;
mod tags;
pub mod usage;
pub mod yaml_input;
mod yaml_plain;

use std::env;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};
use zeroize::Zeroizing;

use crate::error::{Error, KeystoreProblem};
use crate::keystore::Keystore;
use crate::keystore::kek::{self, KekSources};
use crate::keystore::persist::DEFAULT_LOCK_WAIT;
use crate::ops::{Caller, Clock, Kms, Operation, catalog};
use crate::timestamp::Timestamp;
use output::{Format, Output};

/// AWS KMS on your own disk: symmetric keys, data keys and an encrypted keystore
#[derive(Debug, Parser)]
// A repeated option takes its last value, as with argparse.
#[command(
    name = "kms-local",
    version,
    max_term_width = 100,
    args_override_self = true
)]
pub struct Cli {
    /// Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]
    #[arg(long, global = true, value_name = "PATH")]
    pub keystore: Option<PathBuf>,

    /// Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else
    /// ~/.config/kms-local/master.key]
    #[arg(long, global = true, value_name = "PATH")]
    pub master_key_file: Option<PathBuf>,

    /// Read the passphrase of a passphrase keystore from this file (never from the command line)
    #[arg(long, global = true, value_name = "PATH")]
    pub passphrase_file: Option<PathBuf>,

    /// Output format [default: $AWS_DEFAULT_OUTPUT, else json]
    #[arg(long, global = true, value_name = "FORMAT")]
    pub output: Option<Format>,

    /// A JMESPath expression applied to the response, as with the aws CLI
    #[arg(long, global = true, value_name = "EXPR")]
    pub query: Option<String>,

    /// Act as this principal (an IAM user or role ARN, or an account's root), whose access key
    /// policies decide [default: the account's root]
    #[arg(long, global = true, value_name = "ARN")]
    pub principal: Option<String>,

    #[command(flatten)]
    pub aws: globals::AwsOptions,

    #[command(subcommand)]
    pub command: Command,
}

/// A command that is not one AWS operation run as-is: it names itself (for
/// error lines and a table's title) and runs itself.
pub(crate) trait Run {
    fn operation(&self) -> &'static str;
    fn run(self, kms: Kms, out: &Output) -> Result<(), Error>;
}

/// Runs the operation `O` with the request its `*Args` make, once the aws
/// CLI's own checks pass, and prints the response.
fn call<O: Operation>(
    args: impl TryInto<O::Request, Error = Error>,
    kms: &Kms,
    out: &Output,
) -> Result<(), Error>
where
    O::Request: model::Model,
{
    out.print(&checked::<O>(kms, args.try_into()?)?)
}

/// Runs the operation `O` once the aws CLI's own checks of `request` pass.
pub(crate) fn checked<O: Operation>(kms: &Kms, request: O::Request) -> Result<O::Response, Error>
where
    O::Request: model::Model,
{
    model::check(&request)?;
    kms.call::<O>(request)
}

/// Declares [`Command`], one variant a command, the doc comment of a variant
/// being its help. A line ending in `=> call` runs the operation of the same
/// name in [`crate::ops::catalog`] with the request its `*Args` convert to
/// (`TryFrom`); one ending in `=> run` is a [`Run`].
macro_rules! commands {
    ($( $(#[$meta:meta])* $variant:ident($args:ty) => $how:ident, )*) => {
        /// Every command.
        #[derive(Debug, Subcommand)]
        pub enum Command {
            $( $(#[$meta])* $variant($args), )*
        }

        impl Command {
            /// The operation name printed in error messages, and a table's title.
            pub fn operation(&self) -> &'static str {
                match self {
                    $( Command::$variant(args) => commands!(@name $how $variant, args), )*
                }
            }

            fn run(self, kms: Kms, out: &Output) -> Result<(), Error> {
                match self {
                    $( Command::$variant(args) => commands!(@run $how $variant, args, kms, out), )*
                }
            }
        }
    };
    (@name call $variant:ident, $args:ident) => {{
        let _ = $args;
        <catalog::$variant as Operation>::NAME
    }};
    (@name run $variant:ident, $args:ident) => { Run::operation($args) };
    (@run call $variant:ident, $args:ident, $kms:ident, $out:ident) => {
        call::<catalog::$variant>($args, &$kms, $out)
    };
    (@run run $variant:ident, $args:ident, $kms:ident, $out:ident) => {
        Run::run($args, $kms, $out)
    };
}

commands! {
    Init(keys::InitArgs) => run,
    CreateKey(keys::CreateKeyArgs) => call,
    DescribeKey(keys::DescribeKeyArgs) => call,
    ListKeys(keys::ListKeysArgs) => run,
    UpdateKeyDescription(keys::UpdateKeyDescriptionArgs) => call,
    /// Enable a KMS key (prints nothing)
    EnableKey(args::KeyIdArgs) => call,
    /// Disable a KMS key: it refuses cryptographic operations until enabled (prints nothing)
    DisableKey(args::KeyIdArgs) => call,
    ScheduleKeyDeletion(keys::ScheduleKeyDeletionArgs) => call,
    /// Cancel a key's scheduled deletion; the key comes back disabled
    CancelKeyDeletion(args::KeyIdArgs) => call,
    /// Create a friendly name (alias/NAME) for a KMS key (prints nothing)
    CreateAlias(aliases::AliasArgs) => call,
    /// Point an existing alias at another KMS key (prints nothing)
    UpdateAlias(aliases::AliasArgs) => call,
    DeleteAlias(aliases::DeleteAliasArgs) => call,
    ListAliases(aliases::ListAliasesArgs) => run,
    TagResource(tags::TagResourceArgs) => call,
    UntagResource(tags::UntagResourceArgs) => call,
    ListResourceTags(tags::ListResourceTagsArgs) => run,
    #[command(visible_alias = "rotate-key-on-demand")]
    Rotate(rotation::RotateArgs) => run,
    EnableKeyRotation(rotation::EnableKeyRotationArgs) => call,
    /// Turn off automatic rotation of a key's material (prints nothing)
    DisableKeyRotation(args::KeyIdArgs) => call,
    /// Show whether a key rotates automatically, how often, and when next
    GetKeyRotationStatus(args::KeyIdArgs) => call,
    ListKeyRotations(rotation::ListKeyRotationsArgs) => run,
    /// Show a key's last successful cryptographic operation, from the audit log
    GetKeyLastUsage(args::KeyIdArgs) => call,
    CreateGrant(grants::CreateGrantArgs) => call,
    ListGrants(grants::ListGrantsArgs) => run,
    ListRetirableGrants(grants::ListRetirableGrantsArgs) => run,
    RetireGrant(grants::RetireGrantArgs) => call,
    RevokeGrant(grants::RevokeGrantArgs) => call,
    GetKeyPolicy(policies::GetKeyPolicyArgs) => call,
    PutKeyPolicy(policies::PutKeyPolicyArgs) => call,
    ListKeyPolicies(policies::ListKeyPoliciesArgs) => run,
    ReplicateKey(multi_region::ReplicateKeyArgs) => call,
    UpdatePrimaryRegion(multi_region::UpdatePrimaryRegionArgs) => call,
    GetParametersForImport(import::GetParametersForImportArgs) => call,
    ImportKeyMaterial(import::ImportKeyMaterialArgs) => call,
    DeleteImportedKeyMaterial(import::DeleteImportedKeyMaterialArgs) => call,
    GenerateDataKey(data_keys::GenerateDataKeyArgs) => call,
    /// Generate a unique symmetric data key, returned only encrypted under a KMS key
    GenerateDataKeyWithoutPlaintext(data_keys::GenerateDataKeyArgs) => call,
    GenerateDataKeyPair(key_pairs::GenerateDataKeyPairArgs) => call,
    /// Generate a key pair for use outside KMS, its private key returned only encrypted
    GenerateDataKeyPairWithoutPlaintext(key_pairs::GenerateDataKeyPairArgs) => call,
    Encrypt(data_keys::EncryptArgs) => call,
    Decrypt(data_keys::DecryptArgs) => call,
    ReEncrypt(data_keys::ReEncryptArgs) => call,
    Sign(signing::SignArgs) => call,
    Verify(signing::VerifyArgs) => call,
    GetPublicKey(signing::GetPublicKeyArgs) => call,
    GenerateMac(signing::GenerateMacArgs) => call,
    VerifyMac(signing::VerifyMacArgs) => call,
    DeriveSharedSecret(agreement::DeriveSharedSecretArgs) => call,
    Encapsulate(agreement::EncapsulateArgs) => call,
    Decapsulate(agreement::DecapsulateArgs) => call,
    GenerateRandom(data_keys::GenerateRandomArgs) => call,
    DescribeCiphertext(data_keys::DescribeCiphertextArgs) => call,
    ExportKeys(bundles::ExportKeysArgs) => run,
    ImportKeys(bundles::ImportKeysArgs) => run,
    #[command(subcommand)]
    Keystore(keystore::KeystoreCommand) => run,
    Audit(audit::AuditArgs) => run,
    Batch(batch::BatchArgs) => run,
    Serve(serve::ServeArgs) => run,
    Migrate(migrate::MigrateArgs) => run,
    Rewrap(migrate::RewrapArgs) => run,
    CreateAccessKey(access_keys::CreateAccessKeyArgs) => call,
    ListAccessKeys(access_keys::ListAccessKeysArgs) => call,
    DeleteAccessKey(access_keys::DeleteAccessKeyArgs) => call,
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    cli.aws.apply(cli.command.operation());
    crate::timestamp::use_local_time_zone();
    let format = match cli.output {
        Some(format) => format,
        None => default_format()?,
    };
    let out = Output::new(format, cli.query.as_deref(), cli.command.operation())?;
    let kms = Kms::new(keystore(&cli)?, clock()?);
    kms.act_for(caller(cli.aws.region.as_deref(), cli.principal.as_deref())?);
    cli.command.run(kms, &out)
}

/// `AWS_DEFAULT_OUTPUT`, as the aws CLI reads it (names in lower case),
/// else JSON; another name, even an empty one, fails as in the aws CLI,
/// before anything runs.
fn default_format() -> Result<Format, Error> {
    use clap::ValueEnum;
    match env::var("AWS_DEFAULT_OUTPUT") {
        Err(_) => Ok(Format::Json),
        Ok(name) => Format::from_str(&name, false)
            .map_err(|_| Error::Output(format!("Unknown output type: {name}"))),
    }
}

/// The clock: `KMS_LOCAL_NOW` (RFC 3339), a testing aid, else the system's.
fn clock() -> Result<Clock, Error> {
    match non_empty_var("KMS_LOCAL_NOW") {
        None => Ok(Clock::System),
        Some(text) => Timestamp::parse_rfc3339(&text)
            .map(Clock::Fixed)
            .ok_or_else(|| {
                Error::input("KMS_LOCAL_NOW", format!("'{text}' is not an RFC 3339 time"))
            }),
    }
}

pub(crate) fn non_empty_var(name: &str) -> Option<String> {
    env::var(name).ok().filter(|v| !v.is_empty())
}

pub(crate) fn secret_var(name: &str) -> Option<Zeroizing<String>> {
    non_empty_var(name).map(Zeroizing::new)
}

/// The keystore named by the flags and environment, in the documented order.
fn keystore(cli: &Cli) -> Result<Keystore, Error> {
    let dirs = directories::ProjectDirs::from("", "", "kms-local");
    let path = match (&cli.keystore, non_empty_var("KMS_LOCAL_KEYSTORE"), &dirs) {
        (Some(path), _, _) => path.clone(),
        (None, Some(path), _) => PathBuf::from(path),
        (None, None, Some(dirs)) => dirs.data_dir().join("keystore"),
        (None, None, None) => {
            return Err(Error::keystore(
                PathBuf::new(),
                KeystoreProblem::NoDefaultPath,
            ));
        }
    };
    let master_key_file = cli
        .master_key_file
        .clone()
        .or_else(|| non_empty_var("KMS_LOCAL_MASTER_KEY_FILE").map(PathBuf::from))
        .or_else(|| dirs.as_ref().map(|d| d.config_dir().join("master.key")));
    let sources = KekSources {
        names: &kek::KEYSTORE,
        master_key: secret_var("KMS_LOCAL_MASTER_KEY"),
        master_key_file,
        passphrase: secret_var("KMS_LOCAL_PASSPHRASE"),
        passphrase_file: cli.passphrase_file.clone(),
    };
    let region = region(cli.aws.region.as_deref())?.unwrap_or_else(|| "us-east-1".to_owned());
    Ok(Keystore::new(path, sources, region)?.with_lock_wait(lock_wait()?))
}

/// How long to wait for a lock another process holds:
/// `KMS_LOCAL_LOCK_TIMEOUT`, whole seconds (0: do not wait), else 30 s.
fn lock_wait() -> Result<Duration, Error> {
    match non_empty_var("KMS_LOCAL_LOCK_TIMEOUT") {
        None => Ok(DEFAULT_LOCK_WAIT),
        Some(text) => text.parse().map(Duration::from_secs).map_err(|_| {
            Error::input(
                "KMS_LOCAL_LOCK_TIMEOUT",
                format!("'{text}' is not a whole number of seconds"),
            )
        }),
    }
}

/// For whom a command acts: the Region the aws CLI would call ([`region`];
/// the keystore's home Region when none is named), and the principal
/// `--principal` names, in its account; else the account `AWS_ACCESS_KEY_ID`
/// names when it is 12 digits, as `serve --allow-any-credentials` reads it
/// (the keystore's home account otherwise), as its root.
fn caller(flag: Option<&str>, principal: Option<&str>) -> Result<Caller, Error> {
    let mut account_id = non_empty_var("AWS_ACCESS_KEY_ID")
        .filter(|id| id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()));
    if let Some(arn) = principal {
        let account = principal_account(arn).ok_or_else(|| {
            Error::input(
                "--principal",
                format!(
                    "'{arn}' is not a principal ARN (arn:aws:iam::ACCOUNT:root, :user/NAME, \
                     :role/NAME, or arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION)"
                ),
            )
        })?;
        account_id = Some(account.to_owned());
    }
    Ok(Caller {
        access_key_id: None,
        account_id,
        region: region(flag)?,
        principal: principal.map(str::to_owned),
    })
}

/// The account of a principal ARN that a key policy can name, if it is one.
fn principal_account(arn: &str) -> Option<&str> {
    if !arn.starts_with("arn:") || !crate::policy::valid_aws_principal(arn) {
        return None;
    }
    arn.split(':').nth(4)
}

/// The Region as the aws CLI picks it: `--region`, else `AWS_REGION`, else
/// `AWS_DEFAULT_REGION`; a new keystore records it as its home.
fn region(flag: Option<&str>) -> Result<Option<String>, Error> {
    let (name, region) = match (flag, non_empty_var("AWS_REGION")) {
        (Some(r), _) => ("--region", r.to_owned()),
        (None, Some(r)) => ("AWS_REGION", r),
        (None, None) => match non_empty_var("AWS_DEFAULT_REGION") {
            Some(r) => ("AWS_DEFAULT_REGION", r),
            None => return Ok(None),
        },
    };
    let valid = region
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid {
        return Err(Error::input(
            name,
            format!("'{region}' is not a region name"),
        ));
    }
    Ok(Some(region))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
