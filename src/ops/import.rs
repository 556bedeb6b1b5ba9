//! Imported key material (BYOK): GetParametersForImport, ImportKeyMaterial
//! and DeleteImportedKeyMaterial, and the lazy expiry of material at its
//! ValidTo. A key made with `Origin: EXTERNAL` has no material until the
//! first import, and is PendingImport whenever its current material is gone.

use crate::error::{Error, Result};
use crate::hsm::import::{ImportError, TokenBinding};
use crate::hsm::{Hsm, SealedImport};
use crate::ids::BackingKeyId;
use crate::keystore::state::{BackingKey, Imported, KeyAddr, KeyRecord, Origin, State};
use crate::ops::key_id::{self, key_arn};
use crate::ops::key_state;
use crate::ops::types::{
    Blob, DeleteImportedKeyMaterialRequest, DeleteImportedKeyMaterialResponse,
    GetParametersForImportRequest, GetParametersForImportResponse, ImportKeyMaterialRequest,
    ImportKeyMaterialResponse,
};
use crate::ops::{Ctx, validate};
use crate::spec::{ExpirationModel, ImportType, WrappingAlgorithm, WrappingKeySpec};
use crate::timestamp::{IsoTimestamp, Timestamp};

/// How long an import token and its wrapping key are good for: 24 hours.
const PARAMETERS_VALID_DAYS: u32 = 1;
/// How far ahead ValidTo may be.
const MAX_VALID_TO_DAYS: u32 = 365;
/// AWS's bound on ImportToken and EncryptedKeyMaterial.
const MAX_IMPORT_BLOB: usize = 6144;

/// UnsupportedOperationException for a key whose material is not imported.
fn not_external(arn: &str) -> Error {
    Error::UnsupportedOperation(format!(
        "{arn} origin is AWS_KMS which is not valid for this operation."
    ))
}

/// UnsupportedOperationException for what a key of imported material
/// cannot do (automatic rotation), in AWS's words.
pub fn external_refused(arn: &str) -> Error {
    Error::UnsupportedOperation(format!(
        "{arn} origin is EXTERNAL which is not valid for this operation."
    ))
}

/// The key a request names, of imported material and not pending deletion.
fn external_key<'s>(
    state: &'s State,
    ctx: &Ctx,
    key_id: Option<&str>,
) -> Result<(KeyAddr, &'s KeyRecord)> {
    let (addr, record) = key_id::own_key(state, ctx, key_id)?;
    let arn = || key_arn(state, &addr);
    if record.external.is_none() {
        return Err(not_external(&arn()));
    }
    if key_state::is_pending_deletion(record.attributes.state) {
        return Err(key_state::pending_deletion(&arn()));
    }
    Ok((addr, record))
}

/// GetParametersForImport: a fresh wrapping key pair and an import token
/// bound to the key, good for 24 hours.
pub fn get_parameters_for_import(
    state: &State,
    ctx: &Ctx,
    req: GetParametersForImportRequest,
) -> Result<GetParametersForImportResponse> {
    let algorithm = validate::required(req.wrapping_algorithm.as_deref(), "wrappingAlgorithm")?;
    let algorithm = validate::enumerated(
        algorithm,
        "wrappingAlgorithm",
        WrappingAlgorithm::parse,
        WrappingAlgorithm::NAMES,
    )?;
    let spec = validate::required(req.wrapping_key_spec.as_deref(), "wrappingKeySpec")?;
    let spec = validate::enumerated(
        spec,
        "wrappingKeySpec",
        WrappingKeySpec::parse,
        WrappingKeySpec::NAMES,
    )?;
    let (addr, _) = external_key(state, ctx, req.key_id.as_deref())?;
    let binding = TokenBinding {
        key_id: addr.id,
        algorithm,
        wrapping_key_spec: spec,
        expires: ctx.now.plus_days(PARAMETERS_VALID_DAYS),
    };
    let parameters = Hsm::new(&state.domain_keys)
        .new_import_parameters(&binding)
        .map_err(|e| import_error(e, algorithm, spec))?;
    Ok(GetParametersForImportResponse {
        key_id: key_arn(state, &addr),
        import_token: Blob(parameters.import_token),
        public_key: Blob(parameters.public_key),
        parameters_valid_to: IsoTimestamp(binding.expires),
    })
}

