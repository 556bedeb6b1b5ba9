//! A remote KMS: AWS KMS itself, or another kms-local `serve`, reached
//! through the AWS SDK for Rust. The SDK does the credential chain (the
//! environment, the shared config and credentials files with profiles, SSO,
//! `credential_process`, container and instance roles), SigV4 and the wire
//! protocol; this module picks the endpoint and the trusted certificates,
//! and turns each call into a blocking one with kms-local's own types.
//!
//! `migrate` and `rewrap` (`src/migrate/`) are its only users.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::path::PathBuf;

use aws_config::BehaviorVersion;
use aws_config::Region;
use aws_sdk_kms::Client;
use aws_sdk_kms::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_kms::primitives::Blob;
use aws_sdk_kms::types::{
    AlgorithmSpec, ExpirationModelType, KeySpec, KeyUsageType, OriginType, Tag, WrappingKeySpec,
};
use aws_smithy_http_client::tls::{self, TlsContext, TrustStore, rustls_provider::CryptoMode};

use crate::error::{Error, RemoteError, Result};
use crate::hsm::secret::Plaintext;
use crate::ops::migration::NewKey;

/// Where the remote KMS is and how to reach it: the aws CLI's global
/// options of the same names.
#[derive(Clone, Debug, Default)]
pub struct Endpoint {
    /// `--endpoint-url`; else AWS KMS's endpoint for the Region.
    pub url: Option<String>,
    /// `--profile`; else AWS_PROFILE, else `default`.
    pub profile: Option<String>,
    /// `--ca-bundle` or AWS_CA_BUNDLE: certificates (PEM) trusted beside the
    /// system's, for a `serve` whose certificate a private CA issued.
    pub ca_bundle: Option<PathBuf>,
}

/// What kms-local needs of a remote key's metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemoteKey {
    pub arn: String,
    pub account: String,
    /// `KeyState`, as AWS names it (`PendingImport`, `Enabled`, …).
    pub state: String,
}

/// A connected client, with its own single-threaded runtime so that callers
/// stay synchronous.
pub struct RemoteKms {
    runtime: tokio::runtime::Runtime,
    client: Client,
    calls: Cell<u64>,
    /// `KMS_LOCAL_ABORT_AFTER_REMOTE_CALLS`, a testing aid: the process
    /// aborts as soon as that many calls have returned, as if killed there,
    /// so that tests can stop a migration between any two of its calls.
    abort_after: Option<u64>,
}

impl std::fmt::Debug for RemoteKms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteKms")
            .field("calls", &self.calls.get())
            .finish_non_exhaustive()
    }
}

