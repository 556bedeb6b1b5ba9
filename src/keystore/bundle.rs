//! Key bundles: chosen keys with every backing key, sealed like a keystore
//! under a key or passphrase of their own, so that a team can share them and
//! blobs made in one keystore decrypt in another. The format is the
//! keystore's (docs/keystore-format.md), with magic `KMSLKEYS` and the body
//! of §8 there.

use std::path::Path;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, KeystoreProblem, Result};
use crate::hsm::secret::{KeyBytes, Plaintext};
use crate::ids::BackingKeyId;
use crate::keystore::envelope::{self, Unlocked};
use crate::keystore::format::FileKind;
use crate::keystore::kek::KekSources;
use crate::keystore::persist;
use crate::keystore::state::{KeyAttributes, Origin};
use crate::spec::{KeySpec, KeyUsage};
use crate::timestamp::Timestamp;

/// The body of a key bundle.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Bundle {
    pub keys: Vec<BundleKey>,
}

/// One exported key: its metadata, aliases and every version of its material.
/// The metadata is the keystore record's own type, flattened, so the file's
/// JSON has the record's field names in the record's order.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BundleKey {
    pub key_id: Uuid,
    #[serde(flatten)]
    pub attributes: KeyAttributes,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Oldest first, as in the keystore.
    pub backing_keys: Vec<BundleBackingKey>,
    /// Absent for a symmetric encryption key, as in bundles older than the
    /// other specs.
    #[serde(default, skip_serializing_if = "KeySpec::is_symmetric")]
    pub key_spec: KeySpec,
    #[serde(default, skip_serializing_if = "KeyUsage::is_encrypt_decrypt")]
    pub key_usage: KeyUsage,
    /// Its key policy; absent for the default one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
}

/// One version of key material itself (the bundle is sealed): a symmetric
/// key's HBK, or any other key's private or HMAC key as the keystore seals it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BundleBackingKey {
    pub id: BackingKeyId,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::hsm::secret::optional_key_base64"
    )]
    pub hbk: Option<KeyBytes>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::hsm::secret::optional_material_base64"
    )]
    pub material: Option<Plaintext>,
    pub created: Timestamp,
    pub origin: Origin,
}

/// The key a new key bundle is sealed under. Whatever needs no
/// file written (a passphrase prompt and its Argon2id run, a key from the
/// environment, an existing key file) is obtained before the keystore is
/// read, so that a prompt never holds the keystore's lock; a key file still
/// to be made is made only once the export has succeeded.
pub struct Sealer {
    path: std::path::PathBuf,
    key: SealerKey,
}

enum SealerKey {
    Ready(Unlocked),
    /// A key file to create when the file is written.
    Later(KekSources),
}

impl Sealer {
    /// The key `sources` give for a file at `path`, or a passphrase when
    /// they give none.
    pub fn new(path: &Path, sources: &KekSources) -> Result<Self> {
        let ask_passphrase = sources.master_key.is_none() && sources.master_key_file.is_none();
        let key_file_missing = sources.master_key.is_none()
            && sources
                .master_key_file
                .as_deref()
                .is_some_and(|file| !file.exists());
        let key = if key_file_missing {
            SealerKey::Later(sources.clone())
        } else {
            SealerKey::Ready(unlocked_for_new(path, sources, ask_passphrase)?)
        };
        Ok(Sealer {
            path: path.to_owned(),
            key,
        })
    }

    /// Seals `bundle` into a new file (mode 0600, written atomically); an
    /// existing file is never replaced.
    pub fn write(&self, bundle: &Bundle) -> Result<()> {
        let later;
        let unlocked = match &self.key {
            SealerKey::Ready(unlocked) => unlocked,
            SealerKey::Later(sources) => {
                later = unlocked_for_new(&self.path, sources, false)?;
                &later
            }
        };
        seal_to(&self.path, unlocked, bundle).map_err(|e| e.about(WHAT))
    }
}

fn unlocked_for_new(path: &Path, sources: &KekSources, ask_passphrase: bool) -> Result<Unlocked> {
    let (root, protection, _) = sources
        .for_new(path, ask_passphrase)
        .map_err(|e| e.about(WHAT))?;
    Ok(Unlocked::new(&root, protection))
}

/// How errors name these files.
const WHAT: &str = "key bundle";

fn seal_to(path: &Path, unlocked: &Unlocked, bundle: &Bundle) -> Result<()> {
    let bytes = envelope::seal(FileKind::Bundle, unlocked, bundle)?;
    persist::write_new(path, &bytes).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => Error::keystore(path, KeystoreProblem::AlreadyExists),
        _ => Error::keystore(
            path,
            KeystoreProblem::Io {
                context: "write".into(),
                source: e,
            },
        ),
    })
}

/// Opens and authenticates the file at `path`.
pub fn read(path: &Path, sources: &KekSources) -> Result<Bundle> {
    open_from(path, sources).map_err(|e| e.about(WHAT))
}

fn open_from(path: &Path, sources: &KekSources) -> Result<Bundle> {
    let file = envelope::load(path, FileKind::Bundle)?
        .ok_or_else(|| Error::keystore(path, KeystoreProblem::Missing))?;
    let unlocked = envelope::unlock(path, sources, &file.header)?;
    envelope::open(path, file, &unlocked)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bundle's JSON, as export-keys writes it: field names, order and
    /// omissions are the format (docs/keystore-format.md §8), so that
    /// bundles written by one build import into another.
    #[test]
    fn a_bundle_body_encodes_as_the_format_says() {
        let full = format!(
            concat!(
                r#"{{"Keys":[{{"KeyId":"00000000-0000-0000-0000-000000000007","Created":1,"#,
                r#""Description":"d","State":"PendingDeletion","DeletionDate":2,"#,
                r#""Rotation":{{"PeriodInDays":90,"Next":3}},"Tags":[{{"TagKey":"k","TagValue":"v"}}],"#,
                r#""Aliases":["alias/a"],"BackingKeys":[{{"Id":"{}","Hbk":"{}","Created":4,"#,
                r#""Origin":"AUTOMATIC"}}]}},"#,
                r#"{{"KeyId":"00000000-0000-0000-0000-000000000008","Created":5,"#,
                r#""Description":"","State":"Enabled","Tags":[],"Aliases":[],"BackingKeys":[]}}]}}"#
            ),
            "ab".repeat(32),
            "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="
        );
        let file: Bundle = serde_json::from_str(&full).unwrap();
        assert_eq!(file.keys[0].key_id, Uuid::from_u128(7));
        assert_eq!(
            file.keys[0].backing_keys[0].hbk.as_ref().unwrap().expose(),
            &[1; 32]
        );
        assert_eq!(serde_json::to_string(&file).unwrap(), full);
        // Tags and aliases may be absent.
        let bare = r#"{"Keys":[{"KeyId":"00000000-0000-0000-0000-000000000008","Created":5,"Description":"","State":"Enabled","BackingKeys":[]}]}"#;
        let file: Bundle = serde_json::from_str(bare).unwrap();
        assert!(file.keys[0].attributes.tags.is_empty() && file.keys[0].aliases.is_empty());
    }
}
