//! `derive-shared-secret`, `encapsulate` and `decapsulate`.

use clap::Args;

use crate::cli::args::{DryRunArgs, GrantArgs, InputArgs};
use crate::cli::input;
use crate::error::{Error, Result};
use crate::ops::limits;
use crate::ops::types::{DecapsulateRequest, DeriveSharedSecretRequest, EncapsulateRequest};

/// Derive a shared secret (ECDH) from a key agreement KMS key and a peer's public key
///
/// The secret is the raw ECDH value (the shared point's x-coordinate), with no key derivation
/// function applied.
#[derive(Debug, Args)]
pub struct DeriveSharedSecretArgs {
    /// The KEY_AGREEMENT KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// ECDH, the only key agreement algorithm
    #[arg(
        long,
        value_name = "ALGORITHM",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"]
    )]
    pub key_agreement_algorithm: Option<String>,

    /// The peer's public key, DER SubjectPublicKeyInfo on the KMS key's curve: base64,
    /// fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub public_key: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<DeriveSharedSecretArgs> for DeriveSharedSecretRequest {
    type Error = Error;

    fn try_from(args: DeriveSharedSecretArgs) -> Result<Self> {
        let mut req: DeriveSharedSecretRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.key_agreement_algorithm = args.key_agreement_algorithm.or(req.key_agreement_algorithm);
        if let Some(value) = &args.public_key {
            req.public_key = Some(input::public_blob(
                "--public-key",
                value,
                limits::MAX_PEER_PUBLIC_KEY,
            )?);
        }
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Make a shared secret and its ML-KEM ciphertext with an ML-KEM KMS key's public key
#[derive(Debug, Args)]
pub struct EncapsulateArgs {
    /// The ENCAPSULATE_DECAPSULATE KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// ML_KEM, the only encapsulation algorithm
    #[arg(
        long,
        value_name = "ALGORITHM",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"]
    )]
    pub encapsulation_algorithm: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<EncapsulateArgs> for EncapsulateRequest {
    type Error = Error;

    fn try_from(args: EncapsulateArgs) -> Result<Self> {
        let mut req: EncapsulateRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.encapsulation_algorithm = args.encapsulation_algorithm.or(req.encapsulation_algorithm);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Recover the shared secret an ML-KEM ciphertext carries, with an ML-KEM KMS key
///
/// Only a ciphertext of the wrong length is refused (InvalidCiphertextException); any other
/// that was not made for the key gives an unrelated pseudo-random secret, as ML-KEM specifies.
#[derive(Debug, Args)]
pub struct DecapsulateArgs {
    /// The ENCAPSULATE_DECAPSULATE KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The ciphertext Encapsulate made: base64, fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub shared_secret_ciphertext_blob: Option<String>,

    /// ML_KEM, the only encapsulation algorithm
    #[arg(
        long,
        value_name = "ALGORITHM",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"]
    )]
    pub encapsulation_algorithm: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<DecapsulateArgs> for DecapsulateRequest {
    type Error = Error;

    fn try_from(args: DecapsulateArgs) -> Result<Self> {
        let mut req: DecapsulateRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        if let Some(value) = &args.shared_secret_ciphertext_blob {
            req.shared_secret_ciphertext_blob = Some(input::public_blob(
                "--shared-secret-ciphertext-blob",
                value,
                limits::MAX_CIPHERTEXT,
            )?);
        }
        req.encapsulation_algorithm = args.encapsulation_algorithm.or(req.encapsulation_algorithm);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}
