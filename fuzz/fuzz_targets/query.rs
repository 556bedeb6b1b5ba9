#![no_main]

// Any text is refused or compiled, without overflowing the stack.
libfuzzer_sys::fuzz_target!(|text: &str| {
    let _ = kms_local::cli::query::Query::compile(text);
});
