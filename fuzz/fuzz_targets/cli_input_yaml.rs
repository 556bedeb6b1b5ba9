#![no_main]

// Any text reads as a request or is refused, within the depth and size bounds.
libfuzzer_sys::fuzz_target!(|text: &str| {
    let _ = kms_local::cli::yaml_input::parse(text);
});
