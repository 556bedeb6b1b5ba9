//! The KMS keys of a keystore, by key id, decoded one at a time.
//!
//! A keystore read from disk keeps each key record as it was stored and
//! decodes it the first time an operation asks for it: a command that uses
//! one key of 10,000 decodes one record. Maintenance asks only for each
//! key's [`Summary`], which the stored index carries. A record that is
//! changed is encoded again when the keystore is written; the others are
//! written back as the bytes they were read as.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::path::PathBuf;

use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::{Error, KeystoreProblem, Result};
use crate::keystore::state::{KeyRecord, KeyState};
use crate::timestamp::Timestamp;

/// What maintenance needs of a key: whether it is due to be purged or
/// rotated. Stored in the index beside each record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub state: KeyState,
    pub deletion_date: Option<Timestamp>,
    pub next_rotation: Option<Timestamp>,
}

impl Summary {
    pub fn of(record: &KeyRecord) -> Self {
        Summary {
            state: record.state,
            deletion_date: record.deletion_date,
            next_rotation: record.rotation.map(|r| r.next),
        }
    }
}

/// Where a stored record lies in the body.
#[derive(Clone, Copy, Debug)]
pub struct Stored {
    pub start: usize,
    pub len: usize,
}

#[derive(Debug)]
struct Slot {
    id: Uuid,
    summary: Summary,
    /// The record's bytes in the body it was read from, while unchanged.
    stored: Option<Stored>,
    record: OnceCell<Box<KeyRecord>>,
}

/// The keys, sorted by id.
#[derive(Debug, Default)]
pub struct KeyTable {
    slots: Vec<Slot>,
    /// The body the stored records lie in, and its file for messages.
    body: Zeroizing<Vec<u8>>,
    path: PathBuf,
}

/// A key's record as the writer finds it.
#[derive(Debug)]
pub enum Content<'a> {
    /// The bytes it was read as: unchanged.
    Stored(&'a [u8]),
    /// Changed or new: to encode.
    Record(&'a KeyRecord),
    /// Neither, which every change above rules out.
    Missing,
}

/// A key's entry as the index stores it.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub id: Uuid,
    pub summary: Summary,
    pub stored: Stored,
}

impl KeyTable {
    /// A table of decoded records (a new keystore, a version 1 body).
    pub fn from_records(records: BTreeMap<Uuid, KeyRecord>) -> Self {
        KeyTable {
            slots: records
                .into_iter()
                .map(|(id, record)| Slot {
                    id,
                    summary: Summary::of(&record),
                    stored: None,
                    record: OnceCell::from(Box::new(record)),
                })
                .collect(),
            ..KeyTable::default()
        }
    }

    /// A table of stored records, decoded when asked for. `entries` must be
    /// sorted by id, with no id twice, and lie within `body`.
    pub fn from_stored(entries: Vec<Entry>, body: Zeroizing<Vec<u8>>, path: PathBuf) -> Self {
        KeyTable {
            slots: entries
                .into_iter()
                .map(|e| Slot {
                    id: e.id,
                    summary: e.summary,
                    stored: Some(e.stored),
                    record: OnceCell::new(),
                })
                .collect(),
            body,
            path,
        }
    }

    fn find(&self, id: &Uuid) -> std::result::Result<usize, usize> {
        self.slots.binary_search_by(|slot| slot.id.cmp(id))
    }

