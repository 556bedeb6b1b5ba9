//! DeriveSharedSecret, Encapsulate and Decapsulate: the operations of
//! KEY_AGREEMENT and ENCAPSULATE_DECAPSULATE keys (AWS-KMS-REFERENCE-2 §7, §8).

use crate::error::{Error, Result};
use crate::hsm::Hsm;
use crate::hsm::agreement::{PeerKey, PeerKeyError};
use crate::hsm::kem;
use crate::keystore::state::State;
use crate::ops::data_keys::unless_dry_run;
use crate::ops::key_id::key_arn;
use crate::ops::key_state;
use crate::ops::types::{
    Blob, DecapsulateRequest, DecapsulateResponse, DeriveSharedSecretRequest,
    DeriveSharedSecretResponse, EncapsulateRequest, EncapsulateResponse,
};
use crate::ops::{Ctx, limits, validate};
use crate::spec::{EncapsulationAlgorithm, KeyAgreementAlgorithm, KeySpec, KeyUsage};

/// kms-local makes its own key material only.
const KEY_ORIGIN: &str = "AWS_KMS";

/// The peer key of DeriveSharedSecret, or AWS's ValidationException. Bytes
/// that are not a public key get AWS's empty message; a key on another
/// curve (AWS's text is not known) says what the KMS key needs.
fn peer_key(spec: KeySpec, spki: &[u8]) -> Result<PeerKey> {
    PeerKey::parse(spec, spki).map_err(|e| match e {
        PeerKeyError::NotSpki | PeerKeyError::BadPoint => Error::Validation(String::new()),
        PeerKeyError::OtherCurve => Error::Validation(format!(
            "The public key must be an elliptic curve public key on the curve of the KMS \
             key's key spec, {spec}."
        )),
    })
}

/// DeriveSharedSecret: ECDH of the key's private key with the peer's
/// public key, the raw secret Z returned (no KDF), as AWS returns it.
pub fn derive_shared_secret(
    state: &State,
    ctx: &Ctx,
    req: DeriveSharedSecretRequest,
) -> Result<DeriveSharedSecretResponse> {
    let algorithm = req.key_agreement_algorithm.as_deref();
    let ctx = &ctx.with_fact("kms:keyagreementalgorithm", algorithm);
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let algorithm = validate::required(
        req.key_agreement_algorithm.as_deref(),
        "keyAgreementAlgorithm",
    )?;
    let algorithm = validate::enumerated(
        algorithm,
        "keyAgreementAlgorithm",
        KeyAgreementAlgorithm::parse,
        KeyAgreementAlgorithm::NAMES,
    )?;
    let Blob(public_key) = validate::required(req.public_key, "publicKey")?;
    validate::blob_length(
        public_key.len(),
        "publicKey",
        1,
        limits::MAX_PEER_PUBLIC_KEY,
    )?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) = key_state::usable_for(
        state,
        ctx,
        key,
        KeyUsage::KeyAgreement,
        "DeriveSharedSecret",
    )?;
    let peer = peer_key(record.key_spec, &public_key)?;
    let shared_secret = Hsm::new(&state.domain_keys)
        .derive_shared_secret(&key_state::current_material(record, &key_id)?, &peer)?;
    unless_dry_run(
        req.dry_run,
        DeriveSharedSecretResponse {
            key_id: key_arn(state, &key_id),
            shared_secret,
            key_agreement_algorithm: algorithm.name(),
            key_origin: KEY_ORIGIN,
        },
    )
}

/// An EncapsulationAlgorithm field: required, and ML_KEM.
fn encapsulation_algorithm(value: Option<&str>) -> Result<EncapsulationAlgorithm> {
    let value = validate::required(value, "encapsulationAlgorithm")?;
    validate::enumerated(
        value,
        "encapsulationAlgorithm",
        EncapsulationAlgorithm::parse,
        EncapsulationAlgorithm::NAMES,
    )
}

/// Encapsulate: a fresh 32-byte secret and its ML-KEM ciphertext, made with
/// the public key only.
pub fn encapsulate(
    state: &State,
    ctx: &Ctx,
    req: EncapsulateRequest,
) -> Result<EncapsulateResponse> {
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let algorithm = encapsulation_algorithm(req.encapsulation_algorithm.as_deref())?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) = key_state::usable_for(
        state,
        ctx,
        key,
        KeyUsage::EncapsulateDecapsulate,
        "Encapsulate",
    )?;
    let made = kem::encapsulate(record.key_spec, key_state::public_key(record, &key_id)?)?;
    unless_dry_run(
        req.dry_run,
        EncapsulateResponse {
            key_id: key_arn(state, &key_id),
            shared_secret: made.shared_secret,
            shared_secret_ciphertext_blob: Blob(made.ciphertext),
            encapsulation_algorithm: algorithm.name(),
        },
    )
}

/// Decapsulate: the secret a ciphertext carries. Only a ciphertext of the
/// wrong length for the key's spec is refused (InvalidCiphertextException,
/// AWS's empty message); any other gives FIPS 203's implicit-rejection
/// secret when it was not made for this key.
pub fn decapsulate(
    state: &State,
    ctx: &Ctx,
    req: DecapsulateRequest,
) -> Result<DecapsulateResponse> {
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let Blob(ciphertext) = validate::required(
        req.shared_secret_ciphertext_blob,
        "sharedSecretCiphertextBlob",
    )?;
    validate::blob_length(
        ciphertext.len(),
        "sharedSecretCiphertextBlob",
        1,
        limits::MAX_CIPHERTEXT,
    )?;
    let algorithm = encapsulation_algorithm(req.encapsulation_algorithm.as_deref())?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) = key_state::usable_for(
        state,
        ctx,
        key,
        KeyUsage::EncapsulateDecapsulate,
        "Decapsulate",
    )?;
    if kem::ciphertext_len(record.key_spec) != Some(ciphertext.len()) {
        return Err(Error::InvalidCiphertext(String::new()));
    }
    let shared_secret = Hsm::new(&state.domain_keys)
        .decapsulate(&key_state::current_material(record, &key_id)?, &ciphertext)?;
    unless_dry_run(
        req.dry_run,
        DecapsulateResponse {
            key_id: key_arn(state, &key_id),
            shared_secret,
            encapsulation_algorithm: algorithm.name(),
        },
    )
}
