#![no_main]

// Any starting token reads or is refused with a message, without a panic.
libfuzzer_sys::fuzz_target!(|text: &str| {
    let _ = kms_local::cli::paginate::parse_token(text, &["Limit", "Marker"]);
});