/// The exception for an import step's refusal.
fn import_error(e: ImportError, algorithm: WrappingAlgorithm, spec: WrappingKeySpec) -> Error {
    match e {
        ImportError::UnsupportedAlgorithm => Error::Validation(format!(
            "The wrapping algorithm {algorithm} is no longer supported: use \
             RSAES_OAEP_SHA_256 or RSA_AES_KEY_WRAP_SHA_256."
        )),
        ImportError::AlgorithmMismatch => Error::Validation(format!(
            "The wrapping algorithm {algorithm} cannot be used with the wrapping key spec {spec}."
        )),
        ImportError::InvalidToken => {
            Error::InvalidImportToken("The import token is not valid for this KMS key.".into())
        }
        ImportError::Unwrap => Error::InvalidCiphertext(String::new()),
        ImportError::InvalidMaterial => Error::IncorrectKeyMaterial(
            "The key material is not valid for the key spec of this KMS key.".into(),
        ),
        ImportError::Internal(e) => e,
    }
}

/// A `KeyMaterialId` field: 64 hex digits.
fn material_id_field(id: Option<&str>) -> Result<Option<BackingKeyId>> {
    id.map(|id| {
        validate::length(id, "keyMaterialId", 64, 64)?;
        id.parse::<BackingKeyId>().map_err(|_| {
            let rule = "satisfy regular expression pattern: ^[a-f0-9]+$";
            validate::fail(Some(id), "keyMaterialId", rule)
        })
    })
    .transpose()
}

/// What ImportKeyMaterial's fields ask for, checked before the key is.
struct Asked {
    imported: Imported,
    import_type: Option<ImportType>,
    key_material_id: Option<BackingKeyId>,
}

fn check_request(ctx: &Ctx, req: &ImportKeyMaterialRequest) -> Result<Asked> {
    let model = match req.expiration_model.as_deref() {
        None => ExpirationModel::KeyMaterialExpires,
        Some(model) => validate::enumerated(
            model,
            "expirationModel",
            ExpirationModel::parse,
            ExpirationModel::NAMES,
        )?,
    };
    let import_type = req
        .import_type
        .as_deref()
        .map(|t| validate::enumerated(t, "importType", ImportType::parse, ImportType::NAMES))
        .transpose()?;
    if let Some(description) = &req.key_material_description {
        validate::length(description, "keyMaterialDescription", 0, 256)?;
        validate::pattern(
            description,
            "keyMaterialDescription",
            "^[a-zA-Z0-9:/_\\s.-]+$",
            |c| c.is_ascii_alphanumeric() || ":/_.-".contains(c) || c.is_whitespace(),
        )?;
    }
    let key_material_id = material_id_field(req.key_material_id.as_deref())?;
    let valid_to = req.valid_to.map(|t| t.0);
    match (model, valid_to) {
        (ExpirationModel::KeyMaterialExpires, None) => {
            return Err(Error::Validation(
                "A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES".into(),
            ));
        }
        (ExpirationModel::KeyMaterialDoesNotExpire, Some(_)) => {
            return Err(Error::Validation(
                "A validTo date must not be set if the ExpirationModel is \
                 KEY_MATERIAL_DOES_NOT_EXPIRE"
                    .into(),
            ));
        }
        (_, Some(t)) if t <= ctx.now || t > ctx.now.plus_days(MAX_VALID_TO_DAYS) => {
            return Err(Error::Validation(format!(
                "ValidTo must be in the future and at most {MAX_VALID_TO_DAYS} days from now"
            )));
        }
        _ => {}
    }
    Ok(Asked {
        imported: Imported {
            expiration_model: model,
            valid_to,
            description: req.key_material_description.clone(),
            present: true,
        },
        import_type,
        key_material_id,
    })
}

