//! One entry of a keystore's index (docs/keystore-format.md §3): where a
//! key's sealed record lies, the tag that authenticates it, and the summary
//! that maintenance reads without opening the record.
//!
//! Version 3 puts the number of the key's scope (account and Region), u16
//! BE, before the 58 bytes below, and after them the time its imported
//! material next expires (i64 BE ms, 0 when unset); version 2, whose keys
//! are all in the keystore's home scope and have no imported material, has
//! neither field.
//!
//! ```text
//! offset  len  field
//!      0   16  key id (UUID)
//!     16    4  offset of the sealed record, from the start of the records (u32 BE)
//!     20    4  length of its ciphertext (u32 BE)
//!     24   16  its AES-GCM tag
//!     40    1  key state: 1 Enabled, 2 Disabled, 3 PendingDeletion, 4 PendingReplicaDeletion
//!     41    1  flags: 1 = deletion date set, 2 = rotation scheduled,
//!                  4 = expiry set, 8 = imported material, 16 = AWS managed
//!                  (4, 8 and 16 in version 3 only)
//!     42    8  deletion date, ms since the epoch (i64 BE; 0 when unset)
//!     50    8  next automatic rotation, likewise
//! ```

use uuid::Uuid;

use crate::hsm::aead::{NONCE_LEN, TAG_LEN};
use crate::keystore::state::{KeyAddr, KeyState, ScopeId};
use crate::keystore::table::Summary;
use crate::timestamp::Timestamp;

const ID_AT: usize = 0;
const ID_LEN: usize = 16;
const OFFSET_AT: usize = ID_AT + ID_LEN;
const OFFSET_LEN: usize = 4;
const LEN_AT: usize = OFFSET_AT + OFFSET_LEN;
const LEN_LEN: usize = 4;
const TAG_AT: usize = LEN_AT + LEN_LEN;
const STATE_AT: usize = TAG_AT + TAG_LEN;
const FLAGS_AT: usize = STATE_AT + 1;
const DELETION_AT: usize = FLAGS_AT + 1;
const DATE_LEN: usize = 8;
const ROTATION_AT: usize = DELETION_AT + DATE_LEN;
/// The length of an index entry.
pub const ENTRY_LEN: usize = ROTATION_AT + DATE_LEN;

// The length is the format's, whatever the constants above say.
const _: () = assert!(ENTRY_LEN == 58);

/// Flags bit: the deletion date is set.
const FLAG_DELETION: u8 = 1;
/// Flags bit: automatic rotation is scheduled.
const FLAG_ROTATION: u8 = 2;
/// Flags bit (version 3): imported material expires; the date follows the entry.
const FLAG_EXPIRY: u8 = 4;
/// Flags bit (version 3): the key's material is imported (Origin EXTERNAL).
const FLAG_EXTERNAL: u8 = 8;
/// Flags bit (version 3): an AWS managed key.
const FLAG_AWS_MANAGED: u8 = 16;

/// The length of the scope number before a version 3 entry.
const SCOPE_LEN: usize = 2;

/// An entry's scope, its 58 bytes, and (version 3) its expiry's bytes.
type Parts<'a> = (ScopeId, &'a [u8; ENTRY_LEN], Option<[u8; DATE_LEN]>);

/// How a keystore's version lays its index entries out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    scoped: bool,
}

impl Layout {
    /// Version 2: every key in the home scope.
    pub const UNSCOPED: Layout = Layout { scoped: false };
    /// Version 3: each entry names its scope.
    pub const SCOPED: Layout = Layout { scoped: true };

    /// The length of one entry.
    pub fn entry_len(self) -> usize {
        if self.scoped {
            SCOPE_LEN + ENTRY_LEN + DATE_LEN
        } else {
            ENTRY_LEN
        }
    }

