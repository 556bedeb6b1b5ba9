//! GenerateDataKey, Decrypt and ReEncrypt: one encrypt path and one decrypt
//! path through the HSM, which Encrypt will share.

use crate::blob::{self, Header, Version};
use crate::context::EncryptionContext;
use crate::error::{Error, Result};
use crate::hsm::aead::TAG_LEN;
use crate::hsm::secret::Plaintext;
use crate::hsm::{Hsm, KDF_NONCE_LEN};
use crate::ids::BackingKeyId;
use crate::keystore::state::{KeyAddr, KeyRecord, State};
use crate::ops::asymmetric_encryption as pke;
use crate::ops::key_id::{self, Accept, KeyRef, key_arn};
use crate::ops::key_state::{self, Use};
use crate::ops::types::{
    Blob, DecryptRequest, DecryptResponse, DescribeCiphertextRequest, DescribeCiphertextResponse,
    EncryptRequest, EncryptResponse, GenerateDataKeyRequest, GenerateDataKeyResponse,
    GenerateDataKeyWithoutPlaintextResponse, GenerateRandomRequest, GenerateRandomResponse,
    ReEncryptRequest, ReEncryptResponse,
};
use crate::ops::{Ctx, authorize, limits, specs, validate};
use crate::spec::EncryptionAlgorithm;

/// The context's AAD bytes, or AWS's ValidationException for a context
/// too long to bind.
fn canonical(context: &EncryptionContext) -> Result<Vec<u8>> {
    context.canonical().map_err(|_| {
        let rule = format!(
            "have an encoded length less than or equal to {}",
            crate::context::MAX_CANONICAL_LEN
        );
        validate::fail(None, "encryptionContext", &rule)
    })
}

/// A ciphertext made under a key, with the backing key that made it.
pub(crate) struct Sealed {
    pub(crate) blob: Vec<u8>,
    pub(crate) backing_key_id: BackingKeyId,
}

/// Encrypts under the key's current backing key (steps 2 to 5 of the seed).
pub(crate) fn seal(
    state: &State,
    key_id: &KeyAddr,
    record: &KeyRecord,
    context: &EncryptionContext,
    plaintext: &Plaintext,
) -> Result<Sealed> {
    seal_with_nonce(
        state,
        key_id,
        record,
        context,
        plaintext,
        Hsm::new_kdf_nonce()?,
    )
}

/// [`seal`] with a KDF nonce already drawn.
fn seal_with_nonce(
    state: &State,
    key_id: &KeyAddr,
    record: &KeyRecord,
    context: &EncryptionContext,
    plaintext: &Plaintext,
    nonce: [u8; KDF_NONCE_LEN],
) -> Result<Sealed> {
    let backing = record
        .current()
        .ok_or_else(|| Error::KmsInternal(format!("key {} has no key material", key_id.id)))?;
    let header = Header {
        version: Version::V1,
        key_id: key_id.id,
        backing_key_id: backing.id,
        nonce,
        context_bound: !context.is_empty(),
    };
    let aad = header.aad(&canonical(context)?);
    let sealed = Hsm::new(&state.domain_keys).encrypt(
        &backing.wrapped(key_id, record.key_spec),
        &header.nonce,
        &aad,
        plaintext,
    )?;
    Ok(Sealed {
        blob: blob::encode(&header, &sealed),
        backing_key_id: backing.id,
    })
}

/// What a ciphertext held.
struct Opened {
    key_id: KeyAddr,
    /// The backing key of a kms-local blob; none for an asymmetric key's ciphertext.
    backing_key_id: Option<BackingKeyId>,
    plaintext: Plaintext,
}

/// Decrypts a blob: the key comes from the blob; `expected` (the request's
/// KeyId, if any) must name the same key.
fn open(
    state: &State,
    (ctx, action): (&Ctx, &str),
    bytes: &[u8],
    context: &EncryptionContext,
    expected: Option<(&str, &str)>,
) -> Result<Opened> {
    let caller = &ctx.caller;
    validate::blob_length(bytes.len(), "ciphertextBlob", 1, limits::MAX_CIPHERTEXT)?;
    let parsed = blob::parse(bytes).map_err(|_| Error::InvalidCiphertext(String::new()))?;
    let named = parsed.header.key_id;
    let (key_id, record) = match expected {
        Some((input, field)) => {
            let wanted =
                KeyRef::parse(input, field, Accept::KeyOrAlias, state, caller)?.resolve(state)?;
            if wanted.0.id != named {
                return Err(Error::IncorrectKey(
                    "The key ID in the request does not identify a CMK that can perform this operation."
                        .into(),
                ));
            }
            wanted
        }
        None => key_id::by_blob(state, caller, named)?
            .ok_or_else(|| key_id::not_found_here(state, caller, &named))?,
    };
    authorize::check_as(state, ctx, &key_id, record, action)?;
    key_state::require(state, &key_id, record, Use::Cryptographic)?;
    // Imported material that was deleted decrypts nothing.
    let backing = record
        .backing_key(&parsed.header.backing_key_id)
        .filter(|bk| bk.is_present())
        .ok_or_else(|| Error::InvalidCiphertext(String::new()))?;
    let aad = parsed.header.aad(&canonical(context)?);
    let plaintext = Hsm::new(&state.domain_keys).decrypt(
        &backing.wrapped(&key_id, record.key_spec),
        &parsed.header.nonce,
        &aad,
        parsed.sealed,
    )?;
    Ok(Opened {
        key_id,
        backing_key_id: Some(backing.id),
        plaintext,
    })
}