/// ImportKeyMaterial: material wrapped under a token's public key, for the
/// key the token was made for. The first import makes it the key's material;
/// the same material comes back after a deletion or expiry; new material
/// for a symmetric key that has some waits for RotateKeyOnDemand.
pub fn import_key_material(
    state: &mut State,
    ctx: &Ctx,
    req: ImportKeyMaterialRequest,
) -> Result<ImportKeyMaterialResponse> {
    let token = validate::required(req.import_token.as_ref(), "importToken")?;
    validate::blob_length(token.0.len(), "importToken", 1, MAX_IMPORT_BLOB)?;
    let wrapped = validate::required(req.encrypted_key_material.as_ref(), "encryptedKeyMaterial")?;
    validate::blob_length(wrapped.0.len(), "encryptedKeyMaterial", 1, MAX_IMPORT_BLOB)?;
    let asked = check_request(ctx, &req)?;
    let (addr, record) = external_key(state, ctx, req.key_id.as_deref())?;
    let arn = key_arn(state, &addr);
    let symmetric = record.key_spec.is_symmetric();
    if !symmetric {
        for (given, field) in [
            (req.import_type.is_some(), "ImportType"),
            (
                req.key_material_description.is_some(),
                "KeyMaterialDescription",
            ),
            (req.key_material_id.is_some(), "KeyMaterialId"),
        ] {
            if given {
                return Err(Error::Validation(format!(
                    "{field} is valid for symmetric encryption keys only"
                )));
            }
        }
    }
    let hsm = Hsm::new(&state.domain_keys);
    let opened = hsm.open_import_token(&token.0).map_err(|e| {
        import_error(
            e,
            WrappingAlgorithm::RsaesOaepSha256,
            WrappingKeySpec::Rsa2048,
        )
    })?;
    let binding = opened.binding;
    if binding.key_id != addr.id {
        return Err(Error::InvalidImportToken(format!(
            "The import token was made for another KMS key than {arn}."
        )));
    }
    if binding.expires <= ctx.now {
        return Err(Error::ExpiredImportToken(
            "The import token has expired: call GetParametersForImport again.".into(),
        ));
    }
    let sealed = hsm
        .seal_imported(&opened, &wrapped.0, &addr.id, record.key_spec)
        .map_err(|e| import_error(e, binding.algorithm, binding.wrapping_key_spec))?;
    let id = sealed.material_id;
    if let Some(given) = asked.key_material_id
        && given != id
    {
        return Err(incorrect(&arn));
    }
    place(state, ctx.now, &addr, &arn, sealed, asked)?;
    Ok(ImportKeyMaterialResponse {
        key_id: arn,
        key_material_id: symmetric.then(|| id.to_string()),
    })
}

fn incorrect(arn: &str) -> Error {
    Error::IncorrectKeyMaterial(format!(
        "The key material is not the key material previously imported into {arn}."
    ))
}

/// Puts sealed imported material in its place in the key's record.
fn place(
    state: &mut State,
    now: Timestamp,
    addr: &KeyAddr,
    arn: &str,
    sealed: SealedImport,
    asked: Asked,
) -> Result<()> {
    let record = key_state::record_mut(state, addr)?;
    let id = sealed.material_id;
    if !record.key_spec.is_symmetric() {
        // One version of material, which never changes: the same key again
        // (by its public key, whatever its DER encoding) or nothing.
        let Some(bk) = record.backing_keys.first_mut() else {
            record.public_key = sealed.public_key.clone();
            let first = backing_key(sealed, asked.imported, now, Origin::Created);
            record.backing_keys.push(first);
            return Ok(());
        };
        let same = match &record.public_key {
            Some(public) => sealed.public_key.as_ref() == Some(public),
            None => bk.id == id,
        };
        return match same {
            true => restore(bk, sealed, asked.imported),
            false => Err(incorrect(arn)),
        };
    }
    let ever_imported = !record.backing_keys.is_empty();
    let import_type = asked.import_type.unwrap_or(match ever_imported {
        true => ImportType::ExistingKeyMaterial,
        false => ImportType::NewKeyMaterial,
    });
    let external = record.external.get_or_insert_with(Default::default);
    let known = record
        .backing_keys
        .iter_mut()
        .chain(external.pending.as_mut())
        .find(|bk| bk.id == id);
    match (known, import_type) {
        (Some(bk), ImportType::ExistingKeyMaterial) => restore(bk, sealed, asked.imported),
        (Some(_), ImportType::NewKeyMaterial) => Err(Error::IncorrectKeyMaterial(format!(
            "The key material is already associated with {arn}."
        ))),
        (None, ImportType::ExistingKeyMaterial) => Err(incorrect(arn)),
        (None, ImportType::NewKeyMaterial) if !ever_imported => {
            let first = backing_key(sealed, asked.imported, now, Origin::Created);
            record.backing_keys.push(first);
            Ok(())
        }
        (None, ImportType::NewKeyMaterial) => match &external.pending {
            Some(waiting) => Err(Error::KmsInvalidState(format!(
                "New key material (id: {id}) cannot be imported into KMS key {arn}, because \
                 another key material (id: {}) is pending rotation.",
                waiting.id
            ))),
            None => {
                let next = backing_key(sealed, asked.imported, now, Origin::OnDemand);
                external.pending = Some(next);
                Ok(())
            }
        },
    }
}