    /// The scope, the 58 bytes and (version 3) the expiry of the entry
    /// `raw` (of [`Layout::entry_len`] bytes).
    fn split(self, raw: &[u8]) -> Option<Parts<'_>> {
        if raw.len() != self.entry_len() {
            return None;
        }
        if !self.scoped {
            return Some((ScopeId::HOME, raw.try_into().ok()?, None));
        }
        let (scope, rest) = raw.split_first_chunk::<SCOPE_LEN>()?;
        let (core, expiry) = rest.split_first_chunk::<ENTRY_LEN>()?;
        let scope = ScopeId(u16::from_be_bytes(*scope));
        Some((scope, core, Some(expiry.try_into().ok()?)))
    }

    /// The entry in `raw`, or `None` if it is not valid.
    pub fn decode(self, raw: &[u8]) -> Option<IndexEntry> {
        let (scope, core, expiry) = self.split(raw)?;
        IndexEntry::from_bytes(scope, core, expiry)
    }

    /// Where the key of the entry `raw` is, which every entry says, valid
    /// or not (`raw` has [`Layout::entry_len`] bytes).
    pub fn addr_of(self, raw: &[u8]) -> KeyAddr {
        match self.split(raw) {
            Some((scope, rest, _)) => KeyAddr {
                scope,
                id: IndexEntry::id_of(rest),
            },
            None => KeyAddr {
                scope: ScopeId::HOME,
                id: Uuid::nil(),
            },
        }
    }

    /// Appends `entry`; `None` if this layout cannot say all it says (its
    /// scope, its imported material).
    pub fn encode(self, entry: &IndexEntry, out: &mut Vec<u8>) -> Option<()> {
        if !self.scoped {
            if !Layout::unscoped_holds(entry.scope, &entry.summary) {
                return None;
            }
            out.extend_from_slice(&entry.fields());
            return Some(());
        }
        out.extend_from_slice(&entry.scope.0.to_be_bytes());
        out.extend_from_slice(&entry.fields());
        let expiry = entry.summary.expires.map_or(0, |t| t.0);
        out.extend_from_slice(&expiry.to_be_bytes());
        Some(())
    }

    /// Whether a version 2 entry can say all of a key of `scope` with
    /// `summary`: a key of the home scope without imported material.
    pub fn unscoped_holds(scope: ScopeId, summary: &Summary) -> bool {
        scope == ScopeId::HOME
            && !summary.external
            && !summary.aws_managed
            && summary.expires.is_none()
    }
}

/// An index entry, decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexEntry {
    pub scope: ScopeId,
    pub id: Uuid,
    /// Where the sealed record (nonce, then ciphertext) starts, from the
    /// start of the records.
    pub offset: u32,
    /// The length of the record's ciphertext, without its nonce or tag.
    pub len: u32,
    pub tag: [u8; TAG_LEN],
    pub summary: Summary,
}

impl IndexEntry {
    pub fn addr(&self) -> KeyAddr {
        KeyAddr {
            scope: self.scope,
            id: self.id,
        }
    }

    /// The entry's bytes after its scope.
    fn fields(&self) -> [u8; ENTRY_LEN] {
        let mut out = [0; ENTRY_LEN];
        put::<ID_AT, ID_LEN>(&mut out, *self.id.as_bytes());
        put::<OFFSET_AT, OFFSET_LEN>(&mut out, self.offset.to_be_bytes());
        put::<LEN_AT, LEN_LEN>(&mut out, self.len.to_be_bytes());
        put::<TAG_AT, TAG_LEN>(&mut out, self.tag);
        out[STATE_AT] = state_byte(self.summary.state);
        let mut flags = 0;
        if let Some(date) = self.summary.deletion_date {
            flags |= FLAG_DELETION;
            put::<DELETION_AT, DATE_LEN>(&mut out, date.0.to_be_bytes());
        }
        if let Some(date) = self.summary.next_rotation {
            flags |= FLAG_ROTATION;
            put::<ROTATION_AT, DATE_LEN>(&mut out, date.0.to_be_bytes());
        }
        if self.summary.expires.is_some() {
            flags |= FLAG_EXPIRY;
        }
        if self.summary.external {
            flags |= FLAG_EXTERNAL;
        }
        if self.summary.aws_managed {
            flags |= FLAG_AWS_MANAGED;
        }
        out[FLAGS_AT] = flags;
        out
    }

