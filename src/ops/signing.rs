//! Sign, Verify and GetPublicKey: the asymmetric signing keys' operations.

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::hsm::signing::{self, Message};
use crate::keystore::state::{KeyRecord, State};
use crate::ops::key_id::{Accept, KeyRef, key_arn};
use crate::ops::key_state::{self, Use};
use crate::ops::types::{
    Blob, GetPublicKeyRequest, GetPublicKeyResponse, SignRequest, SignResponse, VerifyRequest,
    VerifyResponse,
};
use crate::ops::{Ctx, limits, specs, validate};
use crate::spec::{KeyUsage, MessageType, SigningAlgorithm};

/// The checks Sign and Verify share, in AWS's order (the request's fields,
/// then the key, then whether the algorithm and message fit it): the
/// algorithm and message type.
fn signing_input(
    algorithm: Option<&str>,
    message_type: Option<&str>,
    message: &[u8],
) -> Result<(SigningAlgorithm, MessageType)> {
    validate::blob_length(message.len(), "message", 1, limits::MAX_PLAINTEXT)?;
    let algorithm = validate::required(algorithm, "signingAlgorithm")?;
    let algorithm = validate::enumerated(
        algorithm,
        "signingAlgorithm",
        SigningAlgorithm::parse,
        SigningAlgorithm::NAMES,
    )?;
    let message_type = message_type
        .map(|t| validate::enumerated(t, "messageType", MessageType::parse, MessageType::NAMES))
        .transpose()?
        .unwrap_or(MessageType::Raw);
    Ok((algorithm, message_type))
}

/// The algorithm must be one of the key's, and the message fit it.
fn check_fit(
    record: &KeyRecord,
    algorithm: SigningAlgorithm,
    message_type: MessageType,
    message: &[u8],
) -> Result<()> {
    if !specs::signing_algorithms(record.key_spec).contains(&algorithm) {
        return Err(specs::incompatible(algorithm.name(), record.key_spec));
    }
    specs::check_message(algorithm, message_type, message)
}

fn message(message_type: MessageType, bytes: &[u8]) -> Message<'_> {
    match message_type {
        MessageType::Raw => Message::Raw(bytes),
        MessageType::Digest => Message::Digest(bytes),
        MessageType::ExternalMu => Message::ExternalMu(bytes),
    }
}

/// `kms:SigningAlgorithm` and `kms:MessageType` (RAW when absent), for the key policy.
fn signing_facts(ctx: &Ctx, algorithm: &Option<String>, message_type: &Option<String>) -> Ctx {
    ctx.with_fact("kms:signingalgorithm", algorithm.as_deref())
        .with_fact(
            "kms:messagetype",
            Some(message_type.as_deref().unwrap_or("RAW")),
        )
}

/// Sign: a signature made with the key's private key.
pub fn sign(state: &State, ctx: &Ctx, req: SignRequest) -> Result<SignResponse> {
    let ctx = &signing_facts(ctx, &req.signing_algorithm, &req.message_type);
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let bytes = validate::required(req.message, "message")?.0;
    let (algorithm, message_type) = signing_input(
        req.signing_algorithm.as_deref(),
        req.message_type.as_deref(),
        bytes.expose(),
    )?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) = key_state::usable_for(state, ctx, key, KeyUsage::SignVerify, "Sign")?;
    check_fit(record, algorithm, message_type, bytes.expose())?;
    let signature = Hsm::new(&state.domain_keys).sign(
        &key_state::current_material(record, &key_id)?,
        algorithm,
        message(message_type, bytes.expose()),
    )?;
    crate::ops::data_keys::unless_dry_run(
        req.dry_run,
        SignResponse {
            key_id: key_arn(state, &key_id),
            signature: Blob(signature),
            signing_algorithm: algorithm.name(),
        },
    )
}

/// Verify: checked with the public key; a signature that does not verify
/// is KMSInvalidSignatureException with AWS's empty message.
pub fn verify(state: &State, ctx: &Ctx, req: VerifyRequest) -> Result<VerifyResponse> {
    let ctx = &signing_facts(ctx, &req.signing_algorithm, &req.message_type);
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let bytes = validate::required(req.message, "message")?.0;
    let signature = validate::required(req.signature, "signature")?.0;
    let (algorithm, message_type) = signing_input(
        req.signing_algorithm.as_deref(),
        req.message_type.as_deref(),
        bytes.expose(),
    )?;
    validate::blob_length(signature.len(), "signature", 1, limits::MAX_CIPHERTEXT)?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) = key_state::usable_for(state, ctx, key, KeyUsage::SignVerify, "Verify")?;
    check_fit(record, algorithm, message_type, bytes.expose())?;
    let valid = signing::verify(
        record.key_spec,
        key_state::public_key(record, &key_id)?,
        algorithm,
        message(message_type, bytes.expose()),
        &signature,
    )?;
    if !valid {
        return Err(Error::InvalidSignature(String::new()));
    }
    crate::ops::data_keys::unless_dry_run(
        req.dry_run,
        VerifyResponse {
            key_id: key_arn(state, &key_id),
            signature_valid: true,
            signing_algorithm: algorithm.name(),
        },
    )
}

/// GetPublicKey: the public key of an asymmetric key, as DER SPKI.
pub fn get_public_key(
    state: &State,
    ctx: &Ctx,
    req: GetPublicKeyRequest,
) -> Result<GetPublicKeyResponse> {
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) = KeyRef::parse(key, "keyId", Accept::KeyOrAlias, state, &ctx.caller)?
        .resolve_for(state, ctx)?;
    key_state::require(state, &key_id, record, Use::Cryptographic)?;
    let Some(public_key) = record.public_key.clone() else {
        return Err(Error::UnsupportedOperation(format!(
            "{} is not an asymmetric KMS key: it has no public key.",
            key_arn(state, &key_id)
        )));
    };
    let spec = record.key_spec;
    Ok(GetPublicKeyResponse {
        key_id: key_arn(state, &key_id),
        public_key: Blob(public_key),
        customer_master_key_spec: spec.name(),
        key_spec: spec.name(),
        key_usage: record.key_usage.name(),
        algorithms: specs::Algorithms::of(spec, record.key_usage),
    })
}
