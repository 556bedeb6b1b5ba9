//! `generate-data-key-pair` and `generate-data-key-pair-without-plaintext`.

use clap::Args;

use crate::cli::args::{DryRunArgs, GrantArgs, InputArgs};
use crate::cli::input;
use crate::error::{Error, Result};
use crate::ops::types::GenerateDataKeyPairRequest;

/// Generate a key pair for use outside KMS, its private key encrypted under a symmetric KMS key
///
/// Prints the public key (DER SubjectPublicKeyInfo) and the private key
/// (PKCS#8 DER) encrypted, and for generate-data-key-pair in plaintext too.
/// Decrypt opens the encrypted private key, given the same encryption context.
#[derive(Debug, Args)]
pub struct GenerateDataKeyPairArgs {
    /// The symmetric encryption KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// RSA_2048/3072/4096, ECC_NIST_P256/P384/P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519,
    /// ML_KEM_512/768/1024 or SM2
    #[arg(long, value_name = "SPEC", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_pair_spec: Option<String>,

    /// Encryption context: `k=v,k2=v2` or JSON `{"k":"v"}`, or file://PATH
    #[arg(long, value_name = "CONTEXT")]
    pub encryption_context: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<GenerateDataKeyPairArgs> for GenerateDataKeyPairRequest {
    type Error = Error;

    fn try_from(args: GenerateDataKeyPairArgs) -> Result<Self> {
        let mut req: GenerateDataKeyPairRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.key_pair_spec = args.key_pair_spec.or(req.key_pair_spec);
        if let Some(value) = &args.encryption_context {
            req.encryption_context = Some(input::context("--encryption-context", value)?);
        }
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}
