#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(blob) = kms_local::blob::parse(bytes) {
        // What parses must encode back to the same bytes.
        assert_eq!(kms_local::blob::encode(&blob.header, blob.sealed), bytes);
    }
});
