//! GenerateMac and VerifyMac: the HMAC keys' operations.

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::keystore::state::{KeyRecord, State};
use crate::ops::data_keys::unless_dry_run;
use crate::ops::key_id::key_arn;
use crate::ops::key_state;
use crate::ops::types::{
    Blob, GenerateMacRequest, GenerateMacResponse, VerifyMacRequest, VerifyMacResponse,
};
use crate::ops::{Ctx, limits, specs, validate};
use crate::spec::{KeyUsage, MacAlgorithm};

/// The message and algorithm checks both operations make first.
fn mac_input(message: &[u8], algorithm: Option<&str>) -> Result<MacAlgorithm> {
    validate::blob_length(message.len(), "message", 1, limits::MAX_PLAINTEXT)?;
    let algorithm = validate::required(algorithm, "macAlgorithm")?;
    validate::enumerated(
        algorithm,
        "macAlgorithm",
        MacAlgorithm::parse,
        MacAlgorithm::NAMES,
    )
}

/// The algorithm must be the key's own.
fn check_fit(record: &KeyRecord, algorithm: MacAlgorithm) -> Result<()> {
    if specs::mac_algorithms(record.key_spec).contains(&algorithm) {
        Ok(())
    } else {
        Err(specs::incompatible(algorithm.name(), record.key_spec))
    }
}

/// GenerateMac: the HMAC of the message under the key.
pub fn generate_mac(
    state: &State,
    ctx: &Ctx,
    req: GenerateMacRequest,
) -> Result<GenerateMacResponse> {
    let ctx = &ctx.with_fact("kms:macalgorithm", req.mac_algorithm.as_deref());
    let message = validate::required(req.message, "message")?.0;
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let algorithm = mac_input(message.expose(), req.mac_algorithm.as_deref())?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) =
        key_state::usable_for(state, ctx, key, KeyUsage::GenerateVerifyMac, "GenerateMac")?;
    check_fit(record, algorithm)?;
    let mac = Hsm::new(&state.domain_keys).generate_mac(
        &key_state::current_material(record, &key_id)?,
        algorithm,
        message.expose(),
    )?;
    unless_dry_run(
        req.dry_run,
        GenerateMacResponse {
            mac: Blob(mac),
            mac_algorithm: algorithm.name(),
            key_id: key_arn(state, &key_id),
        },
    )
}

/// VerifyMac: a MAC that is not the message's is KMSInvalidMacException
/// with AWS's empty message.
pub fn verify_mac(state: &State, ctx: &Ctx, req: VerifyMacRequest) -> Result<VerifyMacResponse> {
    let ctx = &ctx.with_fact("kms:macalgorithm", req.mac_algorithm.as_deref());
    let message = validate::required(req.message, "message")?.0;
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let algorithm = mac_input(message.expose(), req.mac_algorithm.as_deref())?;
    let mac = validate::required(req.mac, "mac")?.0;
    validate::blob_length(mac.len(), "mac", 1, limits::MAX_CIPHERTEXT)?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) =
        key_state::usable_for(state, ctx, key, KeyUsage::GenerateVerifyMac, "VerifyMac")?;
    check_fit(record, algorithm)?;
    let valid = Hsm::new(&state.domain_keys).verify_mac(
        &key_state::current_material(record, &key_id)?,
        algorithm,
        message.expose(),
        &mac,
    )?;
    if !valid {
        return Err(Error::InvalidMac(String::new()));
    }
    unless_dry_run(
        req.dry_run,
        VerifyMacResponse {
            key_id: key_arn(state, &key_id),
            mac_valid: true,
            mac_algorithm: algorithm.name(),
        },
    )
}
