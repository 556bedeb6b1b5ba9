//! A sealed file: the cleartext header of format.rs, then a body sealed
//! under keys derived from a KEK. The keystore and the key bundles of
//! export-keys share it; only their magic and their JSON bodies differ.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use zeroize::Zeroizing;

use crate::error::{Error, IoResultExt, KeystoreProblem, Result};
use crate::hsm::aead::TAG_LEN;
use crate::hsm::kek::EnvelopeKeys;
use crate::hsm::random;
use crate::hsm::secret::KeyBytes;
use crate::keystore::format::{self, FileKind, Header, MAX_HEADER_LEN, Protection};
use crate::keystore::kek::KekSources;
use crate::keystore::persist::ByteCount;
use crate::keystore::trust::{self, Refused};

/// The keys that open (and re-seal) one file, and how they were obtained.
pub struct Unlocked {
    keys: EnvelopeKeys,
    protection: Protection,
}

impl std::fmt::Debug for Unlocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Unlocked(..)")
    }
}

impl Unlocked {
    /// Seals a key record of keystore format 2.
    pub fn seal_record(&self, nonce: &[u8; 12], key_id: &[u8], record: &[u8]) -> Result<Vec<u8>> {
        self.keys.seal_record(nonce, key_id, record)
    }

    /// Opens a key record of keystore format 2; `None` when it does not authenticate.
    pub fn open_record(
        &self,
        nonce: &[u8; 12],
        key_id: &[u8],
        sealed: &[u8],
    ) -> Option<Zeroizing<Vec<u8>>> {
        self.keys.open_record(nonce, key_id, sealed)
    }

    /// Keys for a new file, from a KEK root.
    pub fn new(root: &KeyBytes, protection: Protection) -> Self {
        Unlocked {
            keys: EnvelopeKeys::derive(root),
            protection,
        }
    }

    /// The audit log's key of the keystore with this id, derived from the same KEK.
    pub fn audit_key(&self, keystore_id: &[u8]) -> KeyBytes {
        self.keys.audit_key(keystore_id)
    }

    /// Whether these keys were derived for `header` (same protection and key check).
    pub fn fits(&self, header: &Header) -> bool {
        self.protection == header.protection && self.keys.matches(&header.key_check)
    }
}

/// A file as read, before authentication.
pub struct SealedFile {
    pub header: Header,
    header_bytes: Vec<u8>,
    body: Vec<u8>,
    /// What follows the sealed body: a version 2 keystore's key records,
    /// read only as they are needed.
    pub records: Option<Region>,
}

/// A stretch of an open file, read on demand.
#[derive(Debug)]
pub struct Region {
    pub file: File,
    /// Where it starts in the file.
    pub at: u64,
    pub len: u64,
}

impl Region {
    /// `len` bytes from `offset` within the region; `None` past its end.
    pub fn read(&self, offset: u64, len: usize) -> io::Result<Option<Vec<u8>>> {
        use std::os::unix::fs::FileExt;
        match offset.checked_add(len as u64) {
            Some(end) if end <= self.len => {
                let mut bytes = vec![0; len];
                self.file.read_exact_at(&mut bytes, self.at + offset)?;
                Ok(Some(bytes))
            }
            _ => Ok(None),
        }
    }
}

fn problem(path: &Path, problem: KeystoreProblem) -> Error {
    Error::keystore(path, problem)
}

/// Opens the file; `None` when there is none. A keystore is one of
/// kms-local's own files, and must be one it can trust (see
/// [`trust`]); a key bundle is an input, which only its key vouches for.
fn open_file(path: &Path, kind: FileKind) -> Result<Option<File>> {
    let opened = match kind {
        FileKind::Keystore => trust::open_own(path, OpenOptions::new().read(true)),
        FileKind::Bundle => File::open(path).map_err(Refused::Io),
    };
    match opened {
        Ok(file) => Ok(Some(file)),
        Err(Refused::Io(e)) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(refused) => Err(refused.into_error("keystore", path, |e| Error::io(path, "open", e))),
    }
}

