//! The keystore's body, inside the envelope: docs/keystore-format.md §3.
//!
//! Version 2 (written): the keystore's small parts as JSON, then a
//! fixed-size index of the keys, then each key's record as JSON, so that a
//! command reads one record of 10,000 and maintenance reads only the index:
//!
//! ```text
//! u32 BE   length of the JSON below
//! JSON     everything but the keys: ids, region, domain keys, aliases, settings, access keys
//! u32 BE   number of keys
//! entries  42 bytes each, sorted by key id:
//!            16  key id (UUID)
//!             4  offset of the record, from the start of the records (u32 BE)
//!             4  length of the record (u32 BE)
//!             1  key state: 1 Enabled, 2 Disabled, 3 PendingDeletion
//!             1  flags: 1 = deletion date set, 2 = rotation scheduled
//!             8  deletion date, ms since the epoch (i64 BE; 0 when unset)
//!             8  next automatic rotation, likewise
//! records  each key's record as JSON, where its entry says
//! ```
//!
//! Version 1 (read, for keystores written before): one JSON document with
//! the keys inside it under "Keys".

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::{Error, KeystoreProblem, Result};
use crate::hsm::DomainKey;
use crate::ids::KeystoreId;
use crate::keystore::persist::ByteCount;
use crate::keystore::state::{AccessKeyRecord, AliasRecord, KeyRecord, KeyState, Settings, State};
use crate::keystore::table::{Content, Entry, KeyTable, Stored, Summary};
use crate::timestamp::Timestamp;

/// The JSON body of version 1.
pub const VERSION_1: u8 = 1;
/// The indexed body of version 2.
pub const VERSION_2: u8 = 2;
/// The length of an index entry.
pub const ENTRY_LEN: usize = 42;

const DELETION: u8 = 1;
const ROTATION: u8 = 2;

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
        }
    }
}

fn undecodable(path: &Path, why: impl Into<String>) -> Error {
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

/// Decodes an authenticated body of `version`. Version 2 keeps `body` and
/// decodes each key's record when it is first asked for.
pub fn decode(path: &Path, version: u8, body: Zeroizing<Vec<u8>>) -> Result<State> {
    match version {
        VERSION_1 => {
            let mut meta: MetaIn =
                serde_json::from_slice(&body).map_err(|e| json_error(path, &e))?;
            let keys = meta
                .keys
                .take()
                .ok_or_else(|| undecodable(path, "a version 1 body has no Keys"))?;
            Ok(meta.into_state(KeyTable::from_records(keys)))
        }
        VERSION_2 => decode_indexed(path, body),
        other => Err(Error::keystore(
            path,
            KeystoreProblem::UnknownVersion(other),
        )),
    }
}

/// Reads fields off the front of the body, failing as a body that does not decode.
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

    fn time(&mut self) -> Option<Timestamp> {
        Some(Timestamp(i64::from_be_bytes(self.array()?)))
    }
}

fn decode_indexed(path: &Path, body: Zeroizing<Vec<u8>>) -> Result<State> {
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
    let count = r.u32().ok_or_else(short)?;
    let index_len = count.checked_mul(ENTRY_LEN).ok_or_else(short)?;
    let index = r.take(index_len).ok_or_else(short)?;
    let records_at = r.at;
    let records_len = body.len() - records_at;
    let mut entries = Vec::with_capacity(count);
    let mut r = Reader {
        bytes: index,
        at: 0,
    };
    for n in 0..count {
        let entry = read_entry(&mut r, records_at, records_len)
            .ok_or_else(|| undecodable(path, format!("index entry {n} is not valid")))?;
        if entries
            .last()
            .is_some_and(|last: &Entry| last.id >= entry.id)
        {
            return Err(undecodable(path, "the index is not sorted by key id"));
        }
        entries.push(entry);
    }
    let keys = KeyTable::from_stored(entries, body, path.to_owned());
    Ok(meta.into_state(keys))
}

fn read_entry(r: &mut Reader, records_at: usize, records_len: usize) -> Option<Entry> {
    let id = Uuid::from_bytes(r.array()?);
    let offset = r.u32()?;
    let len = r.u32()?;
    if len == 0 || offset.checked_add(len)? > records_len {
        return None;
    }
    let state = match r.array::<1>()? {
        [1] => KeyState::Enabled,
        [2] => KeyState::Disabled,
        [3] => KeyState::PendingDeletion,
        _ => return None,
    };
    let [flags] = r.array::<1>()?;
    if flags & !(DELETION | ROTATION) != 0 {
        return None;
    }
    let deletion = r.time()?;
    let rotation = r.time()?;
    Some(Entry {
        id,
        summary: Summary {
            state,
            deletion_date: (flags & DELETION != 0).then_some(deletion),
            next_rotation: (flags & ROTATION != 0).then_some(rotation),
        },
        stored: Stored {
            start: records_at + offset,
            len,
        },
    })
}

