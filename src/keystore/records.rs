//! The sealed records of a version 2 or 3 keystore (docs/keystore-format.md §3),
//! found and authenticated through the index the sealed body carries: each
//! record is read and opened only when an operation asks for it.

use std::cell::OnceCell;
use std::path::PathBuf;
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::error::{Error, IoResultExt, KeystoreProblem, Result};
use crate::hsm::aead::{NONCE_LEN, TAG_LEN};
use crate::keystore::body::undecodable;
use crate::keystore::envelope::{Region, Unlocked};
use crate::keystore::index::{IndexEntry, Layout};
use crate::keystore::state::{KeyAddr, KeyRecord, KeyState};
use crate::keystore::table::{RecordSource, Summary};

/// The sealed records of a keystore, with the index that finds and
/// authenticates them.
pub struct Sealed {
    /// The opened body: the JSON part (domain keys among it) and the index.
    head: Zeroizing<Vec<u8>>,
    index_at: usize,
    count: usize,
    layout: Layout,
    records: Region,
    unlocked: Arc<Unlocked>,
    path: PathBuf,
    /// All the records, read at once when a write needs them.
    whole: OnceCell<Vec<u8>>,
}

impl std::fmt::Debug for Sealed {
    /// The opened body holds the domain keys: only its size is shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealed")
            .field("keys", &self.count)
            .field("records", &self.records.len)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// An index entry with its record's place in the records.
struct Located {
    entry: IndexEntry,
    offset: usize,
    /// Nonce included.
    len: usize,
}

impl Sealed {
    /// The records in `records`, found by the `count` entries of `layout`
    /// at `index_at` in `head`, which the caller has checked fill the rest
    /// of `head`. Every entry is checked here, once; each must name one of
    /// the body's `scopes`.
    pub fn new(
        head: Zeroizing<Vec<u8>>,
        (index_at, count, layout): (usize, usize, Layout),
        scopes: usize,
        records: Region,
        unlocked: &Arc<Unlocked>,
        path: PathBuf,
    ) -> Result<Self> {
        let sealed = Sealed {
            head,
            index_at,
            count,
            layout,
            records,
            unlocked: Arc::clone(unlocked),
            path,
            whole: OnceCell::new(),
        };
        sealed.check_index(scopes)?;
        Ok(sealed)
    }

    /// The entry at `index` as stored. `index` is below `count`, and the
    /// entries fill the rest of the body (checked when it was decoded).
    fn raw_entry(&self, index: usize) -> &[u8] {
        let len = self.layout.entry_len();
        let at = self.index_at + index * len;
        self.head.get(at..at + len).unwrap_or_default()
    }

    /// The entry at `index`, or `None` if it is not valid.
    fn entry(&self, index: usize) -> Option<Located> {
        let entry = self.layout.decode(self.raw_entry(index))?;
        let (offset, len) = entry.sealed_span()?;
        Some(Located { entry, offset, len })
    }

    /// Checks every entry once, when the keystore is opened: valid fields,
    /// known scopes, records within the file, keys in order. It reads fixed
    /// positions only, so that opening a large keystore stays cheap.
    fn check_index(&self, scopes: usize) -> Result<()> {
        let mut last: Option<KeyAddr> = None;
        for index in 0..self.count {
            let Some(located) = self.entry(index).filter(|l| {
                usize::from(l.entry.scope.0) < scopes
                    && (l.offset as u64)
                        .checked_add(l.len as u64)
                        .is_some_and(|end| end <= self.records.len)
            }) else {
                return Err(undecodable(
                    &self.path,
                    format!("index entry {index} is not valid"),
                ));
            };
            let addr = located.entry.addr();
            if last.is_some_and(|last| last >= addr) {
                return Err(undecodable(&self.path, "the index is not sorted by key"));
            }
            last = Some(addr);
        }
        Ok(())
    }

    fn checked_entry(&self, index: usize) -> Result<Located> {
        self.entry(index)
            .ok_or_else(|| undecodable(&self.path, format!("index entry {index} is not valid")))
    }

    /// The sealed record (nonce and ciphertext) of `located`.
    fn sealed_bytes(&self, located: &Located) -> Result<Vec<u8>> {
        if let Some(whole) = self.whole.get() {
            return Ok(whole[located.offset..located.offset + located.len].to_vec());
        }
        self.records
            .read(located.offset as u64, located.len)
            .keystore_context(&self.path, "read")?
            .ok_or_else(|| Error::keystore(&self.path, KeystoreProblem::Truncated))
    }

    /// The plaintext of a sealed record (`nonce || ciphertext`), once it
    /// has authenticated under its key id and the tag in its entry.
    fn authenticate(&self, entry: &IndexEntry, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let corrupt = || Error::keystore(&self.path, KeystoreProblem::Corrupt);
        let (nonce, ciphertext) = sealed
            .split_first_chunk::<NONCE_LEN>()
            .ok_or_else(corrupt)?;
        let mut with_tag = Vec::with_capacity(ciphertext.len() + TAG_LEN);
        with_tag.extend_from_slice(ciphertext);
        with_tag.extend_from_slice(&entry.tag);
        self.unlocked
            .open_record(nonce, entry.id.as_bytes(), &with_tag)
            .ok_or_else(corrupt)
    }

    /// Reads every record at once (a write copies them all).
    fn read_whole(&self) -> Result<&[u8]> {
        if self.whole.get().is_none() {
            let len = usize::try_from(self.records.len)
                .map_err(|_| Error::keystore(&self.path, KeystoreProblem::Corrupt))?;
            let bytes = self
                .records
                .read(0, len)
                .keystore_context(&self.path, "read")?
                .ok_or_else(|| Error::keystore(&self.path, KeystoreProblem::Truncated))?;
            let _ = self.whole.set(bytes);
        }
        Ok(self.whole.get().map_or(&[][..], Vec::as_slice))
    }
}

impl RecordSource for Sealed {
    fn count(&self) -> usize {
        self.count
    }

    fn id(&self, index: usize) -> KeyAddr {
        self.layout.addr_of(self.raw_entry(index))
    }

    fn summary(&self, index: usize) -> Summary {
        // Checked when the keystore was opened.
        self.layout.decode(self.raw_entry(index)).map_or(
            Summary {
                state: KeyState::Disabled,
                deletion_date: None,
                next_rotation: None,
                expires: None,
                external: false,
                aws_managed: false,
            },
            |entry| entry.summary,
        )
    }

    fn open(&self, index: usize) -> Result<KeyRecord> {
        let located = self.checked_entry(index)?;
        let json = self.authenticate(&located.entry, &self.sealed_bytes(&located)?)?;
        serde_json::from_slice(&json).map_err(|e| {
            undecodable(
                &self.path,
                format!(
                    "the record of key {}: {:?} error at column {}",
                    located.entry.id,
                    e.classify(),
                    e.column()
                ),
            )
        })
    }

    fn sealed(&self, index: usize) -> Result<(Vec<u8>, [u8; TAG_LEN])> {
        self.read_whole()?;
        let located = self.checked_entry(index)?;
        let sealed = self.sealed_bytes(&located)?;
        // A record is copied into a new file only once it has authenticated:
        // a damaged keystore is refused, never written over.
        self.authenticate(&located.entry, &sealed)?;
        Ok((sealed, located.entry.tag))
    }
}
