//! The keystore: one file holding every key, sealed under the KEK.
//!
//! [`Keystore::read`] runs a closure on the state under a shared lock;
//! [`Keystore::update`] runs one under the exclusive lock and persists the
//! result only when the closure succeeds. A file that fails to open is
//! reported and never replaced. Nothing here knows AWS semantics.

pub mod format;
pub mod kek;
pub mod persist;
pub mod state;

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::error::{Error, IoResultExt, KeystoreProblem, Result};
use crate::hsm::DomainKey;
use crate::hsm::aead::TAG_LEN;
use crate::hsm::kek::EnvelopeKeys;
use crate::hsm::random;
use crate::timestamp::Timestamp;
use format::{Header, MAX_HEADER_LEN, Protection};
use kek::{KekOrigin, KekSources};
use state::State;

/// The account id printed in every ARN: AWS's documentation example account.
pub const ACCOUNT_ID: &str = "111122223333";

/// A keystore at a path, with the places its KEK may come from.
#[derive(Debug)]
pub struct Keystore {
    path: PathBuf,
    sources: KekSources,
    /// The region a new keystore records.
    region: String,
}

/// What `init` made.
#[derive(Debug)]
pub struct Created {
    pub path: PathBuf,
    pub region: String,
    pub origin: KekOrigin,
}

/// An opened keystore's key and protection, kept to write it back.
struct Unlocked {
    keys: EnvelopeKeys,
    protection: Protection,
}

impl Keystore {
    pub fn new(path: PathBuf, sources: KekSources, region: String) -> Self {
        Keystore {
            path,
            sources,
            region,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates a new keystore; an error if one exists.
    pub fn init(&self, passphrase: bool, now: Timestamp) -> Result<Created> {
        let lock = persist::lock_exclusive(&self.path).keystore_context(&self.path, "lock")?;
        if self.exists()? {
            return Err(Error::keystore(&self.path, KeystoreProblem::AlreadyExists));
        }
        let state = self.new_state(now)?;
        let (root, protection, origin) = self.sources.for_new(&self.path, passphrase)?;
        let unlocked = Unlocked {
            keys: EnvelopeKeys::derive(&root),
            protection,
        };
        self.write(&state, &unlocked, &lock)?;
        Ok(Created {
            path: self.path.clone(),
            region: self.region.clone(),
            origin,
        })
    }

    /// Runs `f` on the current state under a shared lock. A keystore that does
    /// not exist yet reads as an empty one, and is not created.
    pub fn read<T>(&self, f: impl FnOnce(&State) -> Result<T>) -> Result<T> {
        let lock = persist::lock_shared(&self.path).keystore_context(&self.path, "lock")?;
        if lock.is_none() || !self.exists()? {
            return f(&State::empty(self.region.clone(), ACCOUNT_ID.to_owned()));
        }
        let (state, _) = self.open()?;
        f(&state)
    }

    /// Runs `f` on the state under the exclusive lock and persists the result
    /// if `f` succeeds. Creates the keystore on first use.
    pub fn update<T>(&self, now: Timestamp, f: impl FnOnce(&mut State) -> Result<T>) -> Result<T> {
        let lock = persist::lock_exclusive(&self.path).keystore_context(&self.path, "lock")?;
        if self.exists()? {
            let (mut state, unlocked) = self.open()?;
            let out = f(&mut state)?;
            self.write(&state, &unlocked, &lock)?;
            return Ok(out);
        }
        let mut state = self.new_state(now)?;
        let out = f(&mut state)?;
        // The KEK (and a new key file) only once the operation has succeeded.
        let (root, protection, _) = self.sources.for_new(&self.path, false)?;
        let unlocked = Unlocked {
            keys: EnvelopeKeys::derive(&root),
            protection,
        };
        self.write(&state, &unlocked, &lock)?;
        Ok(out)
    }

    fn exists(&self) -> Result<bool> {
        persist::exists(&self.path).keystore_context(&self.path, "stat")
    }

    fn new_state(&self, now: Timestamp) -> Result<State> {
        let mut state = State::empty(self.region.clone(), ACCOUNT_ID.to_owned());
        state.domain_keys.push(DomainKey::generate(now)?);
        Ok(state)
    }

    fn problem(&self, problem: KeystoreProblem) -> Error {
        Error::keystore(&self.path, problem)
    }

    /// Reads, authenticates and decodes the file. Reads the header first, so a
    /// file that is not a keystore is refused after at most a few dozen bytes.
    fn open(&self) -> Result<(State, Unlocked)> {
        let mut file = File::open(&self.path).keystore_context(&self.path, "open")?;
        let mut head = Vec::with_capacity(MAX_HEADER_LEN);
        (&mut file)
            .take(MAX_HEADER_LEN as u64)
            .read_to_end(&mut head)
            .keystore_context(&self.path, "read")?;
        let (header, header_len) = format::parse_header(&head).map_err(|p| self.problem(p))?;
        let sealed = read_body(&mut file, header_len, header.body_len)
            .keystore_context(&self.path, "read")?
            .ok_or_else(|| self.problem(KeystoreProblem::Truncated))?;

        let root = self.sources.for_existing(&self.path, &header.protection)?;
        let keys = EnvelopeKeys::derive(&root);
        if !keys.matches(&header.key_check) {
            return Err(self.problem(match header.protection {
                Protection::MasterKey => KeystoreProblem::WrongMasterKey,
                Protection::Passphrase { .. } => KeystoreProblem::WrongPassphrase,
            }));
        }
        let body = keys
            .open(&header.nonce, &head[..header_len], &sealed)
            .ok_or_else(|| self.problem(KeystoreProblem::Corrupt))?;
        let state = serde_json::from_slice(&body)
            .map_err(|e| self.problem(KeystoreProblem::Undecodable(e.to_string())))?;
        let unlocked = Unlocked {
            keys,
            protection: header.protection,
        };
        Ok((state, unlocked))
    }

    fn write(&self, state: &State, unlocked: &Unlocked, lock: &persist::Lock) -> Result<()> {
        // The body holds domain keys: build it in a zeroizing buffer sized so it does not regrow.
        let estimate = 1024 + 512 * (state.keys.len() + state.aliases.len());
        let mut body = Zeroizing::new(Vec::with_capacity(estimate));
        serde_json::to_writer(&mut *body, state)
            .map_err(|e| Error::Internal(format!("could not encode the keystore: {e}")))?;
        let header = Header {
            protection: unlocked.protection,
            key_check: unlocked.keys.check_value(),
            nonce: random::array()?,
            body_len: (body.len() + TAG_LEN) as u64,
        };
        let mut bytes = header.encode();
        let sealed = unlocked.keys.seal(&header.nonce, &bytes, &body)?;
        bytes.extend_from_slice(&sealed);
        persist::replace(&self.path, &bytes, lock).keystore_context(&self.path, "write")
    }
}

/// Reads exactly `len` bytes after the header; `None` if the file is shorter.
/// Trailing bytes are left unread and fail authentication's length check.
fn read_body(file: &mut File, header_len: usize, len: u64) -> io::Result<Option<Vec<u8>>> {
    file.seek(SeekFrom::Start(header_len as u64))?;
    let mut body = Vec::new();
    file.take(len + 1).read_to_end(&mut body)?;
    Ok(match body.len() as u64 {
        n if n < len => None,
        n if n > len => Some(Vec::new()),
        _ => Some(body),
    })
}