    /// The entry of `scope` in `raw`, with the expiry that follows it in
    /// version 3, or `None` if its state or flags are unknown. A date whose
    /// flag is clear is not read.
    fn from_bytes(
        scope: ScopeId,
        raw: &[u8; ENTRY_LEN],
        expiry: Option<[u8; DATE_LEN]>,
    ) -> Option<Self> {
        let state = state_of_byte(raw[STATE_AT])?;
        let flags = raw[FLAGS_AT];
        let known = match expiry {
            Some(_) => {
                FLAG_DELETION | FLAG_ROTATION | FLAG_EXPIRY | FLAG_EXTERNAL | FLAG_AWS_MANAGED
            }
            None => FLAG_DELETION | FLAG_ROTATION,
        };
        if flags & !known != 0 {
            return None;
        }
        let date = |flag, bytes| (flags & flag != 0).then(|| Timestamp(i64::from_be_bytes(bytes)));
        Some(IndexEntry {
            scope,
            id: Self::id_of(raw),
            offset: u32::from_be_bytes(get::<OFFSET_AT, OFFSET_LEN>(raw)),
            len: u32::from_be_bytes(get::<LEN_AT, LEN_LEN>(raw)),
            tag: get::<TAG_AT, TAG_LEN>(raw),
            summary: Summary {
                state,
                deletion_date: date(FLAG_DELETION, get::<DELETION_AT, DATE_LEN>(raw)),
                next_rotation: date(FLAG_ROTATION, get::<ROTATION_AT, DATE_LEN>(raw)),
                expires: expiry.and_then(|bytes| date(FLAG_EXPIRY, bytes)),
                external: flags & FLAG_EXTERNAL != 0,
                aws_managed: flags & FLAG_AWS_MANAGED != 0,
            },
        })
    }

    /// The key id in `raw`, which every entry has, valid or not.
    fn id_of(raw: &[u8; ENTRY_LEN]) -> Uuid {
        Uuid::from_bytes(get::<ID_AT, ID_LEN>(raw))
    }

    /// Where the sealed record lies in the records: its offset and its
    /// length, nonce included; `None` only where `usize` is narrower than
    /// the format's fields.
    pub fn sealed_span(&self) -> Option<(usize, usize)> {
        let offset = usize::try_from(self.offset).ok()?;
        let len = usize::try_from(self.len).ok()?.checked_add(NONCE_LEN)?;
        Some((offset, len))
    }
}

/// The `N` bytes at `AT`; a field that does not fit in an entry fails to
/// compile.
fn get<const AT: usize, const N: usize>(raw: &[u8; ENTRY_LEN]) -> [u8; N] {
    const { assert!(AT + N <= ENTRY_LEN) };
    let mut out = [0; N];
    out.copy_from_slice(&raw[AT..AT + N]);
    out
}

/// Writes `bytes` at `AT`, checked as [`get`] is.
fn put<const AT: usize, const N: usize>(raw: &mut [u8; ENTRY_LEN], bytes: [u8; N]) {
    const { assert!(AT + N <= ENTRY_LEN) };
    raw[AT..AT + N].copy_from_slice(&bytes);
}

/// The key-state byte. This is the one place the mapping is written;
/// reading inverts it.
fn state_byte(state: KeyState) -> u8 {
    match state {
        KeyState::Enabled => 1,
        KeyState::Disabled => 2,
        KeyState::PendingDeletion => 3,
        KeyState::PendingReplicaDeletion => 4,
    }
}

/// Every state [`state_byte`] maps: a state added there must be added here
/// to be read back (the round-trip test lists them too).
const STATES: [KeyState; 4] = [
    KeyState::Enabled,
    KeyState::Disabled,
    KeyState::PendingDeletion,
    KeyState::PendingReplicaDeletion,
];

