//! The command line: clap types (free of side effects, so tests and
//! generators can call [`Cli::command`]), the environment, and dispatch.
//! Each command file holds its `*Args`, their conversion to the typed
//! request, and a `run` that calls the operations layer and prints.

mod access_keys;
mod aliases;
mod args;
mod audit;
mod batch;
mod bundles;
mod data_keys;
pub mod input;
mod keys;
mod keystore;
pub mod output;
mod rotation;
mod serve;
mod tags;

use std::env;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use zeroize::Zeroizing;

use crate::error::{Error, KeystoreProblem};
use crate::keystore::Keystore;
use crate::keystore::kek::{self, KekSources};
use crate::ops::{Clock, Kms};
use crate::timestamp::Timestamp;
use output::{Format, Output};

/// AWS KMS on your own disk: symmetric keys, data keys and an encrypted keystore
#[derive(Debug, Parser)]
#[command(name = "kms-local", version, max_term_width = 100)]
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

    #[command(subcommand)]
    pub command: Command,
}

/// Every command. The doc comment of a variant is its help.
#[derive(Debug, Subcommand)]
pub enum Command {
    Init(keys::InitArgs),
    CreateKey(keys::CreateKeyArgs),
    DescribeKey(keys::DescribeKeyArgs),
    ListKeys(keys::ListKeysArgs),
    UpdateKeyDescription(keys::UpdateKeyDescriptionArgs),
    /// Enable a KMS key (prints nothing)
    EnableKey(args::KeyIdArgs),
    /// Disable a KMS key: it refuses cryptographic operations until enabled (prints nothing)
    DisableKey(args::KeyIdArgs),
    ScheduleKeyDeletion(keys::ScheduleKeyDeletionArgs),
    /// Cancel a key's scheduled deletion; the key comes back disabled
    CancelKeyDeletion(args::KeyIdArgs),
    /// Create a friendly name (alias/NAME) for a KMS key (prints nothing)
    CreateAlias(aliases::AliasArgs),
    /// Point an existing alias at another KMS key (prints nothing)
    UpdateAlias(aliases::AliasArgs),
    DeleteAlias(aliases::DeleteAliasArgs),
    ListAliases(aliases::ListAliasesArgs),
    TagResource(tags::TagResourceArgs),
    UntagResource(tags::UntagResourceArgs),
    ListResourceTags(tags::ListResourceTagsArgs),
    #[command(visible_alias = "rotate-key-on-demand")]
    Rotate(rotation::RotateArgs),
    EnableKeyRotation(rotation::EnableKeyRotationArgs),
    /// Turn off automatic rotation of a key's material (prints nothing)
    DisableKeyRotation(args::KeyIdArgs),
    /// Show whether a key rotates automatically, how often, and when next
    GetKeyRotationStatus(args::KeyIdArgs),
    ListKeyRotations(rotation::ListKeyRotationsArgs),
    GenerateDataKey(data_keys::GenerateDataKeyArgs),
    /// Generate a unique symmetric data key, returned only encrypted under a KMS key
    GenerateDataKeyWithoutPlaintext(data_keys::GenerateDataKeyArgs),
    Encrypt(data_keys::EncryptArgs),
    Decrypt(data_keys::DecryptArgs),
    ReEncrypt(data_keys::ReEncryptArgs),
    GenerateRandom(data_keys::GenerateRandomArgs),
    DescribeCiphertext(data_keys::DescribeCiphertextArgs),
    ExportKeys(bundles::ExportKeysArgs),
    ImportKeys(bundles::ImportKeysArgs),
    #[command(subcommand)]
    Keystore(keystore::KeystoreCommand),
    Audit(audit::AuditArgs),
    Batch(batch::BatchArgs),
    Serve(serve::ServeArgs),
    CreateAccessKey(access_keys::CreateAccessKeyArgs),
    ListAccessKeys(access_keys::ListAccessKeysArgs),
    DeleteAccessKey(access_keys::DeleteAccessKeyArgs),
}

