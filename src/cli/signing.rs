//! `sign`, `verify`, `get-public-key`, `generate-mac` and `verify-mac`.

use clap::Args;

use crate::cli::args::{DryRunArgs, GrantArgs, InputArgs};
use crate::cli::input;
use crate::error::{Error, Result};
use crate::ops::limits;
use crate::ops::types::{
    GenerateMacRequest, GetPublicKeyRequest, SecretBlob, SignRequest, VerifyMacRequest,
    VerifyRequest,
};

/// A `--message`: at most 4096 bytes, kept in a zeroizing buffer.
fn message(value: &str) -> Result<SecretBlob> {
    input::secret_blob("--message", value, limits::MAX_PLAINTEXT)
}

/// Sign a message or digest with an asymmetric KMS key
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The message (up to 4096 bytes) or digest: base64, fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub message: Option<String>,

    /// RAW (the default), DIGEST, or EXTERNAL_MU (ML-DSA's 64-byte μ)
    #[arg(long, value_name = "TYPE")]
    pub message_type: Option<String>,

    /// One of the key's SigningAlgorithms, e.g. ECDSA_SHA_256
    #[arg(
        long,
        value_name = "ALGORITHM",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"]
    )]
    pub signing_algorithm: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<SignArgs> for SignRequest {
    type Error = Error;

    fn try_from(args: SignArgs) -> Result<Self> {
        let mut req: SignRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        if let Some(value) = &args.message {
            req.message = Some(message(value)?);
        }
        req.message_type = args.message_type.or(req.message_type);
        req.signing_algorithm = args.signing_algorithm.or(req.signing_algorithm);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Verify a signature made with an asymmetric KMS key
///
/// A signature that does not verify is KMSInvalidSignatureException.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The message or digest that was signed
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub message: Option<String>,

    /// RAW (the default), DIGEST or EXTERNAL_MU
    #[arg(long, value_name = "TYPE")]
    pub message_type: Option<String>,

    /// The signature: base64, fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub signature: Option<String>,

    /// The algorithm the signature was made with
    #[arg(
        long,
        value_name = "ALGORITHM",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"]
    )]
    pub signing_algorithm: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<VerifyArgs> for VerifyRequest {
    type Error = Error;

    fn try_from(args: VerifyArgs) -> Result<Self> {
        let mut req: VerifyRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        if let Some(value) = &args.message {
            req.message = Some(message(value)?);
        }
        req.message_type = args.message_type.or(req.message_type);
        if let Some(value) = &args.signature {
            req.signature = Some(input::public_blob(
                "--signature",
                value,
                limits::MAX_CIPHERTEXT,
            )?);
        }
        req.signing_algorithm = args.signing_algorithm.or(req.signing_algorithm);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Print the public key of an asymmetric KMS key (DER SubjectPublicKeyInfo)
#[derive(Debug, Args)]
pub struct GetPublicKeyArgs {
    /// The KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<GetPublicKeyArgs> for GetPublicKeyRequest {
    type Error = Error;

    fn try_from(args: GetPublicKeyArgs) -> Result<Self> {
        let mut req: GetPublicKeyRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        args.grants.apply(&mut req.grant_tokens);
        Ok(req)
    }
}

/// Make the HMAC of a message with an HMAC KMS key
#[derive(Debug, Args)]
pub struct GenerateMacArgs {
    /// The message (up to 4096 bytes): base64, fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub message: Option<String>,

    /// The HMAC KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The key's MAC algorithm: HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384 or HMAC_SHA_512
    #[arg(
        long,
        value_name = "ALGORITHM",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"]
    )]
    pub mac_algorithm: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<GenerateMacArgs> for GenerateMacRequest {
    type Error = Error;

    fn try_from(args: GenerateMacArgs) -> Result<Self> {
        let mut req: GenerateMacRequest = args.input.request()?;
        if let Some(value) = &args.message {
            req.message = Some(message(value)?);
        }
        req.key_id = args.key_id.or(req.key_id);
        req.mac_algorithm = args.mac_algorithm.or(req.mac_algorithm);
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}

/// Verify the HMAC of a message with an HMAC KMS key
///
/// A MAC that does not verify is KMSInvalidMacException.
#[derive(Debug, Args)]
pub struct VerifyMacArgs {
    /// The message: base64, fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub message: Option<String>,

    /// The HMAC KMS key: key id, key ARN, alias/NAME or alias ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The algorithm the MAC was made with
    #[arg(
        long,
        value_name = "ALGORITHM",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"]
    )]
    pub mac_algorithm: Option<String>,

    /// The MAC to check: base64, fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub mac: Option<String>,

    #[command(flatten)]
    pub grants: GrantArgs,

    #[command(flatten)]
    pub dry_run: DryRunArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<VerifyMacArgs> for VerifyMacRequest {
    type Error = Error;

    fn try_from(args: VerifyMacArgs) -> Result<Self> {
        let mut req: VerifyMacRequest = args.input.request()?;
        if let Some(value) = &args.message {
            req.message = Some(message(value)?);
        }
        req.key_id = args.key_id.or(req.key_id);
        req.mac_algorithm = args.mac_algorithm.or(req.mac_algorithm);
        if let Some(value) = &args.mac {
            req.mac = Some(input::public_blob("--mac", value, limits::MAX_CIPHERTEXT)?);
        }
        args.grants.apply(&mut req.grant_tokens);
        args.dry_run.apply(&mut req.dry_run);
        Ok(req)
    }
}