fn state_of_byte(byte: u8) -> Option<KeyState> {
    STATES.into_iter().find(|&state| state_byte(state) == byte)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn entry() -> IndexEntry {
        IndexEntry {
            scope: ScopeId::HOME,
            id: Uuid::from_u128(0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10),
            offset: 0x1122_3344,
            len: 0x5566_7788,
            tag: [0xAB; TAG_LEN],
            summary: Summary {
                state: KeyState::PendingDeletion,
                deletion_date: Some(Timestamp(0x0102_0304_0506)),
                next_rotation: None,
                expires: None,
                external: false,
                aws_managed: false,
            },
        }
    }

    /// The layout of docs/keystore-format.md §3, byte for byte.
    #[test]
    fn an_entry_is_laid_out_as_the_format_says() {
        let bytes = entry().fields();
        let mut expected = Vec::new();
        expected.extend_from_slice(&(1..=16).collect::<Vec<u8>>());
        expected.extend_from_slice(&[0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]);
        expected.extend_from_slice(&[0xAB; 16]);
        expected.extend_from_slice(&[3, 1]);
        expected.extend_from_slice(&[0, 0, 1, 2, 3, 4, 5, 6]);
        expected.extend_from_slice(&[0; 8]);
        assert_eq!(bytes.as_slice(), expected.as_slice());
        assert_eq!(Layout::UNSCOPED.decode(&bytes), Some(entry()));
        assert_eq!(Layout::UNSCOPED.addr_of(&bytes), entry().addr());
        // Version 3 puts the scope first.
        let scoped = IndexEntry {
            scope: ScopeId(0x0201),
            ..entry()
        };
        let mut out = Vec::new();
        Layout::SCOPED.encode(&scoped, &mut out).unwrap();
        assert_eq!(out[..2], [2, 1]);
        assert_eq!(out[2..60], expected[..]);
        assert_eq!(out[60..], [0; 8]);
        assert_eq!(Layout::SCOPED.decode(&out), Some(scoped));
        assert_eq!(Layout::SCOPED.addr_of(&out), scoped.addr());
        // Version 3 says when imported material expires, after the rest.
        let expiring = IndexEntry {
            summary: Summary {
                expires: Some(Timestamp(0x0a0b)),
                external: true,
                ..entry().summary
            },
            ..scoped
        };
        let mut with_expiry = Vec::new();
        Layout::SCOPED.encode(&expiring, &mut with_expiry).unwrap();
        assert_eq!(with_expiry[2 + FLAGS_AT], 1 | 4 | 8);
        assert_eq!(with_expiry[60..], [0, 0, 0, 0, 0, 0, 0x0a, 0x0b]);
        assert_eq!(Layout::SCOPED.decode(&with_expiry), Some(expiring));
        // Version 2 has no room for another scope, imported material or a
        // wrong length.
        assert_eq!(Layout::UNSCOPED.encode(&scoped, &mut out), None);
        let home_expiring = IndexEntry {
            scope: ScopeId::HOME,
            ..expiring
        };
        assert_eq!(Layout::UNSCOPED.encode(&home_expiring, &mut out), None);
        assert_eq!(Layout::SCOPED.decode(&bytes), None);
    }

    #[test]
    fn each_state_has_its_byte() {
        for (state, byte) in [
            (KeyState::Enabled, 1),
            (KeyState::Disabled, 2),
            (KeyState::PendingDeletion, 3),
            (KeyState::PendingReplicaDeletion, 4),
        ] {
            assert_eq!(state_byte(state), byte);
            assert_eq!(state_of_byte(byte), Some(state));
        }
        assert_eq!(state_of_byte(0), None);
        assert_eq!(state_of_byte(5), None);
    }

    #[test]
    fn unknown_states_and_flags_are_refused_and_unflagged_dates_ignored() {
        let good = entry().fields();
        let mut bad = good;
        bad[STATE_AT] = 9;
        assert_eq!(IndexEntry::from_bytes(ScopeId::HOME, &bad, None), None);
        let mut bad = good;
        bad[FLAGS_AT] = 0x80;
        assert_eq!(IndexEntry::from_bytes(ScopeId::HOME, &bad, None), None);
        let mut stray = good;
        stray[ROTATION_AT] = 7;
        assert_eq!(
            IndexEntry::from_bytes(ScopeId::HOME, &stray, None),
            Some(entry())
        );
    }

    fn any_state() -> impl Strategy<Value = KeyState> {
        prop::sample::select(STATES.to_vec())
    }

    proptest! {
        #[test]
        fn entries_round_trip(
            scope in any::<u16>(),
            id in any::<u128>(),
            offset in any::<u32>(),
            len in any::<u32>(),
            tag in any::<[u8; TAG_LEN]>(),
            state in any_state(),
            deletion in any::<Option<i64>>(),
            rotation in any::<Option<i64>>(),
            expiry in any::<Option<i64>>(),
            external in any::<bool>(),
            aws_managed in any::<bool>(),
        ) {
            let entry = IndexEntry {
                scope: ScopeId(scope),
                id: Uuid::from_u128(id),
                offset,
                len,
                tag,
                summary: Summary {
                    state,
                    deletion_date: deletion.map(Timestamp),
                    next_rotation: rotation.map(Timestamp),
                    expires: expiry.map(Timestamp),
                    external,
                    aws_managed,
                },
            };
            let mut out = Vec::new();
            Layout::SCOPED.encode(&entry, &mut out).unwrap();
            prop_assert_eq!(Layout::SCOPED.decode(&out), Some(entry));
        }

        #[test]
        fn any_bytes_decode_without_panicking(raw in any::<[u8; 32]>(), more in any::<[u8; 26]>()) {
            let mut bytes = [0; ENTRY_LEN];
            bytes[..32].copy_from_slice(&raw);
            bytes[32..].copy_from_slice(&more);
            if let Some(entry) = Layout::UNSCOPED.decode(&bytes) {
                prop_assert_eq!(&entry.fields()[..DELETION_AT], &bytes[..DELETION_AT]);
            }
        }
    }
}
