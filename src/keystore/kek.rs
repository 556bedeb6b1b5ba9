//! Where the keystore-encryption key (KEK) comes from: `KMS_LOCAL_MASTER_KEY`,
//! a key file, or a passphrase (environment, file, or a terminal prompt).
//! A passphrase is never taken from the command line.

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use zeroize::Zeroizing;

use crate::error::{Error, IoResultExt, KeystoreProblem, Result};
use crate::hsm::kek::{self, Argon2Cost};
use crate::hsm::random;
use crate::hsm::secret::{KEY_LEN, KeyBytes};
use crate::keystore::format::{Protection, SALT_LEN};
use crate::keystore::persist;
use crate::keystore::trust::{self, Secret};

/// How the sources are named to the user, for messages and prompts.
#[derive(Debug)]
pub struct SourceNames {
    /// What the key protects, for the prompt.
    pub what: &'static str,
    pub key_var: &'static str,
    pub key_file_flag: &'static str,
    /// What messages call the key file.
    pub key_file: &'static str,
    pub passphrase_var: &'static str,
    pub passphrase_file_flag: &'static str,
    /// What messages call the passphrase file.
    pub passphrase_file: &'static str,
}

/// The keystore's sources.
pub const KEYSTORE: SourceNames = SourceNames {
    what: "kms-local keystore",
    key_var: "KMS_LOCAL_MASTER_KEY",
    key_file_flag: "--master-key-file",
    key_file: "master key file",
    passphrase_var: "KMS_LOCAL_PASSPHRASE",
    passphrase_file_flag: "--passphrase-file",
    passphrase_file: "passphrase file",
};

/// The sources of the key that seals a key bundle.
pub const BUNDLE: SourceNames = SourceNames {
    what: "key bundle",
    key_var: "KMS_LOCAL_BUNDLE_KEY",
    key_file_flag: "--bundle-key-file",
    key_file: "bundle key file",
    passphrase_var: "KMS_LOCAL_BUNDLE_PASSPHRASE",
    passphrase_file_flag: "--bundle-passphrase-file",
    passphrase_file: "bundle passphrase file",
};

/// The places a KEK may come from, as the command line and environment gave them.
#[derive(Clone)]
pub struct KekSources {
    pub names: &'static SourceNames,
    /// `KMS_LOCAL_MASTER_KEY`: base64 of 32 bytes.
    pub master_key: Option<Zeroizing<String>>,
    /// `--master-key-file`, `KMS_LOCAL_MASTER_KEY_FILE`, or the default path.
    pub master_key_file: Option<PathBuf>,
    /// `KMS_LOCAL_PASSPHRASE`.
    pub passphrase: Option<Zeroizing<String>>,
    /// `--passphrase-file`.
    pub passphrase_file: Option<PathBuf>,
}

impl Default for KekSources {
    fn default() -> Self {
        KekSources {
            names: &KEYSTORE,
            master_key: None,
            master_key_file: None,
            passphrase: None,
            passphrase_file: None,
        }
    }
}

impl fmt::Debug for KekSources {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KekSources")
            .field("master_key", &self.master_key.as_ref().map(|_| ".."))
            .field("master_key_file", &self.master_key_file)
            .field("passphrase", &self.passphrase.as_ref().map(|_| ".."))
            .field("passphrase_file", &self.passphrase_file)
            .finish()
    }
}

/// What a new keystore's KEK came from, for `init` to report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KekOrigin {
    Environment,
    KeyFile { path: PathBuf },
    Passphrase,
}

impl KekOrigin {
    /// The protection's name as `init` and `keystore rekey` print it.
    pub fn name(&self) -> &'static str {
        match self {
            KekOrigin::Environment => "MasterKeyEnvironment",
            KekOrigin::KeyFile { .. } => "MasterKeyFile",
            KekOrigin::Passphrase => "Passphrase",
        }
    }

    /// The key file, when the KEK is one.
    pub fn key_file(&self) -> Option<&Path> {
        match self {
            KekOrigin::KeyFile { path } => Some(path),
            _ => None,
        }
    }
}

impl KekSources {
    /// The KEK root for a new keystore and the header protection to record:
    /// a passphrase when asked for (`init --passphrase`) or when one is given
    /// and no master key is; else the master key; else the key file.
    pub(crate) fn for_new(
        &self,
        keystore: &Path,
        ask_passphrase: bool,
    ) -> Result<(KeyBytes, Protection, KekOrigin)> {
        let passphrase_given = self.passphrase.is_some() || self.passphrase_file.is_some();
        if ask_passphrase || (passphrase_given && self.master_key.is_none()) {
            let salt = random::array::<SALT_LEN>()?;
            let cost = Argon2Cost::DEFAULT;
            let protection = Protection::Passphrase { cost, salt };
            let pass = self.passphrase(keystore, true)?;
            let root = derive_passphrase_root(keystore, &pass, &salt, cost)?;
            return Ok((root, protection, KekOrigin::Passphrase));
        }
        if let Some(text) = &self.master_key {
            let root = decode_master_key(keystore, text, self.names.key_var)?;
            return Ok((root, Protection::MasterKey, KekOrigin::Environment));
        }
        let path = self.key_file_path(keystore)?;
        let root = load_or_create_key_file(keystore, path, self.names.key_file)?;
        let origin = KekOrigin::KeyFile {
            path: path.to_owned(),
        };
        Ok((root, Protection::MasterKey, origin))
    }