/// The data key length from NumberOfBytes or KeySpec, exactly one of which is given.
fn data_key_len(number_of_bytes: Option<i64>, key_spec: Option<&str>) -> Result<usize> {
    match (number_of_bytes, key_spec) {
        (Some(n), None) => {
            let (min, max) = limits::NUMBER_OF_BYTES;
            validate::range(n, "numberOfBytes", min, max)?;
            Ok(n.unsigned_abs() as usize)
        }
        (None, Some(spec)) => Ok(
            match validate::one_of(spec, "keySpec", &["AES_256", "AES_128"])? {
                "AES_128" => 16,
                _ => 32,
            },
        ),
        _ => Err(Error::Validation(
            "You must specify either the KeySpec or the NumberOfBytes parameter (but not both)."
                .into(),
        )),
    }
}

/// A fresh data key and its blob: GenerateDataKey and its WithoutPlaintext twin.
fn generate(
    state: &State,
    ctx: &Ctx,
    req: GenerateDataKeyRequest,
    operation: &str,
) -> Result<(Plaintext, Sealed, KeyAddr)> {
    // Every field is validated before any key is looked up, as AWS does.
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let len = data_key_len(req.number_of_bytes, req.key_spec.as_deref())?;
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
    // One request to the OS random source for the data key and N.
    let (plaintext, nonce) = Hsm::generate_secret_and_nonce(len)?;
    let context = req.encryption_context.unwrap_or_default();
    let sealed = seal_with_nonce(state, &key_id, record, &context, &plaintext, nonce)?;
    Ok((plaintext, sealed, key_id))
}

/// The response, or with DryRun set, AWS's answer for a request that has
/// passed every check: the work is done and its result dropped.
pub(crate) fn unless_dry_run<T>(dry_run: Option<bool>, response: T) -> Result<T> {
    match dry_run {
        Some(true) => Err(Error::DryRunOperation(
            "The request would have succeeded, but the DryRun option is set.".into(),
        )),
        _ => Ok(response),
    }
}

/// GenerateDataKey: a fresh data key, returned in plaintext and encrypted.
pub fn generate_data_key(
    state: &State,
    ctx: &Ctx,
    req: GenerateDataKeyRequest,
) -> Result<GenerateDataKeyResponse> {
    let dry_run = req.dry_run;
    let (plaintext, sealed, key_id) = generate(state, ctx, req, "GenerateDataKey")?;
    unless_dry_run(
        dry_run,
        GenerateDataKeyResponse {
            ciphertext_blob: Blob(sealed.blob),
            plaintext,
            key_id: key_arn(state, &key_id),
            key_material_id: sealed.backing_key_id.to_string(),
        },
    )
}

/// GenerateDataKeyWithoutPlaintext: only the encrypted copy leaves the HSM.
pub fn generate_data_key_without_plaintext(
    state: &State,
    ctx: &Ctx,
    req: GenerateDataKeyRequest,
) -> Result<GenerateDataKeyWithoutPlaintextResponse> {
    let dry_run = req.dry_run;
    let operation = "GenerateDataKeyWithoutPlaintext";
    let (_, sealed, key_id) = generate(state, ctx, req, operation)?;
    unless_dry_run(
        dry_run,
        GenerateDataKeyWithoutPlaintextResponse {
            ciphertext_blob: Blob(sealed.blob),
            key_id: key_arn(state, &key_id),
            key_material_id: sealed.backing_key_id.to_string(),
        },
    )
}

