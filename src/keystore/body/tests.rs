//! The body's encoding: round trips, the index's layout, and damaged bytes.

use std::io::Write;

use proptest::prelude::*;

use super::*;
use crate::hsm::secret::KeyBytes;
use crate::keystore::format::Protection;
use crate::keystore::state::{KeyAttributes, KeyState, RotationSchedule};

const HOME: ScopeId = ScopeId::HOME;
use crate::timestamp::Timestamp;

fn unlocked() -> Arc<Unlocked> {
    let root = KeyBytes::from_slice(&[3; 32]).unwrap();
    Arc::new(Unlocked::new(&root, Protection::MasterKey))
}

fn state_with(n: u128) -> State {
    let mut state = State::empty("eu-west-1".into(), "111122223333".into());
    state
        .domain_keys
        .push(DomainKey::generate(Timestamp(5)).unwrap());
    for i in 0..n {
        let record = KeyRecord::symmetric(
            KeyAttributes {
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
            },
            Vec::new(),
        );
        let id = Uuid::from_u128(1000 - i);
        state.keys.insert(KeyAddr { scope: HOME, id }, record);
    }
    state
}

/// [`state_with`], its odd keys moved to another account's Region, where an
/// alias names one of them.
fn scoped_state_with(n: u128) -> State {
    let mut state = state_with(n);
    let other = state.scope_for("444455556666", "ap-south-1").unwrap();
    for (addr, _) in state
        .keys
        .records()
        .unwrap()
        .into_iter()
        .map(|(a, r)| (a, r.attributes.clone()))
        .collect::<Vec<_>>()
    {
        if addr.id.as_u128() % 2 == 1 {
            let record = state.keys.get(&addr).unwrap().unwrap();
            let moved = serde_json::from_slice(&serde_json::to_vec(record).unwrap()).unwrap();
            state.keys.remove(&addr);
            state.keys.insert(
                KeyAddr {
                    scope: other,
                    ..addr
                },
                moved,
            );
        }
    }
    state.scope_mut(other).aliases.insert(
        "alias/there".into(),
        AliasRecord {
            target_key_id: Uuid::from_u128(999),
            created: Timestamp(1),
            updated: Timestamp(1),
        },
    );
    state
}

/// `records` in a file of their own, as the region after a body.
fn region(records: &[u8]) -> Region {
    let mut file = tempfile::tempfile().unwrap();
    file.write_all(records).unwrap();
    Region::in_file(file, 0, records.len() as u64)
}

fn read_back(head: &[u8], records: &[u8], unlocked: &Arc<Unlocked>) -> Result<State> {
    read_version(VERSION_2, head, records, unlocked)
}

fn read_version(
    version: u8,
    head: &[u8],
    records: &[u8],
    unlocked: &Arc<Unlocked>,
) -> Result<State> {
    decode(
        Path::new("ks"),
        version,
        Zeroizing::new(head.to_vec()),
        Some(region(records)),
        unlocked,
    )
}

#[test]
fn a_keystore_reads_back_as_written_and_unchanged_records_are_copied() {
    let keys = unlocked();
    let state = state_with(5);
    let (version, head, records) = encode(&state, &keys).unwrap();
    assert_eq!(version, VERSION_2);
    let mut back = read_back(&head, &records, &keys).unwrap();
    assert_eq!(back.home().region, "eu-west-1");
    let summaries: Vec<_> = back.keys.summaries().collect();
    assert_eq!(summaries, state.keys.summaries().collect::<Vec<_>>());
    for (id, record) in state.keys.records().unwrap() {
        assert_eq!(
            back.keys.get(&id).unwrap().unwrap().attributes.description,
            record.attributes.description
        );
    }
    // One record changed: sealed again; the others copied as they were.
    let first = back.keys.ids().next().unwrap();
    back.keys
        .get_mut(&first)
        .unwrap()
        .unwrap()
        .attributes
        .description = "changed".into();
    let (_, head2, records2) = encode(&back, &keys).unwrap();
    assert_eq!(
        records2[records2.len() - 100..],
        records[records.len() - 100..]
    );
    let again = read_back(&head2, &records2, &keys).unwrap();
    assert_eq!(
        again
            .keys
            .get(&first)
            .unwrap()
            .unwrap()
            .attributes
            .description,
        "changed"
    );
    assert_eq!(again.keys.len(), 5);
}

#[test]
fn a_record_that_does_not_authenticate_is_refused_where_it_is_used() {
    let keys = unlocked();
    let (_, head, mut records) = encode(&state_with(3), &keys).unwrap();
    let last = records.len() - 1;
    records[last] ^= 1;
    let back = read_back(&head, &records, &keys).unwrap();
    let damaged = back.keys.ids().last().unwrap();
    let first = back.keys.ids().next().unwrap();
    assert!(back.keys.get(&first).unwrap().is_some());
    assert!(back.keys.get(&damaged).is_err());
    // A write copies nothing it has not authenticated.
    assert!(encode(&back, &keys).is_err());
    // Another key's secret opens nothing.
    let other = Arc::new(Unlocked::new(
        &KeyBytes::from_slice(&[4; 32]).unwrap(),
        Protection::MasterKey,
    ));
    let (_, head, records) = encode(&state_with(1), &keys).unwrap();
    let back = read_back(&head, &records, &other).unwrap();
    assert!(back.keys.records().is_err());
}

