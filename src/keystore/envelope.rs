//! A sealed file: the cleartext header of format.rs, then a body sealed
//! under keys derived from a KEK. The keystore and the key bundles of
//! export-keys share it; only their magic and their JSON bodies differ.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

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

/// A stretch of a file, read on demand: from the open file, or from the
/// file's bytes already in memory.
#[derive(Debug)]
pub struct Region {
    source: Source,
    /// Where it starts in the file.
    at: u64,
    pub len: u64,
}

#[derive(Debug)]
enum Source {
    File(File),
    Bytes(Arc<[u8]>),
}

impl Region {
    /// The `len` bytes from `at` of an open file.
    pub fn in_file(file: File, at: u64, len: u64) -> Self {
        Region {
            source: Source::File(file),
            at,
            len,
        }
    }

    /// `len` bytes from `offset` within the region; `None` past its end.
    pub fn read(&self, offset: u64, len: usize) -> io::Result<Option<Vec<u8>>> {
        use std::os::unix::fs::FileExt;
        let end = match offset.checked_add(len as u64) {
            Some(end) if end <= self.len => end,
            _ => return Ok(None),
        };
        match &self.source {
            Source::File(file) => {
                let mut bytes = vec![0; len];
                file.read_exact_at(&mut bytes, self.at + offset)?;
                Ok(Some(bytes))
            }
            Source::Bytes(bytes) => {
                let range = usize::try_from(self.at + offset)
                    .ok()
                    .zip(usize::try_from(self.at + end).ok());
                range
                    .and_then(|(from, to)| bytes.get(from..to))
                    .map(|slice| Some(slice.to_vec()))
                    .ok_or_else(|| io::ErrorKind::UnexpectedEof.into())
            }
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

fn read_head(file: &mut impl Read) -> io::Result<Vec<u8>> {
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
    let (mut sealed, records_at) = read_sealed(path, kind, &mut file)?;
    if let Some(at) = records_at {
        let file_len = file.metadata().keystore_context(path, "stat")?.len();
        sealed.records = Some(Region::in_file(file, at, file_len.saturating_sub(at)));
    }
    Ok(Some(sealed))
}

/// The file's bytes, read once; `None` when there is no file. With
/// [`parse`], what is authenticated is exactly what was read, whatever
/// happens to the file afterwards (`keystore backup` copies those bytes).
pub fn read_whole(path: &Path, kind: FileKind) -> Result<Option<Arc<[u8]>>> {
    let Some(mut file) = open_file(path, kind)? else {
        return Ok(None);
    };
    let len = file.metadata().keystore_context(path, "stat")?.len();
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.read_to_end(&mut bytes)
        .keystore_context(path, "read")?;
    Ok(Some(bytes.into()))
}

/// A file's bytes, as [`read_whole`] read them, lengths checked as [`load`]
/// checks them; `path` is for messages.
pub fn parse(path: &Path, kind: FileKind, bytes: &Arc<[u8]>) -> Result<SealedFile> {
    let (mut sealed, records_at) = read_sealed(path, kind, &mut io::Cursor::new(&bytes[..]))?;
    if let Some(at) = records_at {
        sealed.records = Some(Region {
            source: Source::Bytes(Arc::clone(bytes)),
            at,
            len: (bytes.len() as u64).saturating_sub(at),
        });
    }
    Ok(sealed)
}

/// The header and body of a sealed file, lengths checked, and where the key
/// records that follow a version 2 keystore's body start (the caller knows
/// where they are to be read from).
fn read_sealed<R: Read + Seek>(
    path: &Path,
    kind: FileKind,
    file: &mut R,
) -> Result<(SealedFile, Option<u64>)> {
    let mut head = read_head(file).keystore_context(path, "read")?;
    let (header, header_len) = format::parse_header(&head, kind).map_err(|p| problem(path, p))?;
    head.truncate(header_len);
    // The key records of a version 2 or 3 keystore follow its body; any
    // other file ends with its body.
    let trailing = kind == FileKind::Keystore && header.version >= format::VERSION_2;
    let body = read_body(file, header_len, header.body_len, trailing)
        .keystore_context(path, "read")?
        .map_err(|p| problem(path, p))?;
    let records_at = trailing.then(|| header_len as u64 + header.body_len);
    let sealed = SealedFile {
        header,
        header_bytes: head,
        body,
        records: None,
    };
    Ok((sealed, records_at))
}

/// Reads exactly the `len` bytes the header announces: fewer is a truncated
/// file; more is a damaged one, unless `trailing` bytes are expected. Both
/// are known before any key is derived.
fn read_body(
    file: &mut (impl Read + Seek),
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