/// Encrypt: up to 4096 bytes of the caller's plaintext, under a symmetric
/// key (a kms-local blob) or an RSA or SM2 key (a bare ciphertext).
pub fn encrypt(state: &State, ctx: &Ctx, req: EncryptRequest) -> Result<EncryptResponse> {
    let ctx = &algorithm_fact(ctx, &req.encryption_algorithm);
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let plaintext = validate::required(req.plaintext, "plaintext")?.0;
    validate::blob_length(plaintext.len(), "plaintext", 1, limits::MAX_PLAINTEXT)?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let algorithm = pke::algorithm(req.encryption_algorithm.as_deref(), "encryptionAlgorithm")?;
    let (key_id, record) = KeyRef::parse(key, "keyId", Accept::KeyOrAlias, state, &ctx.caller)?
        .resolve_for(state, ctx)?;
    key_state::require(state, &key_id, record, Use::Cryptographic)?;
    pke::check(state, &key_id, record, algorithm, "Encrypt")?;
    let context = req.encryption_context.unwrap_or_default();
    let blob = if algorithm == EncryptionAlgorithm::SymmetricDefault {
        seal(state, &key_id, record, &context, &plaintext)?.blob
    } else {
        pke::encrypt(
            &key_id,
            record,
            algorithm,
            &context,
            "EncryptionContext",
            &plaintext,
        )?
    };
    unless_dry_run(
        req.dry_run,
        EncryptResponse {
            ciphertext_blob: Blob(blob),
            key_id: key_arn(state, &key_id),
            encryption_algorithm: algorithm.name(),
        },
    )
}

/// `kms:EncryptionAlgorithm` (SYMMETRIC_DEFAULT when absent), for the key policy.
fn algorithm_fact(ctx: &Ctx, algorithm: &Option<String>) -> Ctx {
    let algorithm = algorithm.as_deref().unwrap_or("SYMMETRIC_DEFAULT");
    ctx.with_fact("kms:encryptionalgorithm", Some(algorithm))
}

/// GenerateRandom: 1 to 1024 bytes from the OS random source; no key involved.
pub fn generate_random(_: &Ctx, req: GenerateRandomRequest) -> Result<GenerateRandomResponse> {
    let n = req
        .number_of_bytes
        .ok_or_else(|| Error::Validation("NumberOfBytes is required.".into()))?;
    let (min, max) = limits::NUMBER_OF_BYTES;
    validate::range(n, "numberOfBytes", min, max)?;
    Ok(GenerateRandomResponse {
        plaintext: Hsm::generate_secret(n.unsigned_abs() as usize)?,
    })
}

/// DescribeCiphertext (kms-local's own): what a blob says, without
/// decrypting it and whatever its key's state.
pub fn describe_ciphertext(
    state: &State,
    ctx: &Ctx,
    req: DescribeCiphertextRequest,
) -> Result<DescribeCiphertextResponse> {
    let blob = validate::required(req.ciphertext_blob, "ciphertextBlob")?;
    validate::blob_length(blob.0.len(), "ciphertextBlob", 1, limits::MAX_CIPHERTEXT)?;
    let parsed = blob::parse(&blob.0).map_err(|e| Error::InvalidCiphertext(e.to_string()))?;
    let header = &parsed.header;
    let found = key_id::by_blob(state, &ctx.caller, header.key_id)?;
    let present = found.is_some_and(|(_, r)| r.backing_key(&header.backing_key_id).is_some());
    let key_arn = match found {
        Some((addr, _)) => key_arn(state, &addr),
        None => key_id::arn_here(state, &ctx.caller, &header.key_id),
    };
    Ok(DescribeCiphertextResponse {
        format_version: match header.version {
            Version::V1 => blob::VERSION_1,
        },
        key_id: key_arn,
        key_material_id: header.backing_key_id.to_string(),
        encryption_context_bound: header.context_bound,
        key_material_present: present,
        plaintext_length: parsed.sealed.len().saturating_sub(TAG_LEN),
    })
}

/// Opens a ciphertext: a kms-local blob, whose key is found from the blob
/// alone (`key`, when given, must name the same one), or, when `key` names
/// an asymmetric key, a bare RSA or SM2 ciphertext. `context` comes with
/// the name of its field.
fn open_any(
    state: &State,
    ctx: &Ctx,
    bytes: &[u8],
    algorithm: EncryptionAlgorithm,
    (context, context_field): (&EncryptionContext, &str),
    key: Option<(&str, &str)>,
    operation: &str,
) -> Result<Opened> {
    // ReEncrypt decrypts with kms:ReEncryptFrom.
    let action = match operation {
        "ReEncrypt" => "kms:ReEncryptFrom",
        _ => ctx.action.as_str(),
    };
    if let Some((input, field)) = key {
        let (key_id, record) =
            KeyRef::parse(input, field, Accept::KeyOrAlias, state, &ctx.caller)?.resolve(state)?;
        if !record.key_spec.is_symmetric() {
            authorize::check_as(state, ctx, &key_id, record, action)?;
            validate::blob_length(bytes.len(), "ciphertextBlob", 1, limits::MAX_CIPHERTEXT)?;
            key_state::require(state, &key_id, record, Use::Cryptographic)?;
            pke::check(state, &key_id, record, algorithm, operation)?;
            let plaintext = pke::decrypt(
                state,
                &key_id,
                record,
                algorithm,
                context,
                context_field,
                bytes,
            )?;
            return Ok(Opened {
                key_id,
                backing_key_id: None,
                plaintext,
            });
        }
    }
    if algorithm != EncryptionAlgorithm::SymmetricDefault {
        // A kms-local blob is always a symmetric key's.
        return Err(specs::incompatible(
            algorithm.name(),
            crate::spec::KeySpec::SymmetricDefault,
        ));
    }
    open(state, (ctx, action), bytes, context, key)
}