#[test]
fn malformed_indexes_and_lengths_are_refused() {
    let keys = unlocked();
    let (_, good, records) = encode(&state_with(3), &keys).unwrap();
    let meta_len = u32::from_be_bytes(good[..4].try_into().unwrap()) as usize;
    let records_len_at = 4 + meta_len;
    let count_at = records_len_at + 8;
    let index_at = count_at + 4;
    type Damage = Box<dyn Fn(&mut Vec<u8>)>;
    let cases: Vec<(&str, Damage)> = vec![
        (
            "count too large",
            Box::new(move |b| b[count_at..count_at + 4].copy_from_slice(&u32::MAX.to_be_bytes())),
        ),
        (
            "count too small",
            Box::new(move |b| b[count_at..count_at + 4].copy_from_slice(&2u32.to_be_bytes())),
        ),
        (
            "unsorted",
            Box::new(move |b| {
                let (x, y) = (index_at, index_at + Layout::UNSCOPED.entry_len());
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
        ("bad state", Box::new(move |b| b[index_at + 40] = 9)),
        ("bad flags", Box::new(move |b| b[index_at + 41] = 0x80)),
        (
            "meta too long",
            Box::new(|b| b[..4].copy_from_slice(&u32::MAX.to_be_bytes())),
        ),
        (
            "records longer than the file",
            Box::new(move |b| b[records_len_at + 7] ^= 1),
        ),
    ];
    for (what, damage) in cases {
        let mut head = good.to_vec();
        damage(&mut head);
        assert!(read_back(&head, &records, &keys).is_err(), "{what}");
    }
    for cut in [0, 3, count_at + 2, index_at + 10] {
        assert!(
            read_back(&good[..cut], &records, &keys).is_err(),
            "cut at {cut}"
        );
    }
    assert!(read_back(&good, &records[..records.len() - 1], &keys).is_err());
    let mut longer = records.clone();
    longer.push(0);
    assert!(read_back(&good, &longer, &keys).is_err());
}

#[test]
fn keys_and_aliases_of_other_scopes_make_a_version_3_keystore() {
    let keys = unlocked();
    let state = scoped_state_with(4);
    let (version, head, records) = encode(&state, &keys).unwrap();
    assert_eq!(version, VERSION_3);
    let back = read_version(VERSION_3, &head, &records, &keys).unwrap();
    assert_eq!(back.scopes.len(), 2);
    assert_eq!(back.home().region, "eu-west-1");
    let other = back.find_scope("444455556666", "ap-south-1").unwrap();
    assert!(back.scope(other).aliases.contains_key("alias/there"));
    let addrs: Vec<_> = back.keys.ids().map(|a| (a.scope, a.id.as_u128())).collect();
    assert_eq!(
        addrs,
        [(HOME, 998), (HOME, 1000), (other, 997), (other, 999)]
    );
    for (addr, record) in state.keys.records().unwrap() {
        let read = back.keys.get(&addr).unwrap().unwrap();
        assert_eq!(read.attributes, record.attributes);
    }
    // A version 2 reader would not know the scopes: the body says version 3.
    assert!(read_version(VERSION_2, &head, &records, &keys).is_err());
    // An entry naming a scope the body does not list is refused.
    let meta_len = u32::from_be_bytes(head[..4].try_into().unwrap()) as usize;
    let index_at = 4 + meta_len + 8 + 4;
    let mut bad = head.to_vec();
    bad[index_at..index_at + 2].copy_from_slice(&7u16.to_be_bytes());
    assert!(read_version(VERSION_3, &bad, &records, &keys).is_err());
}

proptest! {
    #[test]
    fn damaged_valid_bodies_never_panic(
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let keys = unlocked();
        let (_, good, records) = encode(&state_with(4), &keys).unwrap();
        let mut head = good.to_vec();
        let i = at.index(head.len());
        head[i] = byte;
        if let Ok(state) = read_back(&head, &records, &keys) {
            let _ = state.keys.records();
            let _ = state.keys.summaries().count();
            let _ = encode(&state, &keys);
        }
    }

    #[test]
    fn arbitrary_bodies_never_panic(
        head in proptest::collection::vec(any::<u8>(), 0..512),
        records in proptest::collection::vec(any::<u8>(), 0..256),
    ) {
        if let Ok(state) = read_back(&head, &records, &unlocked()) {
            let _ = state.keys.records();
            let _ = state.keys.summaries().count();
        }
    }
}
