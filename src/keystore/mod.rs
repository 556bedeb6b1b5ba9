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
use std::path::PathBuf;

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
    /// A keystore at `path`; a symbolic link there is resolved once, here.
    pub fn new(path: PathBuf, sources: KekSources, region: String) -> Result<Self> {
        let path = persist::resolve(&path).keystore_context(&path, "resolve the link")?;
        Ok(Keystore {
            path,
            sources,
            region,
        })
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
        let Some(early) = self.unlock_early()? else {
            return f(&State::empty(self.region.clone(), ACCOUNT_ID.to_owned()));
        };
        let early = Some(early);
        let _lock = persist::lock_shared(&self.path).keystore_context(&self.path, "lock")?;
        match self.load()? {
            Some(file) => {
                let unlocked = self.unlock_for(&file.header, early)?;
                f(&self.open(&file, &unlocked)?)
            }
            None => f(&State::empty(self.region.clone(), ACCOUNT_ID.to_owned())),
        }
    }

    /// Runs `f` on the state under the exclusive lock and persists the result
    /// if `f` succeeds. Creates the keystore on first use.
    pub fn update<T>(&self, now: Timestamp, f: impl FnOnce(&mut State) -> Result<T>) -> Result<T> {
        let early = self.unlock_early()?;
        let lock = persist::lock_exclusive(&self.path).keystore_context(&self.path, "lock")?;
        if let Some(file) = self.load()? {
            let unlocked = self.unlock_for(&file.header, early)?;
            let mut state = self.open(&file, &unlocked)?;
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

    /// Derives the KEK from the header as it is before the lock is taken, so
    /// that a passphrase prompt or Argon2id never holds other processes up.
    fn unlock_early(&self) -> Result<Option<(Header, Unlocked)>> {
        let Some(header) = self.load_header()? else {
            return Ok(None);
        };
        let unlocked = self.unlock(&header)?;
        Ok(Some((header, unlocked)))
    }

    /// The KEK for `header`: the early one if the header still names it, else derived anew.
    fn unlock_for(&self, header: &Header, early: Option<(Header, Unlocked)>) -> Result<Unlocked> {
        match early {
            Some((seen, unlocked))
                if seen.protection == header.protection && seen.key_check == header.key_check =>
            {
                Ok(unlocked)
            }
            _ => self.unlock(header),
        }
    }

    /// Obtains the KEK the header asks for and checks it against the key check value.
    fn unlock(&self, header: &Header) -> Result<Unlocked> {
        let root = self.sources.for_existing(&self.path, &header.protection)?;
        let keys = EnvelopeKeys::derive(&root);
        if !keys.matches(&header.key_check) {
            return Err(self.problem(match header.protection {
                Protection::MasterKey => KeystoreProblem::WrongMasterKey,
                Protection::Passphrase { .. } => KeystoreProblem::WrongPassphrase,
            }));
        }
        Ok(Unlocked {
            keys,
            protection: header.protection,
        })
    }

    /// The header alone (a few dozen bytes); `None` when there is no keystore.
    fn load_header(&self) -> Result<Option<Header>> {
        let Some(mut file) = self.open_file()? else {
            return Ok(None);
        };
        let head = read_head(&mut file).keystore_context(&self.path, "read")?;
        let (header, _) = format::parse_header(&head).map_err(|p| self.problem(p))?;
        Ok(Some(header))
    }

    /// The whole file, lengths checked; `None` when there is no keystore.
    /// The header is parsed first, so a file that is not a keystore is
    /// refused after a few dozen bytes, however large it is.
    fn load(&self) -> Result<Option<SealedFile>> {
        let Some(mut file) = self.open_file()? else {
            return Ok(None);
        };
        let mut head = read_head(&mut file).keystore_context(&self.path, "read")?;
        let (header, header_len) = format::parse_header(&head).map_err(|p| self.problem(p))?;
        head.truncate(header_len);
        let body = read_body(&mut file, header_len, header.body_len)
            .keystore_context(&self.path, "read")?
            .map_err(|p| self.problem(p))?;
        Ok(Some(SealedFile {
            header,
            header_bytes: head,
            body,
        }))
    }

    fn open_file(&self) -> Result<Option<File>> {
        match File::open(&self.path) {
            Ok(file) => Ok(Some(file)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).keystore_context(&self.path, "open"),
        }
    }

    /// Authenticates and decodes the body.
    fn open(&self, file: &SealedFile, unlocked: &Unlocked) -> Result<State> {
        let body = unlocked
            .keys
            .open(&file.header.nonce, &file.header_bytes, &file.body)
            .ok_or_else(|| self.problem(KeystoreProblem::Corrupt))?;
        // serde_json's message may quote a string of the body (a domain key,
        // say), so only its category and position are reported.
        serde_json::from_slice(&body).map_err(|e| {
            self.problem(KeystoreProblem::Undecodable(format!(
                "{:?} error at line {} column {}",
                e.classify(),
                e.line(),
                e.column()
            )))
        })
    }

    fn write(&self, state: &State, unlocked: &Unlocked, lock: &persist::Lock) -> Result<()> {
        // The body holds domain keys: measure it first, so the zeroizing
        // buffer is allocated once and never regrows leaving copies behind.
        let mut size = persist::ByteCount(0);
        let encode =
            |e: serde_json::Error| Error::Internal(format!("could not encode the keystore: {e}"));
        serde_json::to_writer(&mut size, state).map_err(encode)?;
        let mut body = Zeroizing::new(Vec::with_capacity(size.0));
        serde_json::to_writer(&mut *body, state).map_err(encode)?;
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

/// A keystore file as read, before authentication.
struct SealedFile {
    header: Header,
    header_bytes: Vec<u8>,
    body: Vec<u8>,
}

fn read_head(file: &mut File) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(MAX_HEADER_LEN);
    file.take(MAX_HEADER_LEN as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Reads exactly the `len` bytes the header announces: fewer is a truncated
/// file, more is a damaged one. Both are known before any key is derived.
fn read_body(
    file: &mut File,
    header_len: usize,
    len: u64,
) -> io::Result<Result<Vec<u8>, KeystoreProblem>> {
    file.seek(SeekFrom::Start(header_len as u64))?;
    let mut body = Vec::new();
    file.take(len + 1).read_to_end(&mut body)?;
    Ok(match (body.len() as u64).cmp(&len) {
        std::cmp::Ordering::Less => Err(KeystoreProblem::Truncated),
        std::cmp::Ordering::Greater => Err(KeystoreProblem::Corrupt),
        std::cmp::Ordering::Equal => Ok(body),
    })
}