fn state_byte(state: KeyState) -> u8 {
    match state {
        KeyState::Enabled => 1,
        KeyState::Disabled => 2,
        KeyState::PendingDeletion => 3,
    }
}

fn encode_error(e: serde_json::Error) -> Error {
    Error::Internal(format!("could not encode the keystore: {e}"))
}

fn too_large() -> Error {
    Error::Internal("the keystore is larger than its format allows (4 GiB)".into())
}

/// The version 2 body of `state`. The buffer holds the domain keys, so it is
/// measured first and allocated once: it never regrows leaving copies.
pub fn encode(state: &State) -> Result<Zeroizing<Vec<u8>>> {
    let meta = MetaOut {
        keystore_id: &state.keystore_id,
        region: &state.region,
        account_id: &state.account_id,
        domain_keys: &state.domain_keys,
        aliases: &state.aliases,
        settings: &state.settings,
        access_keys: &state.access_keys,
    };
    let mut meta_len = ByteCount(0);
    serde_json::to_writer(&mut meta_len, &meta).map_err(encode_error)?;
    let mut records_len = 0;
    for (id, _, content) in state.keys.for_writing() {
        records_len += match content {
            Content::Stored(bytes) => bytes.len(),
            Content::Record(record) => {
                let mut len = ByteCount(0);
                serde_json::to_writer(&mut len, record).map_err(encode_error)?;
                len.0
            }
            Content::Missing => {
                return Err(Error::Internal(format!("key {id} has no record to write")));
            }
        };
    }
    let count = state.keys.len();
    let total = 8 + meta_len.0 + count * ENTRY_LEN + records_len;
    let mut out = Zeroizing::new(Vec::with_capacity(total));
    let u32_of = |n: usize| u32::try_from(n).map_err(|_| too_large());
    out.extend_from_slice(&u32_of(meta_len.0)?.to_be_bytes());
    serde_json::to_writer(&mut *out, &meta).map_err(encode_error)?;
    out.extend_from_slice(&u32_of(count)?.to_be_bytes());
    let index_at = out.len();
    out.resize(index_at + count * ENTRY_LEN, 0);
    let records_at = out.len();
    for (n, (id, summary, content)) in state.keys.for_writing().enumerate() {
        let offset = out.len() - records_at;
        match content {
            Content::Stored(bytes) => out.extend_from_slice(bytes),
            Content::Record(record) => {
                serde_json::to_writer(&mut *out, record).map_err(encode_error)?;
            }
            Content::Missing => {
                return Err(Error::Internal(format!("key {id} has no record to write")));
            }
        }
        let len = out.len() - records_at - offset;
        let mut entry = [0u8; ENTRY_LEN];
        entry[..16].copy_from_slice(id.as_bytes());
        entry[16..20].copy_from_slice(&u32_of(offset)?.to_be_bytes());
        entry[20..24].copy_from_slice(&u32_of(len)?.to_be_bytes());
        entry[24] = state_byte(summary.state);
        let mut flags = 0;
        if let Some(date) = summary.deletion_date {
            flags |= DELETION;
            entry[26..34].copy_from_slice(&date.0.to_be_bytes());
        }
        if let Some(date) = summary.next_rotation {
            flags |= ROTATION;
            entry[34..42].copy_from_slice(&date.0.to_be_bytes());
        }
        entry[25] = flags;
        let at = index_at + n * ENTRY_LEN;
        out[at..at + ENTRY_LEN].copy_from_slice(&entry);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::keystore::state::RotationSchedule;

    fn state_with(n: u128) -> State {
        let mut state = State::empty("eu-west-1".into(), "111122223333".into());
        state
            .domain_keys
            .push(DomainKey::generate(Timestamp(5)).unwrap());
        for i in 0..n {
            let record = KeyRecord {
                created: Timestamp(10),
                description: format!("key {i}"),
                state: if i % 2 == 0 {
                    KeyState::Enabled
                } else {
                    KeyState::PendingDeletion
                },
                deletion_date: (i % 2 == 1).then_some(Timestamp(99)),
                rotation: (i % 3 == 0).then_some(RotationSchedule {
                    period_in_days: 90,
                    next: Timestamp(77),
                }),
                tags: Vec::new(),
                backing_keys: Vec::new(),
            };
            state.keys.insert(Uuid::from_u128(1000 - i), record);
        }
        state
    }

    fn round_trip(state: &State) -> State {
        let bytes = encode(state).unwrap();
        decode(Path::new("ks"), VERSION_2, bytes).unwrap()
    }

    #[test]
    fn a_body_reads_back_as_written_and_unchanged_records_are_copied() {
        let state = state_with(5);
        let mut back = round_trip(&state);
        assert_eq!(back.region, "eu-west-1");
        assert_eq!(back.domain_keys.len(), 1);
        let summaries: Vec<_> = back.keys.summaries().map(|(id, s)| (*id, s)).collect();
        let expected: Vec<_> = state.keys.summaries().map(|(id, s)| (*id, s)).collect();
        assert_eq!(summaries, expected);
        for (id, record) in state.keys.records().unwrap() {
            assert_eq!(
                back.keys.get(id).unwrap().unwrap().description,
                record.description
            );
        }
        // One record changed: written again, the rest copied as they were.
        let first = *back.keys.ids().next().unwrap();
        back.keys.get_mut(&first).unwrap().unwrap().description = "changed".into();
        let again = round_trip(&back);
        assert_eq!(
            again.keys.get(&first).unwrap().unwrap().description,
            "changed"
        );
        assert_eq!(again.keys.len(), 5);
    }

    #[test]
    fn a_version_1_body_is_read() {
        let v1 = r#"{"KeystoreId":"00000000000000000000000000000001","Region":"us-east-1",
            "AccountId":"111122223333","DomainKeys":[],"Keys":{"00000000-0000-0000-0000-000000000009":
            {"Created":1,"Description":"old","State":"Disabled","BackingKeys":[]}},"Aliases":{}}"#;
        let state = decode(
            Path::new("ks"),
            VERSION_1,
            Zeroizing::new(v1.as_bytes().to_vec()),
        )
        .unwrap();
        let id = Uuid::from_u128(9);
        assert_eq!(
            state.keys.get(&id).unwrap().unwrap().state,
            KeyState::Disabled
        );
        let back = round_trip(&state);
        assert_eq!(back.keys.get(&id).unwrap().unwrap().description, "old");
    }

    #[test]
    fn malformed_indexes_are_refused() {
        let good = encode(&state_with(3)).unwrap();
        let meta_len = u32::from_be_bytes(good[..4].try_into().unwrap()) as usize;
        let count_at = 4 + meta_len;
        let index_at = count_at + 4;
        type Damage = Box<dyn Fn(&mut Vec<u8>)>;
        let cases: Vec<(&str, Damage)> = vec![
            (
                "count too large",
                Box::new(move |b| {
                    b[count_at..count_at + 4].copy_from_slice(&u32::MAX.to_be_bytes())
                }),
            ),
            (
                "unsorted",
                Box::new(move |b| {
                    let (x, y) = (index_at, index_at + ENTRY_LEN);
                    let first: Vec<u8> = b[x..x + 16].to_vec();
                    let second: Vec<u8> = b[y..y + 16].to_vec();
                    b[x..x + 16].copy_from_slice(&second);
                    b[y..y + 16].copy_from_slice(&first);
                }),
            ),
            (
                "record past the end",
                Box::new(move |b| {
                    b[index_at + 16..index_at + 20].copy_from_slice(&u32::MAX.to_be_bytes())
                }),
            ),
            (
                "empty record",
                Box::new(move |b| {
                    b[index_at + 20..index_at + 24].copy_from_slice(&0u32.to_be_bytes())
                }),
            ),
            ("bad state", Box::new(move |b| b[index_at + 24] = 9)),
            ("bad flags", Box::new(move |b| b[index_at + 25] = 0x80)),
            (
                "meta too long",
                Box::new(|b| b[..4].copy_from_slice(&u32::MAX.to_be_bytes())),
            ),
        ];
        for (what, damage) in cases {
            let mut bytes = good.to_vec();
            damage(&mut bytes);
            assert!(
                decode(Path::new("ks"), VERSION_2, Zeroizing::new(bytes)).is_err(),
                "{what}"
            );
        }
        for cut in [0, 3, count_at + 2, index_at + 10] {
            let bytes = good[..cut].to_vec();
            assert!(
                decode(Path::new("ks"), VERSION_2, Zeroizing::new(bytes)).is_err(),
                "cut at {cut}"
            );
        }
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            if let Ok(state) = decode(Path::new("ks"), VERSION_2, Zeroizing::new(bytes)) {
                let _ = state.keys.records();
            }
        }
    }
}
