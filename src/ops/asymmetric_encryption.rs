//! Encrypt, Decrypt and ReEncrypt with asymmetric keys (RSA and SM2), and
//! the algorithm rules all three share with symmetric keys: which
//! EncryptionAlgorithm a key takes, AWS's plaintext limits, and the bare
//! ciphertexts AWS makes with them (no header: the key is named by KeyId).

use crate::context::EncryptionContext;
use crate::error::{Error, Result};
use crate::hsm::secret::Plaintext;
use crate::hsm::{Hsm, pke};
use crate::keystore::state::{KeyAddr, KeyRecord, State};
use crate::ops::key_id::key_arn;
use crate::ops::{key_state, specs, validate};
use crate::spec::{EncryptionAlgorithm, KeyUsage};

/// An EncryptionAlgorithm field: SYMMETRIC_DEFAULT when absent, as in AWS.
pub fn algorithm(value: Option<&str>, field: &str) -> Result<EncryptionAlgorithm> {
    value
        .map(|v| {
            validate::enumerated(
                v,
                field,
                EncryptionAlgorithm::parse,
                EncryptionAlgorithm::NAMES,
            )
        })
        .transpose()
        .map(|a| a.unwrap_or(EncryptionAlgorithm::SymmetricDefault))
}

/// The key must be an encryption key that has `algorithm`.
pub fn check(
    state: &State,
    key_id: &KeyAddr,
    record: &KeyRecord,
    algorithm: EncryptionAlgorithm,
    operation: &str,
) -> Result<()> {
    if record.key_usage != KeyUsage::EncryptDecrypt {
        return Err(specs::wrong_usage(
            &key_arn(state, key_id),
            record.key_usage,
            operation,
        ));
    }
    if !specs::encryption_algorithms(record.key_spec).contains(&algorithm) {
        return Err(specs::incompatible(algorithm.name(), record.key_spec));
    }
    Ok(())
}

/// An encryption context binds only symmetric ciphertexts; AWS documents no
/// error for one sent with an asymmetric key, so kms-local refuses it
/// rather than drop it silently.
fn no_context(context: &EncryptionContext, field: &str) -> Result<()> {
    if context.is_empty() {
        Ok(())
    } else {
        Err(Error::Validation(format!(
            "{field} is valid only with symmetric encryption KMS keys."
        )))
    }
}

/// Encrypt with the key's public key.
pub fn encrypt(
    key_id: &KeyAddr,
    record: &KeyRecord,
    algorithm: EncryptionAlgorithm,
    context: &EncryptionContext,
    context_field: &str,
    plaintext: &Plaintext,
) -> Result<Vec<u8>> {
    no_context(context, context_field)?;
    let spec = record.key_spec;
    let max = pke::max_plaintext(spec, algorithm)
        .ok_or_else(|| specs::incompatible(algorithm.name(), spec))?;
    if plaintext.len() > max {
        return Err(Error::Validation(format!(
            "Algorithm {algorithm} and key spec {spec} cannot encrypt data larger than {max} bytes."
        )));
    }
    pke::encrypt(
        spec,
        key_state::public_key(record, key_id)?,
        algorithm,
        plaintext.expose(),
    )
}

/// Decrypt with the key's private key; a ciphertext that does not decrypt
/// is InvalidCiphertextException with AWS's empty message.
pub fn decrypt(
    state: &State,
    key_id: &KeyAddr,
    record: &KeyRecord,
    algorithm: EncryptionAlgorithm,
    context: &EncryptionContext,
    context_field: &str,
    ciphertext: &[u8],
) -> Result<Plaintext> {
    no_context(context, context_field)?;
    Hsm::new(&state.domain_keys)
        .decrypt_asymmetric(
            &key_state::current_material(record, key_id)?,
            algorithm,
            ciphertext,
        )?
        .ok_or_else(|| Error::InvalidCiphertext(String::new()))
}