impl RemoteKms {
    /// A client for `endpoint` in `region` (the keys' own: a profile's
    /// Region does not redirect a move). No request is sent yet.
    pub fn connect(endpoint: &Endpoint, region: &str) -> Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Internal(format!("cannot start the HTTP runtime: {e}")))?;
        let mut trust = TrustStore::default();
        if let Some(path) = &endpoint.ca_bundle {
            // The SDK reads the PEM only when it connects, and skips what it
            // cannot read: a file with no certificate is refused here.
            let (pem, _) = crate::serve::tls::pem_certificates("--ca-bundle", path)?;
            trust = trust.with_pem_certificate(pem);
        }
        let tls = TlsContext::builder()
            .with_trust_store(trust)
            .build()
            .map_err(|e| Error::input("--ca-bundle", DisplayErrorContext(&e)))?;
        let http = aws_smithy_http_client::Builder::new()
            .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
            .tls_context(tls)
            .build_https();
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .http_client(http)
            .region(Region::new(region.to_owned()));
        if let Some(url) = &endpoint.url {
            loader = loader.endpoint_url(url);
        }
        if let Some(profile) = &endpoint.profile {
            loader = loader.profile_name(profile);
        }
        let config = runtime.block_on(loader.load());
        let abort_after = std::env::var("KMS_LOCAL_ABORT_AFTER_REMOTE_CALLS")
            .ok()
            .and_then(|n| n.parse().ok());
        Ok(RemoteKms {
            runtime,
            client: Client::new(&config),
            calls: Cell::new(0),
            abort_after,
        })
    }

    /// One cheap call (ListKeys of one key), so that an endpoint that does
    /// not answer, a certificate not trusted or credentials refused show
    /// before anything is done.
    pub fn check(&self) -> Result<()> {
        let call = self.client.list_keys().limit(1).send();
        self.run("ListKeys", call).map(drop)
    }

    pub fn create_key(&self, key: &NewKey) -> Result<RemoteKey> {
        let tags = key
            .tags
            .iter()
            .map(|(k, v)| Tag::builder().tag_key(k).tag_value(v).build())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| Error::Internal(format!("a tag did not build: {e}")))?;
        let call = self
            .client
            .create_key()
            .key_spec(KeySpec::from(key.key_spec.as_str()))
            .key_usage(KeyUsageType::from(key.key_usage.as_str()))
            .description(&key.description)
            .set_tags(Some(tags))
            .multi_region(key.multi_region)
            .origin(if key.external {
                OriginType::External
            } else {
                OriginType::AwsKms
            })
            .send();
        let out = self.run("CreateKey", call)?;
        metadata(out.key_metadata())
    }

    /// The key `key_id` names, or `None` when there is none.
    pub fn describe_key(&self, key_id: &str) -> Result<Option<RemoteKey>> {
        let call = self.client.describe_key().key_id(key_id).send();
        match self.run("DescribeKey", call) {
            Ok(out) => metadata(out.key_metadata()).map(Some),
            Err(Error::Remote(e)) if e.code.as_deref() == Some("NotFoundException") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The first key of the account and Region that carries the tag
    /// `key = value`, looked for key by key.
    pub fn find_tagged(&self, key: &str, value: &str) -> Result<Option<String>> {
        let mut marker = None;
        loop {
            let call = self.client.list_keys().set_marker(marker).send();
            let page = self.run("ListKeys", call)?;
            for entry in page.keys() {
                let Some(arn) = entry.key_arn() else { continue };
                let call = self.client.list_resource_tags().key_id(arn).send();
                let tags = self.run("ListResourceTags", call)?;
                if tags
                    .tags()
                    .iter()
                    .any(|t| t.tag_key() == key && t.tag_value() == value)
                {
                    return Ok(Some(arn.to_owned()));
                }
            }
            match page.next_marker() {
                Some(next) if page.truncated() => marker = Some(next.to_owned()),
                _ => return Ok(None),
            }
        }
    }

    /// A wrapping key (RSA_4096, SPKI DER) and its import token.
    pub fn import_parameters(&self, key_id: &str, algorithm: &str) -> Result<(Vec<u8>, Vec<u8>)> {
        let call = self
            .client
            .get_parameters_for_import()
            .key_id(key_id)
            .wrapping_algorithm(AlgorithmSpec::from(algorithm))
            .wrapping_key_spec(WrappingKeySpec::Rsa4096)
            .send();
        let out = self.run("GetParametersForImport", call)?;
        let public_key = out.public_key().map(|b| b.as_ref().to_vec());
        let token = out.import_token().map(|b| b.as_ref().to_vec());
        match (public_key, token) {
            (Some(public_key), Some(token)) => Ok((public_key, token)),
            _ => Err(incomplete(
                "GetParametersForImport",
                "PublicKey or ImportToken",
            )),
        }
    }

    /// Imports material that never expires.
    pub fn import_key_material(
        &self,
        key_id: &str,
        token: Vec<u8>,
        wrapped: Vec<u8>,
    ) -> Result<()> {
        let call = self
            .client
            .import_key_material()
            .key_id(key_id)
            .import_token(Blob::new(token))
            .encrypted_key_material(Blob::new(wrapped))
            .expiration_model(ExpirationModelType::KeyMaterialDoesNotExpire)
            .send();
        self.run("ImportKeyMaterial", call).map(drop)
    }

    /// The key id an alias names, or `None` when there is no such alias.
    pub fn alias_target(&self, alias: &str) -> Result<Option<String>> {
        Ok(self.describe_key(alias)?.map(|key| key.arn))
    }

    pub fn create_alias(&self, alias: &str, key_id: &str) -> Result<()> {
        let call = self
            .client
            .create_alias()
            .alias_name(alias)
            .target_key_id(key_id)
            .send();
        self.run("CreateAlias", call).map(drop)
    }

    pub fn put_key_policy(&self, key_id: &str, policy: &str) -> Result<()> {
        let call = self
            .client
            .put_key_policy()
            .key_id(key_id)
            .policy_name("default")
            .policy(policy)
            .send();
        self.run("PutKeyPolicy", call).map(drop)
    }

    pub fn enable_key_rotation(&self, key_id: &str, period_in_days: i32) -> Result<()> {
        let call = self
            .client
            .enable_key_rotation()
            .key_id(key_id)
            .rotation_period_in_days(period_in_days)
            .send();
        self.run("EnableKeyRotation", call).map(drop)
    }

    pub fn disable_key(&self, key_id: &str) -> Result<()> {
        let call = self.client.disable_key().key_id(key_id).send();
        self.run("DisableKey", call).map(drop)
    }

    pub fn untag(&self, key_id: &str, tag_key: &str) -> Result<()> {
        let call = self
            .client
            .untag_resource()
            .key_id(key_id)
            .tag_keys(tag_key)
            .send();
        self.run("UntagResource", call).map(drop)
    }

    /// Encrypt at the remote KMS of every job at once (the caller bounds
    /// how many): each one's blob and the ARN of the key that made it, in
    /// the jobs' order. Each plaintext is dropped (and wiped) with its call.
    pub fn encrypt_all(&self, jobs: Vec<EncryptJob>) -> Vec<Result<(Vec<u8>, String)>> {
        let count = jobs.len() as u64;
        let calls: Vec<_> = jobs
            .into_iter()
            .map(|job| {
                let client = self.client.clone();
                async move {
                    let context =
                        (!job.context.is_empty()).then(|| job.context.into_iter().collect());
                    client
                        .encrypt()
                        .key_id(job.key_id)
                        .plaintext(Blob::new(job.plaintext.expose().to_vec()))
                        .set_encryption_context(context)
                        .send()
                        .await
                }
            })
            .collect();
        let results = self.runtime.block_on(async {
            let tasks: Vec<_> = calls.into_iter().map(tokio::spawn).collect();
            let mut results = Vec::with_capacity(tasks.len());
            for task in tasks {
                results.push(task.await);
            }
            results
        });
        self.counted(count);
        results
            .into_iter()
            .map(|result| {
                let out = result
                    .map_err(|e| Error::Internal(format!("an Encrypt task failed: {e}")))?
                    .map_err(|e| remote_error("Encrypt", e))?;
                match (out.ciphertext_blob(), out.key_id()) {
                    (Some(blob), Some(arn)) => Ok((blob.as_ref().to_vec(), arn.to_owned())),
                    _ => Err(incomplete("Encrypt", "CiphertextBlob or KeyId")),
                }
            })
            .collect()
    }

    /// Counts `n` calls returned, and aborts if the testing aid says so.
    fn counted(&self, n: u64) {
        let before = self.calls.get();
        self.calls.set(before + n);
        if self
            .abort_after
            .is_some_and(|at| before < at && at <= before + n)
        {
            std::process::abort();
        }
    }

    fn run<T, E, R>(
        &self,
        operation: &'static str,
        call: impl Future<Output = Result<T, SdkError<E, R>>>,
    ) -> Result<T>
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
        R: std::fmt::Debug,
    {
        let result = self.runtime.block_on(call);
        self.counted(1);
        result.map_err(|e| remote_error(operation, e))
    }
}

/// One Encrypt of [`RemoteKms::encrypt_all`].
#[derive(Debug)]
pub struct EncryptJob {
    pub key_id: String,
    pub plaintext: Plaintext,
    pub context: BTreeMap<String, String>,
}

/// The SDK's failure of `operation` as kms-local's error: the exception's
/// name and message when the remote KMS answered, else what went wrong.
fn remote_error<E, R>(operation: &'static str, e: SdkError<E, R>) -> Error
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    Error::Remote(RemoteError {
        operation,
        code: e.code().map(str::to_owned),
        message: match e.message() {
            Some(message) => message.to_owned(),
            None => DisplayErrorContext(&e).to_string(),
        },
    })
}

fn metadata(metadata: Option<&aws_sdk_kms::types::KeyMetadata>) -> Result<RemoteKey> {
    let metadata = metadata.ok_or_else(|| incomplete("DescribeKey", "KeyMetadata"))?;
    Ok(RemoteKey {
        arn: metadata
            .arn()
            .ok_or_else(|| incomplete("DescribeKey", "Arn"))?
            .to_owned(),
        account: metadata
            .aws_account_id()
            .ok_or_else(|| incomplete("DescribeKey", "AWSAccountId"))?
            .to_owned(),
        state: metadata
            .key_state()
            .map_or_else(String::new, |s| s.as_str().to_owned()),
    })
}

fn incomplete(operation: &'static str, field: &str) -> Error {
    Error::Remote(RemoteError {
        operation,
        code: None,
        message: format!("the response has no {field}"),
    })
}