fn read_head(file: &mut File) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(MAX_HEADER_LEN);
    file.take(MAX_HEADER_LEN as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// The header alone (a few dozen bytes); `None` when there is no file.
pub fn load_header(path: &Path, kind: FileKind) -> Result<Option<Header>> {
    let Some(mut file) = open_file(path, kind)? else {
        return Ok(None);
    };
    let head = read_head(&mut file).keystore_context(path, "read")?;
    let (header, _) = format::parse_header(&head, kind).map_err(|p| problem(path, p))?;
    Ok(Some(header))
}

/// The whole file, lengths checked; `None` when there is no file. The header
/// is parsed first, so a file that is not ours is refused after a few dozen
/// bytes, however large it is.
pub fn load(path: &Path, kind: FileKind) -> Result<Option<SealedFile>> {
    let Some(mut file) = open_file(path, kind)? else {
        return Ok(None);
    };
    let mut head = read_head(&mut file).keystore_context(path, "read")?;
    let (header, header_len) = format::parse_header(&head, kind).map_err(|p| problem(path, p))?;
    head.truncate(header_len);
    // A version 2 keystore's key records follow its body; any other file
    // ends with its body.
    let trailing = kind == FileKind::Keystore && header.version == format::VERSION_2;
    let body = read_body(&mut file, header_len, header.body_len, trailing)
        .keystore_context(path, "read")?
        .map_err(|p| problem(path, p))?;
    let records = match trailing {
        false => None,
        true => {
            let file_len = file.metadata().keystore_context(path, "stat")?.len();
            let at = header_len as u64 + header.body_len;
            Some(Region {
                file,
                at,
                len: file_len.saturating_sub(at),
            })
        }
    };
    Ok(Some(SealedFile {
        header,
        header_bytes: head,
        body,
        records,
    }))
}

/// Reads exactly the `len` bytes the header announces: fewer is a truncated
/// file; more is a damaged one, unless `trailing` bytes are expected. Both
/// are known before any key is derived.
fn read_body(
    file: &mut File,
    header_len: usize,
    len: u64,
    trailing: bool,
) -> io::Result<Result<Vec<u8>, KeystoreProblem>> {
    file.seek(SeekFrom::Start(header_len as u64))?;
    let want = if trailing { len } else { len + 1 };
    // Sized from the header (which caps it), so a large body is read in
    // place rather than into a buffer that regrows.
    let mut body = Vec::with_capacity(usize::try_from(want).unwrap_or(0));
    file.by_ref().take(want).read_to_end(&mut body)?;
    Ok(match (body.len() as u64).cmp(&len) {
        std::cmp::Ordering::Less => Err(KeystoreProblem::Truncated),
        std::cmp::Ordering::Greater => Err(KeystoreProblem::Corrupt),
        std::cmp::Ordering::Equal => Ok(body),
    })
}

/// Obtains the KEK `header` asks for and checks it against its key check value.
pub fn unlock(path: &Path, sources: &KekSources, header: &Header) -> Result<Unlocked> {
    let root = sources.for_existing(path, &header.protection)?;
    let unlocked = Unlocked::new(&root, header.protection);
    if !unlocked.keys.matches(&header.key_check) {
        return Err(problem(
            path,
            match header.protection {
                Protection::MasterKey => KeystoreProblem::WrongMasterKey,
                Protection::Passphrase { .. } => KeystoreProblem::WrongPassphrase,
            },
        ));
    }
    Ok(unlocked)
}

/// Authenticates the body and decrypts it where it was read, taking it
/// out of `file`: its plaintext.
pub fn open_body(
    path: &Path,
    file: &mut SealedFile,
    unlocked: &Unlocked,
) -> Result<Zeroizing<Vec<u8>>> {
    let sealed = std::mem::take(&mut file.body);
    unlocked
        .keys
        .open_in_place(&file.header.nonce, &file.header_bytes, sealed)
        .ok_or_else(|| problem(path, KeystoreProblem::Corrupt))
}

/// Authenticates the body and decodes its JSON.
pub fn open<T: serde::de::DeserializeOwned>(
    path: &Path,
    mut file: SealedFile,
    unlocked: &Unlocked,
) -> Result<T> {
    let body = open_body(path, &mut file, unlocked)?;
    // serde_json's message may quote a string of the body (a key, say), so
    // only its category and position are reported.
    serde_json::from_slice(&body).map_err(|e| {
        problem(
            path,
            KeystoreProblem::Undecodable(format!(
                "{:?} error at line {} column {}",
                e.classify(),
                e.line(),
                e.column()
            )),
        )
    })
}

/// The bytes of a file holding `body` as JSON, sealed with a fresh nonce.
pub fn seal<T: serde::Serialize>(kind: FileKind, unlocked: &Unlocked, body: &T) -> Result<Vec<u8>> {
    // The body holds keys: measure it first, so the zeroizing buffer is
    // allocated once and never regrows leaving copies behind.
    let encode =
        |e: serde_json::Error| Error::Internal(format!("could not encode a sealed file: {e}"));
    let mut size = ByteCount(0);
    serde_json::to_writer(&mut size, body).map_err(encode)?;
    let mut json = Zeroizing::new(Vec::with_capacity(size.0));
    serde_json::to_writer(&mut *json, body).map_err(encode)?;
    seal_body(kind, format::VERSION_1, unlocked, &json)
}

/// The bytes of a file holding `body`, a body of format `version`, sealed
/// with a fresh nonce.
pub fn seal_body(kind: FileKind, version: u8, unlocked: &Unlocked, body: &[u8]) -> Result<Vec<u8>> {
    let header = Header {
        kind,
        version,
        protection: unlocked.protection,
        key_check: unlocked.keys.check_value(),
        nonce: random::array()?,
        body_len: (body.len() + TAG_LEN) as u64,
    };
    let mut bytes = header.encode();
    let sealed = unlocked.keys.seal(&header.nonce, &bytes, body)?;
    bytes.extend_from_slice(&sealed);
    Ok(bytes)
}
