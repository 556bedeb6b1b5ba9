//! `generate-data-key`, `generate-data-key-without-plaintext`, `encrypt`,
//! `decrypt`, `re-encrypt`, `generate-random` and `describe-ciphertext`.

use clap::Args;

use crate::cli::args::{DryRunArgs, GrantArgs, InputArgs};
use crate::cli::input;
use crate::error::{Error, Result};
use crate::ops::limits;
use crate::ops::types::{
    Blob, DecryptRequest, DescribeCiphertextRequest, EncryptRequest, GenerateDataKeyRequest,
    GenerateRandomRequest, ReEncryptRequest,
};

/// Generate a unique symmetric data key for use outside of KMS
///
/// Prints the key in plaintext and encrypted under the KMS key. Give exactly
/// one of --number-of-bytes and --key-spec.
#[derive(Debug, Args)]
pub struct GenerateDataKeyArgs {
    /// The KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// Length of the data key in bytes (1 to 1024)
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = crate::cli::args::python_int)]
    pub number_of_bytes: Option<i64>,

    /// AES_256 (32 bytes) or AES_128 (16 bytes)
    #[arg(long, value_name = "SPEC")]
    pub key_spec: Option<String>,

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

impl TryFrom<GenerateDataKeyArgs> for GenerateDataKeyRequest {
    type Error = Error;