fn backing_key(
    sealed: SealedImport,
    imported: Imported,
    now: Timestamp,
    origin: Origin,
) -> BackingKey {
    BackingKey {
        id: sealed.material_id,
        domain_key_id: sealed.domain_key_id,
        ekt: sealed.ekt,
        created: now,
        origin,
        imported: Some(imported),
    }
}

/// The same material again: back in place if it was deleted or expired;
/// if it is there, the import changes nothing, and may not change how it
/// expires.
fn restore(bk: &mut BackingKey, sealed: SealedImport, asked: Imported) -> Result<()> {
    let kept = bk.imported.clone();
    match kept {
        Some(kept) if kept.present => {
            if (kept.expiration_model, kept.valid_to) != (asked.expiration_model, asked.valid_to) {
                return Err(Error::Validation(
                    "The expiration of imported key material cannot be changed: delete the \
                     material and import it again."
                        .into(),
                ));
            }
            Ok(())
        }
        _ => {
            bk.ekt = sealed.ekt;
            bk.domain_key_id = sealed.domain_key_id;
            let description = asked
                .description
                .clone()
                .or_else(|| bk.imported.as_ref().and_then(|i| i.description.clone()));
            bk.imported = Some(Imported {
                description,
                ..asked
            });
            Ok(())
        }
    }
}

/// DeleteImportedKeyMaterial: the material (the current one unless
/// `KeyMaterialId` names another) is gone at once; the key is
/// PendingImport until the same material is imported again.
pub fn delete_imported_key_material(
    state: &mut State,
    ctx: &Ctx,
    req: DeleteImportedKeyMaterialRequest,
) -> Result<DeleteImportedKeyMaterialResponse> {
    let wanted = material_id_field(req.key_material_id.as_deref())?;
    let (addr, record) = key_id::own_key(state, ctx, req.key_id.as_deref())?;
    let arn = key_arn(state, &addr);
    if record.external.is_none() {
        return Err(not_external(&arn));
    }
    let target = wanted.or_else(|| record.current().map(|bk| bk.id));
    let record = key_state::record_mut(state, &addr)?;
    let pending_id = record
        .external
        .as_ref()
        .and_then(|e| e.pending.as_ref())
        .map(|bk| bk.id);
    let deleted = match target {
        // A key that never had material: nothing to delete.
        None => String::new(),
        Some(id) if Some(id) == pending_id => {
            if let Some(external) = &mut record.external {
                external.pending = None;
            }
            id.to_string()
        }
        Some(id) => {
            let bk = record
                .backing_keys
                .iter_mut()
                .find(|bk| bk.id == id)
                .ok_or_else(|| {
                    Error::NotFound(format!("Key material {id} of {arn} does not exist"))
                })?;
            wipe(bk);
            id.to_string()
        }
    };
    Ok(DeleteImportedKeyMaterialResponse {
        key_id: arn,
        key_material_id: deleted,
    })
}

/// Drops a version of imported material: its EKT goes, its entry stays.
fn wipe(bk: &mut BackingKey) {
    bk.ekt = Vec::new();
    if let Some(imported) = &mut bk.imported {
        imported.present = false;
    }
}

/// Whether some imported material has reached its ValidTo.
pub fn expiry_due(state: &State, now: Timestamp) -> bool {
    state
        .keys
        .summaries()
        .any(|(_, s)| s.expires.is_some_and(|t| t <= now))
}

/// Deletes every version of imported material whose ValidTo has passed,
/// as AWS does at that time; returns the keys that lost some.
pub fn expire_due(state: &mut State, now: Timestamp) -> Result<Vec<KeyAddr>> {
    let due: Vec<KeyAddr> = state
        .keys
        .summaries()
        .filter(|(_, s)| s.expires.is_some_and(|t| t <= now))
        .map(|(addr, _)| addr)
        .collect();
    for addr in &due {
        let record = key_state::record_mut(state, addr)?;
        let pending = record.external.as_mut().and_then(|e| e.pending.as_mut());
        for bk in record.backing_keys.iter_mut().chain(pending) {
            let expired = bk
                .imported
                .as_ref()
                .is_some_and(|i| i.present && i.valid_to.is_some_and(|t| t <= now));
            if expired {
                wipe(bk);
            }
        }
    }
    Ok(due)
}
