//! `export-keys` and `import-keys`: share keys between keystores as one
//! key bundle, a sealed file, so that blobs made in one decrypt in the other.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::InputArgs;
use crate::cli::output::Output;
use crate::cli::{Run, secret_var};
use crate::error::Result;
use crate::keystore::kek::{BUNDLE, KekSources};
use crate::ops::types::ExportKeysRequest;
use crate::ops::{Kms, admin};

/// The names the variables had before key bundles were called so: each is
/// read when its new name is unset, for one release.
const OLD_KEY_VAR: &str = "KMS_LOCAL_FIXTURE_KEY";
const OLD_PASSPHRASE_VAR: &str = "KMS_LOCAL_FIXTURE_PASSPHRASE";

/// The key that seals a key bundle: a key file, a 32-byte key in
/// KMS_LOCAL_BUNDLE_KEY, or else a passphrase.
#[derive(Debug, Args)]
pub struct BundleKeyArgs {
    /// The key bundle
    #[arg(long, value_name = "PATH")]
    pub file: PathBuf,

    // Each flag keeps its name from before key bundles were called so, as a
    // hidden alias, for one release.
    /// A key file (base64 of 32 bytes) sealing the bundle; export-keys creates
    /// it (mode 0600) if it is missing [default: KMS_LOCAL_BUNDLE_KEY, else a
    /// passphrase]
    #[arg(long, value_name = "PATH", alias = "fixture-key-file")]
    pub bundle_key_file: Option<PathBuf>,

    /// Read the bundle's passphrase from here [default:
    /// KMS_LOCAL_BUNDLE_PASSPHRASE, else a terminal prompt]
    #[arg(long, value_name = "PATH", alias = "fixture-passphrase-file")]
    pub bundle_passphrase_file: Option<PathBuf>,
}

impl BundleKeyArgs {
    /// A flag given on the command line wins over every variable.
    fn sources(&self) -> KekSources {
        let flagged = self.bundle_key_file.is_some() || self.bundle_passphrase_file.is_some();
        let var = |name, old| {
            if flagged {
                None
            } else {
                secret_var(name).or_else(|| secret_var(old))
            }
        };
        KekSources {
            names: &BUNDLE,
            master_key: var(BUNDLE.key_var, OLD_KEY_VAR),
            master_key_file: self.bundle_key_file.clone(),
            passphrase: var(BUNDLE.passphrase_var, OLD_PASSPHRASE_VAR),
            passphrase_file: self.bundle_passphrase_file.clone(),
        }
    }
}

/// Write keys, with their aliases and every version of their material, to a key bundle
///
/// The bundle is one file, sealed like a keystore under its own key
/// (--bundle-key-file or KMS_LOCAL_BUNDLE_KEY) or passphrase
/// (--bundle-passphrase-file, KMS_LOCAL_BUNDLE_PASSPHRASE, or a prompt).
/// import-keys adds its keys to another keystore, where their blobs decrypt.
#[derive(Debug, Args)]
pub struct ExportKeysArgs {
    /// The keys to export (key id, key ARN, alias/NAME or alias ARN) [default: all]
    #[arg(long, num_args = 1.., value_name = "KEY")]
    pub key_ids: Vec<String>,

    #[command(flatten)]
    pub target: BundleKeyArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

fn export_keys(args: ExportKeysArgs, kms: &Kms, out: &Output) -> Result<()> {
    let mut req: ExportKeysRequest = args.input.request()?;
    if !args.key_ids.is_empty() {
        req.key_ids = Some(args.key_ids);
    }
    out.print(&kms.export_keys(req, &args.target.file, &args.target.sources())?)
}

/// Add the keys of a key bundle written by export-keys to this keystore
///
/// A key that is here already with the same key material is left as it is;
/// a key id with other material, or an alias naming another key, fails the
/// whole import and changes nothing.
#[derive(Debug, Args)]
pub struct ImportKeysArgs {
    #[command(flatten)]
    pub source: BundleKeyArgs,
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
