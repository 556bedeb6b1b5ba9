//! `rewrap`: a blob made by kms-local becomes a blob of the destination.
//! Decrypt runs here, as the keystore's Decrypt (policy, key state and audit
//! log included); the plaintext goes to the destination's Encrypt under the
//! key the source key became (`migrate` recorded it), with the same
//! encryption context, and nowhere else.

use std::collections::HashMap;

use crate::context::EncryptionContext;
use crate::error::{Error, Result};
use crate::ops::Kms;
use crate::ops::catalog::Decrypt;
use crate::ops::types::{Blob, DecryptRequest, ReEncryptResponse};
use crate::remote::{EncryptJob, Endpoint, RemoteKms};

/// One blob rewrapped: ReEncrypt's response, its destination the other KMS.
pub type RewrapResponse = ReEncryptResponse;

/// A blob decrypted here, waiting for its Encrypt at the destination.
#[derive(Debug)]
pub struct Decrypted {
    source: String,
    source_algorithm: &'static str,
    source_material: Option<String>,
    job: EncryptJob,
}

/// Rewraps blobs, connecting to the destination when the first comes, in
/// its key's Region (the caller's: Decrypt finds only keys of it).
pub struct Rewrapper<'a> {
    kms: &'a Kms,
    endpoint: Endpoint,
    /// `--destination-key-id`: every blob goes to this key, migrated or not.
    destination_key: Option<String>,
    remote: Option<RemoteKms>,
    /// Source key ARN → destination key ARN.
    targets: HashMap<String, String>,
}

impl<'a> Rewrapper<'a> {
    pub fn new(kms: &'a Kms, endpoint: Endpoint, destination_key: Option<String>) -> Self {
        Rewrapper {
            kms,
            endpoint,
            destination_key,
            remote: None,
            targets: HashMap::new(),
        }
    }

    /// `blob`, made under `context`, as a blob of the destination.
    pub fn rewrap(
        &mut self,
        blob: Vec<u8>,
        context: Option<EncryptionContext>,
    ) -> Result<RewrapResponse> {
        let decrypted = self.decrypt(blob, context, None)?;
        self.encrypt_all(vec![decrypted])
            .pop()
            .unwrap_or_else(|| Err(Error::Internal("an Encrypt went missing".into())))
    }

    /// The first half of a rewrap: `blob` decrypted here, and the key it
    /// goes to there.
    pub fn decrypt(
        &mut self,
        blob: Vec<u8>,
        context: Option<EncryptionContext>,
        destination_key: Option<&str>,
    ) -> Result<Decrypted> {
        let pairs = context.as_ref().map(|c| c.0.clone()).unwrap_or_default();
        let decrypted = self.kms.call::<Decrypt>(DecryptRequest {
            ciphertext_blob: Some(Blob(blob)),
            encryption_context: context,
            ..DecryptRequest::default()
        })?;
        let source = decrypted.key_id;
        let target = match destination_key.or(self.destination_key.as_deref()) {
            Some(key) => key.to_owned(),
            None => self.target_of(&source)?,
        };
        if self.remote.is_none() {
            // Connected now, so that a destination that cannot be reached
            // fails this blob with its own error.
            self.remote = Some(RemoteKms::connect(&self.endpoint, region_of(&source)?)?);
        }
        Ok(Decrypted {
            source,
            source_algorithm: decrypted.encryption_algorithm,
            source_material: decrypted.key_material_id,
            job: EncryptJob {
                key_id: target,
                plaintext: decrypted.plaintext,
                context: pairs,
            },
        })
    }

    /// The second half, for many blobs at once: each one's Encrypt at the
    /// destination, all sent together, in the order given.
    pub fn encrypt_all(&self, blobs: Vec<Decrypted>) -> Vec<Result<RewrapResponse>> {
        let Some(remote) = &self.remote else {
            // `decrypt` connected it before any blob was made.
            return blobs
                .iter()
                .map(|_| Err(Error::Internal("no destination to encrypt at".into())))
                .collect();
        };
        let (heads, jobs): (Vec<_>, Vec<_>) = blobs
            .into_iter()
            .map(|b| ((b.source, b.source_algorithm, b.source_material), b.job))
            .unzip();
        heads
            .into_iter()
            .zip(remote.encrypt_all(jobs))
            .map(|((source, algorithm, material), result)| {
                result.map(|(ciphertext, key_id)| RewrapResponse {
                    ciphertext_blob: Blob(ciphertext),
                    source_key_id: source,
                    key_id,
                    source_encryption_algorithm: algorithm,
                    destination_encryption_algorithm: "SYMMETRIC_DEFAULT",
                    source_key_material_id: material,
                    // The destination's Encrypt does not say it.
                    destination_key_material_id: None,
                })
            })
            .collect()
    }

    /// The key `source` became at the destination, as `migrate` recorded it.
    fn target_of(&mut self, source: &str) -> Result<String> {
        if let Some(target) = self.targets.get(source) {
            return Ok(target.clone());
        }
        let name = super::endpoint_name(&self.endpoint);
        let target = self.kms.migrated_to(source, name)?.ok_or_else(|| {
            Error::NotFound(format!(
                "{source} has not been migrated to {name}: run migrate first, or name the \
                 destination key with --destination-key-id"
            ))
        })?;
        self.targets.insert(source.to_owned(), target.clone());
        Ok(target)
    }
}

/// The Region of a key ARN (`arn:aws:kms:REGION:…`).
fn region_of(arn: &str) -> Result<&str> {
    arn.split(':')
        .nth(3)
        .filter(|r| !r.is_empty())
        .ok_or_else(|| Error::Internal(format!("'{arn}' is not a key ARN")))
}
