//! GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext: a fresh key
//! pair for use outside KMS, its private key (PKCS#8 DER) sealed under a
//! symmetric KMS key as an ordinary blob, which Decrypt opens with the same
//! encryption context.

use crate::error::Result;
use crate::hsm::Hsm;
use crate::hsm::secret::Plaintext;
use crate::keystore::state::{KeyAddr, State};
use crate::ops::asymmetric_encryption as pke;
use crate::ops::data_keys::{Sealed, seal, unless_dry_run};
use crate::ops::key_id::{Accept, KeyRef, key_arn};
use crate::ops::key_state::{self, Use};
use crate::ops::types::{
    Blob, GenerateDataKeyPairRequest, GenerateDataKeyPairResponse,
    GenerateDataKeyPairWithoutPlaintextResponse,
};
use crate::ops::{Ctx, validate};
use crate::spec::{DataKeyPairSpec, EncryptionAlgorithm};

/// What both operations make: the pair and the sealed private key.
struct Made {
    key_id: KeyAddr,
    spec: DataKeyPairSpec,
    private_key: Plaintext,
    public_key: Vec<u8>,
    sealed: Sealed,
}

fn generate(
    state: &State,
    ctx: &Ctx,
    req: GenerateDataKeyPairRequest,
    operation: &str,
) -> Result<Made> {
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let spec = validate::required(req.key_pair_spec.as_deref(), "keyPairSpec")?;
    let spec = validate::enumerated(
        spec,
        "keyPairSpec",
        DataKeyPairSpec::parse,
        DataKeyPairSpec::NAMES,
    )?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (key_id, record) = KeyRef::parse(key, "keyId", Accept::KeyOrAlias, state, &ctx.caller)?
        .resolve_for(state, ctx)?;
    key_state::require(state, &key_id, record, Use::Cryptographic)?;
    pke::check(
        state,
        &key_id,
        record,
        EncryptionAlgorithm::SymmetricDefault,
        operation,
    )?;
    let (private_key, public_key) = Hsm::generate_key_pair(spec.key_spec())?;
    let context = req.encryption_context.unwrap_or_default();
    let sealed = seal(state, &key_id, record, &context, &private_key)?;
    Ok(Made {
        key_id,
        spec,
        private_key,
        public_key,
        sealed,
    })
}

/// GenerateDataKeyPair: the private key in plaintext and sealed.
pub fn generate_data_key_pair(
    state: &State,
    ctx: &Ctx,
    req: GenerateDataKeyPairRequest,
) -> Result<GenerateDataKeyPairResponse> {
    let ctx = &ctx.with_fact("kms:datakeypairspec", req.key_pair_spec.as_deref());
    let dry_run = req.dry_run;
    let made = generate(state, ctx, req, "GenerateDataKeyPair")?;
    unless_dry_run(
        dry_run,
        GenerateDataKeyPairResponse {
            private_key_ciphertext_blob: Blob(made.sealed.blob),
            private_key_plaintext: made.private_key,
            public_key: Blob(made.public_key),
            key_id: key_arn(state, &made.key_id),
            key_pair_spec: made.spec.name(),
            key_material_id: made.sealed.backing_key_id.to_string(),
        },
    )
}

/// GenerateDataKeyPairWithoutPlaintext: only the sealed private key leaves.
pub fn generate_data_key_pair_without_plaintext(
    state: &State,
    ctx: &Ctx,
    req: GenerateDataKeyPairRequest,
) -> Result<GenerateDataKeyPairWithoutPlaintextResponse> {
    let ctx = &ctx.with_fact("kms:datakeypairspec", req.key_pair_spec.as_deref());
    let dry_run = req.dry_run;
    let made = generate(state, ctx, req, "GenerateDataKeyPairWithoutPlaintext")?;
    unless_dry_run(
        dry_run,
        GenerateDataKeyPairWithoutPlaintextResponse {
            private_key_ciphertext_blob: Blob(made.sealed.blob),
            public_key: Blob(made.public_key),
            key_id: key_arn(state, &made.key_id),
            key_pair_spec: made.spec.name(),
            key_material_id: made.sealed.backing_key_id.to_string(),
        },
    )
}
