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
    region: String,
    job: EncryptJob,
}

/// Rewraps blobs, connecting to the destination in each source key's Region
/// when a blob of it first comes.
pub struct Rewrapper<'a> {
    kms: &'a Kms,
    endpoint: Endpoint,
    /// `--destination-key-id`: every blob goes to this key, migrated or not.
    destination_key: Option<String>,
    clients: HashMap<String, RemoteKms>,
    /// Source key ARN → destination key ARN.
    targets: HashMap<String, String>,
}

impl<'a> Rewrapper<'a> {
    pub fn new(kms: &'a Kms, endpoint: Endpoint, destination_key: Option<String>) -> Self {
        Rewrapper {
            kms,
            endpoint,
            destination_key,
            clients: HashMap::new(),
            targets: HashMap::new(),
        }
    }

    /// `blob`, made under `context`, as a blob of the destination.
    pub fn rewrap(
        &mut self,
        blob: Vec<u8>,
        context: Option<EncryptionContext>,
        destination_key: Option<&str>,
    ) -> Result<RewrapResponse> {
        let decrypted = self.decrypt(blob, context, destination_key)?;
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
        let region = region_of(&source)?.to_owned();
        // Connected now, so that a destination that cannot be reached fails
        // this blob with its own error.
        self.client(&region)?;
        Ok(Decrypted {
            region,
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
        let mut results: Vec<Option<Result<RewrapResponse>>> = blobs.iter().map(|_| None).collect();
        let mut by_region: HashMap<String, Vec<(usize, Decrypted)>> = HashMap::new();
        for (at, blob) in blobs.into_iter().enumerate() {
            by_region
                .entry(blob.region.clone())
                .or_default()
                .push((at, blob));
        }
        for (region, blobs) in by_region {
            // `decrypt` connected it.
            let Some(remote) = self.clients.get(&region) else {
                continue;
            };
            let (places, blobs): (Vec<usize>, Vec<Decrypted>) = blobs.into_iter().unzip();
            let (heads, jobs): (Vec<_>, Vec<_>) = blobs
                .into_iter()
                .map(|b| ((b.source, b.source_algorithm, b.source_material), b.job))
                .unzip();
            let encrypted = remote.encrypt_all(jobs);
            let outcomes = places.into_iter().zip(heads).zip(encrypted);
            for ((at, (source, algorithm, material)), result) in outcomes {
                results[at] = Some(result.map(|(ciphertext, key_id)| RewrapResponse {
                    ciphertext_blob: Blob(ciphertext),
                    source_key_id: source,
                    key_id,
                    source_encryption_algorithm: algorithm,
                    destination_encryption_algorithm: "SYMMETRIC_DEFAULT",
                    source_key_material_id: material,
                    // The destination's Encrypt does not say it.
                    destination_key_material_id: None,
                }));
            }
        }
        results
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err(Error::Internal("an Encrypt went missing".into()))))
            .collect()
    }

    /// The client of the destination in `region`, connected at first use.
    fn client(&mut self, region: &str) -> Result<&RemoteKms> {
        if !self.clients.contains_key(region) {
            let mut endpoint = self.endpoint.clone();
            endpoint.region = Some(region.to_owned());
            let remote = RemoteKms::connect(&endpoint, region)?;
            self.clients.insert(region.to_owned(), remote);
        }
        self.clients
            .get(region)
            .ok_or_else(|| Error::Internal(format!("no client for {region}")))
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
