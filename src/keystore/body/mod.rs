//! The keystore's contents after its header: docs/keystore-format.md §3.
//!
//! Version 2 (written): the sealed body holds the keystore's small parts as
//! JSON and a fixed-size index of the keys; each key's record follows the
//! sealed body, sealed on its own, with its tag kept in the index. A command
//! reads the header and the sealed body, then only the records it uses;
//! maintenance reads only the index.
//!
//! ```text
//! sealed body:
//!   u32 BE   length of the JSON below
//!   JSON     everything but the keys: ids, region, domain keys, aliases, settings, access keys
//!   u64 BE   length of the records after the sealed body
//!   u32 BE   number of keys
//!   entries  58 bytes each, sorted by key id: index.rs
//! records, each: 12-byte nonce || AES-256-GCM ciphertext of the record's JSON
//! ```
//!
//! The records are read through the index by records.rs.
//!
//! Version 1 (read, for keystores written before): the sealed body is one
//! JSON document with the keys inside it under "Keys", and nothing follows.

use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::{Error, KeystoreProblem, Result};
use crate::hsm::DomainKey;
use crate::hsm::aead::{NONCE_LEN, TAG_LEN};
use crate::hsm::random;
use crate::ids::KeystoreId;
use crate::keystore::envelope::{Region, Unlocked};
use crate::keystore::index::{ENTRY_LEN, IndexEntry};
use crate::keystore::persist::ByteCount;
use crate::keystore::records::Sealed;
use crate::keystore::state::{AccessKeyRecord, AliasRecord, KeyRecord, Settings, State};
use crate::keystore::table::{Content, KeyTable};

/// The JSON body of version 1.
pub const VERSION_1: u8 = 1;
/// The indexed body and separately sealed records of version 2.
pub const VERSION_2: u8 = 2;

/// The keystore but its keys, as written.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct MetaOut<'a> {
    keystore_id: &'a KeystoreId,
    region: &'a str,
    account_id: &'a str,
    domain_keys: &'a [DomainKey],
    aliases: &'a BTreeMap<String, AliasRecord>,
    settings: &'a Settings,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    access_keys: &'a BTreeMap<String, AccessKeyRecord>,
    writes: u64,
}

/// The keystore as read: version 2's JSON part, or version 1 whole (with
/// its keys).
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct MetaIn {
    keystore_id: KeystoreId,
    region: String,
    account_id: String,
    domain_keys: Vec<DomainKey>,
    #[serde(default)]
    keys: Option<BTreeMap<Uuid, KeyRecord>>,
    aliases: BTreeMap<String, AliasRecord>,
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    access_keys: BTreeMap<String, AccessKeyRecord>,
    /// Absent from keystores written before the counter: they start at 0.
    #[serde(default)]
    writes: u64,
}

impl MetaIn {
    fn into_state(self, keys: KeyTable) -> State {
        State {
            keystore_id: self.keystore_id,
            region: self.region,
            account_id: self.account_id,
            domain_keys: self.domain_keys,
            keys,
            aliases: self.aliases,
            settings: self.settings,
            access_keys: self.access_keys,
            writes: self.writes,
        }
    }
}

pub(super) fn undecodable(path: &Path, why: impl Into<String>) -> Error {
    Error::keystore(path, KeystoreProblem::Undecodable(why.into()))
}

/// serde_json's message may quote a string of the body (a key, say), so
/// only its category and position are reported.
fn json_error(path: &Path, e: &serde_json::Error) -> Error {
    undecodable(
        path,
        format!(
            "{:?} error at line {} column {}",
            e.classify(),
            e.line(),
            e.column()
        ),
    )
}

/// Decodes an authenticated body of `version`, with the records that follow
/// it in the file (version 2), which are read as they are needed.
pub fn decode(
    path: &Path,
    version: u8,
    body: Zeroizing<Vec<u8>>,
    records: Option<Region>,
    unlocked: &Arc<Unlocked>,
) -> Result<State> {
    match (version, records) {
        (VERSION_1, None) => {
            let mut meta: MetaIn =
                serde_json::from_slice(&body).map_err(|e| json_error(path, &e))?;
            let keys = meta
                .keys
                .take()
                .ok_or_else(|| undecodable(path, "a version 1 body has no Keys"))?;
            Ok(meta.into_state(KeyTable::from_records(keys)))
        }
        (VERSION_2, Some(records)) => decode_indexed(path, body, records, unlocked),
        (other, _) => Err(Error::keystore(
            path,
            KeystoreProblem::UnknownVersion(other),
        )),
    }
}

/// Reads fields off the front of a byte slice.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(len)?;
        let taken = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(taken)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    fn u32(&mut self) -> Option<usize> {
        usize::try_from(u32::from_be_bytes(self.array()?)).ok()
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_be_bytes(self.array()?))
    }
}

