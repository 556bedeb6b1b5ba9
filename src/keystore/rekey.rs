//! Sealing an existing keystore under a new KEK (`keystore rekey`): where
//! the new key comes from, the new key file made for it, and the rewrite.
//!
//! Order, each step durable before the next: the new key file (when the new
//! KEK is one) is written and fsynced; the keystore, sealed under the new
//! KEK, is written and fsynced to a temporary file; the caller's `log` runs
//! (the audit log begins a new chain under the new key); the temporary file
//! is renamed over the keystore. A crash at any moment leaves a keystore
//! that the old KEK or the new one opens, and whenever the new one does, its
//! key file is on disk. docs/security.md ("Failures and crashes") has the
//! whole analysis.

use std::fmt;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use zeroize::Zeroizing;

use crate::error::{Error, IoResultExt, KeystoreProblem, Result};
use crate::hsm::secret::{KEY_LEN, KeyBytes};
use crate::keystore::envelope::{self, Unlocked};
use crate::keystore::format::{FileKind, Protection};
use crate::keystore::kek::{KekOrigin, KekSources, SourceNames};
use crate::keystore::state::State;
use crate::keystore::{Keystore, persist, sealed};
use crate::timestamp::Timestamp;

/// How the new KEK's sources are named to the user.
pub const NEW: SourceNames = SourceNames {
    what: "rekeyed kms-local keystore",
    key_var: "KMS_LOCAL_NEW_MASTER_KEY",
    key_file_flag: "--new-master-key-file",
    key_file: "new master key file",
    passphrase_var: "KMS_LOCAL_NEW_PASSPHRASE",
    passphrase_file_flag: "--new-passphrase-file",
    passphrase_file: "new passphrase file",
};

/// How errors name a key file.
const KEY_FILE: &str = "master key file";

/// How many names the default key file tries when one is taken (two
/// rekeys in one second).
const DEFAULT_NAME_TRIES: u32 = 100;

/// The KEK a keystore is to be sealed under.
pub enum NewKek {
    /// A new random master key in a new file: at this path, or with `None`
    /// beside the current master key file, named for the time.
    KeyFile(Option<PathBuf>),
    /// The master key in `KMS_LOCAL_NEW_MASTER_KEY` (base64 of 32 bytes).
    Environment(Zeroizing<String>),
    /// A passphrase: `KMS_LOCAL_NEW_PASSPHRASE`, else the file, else asked
    /// twice on the terminal.
    Passphrase {
        var: Option<Zeroizing<String>>,
        file: Option<PathBuf>,
    },
}

impl fmt::Debug for NewKek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NewKek::KeyFile(path) => f.debug_tuple("KeyFile").field(path).finish(),
            NewKek::Environment(_) => f.write_str("Environment(..)"),
            NewKek::Passphrase { var, file } => f
                .debug_struct("Passphrase")
                .field("var", &var.as_ref().map(|_| ".."))
                .field("file", file)
                .finish(),
        }
    }
}

/// A new KEK root, the header protection to record, and where it came from.
type NewRoot = (KeyBytes, Protection, KekOrigin);

/// The new KEK as far as it can be had before the keystore is locked.
enum Obtained<'a> {
    /// Read from the environment or a file, or asked for and run through
    /// Argon2id: no prompt or Argon2id run ever holds the lock.
    Ready(NewRoot),
    /// A key file to make once the keystore has opened under the lock, so
    /// that a keystore that fails to open leaves no new file behind.
    KeyFile(Option<&'a Path>),
}

impl NewKek {
    fn obtain(&self, keystore: &Path) -> Result<Obtained<'_>> {
        let (sources, passphrase) = match self {
            NewKek::KeyFile(path) => return Ok(Obtained::KeyFile(path.as_deref())),
            NewKek::Environment(text) => (
                KekSources {
                    names: &NEW,
                    master_key: Some(text.clone()),
                    ..KekSources::default()
                },
                false,
            ),
            NewKek::Passphrase { var, file } => (
                KekSources {
                    names: &NEW,
                    passphrase: var.clone(),
                    passphrase_file: file.clone(),
                    ..KekSources::default()
                },
                true,
            ),
        };
        sources.for_new(keystore, passphrase).map(Obtained::Ready)
    }
}