    fn decode<'a>(&'a self, slot: &'a Slot) -> Result<&'a KeyRecord> {
        if let Some(record) = slot.record.get() {
            return Ok(record);
        }
        let stored = slot
            .stored
            .ok_or_else(|| Error::Internal(format!("key {} has no record", slot.id)))?;
        let bytes = &self.body[stored.start..stored.start + stored.len];
        let record: KeyRecord = serde_json::from_slice(bytes).map_err(|e| {
            Error::keystore(
                &self.path,
                KeystoreProblem::Undecodable(format!(
                    "the record of key {}: {:?} error at column {}",
                    slot.id,
                    e.classify(),
                    e.column()
                )),
            )
        })?;
        Ok(slot.record.get_or_init(|| Box::new(record)))
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn contains_key(&self, id: &Uuid) -> bool {
        self.find(id).is_ok()
    }

    /// The record of `id`, decoded now if it was not yet.
    pub fn get(&self, id: &Uuid) -> Result<Option<&KeyRecord>> {
        match self.find(id) {
            Ok(at) => self.decode(&self.slots[at]).map(Some),
            Err(_) => Ok(None),
        }
    }

    /// The record of `id` to change; it is encoded again when written.
    pub fn get_mut(&mut self, id: &Uuid) -> Result<Option<&mut KeyRecord>> {
        let Ok(at) = self.find(id) else {
            return Ok(None);
        };
        self.decode(&self.slots[at])?;
        let slot = &mut self.slots[at];
        slot.stored = None;
        Ok(slot.record.get_mut().map(|r| &mut **r))
    }

    pub fn insert(&mut self, id: Uuid, record: KeyRecord) {
        let slot = Slot {
            id,
            summary: Summary::of(&record),
            stored: None,
            record: OnceCell::from(Box::new(record)),
        };
        match self.find(&id) {
            Ok(at) => self.slots[at] = slot,
            Err(at) => self.slots.insert(at, slot),
        }
    }

    pub fn remove(&mut self, id: &Uuid) -> bool {
        match self.find(id) {
            Ok(at) => {
                self.slots.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Every key id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &Uuid> {
        self.slots.iter().map(|slot| &slot.id)
    }

    /// Every key's summary, in id order, without decoding any record.
    pub fn summaries(&self) -> impl Iterator<Item = (&Uuid, Summary)> {
        self.slots.iter().map(|slot| {
            let summary = match slot.record.get() {
                Some(record) => Summary::of(record),
                None => slot.summary,
            };
            (&slot.id, summary)
        })
    }

    /// Every record, decoded, in id order.
    pub fn records(&self) -> Result<Vec<(&Uuid, &KeyRecord)>> {
        self.slots
            .iter()
            .map(|slot| Ok((&slot.id, self.decode(slot)?)))
            .collect()
    }

    /// Every record to change, decoded, in id order.
    pub fn records_mut(&mut self) -> Result<Vec<(&Uuid, &mut KeyRecord)>> {
        for slot in &self.slots {
            self.decode(slot)?;
        }
        Ok(self
            .slots
            .iter_mut()
            .filter_map(|slot| {
                slot.stored = None;
                let id = &slot.id;
                slot.record.get_mut().map(|r| (id, &mut **r))
            })
            .collect())
    }

    /// Each key as the writer needs it: its id, summary, and either its
    /// stored bytes (unchanged) or its decoded record.
    pub fn for_writing(&self) -> impl Iterator<Item = (&Uuid, Summary, Content<'_>)> {
        self.slots.iter().map(|slot| {
            let (summary, content) = match (slot.stored, slot.record.get()) {
                (Some(stored), _) => (
                    slot.summary,
                    Content::Stored(&self.body[stored.start..stored.start + stored.len]),
                ),
                (None, Some(record)) => (Summary::of(record), Content::Record(record)),
                (None, None) => (slot.summary, Content::Missing),
            };
            (&slot.id, summary, content)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(description: &str) -> KeyRecord {
        KeyRecord {
            created: Timestamp(1),
            description: description.into(),
            state: KeyState::Enabled,
            deletion_date: None,
            rotation: None,
            tags: Vec::new(),
            backing_keys: Vec::new(),
        }
    }

    #[test]
    fn records_are_decoded_when_asked_for_and_kept_sorted() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let bytes = serde_json::to_vec(&record("stored")).unwrap();
        let len = bytes.len();
        let entry = Entry {
            id: b,
            summary: Summary::of(&record("stored")),
            stored: Stored { start: 0, len },
        };
        let mut table = KeyTable::from_stored(vec![entry], Zeroizing::new(bytes), "ks".into());
        table.insert(a, record("new"));
        assert_eq!(table.ids().copied().collect::<Vec<_>>(), [a, b]);
        assert_eq!(table.get(&b).unwrap().unwrap().description, "stored");
        // Unchanged, it is written back as stored; changed, as a record.
        assert!(matches!(
            table.for_writing().nth(1).unwrap().2,
            Content::Stored(_)
        ));
        table.get_mut(&b).unwrap().unwrap().description = "changed".into();
        assert!(matches!(
            table.for_writing().nth(1).unwrap().2,
            Content::Record(r) if r.description == "changed"
        ));
        assert!(table.remove(&a));
        assert!(!table.contains_key(&a));
        assert_eq!(table.len(), 1);
    }

    #[test]
    fn a_record_that_does_not_decode_is_an_error_not_a_panic() {
        let id = Uuid::from_u128(7);
        let entry = Entry {
            id,
            summary: Summary::of(&record("x")),
            stored: Stored { start: 0, len: 5 },
        };
        let table =
            KeyTable::from_stored(vec![entry], Zeroizing::new(b"{bad}".to_vec()), "ks".into());
        assert!(table.get(&id).is_err());
        assert!(table.records().is_err());
    }
}
