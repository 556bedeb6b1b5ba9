#![no_main]

use kms_local::cli::input;

libfuzzer_sys::fuzz_target!(|text: &str| {
    // `file://`, `fileb://` and `-` read files and stdin: not this target's business.
    if text.starts_with("file") || text == "-" {
        return;
    }
    let _ = input::blob("--ciphertext-blob", text, 6144);
    let _ = input::tag_list("--tags", &[text.to_owned()]);
    let _ = input::context("--encryption-context", text);
    type Request = kms_local::ops::types::GenerateDataKeyRequest;
    let _ = input::cli_input::<Request>(Some(text), None);
    let _ = input::cli_input::<Request>(None, Some(text));
});
