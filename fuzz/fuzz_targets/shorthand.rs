#![no_main]

// Any text parses or is refused with a message, in linear time.
libfuzzer_sys::fuzz_target!(|text: &str| {
    let _ = kms_local::cli::shorthand::parse(text);
});
