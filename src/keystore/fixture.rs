//! Files of exported keys ("fixtures"): chosen keys with every backing key,
//! sealed like a keystore under a key or passphrase of their own, so that
//! blobs made in one keystore decrypt in another. The format is the
//! keystore's (docs/keystore-format.md), with magic `KMSLKEYS` and the body
//! of §8 there.

use std::path::Path;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, KeystoreProblem, Result};
use crate::hsm::secret::KeyBytes;
use crate::ids::BackingKeyId;
use crate::keystore::envelope::{self, Unlocked};
use crate::keystore::format::FileKind;
use crate::keystore::kek::KekSources;
use crate::keystore::persist;
use crate::keystore::state::{KeyState, Origin, RotationSchedule, Tag};
use crate::timestamp::Timestamp;

/// The body of a file of exported keys.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Fixture {
    pub keys: Vec<FixtureKey>,
}

/// One exported key: its metadata, aliases and every version of its material.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FixtureKey {
    pub key_id: Uuid,
    pub created: Timestamp,
    pub description: String,
    pub state: KeyState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<RotationSchedule>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Oldest first, as in the keystore.
    pub backing_keys: Vec<FixtureBackingKey>,
}

/// One version of key material, the HBK itself (the file is sealed).
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FixtureBackingKey {
    pub id: BackingKeyId,
    #[serde(with = "crate::hsm::secret::key_base64")]
    pub hbk: KeyBytes,
    pub created: Timestamp,
    pub origin: Origin,
}

/// Seals `fixture` into a new file at `path` (mode 0600, written atomically);
/// an existing file is never replaced.
/// Its key is the one `sources` give, or a passphrase when they give none.
pub fn write(path: &Path, sources: &KekSources, fixture: &Fixture) -> Result<()> {
    seal_to(path, sources, fixture).map_err(|e| e.about(WHAT))
}

/// How errors name these files.
const WHAT: &str = "file of exported keys";

fn seal_to(path: &Path, sources: &KekSources, fixture: &Fixture) -> Result<()> {
    let ask_passphrase = sources.master_key.is_none() && sources.master_key_file.is_none();
    let (root, protection, _) = sources.for_new(path, ask_passphrase)?;
    let bytes = envelope::seal(
        FileKind::Fixture,
        &Unlocked::new(&root, protection),
        fixture,
    )?;
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
pub fn read(path: &Path, sources: &KekSources) -> Result<Fixture> {
    open_from(path, sources).map_err(|e| e.about(WHAT))
}

fn open_from(path: &Path, sources: &KekSources) -> Result<Fixture> {
    let file = envelope::load(path, FileKind::Fixture)?
        .ok_or_else(|| Error::keystore(path, KeystoreProblem::Missing))?;
    let unlocked = envelope::unlock(path, sources, &file.header)?;
    envelope::open(path, file, &unlocked)
}
