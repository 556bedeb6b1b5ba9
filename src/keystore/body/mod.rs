//! The keystore's contents after its header: docs/keystore-format.md §3.
//!
//! Versions 2 and 3 (written): the sealed body holds the keystore's small
//! parts as JSON and a fixed-size index of the keys; each key's record
//! follows the sealed body, sealed on its own, with its tag kept in the
//! index. A command reads the header and the sealed body, then only the
//! records it uses; maintenance reads only the index.
//!
//! ```text
//! sealed body:
//!   u32 BE   length of the JSON below
//!   JSON     everything but the keys: ids, scopes and their aliases, domain keys, settings, access keys
//!   u64 BE   length of the records after the sealed body
//!   u32 BE   number of keys
//!   entries  58 bytes each (version 2) or 60 with their scope (version 3),
//!            sorted by scope then key id: index.rs
//! records, each: 12-byte nonce || AES-256-GCM ciphertext of the record's JSON
//! ```
//!
//! A keystore is written as version 2 while all it holds is in its home
//! scope, so that a build that knows no other scope still reads it; the
//! first key or alias of another account or Region makes it version 3.
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
use crate::keystore::index::{IndexEntry, Layout};
use crate::keystore::persist::ByteCount;
use crate::keystore::records::Sealed;
use crate::keystore::state::{
    AccessKeyRecord, AliasRecord, KeyAddr, KeyRecord, Scope, ScopeId, Settings, State,
};
use crate::keystore::table::{Content, KeyTable};

/// The JSON body of version 1.
pub const VERSION_1: u8 = 1;
/// The indexed body and separately sealed records of version 2.
pub const VERSION_2: u8 = 2;
/// Version 2 with scopes: the JSON part lists them, and each index entry
/// names its key's.
pub const VERSION_3: u8 = 3;

/// The keystore but its keys, as written.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct MetaOut<'a> {
    keystore_id: &'a KeystoreId,
    region: &'a str,
    account_id: &'a str,
    domain_keys: &'a [DomainKey],
    aliases: &'a BTreeMap<String, AliasRecord>,
    /// The scopes after the home one, numbered from 1.
    #[serde(skip_serializing_if = "<[Scope]>::is_empty")]
    scopes: &'a [Scope],
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
    scopes: Vec<Scope>,
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
        let home = Scope {
            account_id: self.account_id,
            region: self.region,
            aliases: self.aliases,
        };
        State {
            keystore_id: self.keystore_id,
            scopes: std::iter::once(home).chain(self.scopes).collect(),
            domain_keys: self.domain_keys,
            keys,
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
                .ok_or_else(|| undecodable(path, "a version 1 body has no Keys"))?
                .into_iter()
                .map(|(id, record)| {
                    let scope = ScopeId::HOME;
                    (KeyAddr { scope, id }, record)
                })
                .collect();
            Ok(meta.into_state(KeyTable::from_records(keys)))
        }
        (VERSION_2, Some(records)) => {
            decode_indexed(path, Layout::UNSCOPED, body, records, unlocked)
        }
        (VERSION_3, Some(records)) => decode_indexed(path, Layout::SCOPED, body, records, unlocked),
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
    layout: Layout,
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
        return Err(undecodable(path, "an indexed body has Keys in its JSON"));
    }
    if layout == Layout::UNSCOPED && !meta.scopes.is_empty() {
        return Err(undecodable(path, "a version 2 body has Scopes"));
    }
    // The home scope and the others, each numbered by the index.
    let scopes = meta.scopes.len() + 1;
    if scopes > usize::from(u16::MAX) + 1 {
        return Err(undecodable(
            path,
            "the body has more scopes than its index can number",
        ));
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
    let index_len = count.checked_mul(layout.entry_len()).ok_or_else(short)?;
    if r.take(index_len).is_none() || r.at != body.len() {
        return Err(undecodable(
            path,
            "the index does not fill the rest of the body",
        ));
    }
    let sealed = Sealed::new(
        body,
        (index_at, count, layout),
        scopes,
        records,
        unlocked,
        path.to_owned(),
    )?;
    Ok(meta.into_state(KeyTable::from_source(Rc::new(sealed))))
}

