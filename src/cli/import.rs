//! `get-parameters-for-import`, `import-key-material` and
//! `delete-imported-key-material`: key material of one's own in a key made
//! with `create-key --origin EXTERNAL`.

use clap::Args;

use crate::cli::args::InputArgs;
use crate::cli::input;
use crate::error::{Error, Result};
use crate::ops::types::{
    DeleteImportedKeyMaterialRequest, GetParametersForImportRequest, ImportKeyMaterialRequest,
    RequestTime,
};
use crate::timestamp::Timestamp;

/// The longest import token and wrapped material AWS takes.
const MAX_IMPORT_BLOB: usize = 6144;

/// Get a public key to wrap key material with, and its import token
///
/// Prints {"KeyId", "ImportToken", "PublicKey", "ParametersValidTo"}: the
/// public key (DER SubjectPublicKeyInfo) and the token are a pair, good for
/// 24 hours, for this key only.
#[derive(Debug, Args)]
pub struct GetParametersForImportArgs {
    /// The key of imported material (Origin EXTERNAL): key id or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1, RSA_AES_KEY_WRAP_SHA_256 or
    /// SM2PKE
    #[arg(long, value_name = "ALGORITHM", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub wrapping_algorithm: Option<String>,

    /// RSA_2048, RSA_3072, RSA_4096 or SM2
    #[arg(long, value_name = "SPEC", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub wrapping_key_spec: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<GetParametersForImportArgs> for GetParametersForImportRequest {
    type Error = Error;

    fn try_from(args: GetParametersForImportArgs) -> Result<Self> {
        let mut req: GetParametersForImportRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.wrapping_algorithm = args.wrapping_algorithm.or(req.wrapping_algorithm);
        req.wrapping_key_spec = args.wrapping_key_spec.or(req.wrapping_key_spec);
        Ok(req)
    }
}

/// Import key material wrapped under the public key of get-parameters-for-import
///
/// Prints {"KeyId", "KeyMaterialId"} (the id for symmetric keys only).
#[derive(Debug, Args)]
pub struct ImportKeyMaterialArgs {
    /// The key the import token was made for: key id or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The import token: base64, fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub import_token: Option<String>,

    /// The wrapped key material: base64, fileb://PATH, file://PATH or -
    #[arg(long, value_name = "BLOB", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub encrypted_key_material: Option<String>,

    /// When the material expires: RFC 3339 or epoch seconds (with KEY_MATERIAL_EXPIRES)
    #[arg(long, value_name = "TIME")]
    pub valid_to: Option<String>,

    /// KEY_MATERIAL_EXPIRES (the default) or KEY_MATERIAL_DOES_NOT_EXPIRE
    #[arg(long, value_name = "MODEL")]
    pub expiration_model: Option<String>,

    /// NEW_KEY_MATERIAL or EXISTING_KEY_MATERIAL (symmetric keys)
    #[arg(long, value_name = "TYPE")]
    pub import_type: Option<String>,

    /// A description of this material (symmetric keys)
    #[arg(long, value_name = "TEXT")]
    pub key_material_description: Option<String>,

    /// The id of material imported before (symmetric keys, with EXISTING_KEY_MATERIAL)
    #[arg(long, value_name = "ID")]
    pub key_material_id: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<ImportKeyMaterialArgs> for ImportKeyMaterialRequest {
    type Error = Error;

    fn try_from(args: ImportKeyMaterialArgs) -> Result<Self> {
        let mut req: ImportKeyMaterialRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        if let Some(value) = &args.import_token {
            req.import_token = Some(input::public_blob(
                "--import-token",
                value,
                MAX_IMPORT_BLOB,
            )?);
        }
        if let Some(value) = &args.encrypted_key_material {
            let parameter = "--encrypted-key-material";
            req.encrypted_key_material =
                Some(input::public_blob(parameter, value, MAX_IMPORT_BLOB)?);
        }
        if let Some(text) = &args.valid_to {
            let parsed = Timestamp::parse_rfc3339(text).or_else(|| {
                let seconds: f64 = text.parse().ok()?;
                (seconds.is_finite() && seconds.abs() < 9.0e12)
                    .then(|| Timestamp((seconds * 1000.0).round() as i64))
            });
            let time = parsed.ok_or_else(|| {
                Error::input(
                    "--valid-to",
                    format!("'{text}' is not an RFC 3339 time or epoch seconds"),
                )
            })?;
            req.valid_to = Some(RequestTime(time));
        }
        req.expiration_model = args.expiration_model.or(req.expiration_model);
        req.import_type = args.import_type.or(req.import_type);
        req.key_material_description = args
            .key_material_description
            .or(req.key_material_description);
        req.key_material_id = args.key_material_id.or(req.key_material_id);
        Ok(req)
    }
}

/// Delete imported key material: the key is PendingImport until it is imported again
///
/// Prints {"KeyId", "KeyMaterialId"}.
#[derive(Debug, Args)]
pub struct DeleteImportedKeyMaterialArgs {
    /// The key of imported material: key id or key ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The material to delete [default: the current one]
    #[arg(long, value_name = "ID")]
    pub key_material_id: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<DeleteImportedKeyMaterialArgs> for DeleteImportedKeyMaterialRequest {
    type Error = Error;

    fn try_from(args: DeleteImportedKeyMaterialArgs) -> Result<Self> {
        let mut req: DeleteImportedKeyMaterialRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        req.key_material_id = args.key_material_id.or(req.key_material_id);
        Ok(req)
    }
}