/// A new random key in a new key file: at `path`, or beside `current` (the
/// keystore's master key file) named for the time.
fn new_key_file(
    keystore: &Path,
    path: Option<&Path>,
    current: Option<&Path>,
    now: Timestamp,
) -> Result<NewRoot> {
    let (root, path) = match (path, current) {
        (Some(path), _) => create_key_file(keystore, path)?,
        (None, Some(current)) => create_default_key_file(keystore, current, now)?,
        (None, None) => {
            return Err(Error::keystore(
                keystore,
                KeystoreProblem::MasterKey(
                    "there is no master key file to put the new one beside; use \
                     --new-master-key-file"
                        .into(),
                ),
            ));
        }
    };
    Ok((root, Protection::MasterKey, KekOrigin::KeyFile { path }))
}

/// Writes a new random master key, base64 and a newline, to a new file at
/// `path` (mode 0600; a missing folder is made with mode 0700): written to
/// a temporary file, fsynced, then given its name, which fails if the name
/// is taken, and the folder fsynced. An existing file is never replaced.
fn create_key_file(keystore: &Path, path: &Path) -> Result<(KeyBytes, PathBuf)> {
    let context = format!("{KEY_FILE} {}", path.display());
    persist::create_private_dir(persist::parent(path)).keystore_context(keystore, &context)?;
    let key = KeyBytes::random()?;
    // Sized for the base64 and the newline, so it never regrows leaving a copy.
    let mut text = Zeroizing::new(String::with_capacity(KEY_LEN.div_ceil(3) * 4 + 1));
    STANDARD.encode_string(key.expose(), &mut text);
    text.push('\n');
    match persist::write_new(path, text.as_bytes()) {
        Ok(()) => Ok((key, path.to_owned())),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            Err(Error::keystore(path, KeystoreProblem::AlreadyExists).about(KEY_FILE))
        }
        Err(e) => Err(e).keystore_context(keystore, &context),
    }
}

/// [`create_key_file`] at `<current>.<YYYYMMDDTHHMMSSZ>`, beside the current
/// master key file, or with `-2`, `-3`… after it when that name is taken.
fn create_default_key_file(
    keystore: &Path,
    current: &Path,
    now: Timestamp,
) -> Result<(KeyBytes, PathBuf)> {
    let mut stem = current.as_os_str().to_owned();
    stem.push(format!(".{}", now.to_amz_date()));
    let mut tried = PathBuf::from(&stem);
    for n in 1..=DEFAULT_NAME_TRIES {
        let mut name = stem.clone();
        if n > 1 {
            name.push(format!("-{n}"));
        }
        tried = PathBuf::from(name);
        match create_key_file(keystore, &tried) {
            Err(Error::Keystore {
                problem: KeystoreProblem::AlreadyExists,
                ..
            }) => continue,
            other => return other,
        }
    }
    Err(Error::keystore(tried, KeystoreProblem::AlreadyExists).about(KEY_FILE))
}

/// What [`Keystore::rekey`] did.
#[derive(Debug)]
pub struct Rekeyed {
    /// Where the new KEK came from.
    pub origin: KekOrigin,
    /// The keystore's write counter, the rekey counted.
    pub writes: u64,
}

/// The audit log's keys under the old KEK and the new one.
pub struct AuditKeys<'a> {
    pub old: &'a KeyBytes,
    pub new: &'a KeyBytes,
}