fn encode_error(e: serde_json::Error) -> Error {
    Error::Internal(format!("could not encode the keystore: {e}"))
}

fn too_large() -> Error {
    Error::Internal("the keystore is larger than its format allows (4 GiB)".into())
}

/// What [`encode`] makes: the body's version, the body, and the sealed
/// records that follow it.
pub type Encoded = (u8, Zeroizing<Vec<u8>>, Vec<u8>);

/// The body of `state` and the sealed records that follow it: version 2
/// while everything (keys, aliases, access keys) is in the home scope and
/// no key is multi-Region or of imported material, else version 3. Unchanged
/// records are copied as they were sealed; the others are sealed under
/// fresh nonces. The body holds the domain keys, so it is measured first
/// and allocated once: it never regrows leaving copies.
pub fn encode(state: &State, unlocked: &Unlocked) -> Result<Encoded> {
    let (home, others) = state
        .scopes
        .split_first()
        .ok_or_else(|| Error::Internal("a keystore with no home scope".into()))?;
    // An access key of another account, or a multi-Region key, needs a
    // build that knows scopes: an older one would drop the account, or the
    // key's Regions, on its next write.
    let scoped = !others.is_empty()
        || state
            .access_keys
            .values()
            .any(|k| k.account_id.is_some() || k.principal.is_some())
        || state.keys.summaries().any(|(addr, summary)| {
            crate::ids::is_multi_region(&addr.id) || !Layout::unscoped_holds(addr.scope, &summary)
        });
    let (version, layout) = match scoped {
        false => (VERSION_2, Layout::UNSCOPED),
        true => (VERSION_3, Layout::SCOPED),
    };
    let meta = MetaOut {
        keystore_id: &state.keystore_id,
        region: &home.region,
        account_id: &home.account_id,
        domain_keys: &state.domain_keys,
        aliases: &home.aliases,
        scopes: others,
        settings: &state.settings,
        access_keys: &state.access_keys,
        writes: state.writes,
    };
    let mut meta_len = ByteCount(0);
    serde_json::to_writer(&mut meta_len, &meta).map_err(encode_error)?;
    let count = state.keys.len();
    let mut head = Zeroizing::new(Vec::with_capacity(
        4 + meta_len.0 + 8 + 4 + count * layout.entry_len(),
    ));
    let u32_of = |n: usize| u32::try_from(n).map_err(|_| too_large());
    head.extend_from_slice(&u32_of(meta_len.0)?.to_be_bytes());
    serde_json::to_writer(&mut *head, &meta).map_err(encode_error)?;
    let records_len_at = head.len();
    head.extend_from_slice(&[0; 8]);
    head.extend_from_slice(&u32_of(count)?.to_be_bytes());

    let mut records = Vec::new();
    for (addr, summary, content) in state.keys.for_writing() {
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
                let sealed = unlocked.seal_record(&nonce, addr.id.as_bytes(), &json)?;
                let (ciphertext, tag) = sealed.split_at(sealed.len() - TAG_LEN);
                records.extend_from_slice(&nonce);
                records.extend_from_slice(ciphertext);
                let mut out = [0; TAG_LEN];
                out.copy_from_slice(tag);
                out
            }
        };
        let entry = IndexEntry {
            scope: addr.scope,
            id: addr.id,
            offset: u32_of(offset)?,
            len: u32_of(records.len() - offset - NONCE_LEN)?,
            tag,
            summary,
        };
        layout
            .encode(&entry, &mut head)
            .ok_or_else(|| Error::Internal("a key of another scope in a version 2 body".into()))?;
    }
    let records_len = (records.len() as u64).to_be_bytes();
    head[records_len_at..records_len_at + 8].copy_from_slice(&records_len);
    Ok((version, head, records))
}

#[cfg(test)]
mod tests;