/// Decrypt: a kms-local blob, or with KeyId and EncryptionAlgorithm an
/// RSA or SM2 ciphertext.
pub fn decrypt(state: &State, ctx: &Ctx, req: DecryptRequest) -> Result<DecryptResponse> {
    let ctx = &algorithm_fact(ctx, &req.encryption_algorithm);
    let blob = validate::required(req.ciphertext_blob, "ciphertextBlob")?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let algorithm = pke::algorithm(req.encryption_algorithm.as_deref(), "encryptionAlgorithm")?;
    let context = req.encryption_context.unwrap_or_default();
    let expected = req.key_id.as_deref().map(|k| (k, "keyId"));
    let opened = open_any(
        state,
        ctx,
        &blob.0,
        algorithm,
        (&context, "EncryptionContext"),
        expected,
        "Decrypt",
    )?;
    unless_dry_run(
        req.dry_run,
        DecryptResponse {
            key_id: key_arn(state, &opened.key_id),
            plaintext: opened.plaintext,
            encryption_algorithm: algorithm.name(),
            key_material_id: opened.backing_key_id.map(|id| id.to_string()),
        },
    )
}

/// ReEncrypt: Decrypt then Encrypt inside the HSM, each side with a
/// symmetric or an asymmetric key; the plaintext is dropped (and zeroized)
/// before this returns.
pub fn re_encrypt(state: &State, ctx: &Ctx, req: ReEncryptRequest) -> Result<ReEncryptResponse> {
    let blob = validate::required(req.ciphertext_blob, "ciphertextBlob")?;
    let dest_key = validate::required(req.destination_key_id.as_deref(), "destinationKeyId")?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let source_algorithm = pke::algorithm(
        req.source_encryption_algorithm.as_deref(),
        "sourceEncryptionAlgorithm",
    )?;
    let dest_algorithm = pke::algorithm(
        req.destination_encryption_algorithm.as_deref(),
        "destinationEncryptionAlgorithm",
    )?;
    let dest_ref = KeyRef::parse(
        dest_key,
        "destinationKeyId",
        Accept::KeyOrAlias,
        state,
        &ctx.caller,
    )?;
    let (dest_id, dest) = dest_ref.resolve(state)?;
    authorize::check_as(state, ctx, &dest_id, dest, "kms:ReEncryptTo")?;
    let source_context = req.source_encryption_context.unwrap_or_default();
    let expected = req.source_key_id.as_deref().map(|k| (k, "sourceKeyId"));
    let opened = open_any(
        state,
        ctx,
        &blob.0,
        source_algorithm,
        (&source_context, "SourceEncryptionContext"),
        expected,
        "ReEncrypt",
    )?;
    key_state::require(state, &dest_id, dest, Use::Cryptographic)?;
    pke::check(state, &dest_id, dest, dest_algorithm, "ReEncrypt")?;
    let dest_context = req.destination_encryption_context.unwrap_or_default();
    let (ciphertext, dest_backing) = if dest_algorithm == EncryptionAlgorithm::SymmetricDefault {
        let sealed = seal(state, &dest_id, dest, &dest_context, &opened.plaintext)?;
        (sealed.blob, Some(sealed.backing_key_id))
    } else {
        let ciphertext = pke::encrypt(
            &dest_id,
            dest,
            dest_algorithm,
            &dest_context,
            "DestinationEncryptionContext",
            &opened.plaintext,
        )?;
        (ciphertext, None)
    };
    unless_dry_run(
        req.dry_run,
        ReEncryptResponse {
            ciphertext_blob: Blob(ciphertext),
            source_key_id: key_arn(state, &opened.key_id),
            key_id: key_arn(state, &dest_id),
            source_encryption_algorithm: source_algorithm.name(),
            destination_encryption_algorithm: dest_algorithm.name(),
            source_key_material_id: opened.backing_key_id.map(|id| id.to_string()),
            destination_key_material_id: dest_backing.map(|id| id.to_string()),
        },
    )
}
