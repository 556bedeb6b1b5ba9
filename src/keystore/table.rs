//! The KMS keys of a keystore, by key id, read one at a time.
//!
//! A version 2 keystore (body.rs) keeps each key's record sealed on its own
//! after an index that the sealed body carries. The table keeps that index
//! as read and opens a record the first time an operation asks for it, so
//! a command that uses one key of 10,000 reads and decrypts one record, and
//! maintenance reads only the index's [`Summary`] of each key. Changes are
//! kept apart from the index until the keystore is written; unchanged
//! records are then copied as they were sealed.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::iter::Peekable;
use std::rc::Rc;

use crate::error::Result;
use crate::hsm::aead::TAG_LEN;
use crate::keystore::state::{KeyAddr, KeyRecord, KeyState};
use crate::timestamp::Timestamp;

/// What maintenance needs of a key: whether it is due to be purged or
/// rotated. Stored in the index beside each record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub state: KeyState,
    pub deletion_date: Option<Timestamp>,
    pub next_rotation: Option<Timestamp>,
    /// When a version of its imported material next expires.
    pub expires: Option<Timestamp>,
    /// Whether its material is imported.
    pub external: bool,
    /// Whether it is an AWS managed key.
    pub aws_managed: bool,
}

impl Summary {
    pub fn of(record: &KeyRecord) -> Self {
        Summary {
            state: record.attributes.state,
            deletion_date: record.attributes.deletion_date,
            next_rotation: record.attributes.rotation.map(|r| r.next),
            expires: record.next_expiry(),
            external: record.external.is_some(),
            aws_managed: record.aws_managed,
        }
    }
}

/// Where the sealed records of a read keystore are, and how to open one.
pub trait RecordSource: std::fmt::Debug {
    /// The number of keys in the index.
    fn count(&self) -> usize;
    /// Where the key at `index` is (the index is sorted by scope, then id).
    fn id(&self, index: usize) -> KeyAddr;
    fn summary(&self, index: usize) -> Summary;
    /// The record of the key at `index`, read, authenticated and decoded.
    fn open(&self, index: usize) -> Result<KeyRecord>;
    /// The record of the key at `index` as sealed (nonce and ciphertext),
    /// and its tag: what a write copies when the record has not changed.
    fn sealed(&self, index: usize) -> Result<(Vec<u8>, [u8; TAG_LEN])>;
}

/// The source of a table with no stored records.
#[derive(Debug)]
struct NoRecords;

impl RecordSource for NoRecords {
    fn count(&self) -> usize {
        0
    }
    fn id(&self, _: usize) -> KeyAddr {
        KeyAddr {
            scope: crate::keystore::state::ScopeId::HOME,
            id: uuid::Uuid::nil(),
        }
    }
    fn summary(&self, _: usize) -> Summary {
        Summary {
            state: KeyState::Disabled,
            deletion_date: None,
            next_rotation: None,
            expires: None,
            external: false,
            aws_managed: false,
        }
    }
    fn open(&self, index: usize) -> Result<KeyRecord> {
        Err(crate::error::Error::Internal(format!(
            "no stored record {index}"
        )))
    }
    fn sealed(&self, index: usize) -> Result<(Vec<u8>, [u8; TAG_LEN])> {
        Err(crate::error::Error::Internal(format!(
            "no stored record {index}"
        )))
    }
}

/// A key's record as the writer finds it.
#[derive(Debug)]
pub enum Content<'a> {
    /// Unchanged since it was read: the key at this index of the source.
    Stored(usize),
    /// Changed or new: to seal.
    Record(&'a KeyRecord),
}

/// The keys, sorted by scope, then id.
#[derive(Debug)]
pub struct KeyTable {
    source: Rc<dyn RecordSource>,
    /// One cell per key of the source: its record, once opened.
    opened: Vec<OnceCell<Box<KeyRecord>>>,
    /// Keys added or changed (`Some`), or removed (`None`), since read.
    changes: BTreeMap<KeyAddr, Option<Box<KeyRecord>>>,
}

impl Default for KeyTable {
    fn default() -> Self {
        KeyTable {
            source: Rc::new(NoRecords),
            opened: Vec::new(),
            changes: BTreeMap::new(),
        }
    }
}

impl KeyTable {
    /// A table of records in memory (a new keystore, a version 1 body).
    pub fn from_records(records: BTreeMap<KeyAddr, KeyRecord>) -> Self {
        KeyTable {
            changes: records
                .into_iter()
                .map(|(id, record)| (id, Some(Box::new(record))))
                .collect(),
            ..KeyTable::default()
        }
    }

