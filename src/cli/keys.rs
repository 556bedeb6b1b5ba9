//! `init` and `create-key`.

use clap::Args;
use serde::Serialize;

use crate::cli::{input, output};
use crate::error::Result;
use crate::keystore::kek::KekOrigin;
use crate::ops::Kms;
use crate::ops::types::CreateKeyRequest;

/// Create the keystore (an error if one exists)
///
/// Without --passphrase the keystore is sealed under KMS_LOCAL_MASTER_KEY if
/// set, else under a master key file, created with mode 0600 if missing.
/// With --passphrase it is sealed under Argon2id of a passphrase read from
/// KMS_LOCAL_PASSPHRASE, --passphrase-file, or the terminal (asked twice).
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Protect the keystore with a passphrase instead of a master key
    #[arg(long)]
    pub passphrase: bool,
}

/// What `init` prints.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct InitResponse {
    keystore: String,
    region: String,
    protection: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    master_key_file: Option<String>,
}

pub(crate) fn init(args: InitArgs, kms: &Kms) -> Result<()> {
    let created = kms.init(args.passphrase)?;
    let (protection, master_key_file) = match created.origin {
        KekOrigin::Passphrase => ("Passphrase", None),
        KekOrigin::Environment => ("MasterKeyEnvironment", None),
        KekOrigin::KeyFile { path, .. } => ("MasterKeyFile", Some(path.display().to_string())),
    };
    output::print_json(&InitResponse {
        keystore: created.path.display().to_string(),
        region: created.region,
        protection,
        master_key_file,
    })
}

/// Create a symmetric encryption KMS key
#[derive(Debug, Args)]
pub struct CreateKeyArgs {
    /// A description of the key (0 to 8192 characters)
    #[arg(long)]
    pub description: Option<String>,

    /// ENCRYPT_DECRYPT, the only usage kms-local supports
    #[arg(long, value_name = "USAGE")]
    pub key_usage: Option<String>,

    /// SYMMETRIC_DEFAULT, the only spec kms-local supports
    #[arg(long, value_name = "SPEC")]
    pub key_spec: Option<String>,

    /// Tags: `TagKey=k,TagValue=v` each, or a JSON list
    #[arg(long, num_args = 1.., value_name = "TAG")]
    pub tags: Vec<String>,

    /// The CreateKey request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

impl TryFrom<CreateKeyArgs> for CreateKeyRequest {
    type Error = crate::error::Error;

    fn try_from(args: CreateKeyArgs) -> Result<Self> {
        let mut req: CreateKeyRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
        req.description = args.description.or(req.description);
        req.key_usage = args.key_usage.or(req.key_usage);
        req.key_spec = args.key_spec.or(req.key_spec);
        if !args.tags.is_empty() {
            let mut tags = Vec::new();
            for value in &args.tags {
                tags.extend(input::tags("--tags", value)?);
            }
            req.tags = Some(tags);
        }
        Ok(req)
    }
}

pub(crate) fn create_key(args: CreateKeyArgs, kms: &Kms) -> Result<()> {
    output::print_json(&kms.create_key(args.try_into()?)?)
}
