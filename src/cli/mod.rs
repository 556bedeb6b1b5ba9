//! The command line: clap types (free of side effects, so tests and
//! generators can call [`Cli::command`]), the environment, and dispatch.
//! Each command file holds its `*Args`, their conversion to the typed
//! request, and a `run` that calls the operations layer and prints.

mod aliases;
mod data_keys;
pub mod input;
mod keys;
pub mod output;
mod rotate;

use std::env;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use zeroize::Zeroizing;

use crate::error::{Error, KeystoreProblem};
use crate::keystore::Keystore;
use crate::keystore::kek::KekSources;
use crate::ops::Kms;
use crate::timestamp::Timestamp;

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

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(keys::InitArgs),
    CreateKey(keys::CreateKeyArgs),
    CreateAlias(aliases::CreateAliasArgs),
    GenerateDataKey(data_keys::GenerateDataKeyArgs),
    Decrypt(data_keys::DecryptArgs),
    ReEncrypt(data_keys::ReEncryptArgs),
    #[command(visible_alias = "rotate-key-on-demand")]
    Rotate(rotate::RotateArgs),
}

impl Command {
    /// The operation name printed in error messages.
    pub fn operation(&self) -> &'static str {
        match self {
            Command::Init(_) => "Init",
            Command::CreateKey(_) => "CreateKey",
            Command::CreateAlias(_) => "CreateAlias",
            Command::GenerateDataKey(_) => "GenerateDataKey",
            Command::Decrypt(_) => "Decrypt",
            Command::ReEncrypt(_) => "ReEncrypt",
            Command::Rotate(args) if args.domain => "RotateDomainKey",
            Command::Rotate(_) => "RotateKeyOnDemand",
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    let kms = Kms::new(keystore(&cli)?, Timestamp::now());
    match cli.command {
        Command::Init(args) => keys::init(args, &kms),
        Command::CreateKey(args) => keys::create_key(args, &kms),
        Command::CreateAlias(args) => aliases::create_alias(args, &kms),
        Command::GenerateDataKey(args) => data_keys::generate_data_key(args, &kms),
        Command::Decrypt(args) => data_keys::decrypt(args, &kms),
        Command::ReEncrypt(args) => data_keys::re_encrypt(args, &kms),
        Command::Rotate(args) => rotate::rotate(args, &kms),
    }
}

fn non_empty_var(name: &str) -> Option<String> {
    env::var(name).ok().filter(|v| !v.is_empty())
}

fn secret_var(name: &str) -> Option<Zeroizing<String>> {
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