fn decode_indexed(
    path: &Path,
    body: Zeroizing<Vec<u8>>,
    records: Region,
    unlocked: &Arc<Unlocked>,
) -> Result<State> {
    let mut r = Reader {
        bytes: &body,
        at: 0,
    };
    let short = || undecodable(path, "the body is cut short");
    let meta_len = r.u32().ok_or_else(short)?;
    let meta = r.take(meta_len).ok_or_else(short)?;
    let meta: MetaIn = serde_json::from_slice(meta).map_err(|e| json_error(path, &e))?;
    if meta.keys.is_some() {
        return Err(undecodable(path, "a version 2 body has Keys in its JSON"));
    }
    let records_len = r.u64().ok_or_else(short)?;
    // The body is authenticated, so a length that differs from the file's is
    // a file cut short or added to.
    match records.len.cmp(&records_len) {
        std::cmp::Ordering::Less => {
            return Err(Error::keystore(path, KeystoreProblem::Truncated));
        }
        std::cmp::Ordering::Greater => {
            return Err(Error::keystore(path, KeystoreProblem::Corrupt));
        }
        std::cmp::Ordering::Equal => {}
    }
    let count = r.u32().ok_or_else(short)?;
    let index_at = r.at;
    let index_len = count.checked_mul(ENTRY_LEN).ok_or_else(short)?;
    if r.take(index_len).is_none() || r.at != body.len() {
        return Err(undecodable(
            path,
            "the index does not fill the rest of the body",
        ));
    }
    let sealed = Sealed::new(body, index_at, count, records, unlocked, path.to_owned())?;
    Ok(meta.into_state(KeyTable::from_source(Rc::new(sealed))))
}

fn encode_error(e: serde_json::Error) -> Error {
    Error::Internal(format!("could not encode the keystore: {e}"))
}

fn too_large() -> Error {
    Error::Internal("the keystore is larger than its format allows (4 GiB)".into())
}

/// The version 2 body of `state` and the sealed records that follow it.
/// Unchanged records are copied as they were sealed; the others are sealed
/// under fresh nonces. The body holds the domain keys, so it is measured
/// first and allocated once: it never regrows leaving copies.
pub fn encode(state: &State, unlocked: &Unlocked) -> Result<(Zeroizing<Vec<u8>>, Vec<u8>)> {
    let meta = MetaOut {
        keystore_id: &state.keystore_id,
        region: &state.region,
        account_id: &state.account_id,
        domain_keys: &state.domain_keys,
        aliases: &state.aliases,
        settings: &state.settings,
        access_keys: &state.access_keys,
        writes: state.writes,
    };
    let mut meta_len = ByteCount(0);
    serde_json::to_writer(&mut meta_len, &meta).map_err(encode_error)?;
    let count = state.keys.len();
    let mut head = Zeroizing::new(Vec::with_capacity(
        4 + meta_len.0 + 8 + 4 + count * ENTRY_LEN,
    ));
    let u32_of = |n: usize| u32::try_from(n).map_err(|_| too_large());
    head.extend_from_slice(&u32_of(meta_len.0)?.to_be_bytes());
    serde_json::to_writer(&mut *head, &meta).map_err(encode_error)?;
    let records_len_at = head.len();
    head.extend_from_slice(&[0; 8]);
    head.extend_from_slice(&u32_of(count)?.to_be_bytes());

    let mut records = Vec::new();
    for (id, summary, content) in state.keys.for_writing() {
        let offset = records.len();
        let tag = match content {
            Content::Stored(index) => {
                let (sealed, tag) = state.keys.source().sealed(index)?;
                records.extend_from_slice(&sealed);
                tag
            }
            Content::Record(record) => {
                let json = Zeroizing::new(serde_json::to_vec(record).map_err(encode_error)?);
                let nonce = random::array::<NONCE_LEN>()?;
                let sealed = unlocked.seal_record(&nonce, id.as_bytes(), &json)?;
                let (ciphertext, tag) = sealed.split_at(sealed.len() - TAG_LEN);
                records.extend_from_slice(&nonce);
                records.extend_from_slice(ciphertext);
                let mut out = [0; TAG_LEN];
                out.copy_from_slice(tag);
                out
            }
        };
        let entry = IndexEntry {
            id,
            offset: u32_of(offset)?,
            len: u32_of(records.len() - offset - NONCE_LEN)?,
            tag,
            summary,
        };
        head.extend_from_slice(&entry.to_bytes());
    }
    let records_len = (records.len() as u64).to_be_bytes();
    head[records_len_at..records_len_at + 8].copy_from_slice(&records_len);
    Ok((head, records))
}

#[cfg(test)]
mod tests;
