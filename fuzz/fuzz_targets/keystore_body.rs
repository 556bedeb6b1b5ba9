#![no_main]

//! A version 2 or 3 keystore body (as if it had authenticated) and the
//! records after it: decoding, reading every record and writing it again
//! never panic. The first two bytes choose the version (the top bit) and
//! split the input between body and records (the other 15).

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use kms_local::hsm::secret::KeyBytes;
use kms_local::keystore::body;
use kms_local::keystore::envelope::{Region, Unlocked};
use kms_local::keystore::format::Protection;
use zeroize::Zeroizing;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Some((split, rest)) = bytes.split_first_chunk::<2>() else {
        return;
    };
    let split = u16::from_be_bytes(*split);
    let version = match split & 0x8000 {
        0 => body::VERSION_2,
        _ => body::VERSION_3,
    };
    let at = usize::from(split & 0x7fff).min(rest.len());
    let (head, records) = rest.split_at(at);
    let Ok(mut file) = tempfile::tempfile() else {
        return;
    };
    if file.write_all(records).is_err() {
        return;
    }
    let region = Region::in_file(file, 0, records.len() as u64);
    let Some(root) = KeyBytes::from_slice(&[9; 32]) else {
        return;
    };
    let unlocked = Arc::new(Unlocked::new(&root, Protection::MasterKey));
    let decoded = body::decode(
        Path::new("fuzz"),
        version,
        Zeroizing::new(head.to_vec()),
        Some(region),
        &unlocked,
    );
    if let Ok(state) = decoded {
        let _ = state.keys.records();
        let _ = state.keys.summaries().count();
        let _ = body::encode(&state, &unlocked);
    }
});