    /// A table of the sealed records of `source`, opened when asked for.
    pub fn from_source(source: Rc<dyn RecordSource>) -> Self {
        let mut opened = Vec::new();
        opened.resize_with(source.count(), OnceCell::new);
        KeyTable {
            source,
            opened,
            changes: BTreeMap::new(),
        }
    }

    /// The index in the source of `id`, if the source has it.
    fn stored(&self, id: &KeyAddr) -> Option<usize> {
        let source = &self.source;
        let (mut low, mut high) = (0, source.count());
        while low < high {
            let mid = low + (high - low) / 2;
            match source.id(mid).cmp(id) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    fn open(&self, index: usize) -> Result<&KeyRecord> {
        if let Some(record) = self.opened[index].get() {
            return Ok(record);
        }
        let record = self.source.open(index)?;
        Ok(self.opened[index].get_or_init(|| Box::new(record)))
    }

    pub fn len(&self) -> usize {
        let mut len = self.source.count();
        for (id, change) in &self.changes {
            match (self.stored(id).is_some(), change.is_some()) {
                (true, false) => len -= 1,
                (false, true) => len += 1,
                _ => {}
            }
        }
        len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains_key(&self, id: &KeyAddr) -> bool {
        match self.changes.get(id) {
            Some(change) => change.is_some(),
            None => self.stored(id).is_some(),
        }
    }

    /// The record of `id`, opened now if it was not yet.
    pub fn get(&self, id: &KeyAddr) -> Result<Option<&KeyRecord>> {
        match self.changes.get(id) {
            Some(change) => Ok(change.as_deref()),
            None => match self.stored(id) {
                Some(index) => self.open(index).map(Some),
                None => Ok(None),
            },
        }
    }

    /// The record of `id` to change; it is sealed again when written.
    pub fn get_mut(&mut self, id: &KeyAddr) -> Result<Option<&mut KeyRecord>> {
        if !self.changes.contains_key(id) {
            let Some(index) = self.stored(id) else {
                return Ok(None);
            };
            self.open(index)?;
            let record = self.opened[index].take();
            self.changes.insert(*id, record);
        }
        Ok(self.changes.get_mut(id).and_then(|c| c.as_deref_mut()))
    }

    pub fn insert(&mut self, id: KeyAddr, record: KeyRecord) {
        self.changes.insert(id, Some(Box::new(record)));
    }

    /// Removes `id`; whether it was there.
    pub fn remove(&mut self, id: &KeyAddr) -> bool {
        let present = self.contains_key(id);
        if self.stored(id).is_some() {
            self.changes.insert(*id, None);
        } else {
            self.changes.remove(id);
        }
        present
    }

    /// Every key, in id order: from the source unless changed, merged
    /// with the changes still present.
    fn merged(&self) -> Merged<'_> {
        Merged {
            table: self,
            stored: (0..self.source.count()).peekable(),
            changes: self.changes.iter().peekable(),
        }
    }

    /// Every key id, in order.
    pub fn ids(&self) -> impl Iterator<Item = KeyAddr> + '_ {
        self.merged().map(|(id, _)| id)
    }

    /// Every key's summary, in id order, without opening any record.
    pub fn summaries(&self) -> impl Iterator<Item = (KeyAddr, Summary)> + '_ {
        self.merged().map(|(id, at)| match at {
            At::Stored(index) => match self.opened[index].get() {
                Some(record) => (id, Summary::of(record)),
                None => (id, self.source.summary(index)),
            },
            At::Changed(record) => (id, Summary::of(record)),
        })
    }

    /// Every record, opened, in id order.
    pub fn records(&self) -> Result<Vec<(KeyAddr, &KeyRecord)>> {
        self.merged()
            .map(|(id, at)| match at {
                At::Stored(index) => Ok((id, self.open(index)?)),
                At::Changed(record) => Ok((id, record)),
            })
            .collect()
    }

    /// Every record to change, opened, in id order; all are sealed again
    /// when written.
    pub fn records_mut(&mut self) -> Result<Vec<(KeyAddr, &mut KeyRecord)>> {
        let ids: Vec<KeyAddr> = self.ids().collect();
        for id in &ids {
            self.get_mut(id)?;
        }
        Ok(self
            .changes
            .iter_mut()
            .filter_map(|(id, change)| change.as_deref_mut().map(|r| (*id, r)))
            .collect())
    }