    fn try_from(args: GenerateDataKeyArgs) -> Result<Self> {
        let mut req: GenerateDataKeyRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.number_of_bytes = args.number_of_bytes.or(req.number_of_bytes);
        req.key_spec = args.key_spec.or(req.key_spec);
        if let Some(value) = &args.encryption_context {
            req.encryption_context = Some(input::context("--encryption-context", value)?);
        }
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Encrypt up to 4096 bytes under a KMS key
#[derive(Debug, Args)]
pub struct EncryptArgs {
    /// The KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The plaintext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub plaintext: Option<String>,

    /// Encryption context: `k=v,k2=v2` or JSON `{"k":"v"}`, or file://PATH
    #[arg(long, value_name = "CONTEXT")]
    pub encryption_context: Option<String>,

    /// SYMMETRIC_DEFAULT (the default: a symmetric key), or RSAES_OAEP_SHA_1,
    /// RSAES_OAEP_SHA_256 (RSA keys) or SM2PKE (SM2 keys)
    #[arg(long, value_name = "ALGORITHM")]
    pub encryption_algorithm: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<EncryptArgs> for EncryptRequest {
    type Error = Error;

    fn try_from(args: EncryptArgs) -> Result<Self> {
        let mut req: EncryptRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        if let Some(value) = &args.plaintext {
            req.plaintext = Some(input::secret_blob(
                "--plaintext",
                value,
                limits::MAX_PLAINTEXT,
            )?);
        }
        if let Some(value) = &args.encryption_context {
            req.encryption_context = Some(input::context("--encryption-context", value)?);
        }
        req.encryption_algorithm = args.encryption_algorithm.or(req.encryption_algorithm);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Get 1 to 1024 random bytes from the operating system's random source
#[derive(Debug, Args)]
pub struct GenerateRandomArgs {
    /// How many bytes, 1 to 1024
    #[arg(
        long,
        value_name = "N",
        allow_negative_numbers = true,
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"],
        value_parser = crate::cli::args::python_int
    )]
    pub number_of_bytes: Option<i64>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<GenerateRandomArgs> for GenerateRandomRequest {
    type Error = Error;

    fn try_from(args: GenerateRandomArgs) -> Result<Self> {
        let mut req: GenerateRandomRequest = args.input.request()?;
        req.number_of_bytes = args.number_of_bytes.or(req.number_of_bytes);
        Ok(req)
    }
}

/// Show what a ciphertext blob says about itself, without decrypting it
///
/// Prints the blob's format version, the key and key material that made it,
/// whether an encryption context is bound to it, and whether this keystore
/// holds that key material. The key need not be enabled.
#[derive(Debug, Args)]
pub struct DescribeCiphertextArgs {
    /// The ciphertext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub ciphertext_blob: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<DescribeCiphertextArgs> for DescribeCiphertextRequest {
    type Error = Error;

    fn try_from(args: DescribeCiphertextArgs) -> Result<Self> {
        let mut req: DescribeCiphertextRequest = args.input.request()?;
        if let Some(value) = &args.ciphertext_blob {
            req.ciphertext_blob = Some(ciphertext(value)?);
        }
        Ok(req)
    }
}

/// Decrypt ciphertext that was encrypted under a KMS key
///
/// A kms-local blob names its key; --key-id, if given, must name the same
/// key. An RSA or SM2 ciphertext needs --key-id and --encryption-algorithm.
#[derive(Debug, Args)]
pub struct DecryptArgs {
    /// The ciphertext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)
    #[arg(long, value_name = "BLOB")]
    pub ciphertext_blob: Option<String>,

    /// The encryption context the ciphertext was made with
    #[arg(long, value_name = "CONTEXT")]
    pub encryption_context: Option<String>,

    /// The key that must have made the ciphertext (key id, key ARN, alias/NAME or alias ARN)
    #[arg(long, value_name = "KEY")]
    pub key_id: Option<String>,

    /// SYMMETRIC_DEFAULT (the default: a symmetric key), or RSAES_OAEP_SHA_1,
    /// RSAES_OAEP_SHA_256 (RSA keys) or SM2PKE (SM2 keys)
    #[arg(long, value_name = "ALGORITHM")]
    pub encryption_algorithm: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

fn ciphertext(value: &str) -> Result<Blob> {
    input::public_blob("--ciphertext-blob", value, limits::MAX_CIPHERTEXT)
}

impl TryFrom<DecryptArgs> for DecryptRequest {
    type Error = Error;

    fn try_from(args: DecryptArgs) -> Result<Self> {
        let mut req: DecryptRequest = args.input.request()?;
        if let Some(value) = &args.ciphertext_blob {
            req.ciphertext_blob = Some(ciphertext(value)?);
        }
        if let Some(value) = &args.encryption_context {
            req.encryption_context = Some(input::context("--encryption-context", value)?);
        }
        req.key_id = args.key_id.or(req.key_id);
        req.encryption_algorithm = args.encryption_algorithm.or(req.encryption_algorithm);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Decrypt ciphertext and encrypt it again under a KMS key, inside kms-local
///
/// The plaintext never leaves the process. Use it to move ciphertext to
/// another key, to the key's current material, or to a new encryption context.
#[derive(Debug, Args)]
pub struct ReEncryptArgs {
    /// The ciphertext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)
    #[arg(long, value_name = "BLOB")]
    pub ciphertext_blob: Option<String>,

    /// The key to encrypt under: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub destination_key_id: Option<String>,

    /// The encryption context the ciphertext was made with
    #[arg(long, value_name = "CONTEXT")]
    pub source_encryption_context: Option<String>,

    /// The encryption context for the new ciphertext
    #[arg(long, value_name = "CONTEXT")]
    pub destination_encryption_context: Option<String>,

    /// The key that must have made the ciphertext (required for an RSA or SM2 ciphertext)
    #[arg(long, value_name = "KEY")]
    pub source_key_id: Option<String>,

    /// The algorithm the ciphertext was made with (SYMMETRIC_DEFAULT by default)
    #[arg(long, value_name = "ALGORITHM")]
    pub source_encryption_algorithm: Option<String>,

    /// The algorithm to encrypt with (SYMMETRIC_DEFAULT by default)
    #[arg(long, value_name = "ALGORITHM")]
    pub destination_encryption_algorithm: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<ReEncryptArgs> for ReEncryptRequest {
    type Error = Error;

    fn try_from(args: ReEncryptArgs) -> Result<Self> {
        let mut req: ReEncryptRequest = args.input.request()?;
        if let Some(value) = &args.ciphertext_blob {
            req.ciphertext_blob = Some(ciphertext(value)?);
        }
        req.destination_key_id = args.destination_key_id.or(req.destination_key_id);
        if let Some(value) = &args.source_encryption_context {
            req.source_encryption_context =
                Some(input::context("--source-encryption-context", value)?);
        }
        if let Some(value) = &args.destination_encryption_context {
            req.destination_encryption_context =
                Some(input::context("--destination-encryption-context", value)?);
        }
        req.source_key_id = args.source_key_id.or(req.source_key_id);
        req.source_encryption_algorithm = args
            .source_encryption_algorithm
            .or(req.source_encryption_algorithm);
        req.destination_encryption_algorithm = args
            .destination_encryption_algorithm
            .or(req.destination_encryption_algorithm);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}
