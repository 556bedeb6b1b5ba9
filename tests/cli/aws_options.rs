//! The aws CLI's global options: those with a meaning here change what they
//! say, the rest are accepted and change nothing.

use serde_json::Value;

use crate::common::*;

#[test]
fn raw_in_base64_out_takes_a_text_blob_as_its_bytes() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made: Value = env.json(&[
        "encrypt",
        "--key-id",
        &key,
        "--plaintext",
        "hello world",
        "--cli-binary-format",
        "raw-in-base64-out",
    ]);
    let blob = made["CiphertextBlob"].as_str().unwrap();
    assert_eq!(unb64(&env.decrypt(blob, &[]).plaintext), b"hello world");
    // Without it, the same text is base64 that does not decode.
    env.fails(
        252,
        &["encrypt", "--key-id", &key, "--plaintext", "hello world"],
    );
}

#[test]
fn region_names_the_region_of_a_new_keystore() {
    let env = TestEnv::new().with(&[("AWS_REGION", "eu-west-1")]);
    let key = env.create_key_with(&["--region", "ap-south-1"]);
    let described: Value = env.json(&["describe-key", "--key-id", &key]);
    assert!(
        described["KeyMetadata"]["Arn"]
            .as_str()
            .unwrap()
            .starts_with("arn:aws:kms:ap-south-1:"),
        "{described}"
    );
    env.fails(252, &["list-keys", "--region", "Not A Region"]);
}

#[test]
fn paging_options_shape_list_output_as_the_aws_cli_does() {
    let env = TestEnv::new();
    for _ in 0..3 {
        env.create_key();
    }
    let list_calls = || {
        let log: Value = env.json(&["audit"]);
        log["Events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["Operation"] == "ListKeys")
            .count()
    };
    let all: Value = env.json(&["list-keys"]);
    assert_eq!(list_calls(), 1);
    // The same output, fetched one key a call.
    let paged: Value = env.json(&["list-keys", "--page-size", "1"]);
    assert_eq!(all, paged);
    assert_eq!(list_calls(), 1 + 3);
    let raw: Value = env.json(&["list-keys", "--no-paginate"]);
    assert_eq!(raw["Keys"], all["Keys"]);
    assert_eq!(raw["Truncated"], false);
}

#[test]
fn options_about_a_remote_service_are_accepted_and_ignored() {
    let env = TestEnv::new();
    env.create_key();
    let plain: Value = env.json(&["list-keys"]);
    let with_all: Value = env.json(&[
        "list-keys",
        "--profile",
        "other",
        "--endpoint-url",
        "https://kms.example",
        "--no-verify-ssl",
        "--no-cli-pager",
        "--no-cli-auto-prompt",
        "--color",
        "off",
        "--cli-read-timeout",
        "5",
        "--cli-connect-timeout",
        "5",
        "--debug",
    ]);
    assert_eq!(plain, with_all);
}