    /// Each key as the writer needs it, in id order.
    pub fn for_writing(&self) -> impl Iterator<Item = (KeyAddr, Summary, Content<'_>)> + '_ {
        self.merged().map(|(id, at)| match at {
            At::Stored(index) => (id, self.source.summary(index), Content::Stored(index)),
            At::Changed(record) => (id, Summary::of(record), Content::Record(record)),
        })
    }

    /// The source the stored records come from.
    pub fn source(&self) -> &Rc<dyn RecordSource> {
        &self.source
    }
}

enum At<'a> {
    Stored(usize),
    Changed(&'a KeyRecord),
}

/// The keys of a table in id order: the source's entries not changed,
/// merged with the changes that are present.
struct Merged<'a> {
    table: &'a KeyTable,
    stored: Peekable<std::ops::Range<usize>>,
    changes: Peekable<std::collections::btree_map::Iter<'a, KeyAddr, Option<Box<KeyRecord>>>>,
}

impl<'a> Iterator for Merged<'a> {
    type Item = (KeyAddr, At<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let stored = self.stored.peek().map(|&i| (self.table.source.id(i), i));
            let change = self.changes.peek().map(|(id, c)| (**id, c.as_deref()));
            match (stored, change) {
                (None, None) => return None,
                (Some((id, index)), None) => {
                    self.stored.next();
                    return Some((id, At::Stored(index)));
                }
                (Some((id, index)), Some((changed, _))) if id < changed => {
                    self.stored.next();
                    return Some((id, At::Stored(index)));
                }
                (stored, Some((id, change))) => {
                    // A change replaces the stored entry of the same id.
                    if stored.is_some_and(|(s, _)| s == id) {
                        self.stored.next();
                    }
                    self.changes.next();
                    if let Some(record) = change {
                        return Some((id, At::Changed(record)));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keystore::state::KeyAttributes;

    fn record(description: &str) -> KeyRecord {
        KeyRecord::symmetric(
            KeyAttributes {
                created: Timestamp(1),
                description: description.into(),
                state: KeyState::Enabled,
                deletion_date: None,
                rotation: None,
                tags: Vec::new(),
            },
            Vec::new(),
        )
    }

    /// Records in memory, as a stand-in for a sealed file.
    #[derive(Debug)]
    struct Memory(Vec<(KeyAddr, String)>);

    impl RecordSource for Memory {
        fn count(&self) -> usize {
            self.0.len()
        }
        fn id(&self, index: usize) -> KeyAddr {
            self.0[index].0
        }
        fn summary(&self, index: usize) -> Summary {
            Summary::of(&record(&self.0[index].1))
        }
        fn open(&self, index: usize) -> Result<KeyRecord> {
            Ok(record(&self.0[index].1))
        }
        fn sealed(&self, _: usize) -> Result<(Vec<u8>, [u8; TAG_LEN])> {
            Ok((Vec::new(), [0; TAG_LEN]))
        }
    }

    #[test]
    fn changes_merge_with_the_stored_records_in_scope_then_id_order() {
        // Even ids in scope 1, odd ones at home.
        let id = |n| KeyAddr {
            scope: crate::keystore::state::ScopeId(u16::from(n % 2 == 0)),
            id: uuid::Uuid::from_u128(n),
        };
        let source = Memory(vec![
            (id(2), "two".into()),
            (id(4), "four".into()),
            (id(6), "six".into()),
        ]);
        let mut table = KeyTable::from_source(Rc::new(source));
        table.insert(id(1), record("one"));
        table.insert(id(5), record("five"));
        assert!(table.remove(&id(4)));
        assert!(!table.remove(&id(9)));
        table
            .get_mut(&id(6))
            .unwrap()
            .unwrap()
            .attributes
            .description = "SIX".into();
        let ids: Vec<u128> = table.ids().map(|a| a.id.as_u128()).collect();
        assert_eq!(ids, [1, 5, 2, 6]);
        assert_eq!(table.len(), 4);
        assert!(!table.contains_key(&id(4)));
        assert_eq!(
            table.get(&id(6)).unwrap().unwrap().attributes.description,
            "SIX"
        );
        assert_eq!(
            table.get(&id(2)).unwrap().unwrap().attributes.description,
            "two"
        );
        let written: Vec<_> = table
            .for_writing()
            .map(|(a, _, c)| (a.id.as_u128(), matches!(c, Content::Stored(_))))
            .collect();
        assert_eq!(written, [(1, false), (5, false), (2, true), (6, false)]);
        assert_eq!(table.summaries().count(), 4);
        assert_eq!(table.records_mut().unwrap().len(), 4);
        assert!(
            table
                .for_writing()
                .all(|(_, _, c)| matches!(c, Content::Record(_)))
        );
    }
}
