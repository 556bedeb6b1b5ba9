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
    let bad = TestEnv::new().with(&[("AWS_DEFAULT_OUTPUT", "YAML")]);
    let stderr = bad.fails(255, &["list-keys"]);
    assert_eq!(stderr, "Unknown output type: YAML\n");
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

#[test]
fn ordinary_queries_print_what_they_always_did() {
    let env = TestEnv::new();
    let (a, b) = (env.create_key(), env.create_key());
    env.alias("alias/ci", &a);
    let mut ids = [a.clone(), b.clone()];
    ids.sort();
    let pairs = env.ok(&[
        "list-keys",
        "--query",
        "Keys[*].[KeyId, KeyArn]",
        "--output",
        "text",
    ]);
    let expected: String = ids
        .iter()
        .map(|id| format!("{id}\t{}\n", arn(id)))
        .collect();
    assert_eq!(pairs, expected);
    assert_eq!(env.ok(&["list-keys", "--query", "length(Keys)"]), "2\n");
    let first = env.ok(&[
        "list-keys",
        "--query",
        "sort_by(Keys, &KeyId)[0].KeyId",
        "--output",
        "text",
    ]);
    assert_eq!(first, format!("{}\n", ids[0]));
    let filter = format!("Aliases[?TargetKeyId=='{a}'].AliasName");
    let aliases = env.ok(&["list-aliases", "--query", &filter, "--output", "text"]);
    assert_eq!(aliases, "alias/ci\n");
    let hash = env.ok(&[
        "describe-key",
        "--key-id",
        &b,
        "--query",
        "{a: KeyMetadata.KeyId, b: KeyMetadata.Arn}",
    ]);
    assert_eq!(
        hash,
        format!("{{\n    \"a\": \"{b}\",\n    \"b\": \"{}\"\n}}\n", arn(&b))
    );
}

#[test]
fn a_deeply_nested_query_is_refused_not_a_crash() {
    let env = TestEnv::new();
    // 60,000 levels overflowed the parser's stack: the process aborted.
    let deep = "[".repeat(60_000);
    let stderr = env.fails(252, &["create-key", "--query", &deep]);
    assert!(
        stderr.contains("the expression nests deeper than 64 levels"),
        "{stderr}"
    );
    assert!(stderr.len() < 300, "the expression is echoed: {stderr}");
    assert!(!env.keystore().exists());
}

#[test]
fn a_query_that_could_build_gigabytes_is_refused_at_once() {
    let env = TestEnv::new();
    // Each `[@,@][]` doubles the data: 2^40 copies of the response.
    let doubling = format!("length({})", "[@,@][]".repeat(40));
    // Under a 1 GiB address-space limit and a time limit, so that a
    // regression fails this test instead of exhausting the machine.
    let mut command = std::process::Command::new("sh");
    command
        .args(["-c", "ulimit -v 1048576; exec \"$0\" \"$@\""])
        .args([bin(), "create-key", "--query", &doubling])
        .env_clear()
        .envs(env.vars.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let out = assert_cmd::Command::from_std(command)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(252), "{stderr}");
    assert!(
        stderr.contains(
            "the expression could build more than \
             65536 bytes for each byte of a response"
        ),
        "{stderr}"
    );
    assert!(!env.keystore().exists());
}

#[test]
fn a_query_is_bounded_by_the_response_it_is_applied_to() {
    let env = TestEnv::new();
    // 2^7 copies: within the multiplier, so it runs on a small response...
    let doubling = format!("length({})", "[@,@][]".repeat(7));
    assert_eq!(env.ok(&["list-keys", "--query", &doubling]), "128\n");
    // ...and is refused on one of 8 KiB, after the operation.
    let description = "d".repeat(8192);
    let key = env.create_key_with(&["--description", &description]);
    let stderr = env.fails(
        252,
        &["describe-key", "--key-id", &key, "--query", &doubling],
    );
    assert!(
        stderr.contains(
            "the expression could build more than \
             64 MiB from this response"
        ),
        "{stderr}"
    );
}

#[test]
fn an_unknown_function_is_refused_before_anything_runs() {
    let env = TestEnv::new();
    let stderr = env.fails(255, &["create-key", "--query", "nope(KeyMetadata)"]);
    assert_eq!(stderr, "Unknown function: nope()\n");
    assert!(!env.keystore().exists());
}

#[test]
fn a_query_that_does_not_parse_is_refused_in_pythons_words() {
    let env = TestEnv::new();
    env.create_key();
    let stderr = env.fails(252, &["list-keys", "--query", "Keys["]);
    assert_eq!(
        stderr,
        "Bad value for --query Keys[: Invalid jmespath expression: Incomplete expression:\n\
         \"Keys[\"\n      ^\n"
    );
    // The expression's order, not the keys sorted.
    let out = env.ok(&["list-keys", "--query", "Keys[0].{z: KeyId, a: KeyArn}"]);
    assert!(out.find("\"z\"") < out.find("\"a\""), "{out}");
    // A null result prints as null.
    assert_eq!(env.ok(&["list-keys", "--query", "Missing"]), "null\n");
}