    /// The KEK root for an existing keystore with this header protection.
    pub(crate) fn for_existing(
        &self,
        keystore: &Path,
        protection: &Protection,
    ) -> Result<KeyBytes> {
        match protection {
            Protection::Passphrase { cost, salt } => {
                let pass = self.passphrase(keystore, false)?;
                derive_passphrase_root(keystore, &pass, salt, *cost)
            }
            Protection::MasterKey => match &self.master_key {
                Some(text) => decode_master_key(keystore, text, self.names.key_var),
                None => {
                    let path = self.key_file_path(keystore)?;
                    let text = read_secret_file(keystore, path, self.names.key_file, Secret::Key)?;
                    decode_master_key(keystore, &text, &path.display().to_string())
                }
            },
        }
    }

    fn key_file_path(&self, keystore: &Path) -> Result<&Path> {
        self.master_key_file.as_deref().ok_or_else(|| {
            problem(
                keystore,
                KeystoreProblem::MasterKey(format!(
                    "no master key file; set {} or {}",
                    self.names.key_var, self.names.key_file_flag
                )),
            )
        })
    }

    fn prompt(&self, keystore: &Path, text: &str) -> Result<Zeroizing<String>> {
        rpassword::prompt_password(text)
            .map(Zeroizing::new)
            .map_err(|_| {
                passphrase_problem(
                    keystore,
                    &format!(
                        "a passphrase is needed and there is no terminal to ask on; set {} or {}",
                        self.names.passphrase_var, self.names.passphrase_file_flag
                    ),
                )
            })
    }

    fn passphrase(&self, keystore: &Path, confirm: bool) -> Result<Zeroizing<String>> {
        if let Some(pass) = &self.passphrase {
            return non_empty(keystore, pass.clone());
        }
        if let Some(path) = &self.passphrase_file {
            let mut text = read_secret_file(
                keystore,
                path,
                self.names.passphrase_file,
                Secret::Passphrase,
            )?;
            // One trailing newline is the file's, not the passphrase's.
            for suffix in ["\r\n", "\n"] {
                if text.ends_with(suffix) {
                    let keep = text.len() - suffix.len();
                    text.truncate(keep);
                    break;
                }
            }
            return non_empty(keystore, text);
        }
        let pass = self.prompt(
            keystore,
            &format!("Passphrase for the {}: ", self.names.what),
        )?;
        if confirm {
            let again = self.prompt(keystore, "Same passphrase again: ")?;
            if *again != *pass {
                return Err(passphrase_problem(keystore, "the two passphrases differ"));
            }
        }
        non_empty(keystore, pass)
    }
}

fn problem(keystore: &Path, problem: KeystoreProblem) -> Error {
    Error::keystore(keystore, problem)
}

fn passphrase_problem(keystore: &Path, message: &str) -> Error {
    problem(keystore, KeystoreProblem::Passphrase(message.to_owned()))
}

fn non_empty(keystore: &Path, pass: Zeroizing<String>) -> Result<Zeroizing<String>> {
    if pass.is_empty() {
        return Err(passphrase_problem(keystore, "the passphrase is empty"));
    }
    Ok(pass)
}

fn derive_passphrase_root(
    keystore: &Path,
    pass: &str,
    salt: &[u8],
    cost: Argon2Cost,
) -> Result<KeyBytes> {
    kek::passphrase_root(pass.as_bytes(), salt, cost)
        .ok_or_else(|| passphrase_problem(keystore, "Argon2id refused the header's parameters"))
}

/// Reads a key or passphrase file, `what` in messages, through
/// [`trust::read_secret`]: a file someone else owns or can read or write,
/// a device, or a file longer than a key or passphrase can be, is refused
/// before a byte of it is used.
fn read_secret_file(
    keystore: &Path,
    path: &Path,
    what: &'static str,
    secret: Secret,
) -> Result<Zeroizing<String>> {
    let context = format!("{what} {}", path.display());
    let bytes = trust::read_secret(path, secret)
        .map_err(|r| r.into_error(what, path, |e| Error::io(keystore, &context, e)))?;
    std::str::from_utf8(&bytes)
        .map(|text| Zeroizing::new(text.to_owned()))
        .map_err(|_| {
            problem(
                keystore,
                KeystoreProblem::MasterKey(format!("{what} {} is not text", path.display())),
            )
        })
}

fn decode_master_key(keystore: &Path, text: &str, source: &str) -> Result<KeyBytes> {
    let mut key = KeyBytes::zero();
    match STANDARD.decode_slice(text.trim(), key.expose_mut()) {
        Ok(KEY_LEN) => Ok(key),
        _ => Err(problem(
            keystore,
            KeystoreProblem::MasterKey(format!("{source} is not base64 of 32 bytes")),
        )),
    }
}

/// Reads the key file, or creates it (mode 0600, folder 0700) with a fresh key.
/// Two processes racing here agree on one key: the new file is published with
/// a hard link, which fails if the other got there first.
fn load_or_create_key_file(keystore: &Path, path: &Path, what: &'static str) -> Result<KeyBytes> {
    let load = || {
        let text = read_secret_file(keystore, path, what, Secret::Key)?;
        decode_master_key(keystore, &text, &path.display().to_string())
    };
    if path.exists() {
        return load();
    }
    let context = format!("{what} {}", path.display());
    let dir = persist::parent(path);
    persist::create_private_dir(dir).keystore_context(keystore, &context)?;
    let key = KeyBytes::random()?;
    // Room for the newline up front, so the text never regrows and leaves an
    // unwiped copy of the key behind.
    let mut text = Zeroizing::new(String::with_capacity(64));
    STANDARD.encode_string(key.expose(), &mut text);
    text.push('\n');
    let mut temp = tempfile::NamedTempFile::new_in(dir).keystore_context(keystore, &context)?;
    temp.write_all(text.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .keystore_context(keystore, &context)?;
    match fs::hard_link(temp.path(), path) {
        Ok(()) => {
            persist::sync_dir(dir).keystore_context(keystore, &context)?;
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => load(),
        Err(e) => Err(e).keystore_context(keystore, &context),
    }
}
