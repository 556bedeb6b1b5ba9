#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| {
    // `file://` and `-` read files and stdin: not this target's business.
    if text.starts_with("file") || text == "-" {
        return;
    }
    if let Ok(context) = kms_local::cli::input::context("--encryption-context", text) {
        let _ = context.canonical();
    }
});
