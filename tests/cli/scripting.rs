//! --query and --output, as scripts use them with the aws CLI.

use crate::common::*;

#[test]
fn query_and_text_output_print_one_value() {
    let env = TestEnv::new();
    let id = env.ok(&[
        "create-key",
        "--query",
        "KeyMetadata.KeyId",
        "--output",
        "text",
    ]);
    let id = id.strip_suffix('\n').unwrap();
    assert_eq!(id.len(), 36);
    env.alias("alias/ci", id);
    let key = env.ok(&[
        "generate-data-key",
        "--key-id",
        "alias/ci",
        "--number-of-bytes",
        "32",
        "--query",
        "Plaintext",
        "--output",
        "text",
    ]);
    assert_eq!(unb64(key.trim_end()).len(), 32);
    // JSON output of a query is the JSON of the value.
    let quoted = env.ok(&[
        "describe-key",
        "--key-id",
        id,
        "--query",
        "KeyMetadata.KeyState",
    ]);
    assert_eq!(quoted, "\"Enabled\"\n");
    let listed = env.ok(&["list-keys", "--query", "Keys[].KeyId", "--output", "text"]);
    assert_eq!(listed, format!("{id}\n"));
}

#[test]
fn text_output_follows_the_aws_cli_layout() {
    let env = TestEnv::new();
    let key = env.create_key();
    let text = env.ok(&[
        "get-key-rotation-status",
        "--key-id",
        &key,
        "--output",
        "text",
    ]);
    // Scalars of the top object, sorted by key, tab-separated.
    assert_eq!(text, format!("{}\tFalse\n", arn(&key)));
    let text = env.ok(&["describe-key", "--key-id", &key, "--output", "text"]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("KEYMETADATA\t111122223333\t"),
        "{text}"
    );
    assert_eq!(lines[1], "ENCRYPTIONALGORITHMS\tSYMMETRIC_DEFAULT");
}

#[test]
fn table_output_draws_boxes() {
    let env = TestEnv::new();
    let key = env.create_key();
    let table = env.ok(&["describe-key", "--key-id", &key, "--output", "table"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[1].contains("DescribeKey"), "{table}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("||  KeyId") && l.contains(&key)),
        "{table}"
    );
    let width = lines[0].chars().count();
    assert!(lines.iter().all(|l| l.chars().count() == width), "{table}");
}

#[test]
fn default_output_comes_from_the_environment() {
    let env = TestEnv::new().with(&[("AWS_DEFAULT_OUTPUT", "text")]);
    let key = env.create_key_text();
    assert_eq!(key.len(), 36);
    let bad = TestEnv::new().with(&[("AWS_DEFAULT_OUTPUT", "yaml")]);
    bad.fails(252, &["list-keys"]);
}

#[test]
fn a_bad_query_is_a_usage_error_before_anything_runs() {
    let env = TestEnv::new();
    let stderr = env.fails(252, &["create-key", "--query", "Keys[", "--output", "text"]);
    assert!(stderr.contains("--query"), "{stderr}");
    assert!(!env.keystore().exists());
}

#[test]
fn an_invalid_clock_is_a_usage_error() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "yesterday")]);
    let stderr = env.fails(252, &["create-key"]);
    assert!(stderr.contains("KMS_LOCAL_NOW"), "{stderr}");
}