impl Keystore {
    /// Seals the keystore under the KEK `target` names. The current KEK opens
    /// it (a rolled-back keystore is refused, as by every command), every key
    /// record is authenticated and sealed again under the new KEK, and the
    /// write counter counts the rekey. `log` gets the new state, both audit
    /// keys and the new KEK's origin under the exclusive lock, once any new
    /// key file is on disk and before the keystore is saved: a rekey that
    /// cannot be logged is not made.
    ///
    /// A wrong current KEK, a new passphrase or key that cannot be read, or
    /// a key file path that exists fail before anything is written.
    pub fn rekey(
        &self,
        now: Timestamp,
        target: &NewKek,
        log: impl FnOnce(&State, AuditKeys<'_>, &KekOrigin) -> Result<()>,
    ) -> Result<Rekeyed> {
        // Both KEKs that need a prompt or Argon2id are obtained with no lock
        // held; the current one first, so a wrong one asks for nothing new.
        if !self.unlock_before_lock()? {
            return Err(self.missing());
        }
        let obtained = target.obtain(&self.path)?;
        let lock = persist::lock_exclusive(&self.path, self.lock_wait)?;
        let file = envelope::load(&self.path, FileKind::Keystore)?.ok_or_else(|| self.missing())?;
        let old = self.unlock(&file.header)?;
        let mut state = self.open_checked(file, &old)?;
        // Unchanged records are copied as they were sealed when a keystore
        // is written; under a new KEK every one is opened and sealed again.
        state.keys.records_mut()?;
        let (root, protection, origin) = match obtained {
            Obtained::Ready(new) => new,
            Obtained::KeyFile(path) => {
                let current = self.sources.master_key_file.as_deref();
                new_key_file(&self.path, path, current, now)?
            }
        };
        let new = Arc::new(Unlocked::new(&root, protection));
        state.writes += 1;
        let old_audit_key = old.audit_key(&state.keystore_id.0);
        let new_audit_key = new.audit_key(&state.keystore_id.0);
        let keys = AuditKeys {
            old: &old_audit_key,
            new: &new_audit_key,
        };
        // Sealed and fsynced before it is logged, and renamed into place
        // after: a crash between the log and the keystore leaves the log
        // under the new key and the keystore under the old one, so that
        // window is kept to the rename.
        let staged = persist::stage(&self.path, &sealed(&state, &new)?, &lock)
            .keystore_context(&self.path, "write")?;
        log(&state, keys, &origin)?;
        *self.cache.borrow_mut() = None;
        staged.commit().keystore_context(&self.path, "write")?;
        *self.unlocked.borrow_mut() = Some(new);
        *self.audit_key.borrow_mut() = Some((state.keystore_id, Rc::new(new_audit_key)));
        Ok(Rekeyed {
            origin,
            writes: state.writes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_key_file_is_private_and_never_replaces_a_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/new.key");
        let (key, made) = create_key_file(dir.path(), &path).unwrap();
        assert_eq!(made, path);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(STANDARD.decode(text.trim_end()).unwrap(), key.expose());
        assert!(text.ends_with('\n'));
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        let again = create_key_file(dir.path(), &path).unwrap_err();
        assert!(
            again
                .to_string()
                .contains("a master key file exists here already"),
            "{again}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn the_default_key_file_takes_the_next_free_name() {
        let dir = tempfile::tempdir().unwrap();
        let current = dir.path().join("master.key");
        let now = Timestamp::parse_rfc3339("2030-01-02T03:04:05Z").unwrap();
        let (_, first) = create_default_key_file(dir.path(), &current, now).unwrap();
        let (_, second) = create_default_key_file(dir.path(), &current, now).unwrap();
        assert_eq!(first, dir.path().join("master.key.20300102T030405Z"));
        assert_eq!(second, dir.path().join("master.key.20300102T030405Z-2"));
    }

    #[test]
    fn debug_never_prints_a_new_key_or_passphrase() {
        let env = NewKek::Environment(Zeroizing::new("c2VjcmV0".into()));
        let pass = NewKek::Passphrase {
            var: Some(Zeroizing::new("correct horse".into())),
            file: None,
        };
        for text in [format!("{env:?}"), format!("{pass:?}")] {
            assert!(
                !text.contains("c2VjcmV0") && !text.contains("correct"),
                "{text}"
            );
        }
    }
}