impl Command {
    /// The operation name printed in error messages, and a table's title.
    pub fn operation(&self) -> &'static str {
        match self {
            Command::Init(_) => "Init",
            Command::CreateKey(_) => "CreateKey",
            Command::DescribeKey(_) => "DescribeKey",
            Command::ListKeys(_) => "ListKeys",
            Command::UpdateKeyDescription(_) => "UpdateKeyDescription",
            Command::EnableKey(_) => "EnableKey",
            Command::DisableKey(_) => "DisableKey",
            Command::ScheduleKeyDeletion(_) => "ScheduleKeyDeletion",
            Command::CancelKeyDeletion(_) => "CancelKeyDeletion",
            Command::CreateAlias(_) => "CreateAlias",
            Command::UpdateAlias(_) => "UpdateAlias",
            Command::DeleteAlias(_) => "DeleteAlias",
            Command::ListAliases(_) => "ListAliases",
            Command::TagResource(_) => "TagResource",
            Command::UntagResource(_) => "UntagResource",
            Command::ListResourceTags(_) => "ListResourceTags",
            Command::Rotate(args) if args.domain => "RotateDomainKey",
            Command::Rotate(_) => "RotateKeyOnDemand",
            Command::EnableKeyRotation(_) => "EnableKeyRotation",
            Command::DisableKeyRotation(_) => "DisableKeyRotation",
            Command::GetKeyRotationStatus(_) => "GetKeyRotationStatus",
            Command::ListKeyRotations(_) => "ListKeyRotations",
            Command::GenerateDataKey(_) => "GenerateDataKey",
            Command::GenerateDataKeyWithoutPlaintext(_) => "GenerateDataKeyWithoutPlaintext",
            Command::Encrypt(_) => "Encrypt",
            Command::Decrypt(_) => "Decrypt",
            Command::ReEncrypt(_) => "ReEncrypt",
            Command::GenerateRandom(_) => "GenerateRandom",
            Command::DescribeCiphertext(_) => "DescribeCiphertext",
            Command::ExportKeys(_) => "ExportKeys",
            Command::ImportKeys(_) => "ImportKeys",
            Command::Keystore(command) => command.operation(),
            Command::Audit(args) if args.command.is_some() => "VerifyAuditLog",
            Command::Audit(_) => "ReadAuditLog",
            Command::Batch(_) => "Batch",
            Command::Serve(_) => "Serve",
            Command::CreateAccessKey(_) => "CreateAccessKey",
            Command::ListAccessKeys(_) => "ListAccessKeys",
            Command::DeleteAccessKey(_) => "DeleteAccessKey",
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    let format = match cli.output {
        Some(format) => format,
        None => default_format()?,
    };
    let out = Output::new(format, cli.query.as_deref(), cli.command.operation())?;
    let kms = Kms::new(keystore(&cli)?, clock()?);
    match cli.command {
        Command::Init(args) => keys::init(args, &kms, &out),
        Command::CreateKey(args) => keys::create_key(args, &kms, &out),
        Command::DescribeKey(args) => keys::describe_key(args, &kms, &out),
        Command::ListKeys(args) => keys::list_keys(args, &kms, &out),
        Command::UpdateKeyDescription(args) => keys::update_key_description(args, &kms),
        Command::EnableKey(args) => keys::enable_key(args, &kms),
        Command::DisableKey(args) => keys::disable_key(args, &kms),
        Command::ScheduleKeyDeletion(args) => keys::schedule_key_deletion(args, &kms, &out),
        Command::CancelKeyDeletion(args) => keys::cancel_key_deletion(args, &kms, &out),
        Command::CreateAlias(args) => aliases::create_alias(args, &kms),
        Command::UpdateAlias(args) => aliases::update_alias(args, &kms),
        Command::DeleteAlias(args) => aliases::delete_alias(args, &kms),
        Command::ListAliases(args) => aliases::list_aliases(args, &kms, &out),
        Command::TagResource(args) => tags::tag_resource(args, &kms),
        Command::UntagResource(args) => tags::untag_resource(args, &kms),
        Command::ListResourceTags(args) => tags::list_resource_tags(args, &kms, &out),
        Command::Rotate(args) => rotation::rotate(args, &kms, &out),
        Command::EnableKeyRotation(args) => rotation::enable_key_rotation(args, &kms),
        Command::DisableKeyRotation(args) => rotation::disable_key_rotation(args, &kms),
        Command::GetKeyRotationStatus(args) => rotation::get_key_rotation_status(args, &kms, &out),
        Command::ListKeyRotations(args) => rotation::list_key_rotations(args, &kms, &out),
        Command::GenerateDataKey(args) => data_keys::generate_data_key(args, &kms, &out),
        Command::GenerateDataKeyWithoutPlaintext(args) => {
            data_keys::generate_data_key_without_plaintext(args, &kms, &out)
        }
        Command::Encrypt(args) => data_keys::encrypt(args, &kms, &out),
        Command::Decrypt(args) => data_keys::decrypt(args, &kms, &out),
        Command::ReEncrypt(args) => data_keys::re_encrypt(args, &kms, &out),
        Command::GenerateRandom(args) => data_keys::generate_random(args, &kms, &out),
        Command::DescribeCiphertext(args) => data_keys::describe_ciphertext(args, &kms, &out),
        Command::ExportKeys(args) => bundles::export_keys(args, &kms, &out),
        Command::ImportKeys(args) => bundles::import_keys(args, &kms, &out),
        Command::Keystore(command) => keystore::run(command, &kms, &out),
        Command::Audit(args) => audit::run(args, &kms, &out),
        Command::Batch(args) => batch::run(args, &kms),
        Command::Serve(args) => serve::run(args, kms),
        Command::CreateAccessKey(args) => access_keys::create_access_key(args, &kms, &out),
        Command::ListAccessKeys(args) => access_keys::list_access_keys(args, &kms, &out),
        Command::DeleteAccessKey(args) => access_keys::delete_access_key(args, &kms),
    }
}

/// `AWS_DEFAULT_OUTPUT`, as the aws CLI reads it, else JSON.
fn default_format() -> Result<Format, Error> {
    use clap::ValueEnum;
    match non_empty_var("AWS_DEFAULT_OUTPUT") {
        None => Ok(Format::Json),
        Some(name) => Format::from_str(&name, true).map_err(|_| {
            Error::input(
                "AWS_DEFAULT_OUTPUT",
                format!("'{name}' is not json, text or table"),
            )
        }),
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
    Keystore::new(path, sources, region()?)
}

/// The region a new keystore records, as the aws CLI picks it.
fn region() -> Result<String, Error> {
    let (name, region) = match non_empty_var("AWS_REGION") {
        Some(r) => ("AWS_REGION", r),
        None => match non_empty_var("AWS_DEFAULT_REGION") {
            Some(r) => ("AWS_DEFAULT_REGION", r),
            None => return Ok("us-east-1".to_owned()),
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
    Ok(region)
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
