//! `export-keys` and `import-keys`: share keys between keystores as one
//! sealed file, so that blobs made in one decrypt in the other.

use std::path::PathBuf;

use clap::Args;

use crate::cli::Run;
use crate::cli::output::Output;
use crate::cli::{input, secret_var};
use crate::error::Result;
use crate::keystore::kek::{FIXTURE, KekSources};
use crate::ops::types::ExportKeysRequest;
use crate::ops::{Kms, admin};

/// The key that seals a file of exported keys: a key file, a 32-byte key in
/// KMS_LOCAL_FIXTURE_KEY, or else a passphrase.
#[derive(Debug, Args)]
pub struct FixtureKeyArgs {
    /// The file of exported keys
    #[arg(long, value_name = "PATH")]
    pub file: PathBuf,

    /// A key file (base64 of 32 bytes) sealing the file; export-keys creates it
    /// (mode 0600) if it is missing [default: KMS_LOCAL_FIXTURE_KEY, else a
    /// passphrase]
    #[arg(long, value_name = "PATH")]
    pub fixture_key_file: Option<PathBuf>,

    /// Read the file's passphrase from here [default: KMS_LOCAL_FIXTURE_PASSPHRASE,
    /// else a terminal prompt]
    #[arg(long, value_name = "PATH")]
    pub fixture_passphrase_file: Option<PathBuf>,
}

impl FixtureKeyArgs {
    /// A flag given on the command line wins over both variables.
    fn sources(&self) -> KekSources {
        let flagged = self.fixture_key_file.is_some() || self.fixture_passphrase_file.is_some();
        let var = |name| if flagged { None } else { secret_var(name) };
        KekSources {
            names: &FIXTURE,
            master_key: var(FIXTURE.key_var),
            master_key_file: self.fixture_key_file.clone(),
            passphrase: var(FIXTURE.passphrase_var),
            passphrase_file: self.fixture_passphrase_file.clone(),
        }
    }
}

/// Write keys, with their aliases and every version of their material, to a sealed file
///
/// The file is sealed like a keystore, under its own key (--fixture-key-file
/// or KMS_LOCAL_FIXTURE_KEY) or passphrase (--fixture-passphrase-file,
/// KMS_LOCAL_FIXTURE_PASSPHRASE, or a prompt). import-keys adds them to
/// another keystore, where their blobs decrypt.
#[derive(Debug, Args)]
pub struct ExportKeysArgs {
    /// The keys to export (key id, key ARN, alias/NAME or alias ARN) [default: all]
    #[arg(long, num_args = 1.., value_name = "KEY")]
    pub key_ids: Vec<String>,

    #[command(flatten)]
    pub target: FixtureKeyArgs,

    /// The request as JSON (`{"KeyIds": [...]}`), inline or file://PATH
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

fn export_keys(args: ExportKeysArgs, kms: &Kms, out: &Output) -> Result<()> {
    let mut req: ExportKeysRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    if !args.key_ids.is_empty() {
        req.key_ids = Some(args.key_ids);
    }
    out.print(&kms.export_keys(req, &args.target.file, &args.target.sources())?)
}

/// Add the keys of a file written by export-keys to this keystore
///
/// A key that is here already with the same key material is left as it is;
/// a key id with other material, or an alias naming another key, fails the
/// whole import and changes nothing.
#[derive(Debug, Args)]
pub struct ImportKeysArgs {
    #[command(flatten)]
    pub source: FixtureKeyArgs,
}

fn import_keys(args: ImportKeysArgs, kms: &Kms, out: &Output) -> Result<()> {
    out.print(&kms.import_keys(&args.source.file, &args.source.sources())?)
}

impl Run for ExportKeysArgs {
    fn operation(&self) -> &'static str {
        admin::EXPORT_KEYS
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        export_keys(self, &kms, out)
    }
}

impl Run for ImportKeysArgs {
    fn operation(&self) -> &'static str {
        admin::IMPORT_KEYS
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        import_keys(self, &kms, out)
    }
}
