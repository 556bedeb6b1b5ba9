#![no_main]

use kms_local::keystore::format::{FileKind, parse_header};

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    for kind in [FileKind::Keystore, FileKind::Bundle] {
        if let Ok((header, len)) = parse_header(bytes, kind) {
            assert_eq!(header.encode(), &bytes[..len]);
        }
    }
});
