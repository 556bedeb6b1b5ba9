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
fn region_names_the_region_of_a_new_keystore_and_of_each_call() {
    let env = TestEnv::new().with(&[("AWS_REGION", "eu-west-1")]);
    let key = env.create_key_with(&["--region", "ap-south-1"]);
    let described: Value = env.json(&["describe-key", "--key-id", &key, "--region", "ap-south-1"]);
    assert!(
        described["KeyMetadata"]["Arn"]
            .as_str()
            .unwrap()
            .starts_with("arn:aws:kms:ap-south-1:"),
        "{described}"
    );
    // AWS_REGION names another Region, which has no such key.
    let err = env.fails(254, &["describe-key", "--key-id", &key]);
    assert!(
        err.contains(&format!(
            "arn:aws:kms:eu-west-1:111122223333:key/{key}' does not exist"
        )),
        "{err}"
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

#[test]
fn max_items_prints_a_token_that_resumes_the_listing() {
    let env = TestEnv::new();
    for _ in 0..5 {
        env.create_key();
    }
    let all: Value = env.json(&["list-keys"]);
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    for size in ["1", "2", "3"] {
        let mut args = vec!["list-keys", "--max-items", "2", "--page-size", size];
        if let Some(t) = &token {
            args.extend(["--starting-token", t]);
        }
        let page: Value = env.json(&args);
        seen.extend(page["Keys"].as_array().unwrap().iter().cloned());
        token = page["NextToken"].as_str().map(str::to_owned);
        if token.is_none() {
            break;
        }
    }
    assert_eq!(Value::Array(seen), all["Keys"]);
    // Text output ends with the token.
    let text = env.ok(&["list-keys", "--max-items", "1", "--output", "text"]);
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("NEXTTOKEN\t"), "{text}");
}

#[test]
fn paginator_options_conflict_with_paging_by_hand() {
    let env = TestEnv::new();
    env.create_key();
    let err = env.fails(252, &["list-keys", "--max-items", "1", "--no-paginate"]);
    assert!(
        err.contains("Cannot specify --no-paginate along with pagination arguments: --max-items"),
        "{err}"
    );
    let err = env.fails(
        252,
        &[
            "list-keys",
            "--limit",
            "1",
            "--starting-token",
            "x",
            "--page-size",
            "2",
        ],
    );
    assert!(
        err.contains("arguments: --starting-token, --page-size"),
        "{err}"
    );
    let err = env.fails(
        252,
        &[
            "list-keys",
            "--page-size",
            "1",
            "--cli-input-json",
            r#"{"Limit": 1}"#,
        ],
    );
    assert!(
        err.contains("Unknown parameter in input: \"PaginationConfig\""),
        "{err}"
    );
}

#[test]
fn a_malformed_starting_token_is_refused_as_the_aws_cli_refuses_it() {
    let env = TestEnv::new();
    env.create_key();
    // Taken whole as a Marker, which the operation refuses.
    env.kms_error(
        "InvalidMarkerException",
        "ListKeys",
        &["list-keys", "--starting-token", "not a token"],
    );
    let err = env.fails(255, &["list-keys", "--starting-token", "a___b___c"]);
    assert!(err.ends_with("Bad starting token: a___b___c\n"), "{err}");
    // base64 of `7`, and of `{"Bogus": 1}`.
    let err = env.fails(255, &["list-keys", "--starting-token", "Nw=="]);
    assert!(
        err.ends_with("'int' object has no attribute 'pop'\n"),
        "{err}"
    );
    let err = env.refused_before_sending(&["list-keys", "--starting-token", "eyJCb2d1cyI6IDF9"]);
    assert!(
        err.contains("Unknown parameter in input: \"Bogus\""),
        "{err}"
    );
    // A request member other than Marker: the aws CLI would send it; kms-local refuses it.
    let err = env.fails(
        255,
        &[
            "list-keys",
            "--starting-token",
            "eyJNYXJrZXIiOiBudWxsLCAiTGltaXQiOiAxfQ==",
        ],
    );
    assert!(
        err.starts_with("Bad starting token: {'Marker': None, 'Limit': 1}"),
        "{err}"
    );
    // Long or binary tokens end in an error too, never a crash: a token
    // too long to decode is a Marker too long for the operation.
    let long = "A".repeat(20_000);
    env.fails(254, &["list-keys", "--starting-token", &long]);
    env.fails(254, &["list-keys", "--starting-token", "\u{7f}\u{1}é"]);
}

#[test]
fn cli_input_yaml_gives_the_request_as_cli_input_json_does() {
    let env = TestEnv::new();
    let key = env.create_key();
    let from_yaml = |yaml: &str| env.ok(&["describe-key", "--cli-input-yaml", yaml]);
    let want = env.ok(&["describe-key", "--key-id", &key]);
    assert_eq!(from_yaml(&format!("KeyId: {key}")), want);
    assert_eq!(from_yaml(&format!("{{KeyId: '{key}'}}")), want);
    std::fs::write(env.path("request.yaml"), format!("KeyId: {key}\n")).unwrap();
    let file = format!("file://{}", env.path("request.yaml").display());
    assert_eq!(from_yaml(&file), want);
    // Flags override it.
    let args = [
        "describe-key",
        "--cli-input-yaml",
        "KeyId: nope",
        "--key-id",
        &key,
    ];
    assert_eq!(env.ok(&args), want);
    // A blob as !!binary, aliases followed.
    let blob = env
        .generate(&key, &["--encryption-context", "a=b"])
        .ciphertext_blob;
    let request = format!("CiphertextBlob: !!binary |\n  {blob}\nEncryptionContext: &c {{a: b}}\n");
    let plain: Value = env.json(&["decrypt", "--cli-input-yaml", &request]);
    assert_eq!(plain["KeyId"].as_str(), Some(arn(&key).as_str()));
}

#[test]
fn cli_input_yaml_refuses_what_the_aws_cli_refuses() {
    let env = TestEnv::new();
    let refused = |yaml: &str| env.fails(252, &["describe-key", "--cli-input-yaml", yaml]);
    let invalid = "Error parsing parameter 'cli-input-yaml': Invalid YAML received.\n";
    for yaml in [
        "[a",
        "KeyId: a\nKeyId: b\n",
        "KeyId: !foo a",
        "a: 1\n---\nb: 2\n",
    ] {
        assert_eq!(refused(yaml), invalid, "{yaml:?}");
    }
    assert_eq!(
        refused("- a"),
        "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'list'>\n"
    );
    let both = [
        "describe-key",
        "--cli-input-yaml",
        "KeyId: a",
        "--cli-input-json",
        "{}",
    ];
    assert_eq!(
        env.fails(252, &both),
        "Only one --cli-input- parameter may be specified.\n"
    );
    // Untrusted text is bounded: a document of aliases of aliases, a deep
    // nesting, a file over 1 MiB.
    let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        let items = vec![format!("*a{p}"); 10].join(", ");
        laughs.push_str(&format!("a{i}: &a{i} [{items}]\n"));
    }
    assert!(refused(&laughs).contains("more than 100000 values"));
    let deep = format!("KeyId: {}{}", "[".repeat(100), "]".repeat(100));
    assert!(refused(&deep).contains("deeper than 64 levels"));
    assert!(refused("KeyId: 2024-01-01").contains("a date"));
    assert!(refused("KeyId: .inf").contains("not a finite number"));
    let big = format!("KeyId: {}\n", "a".repeat(1024 * 1024));
    std::fs::write(env.path("big.yaml"), big).unwrap();
    let file = format!("file://{}", env.path("big.yaml").display());
    assert!(refused(&file).contains("longer than"));
    assert!(!env.keystore().exists());
}

#[test]
fn yaml_output_prints_a_response_and_yaml_stream_each_page() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.create_key();
    let yaml = env.ok(&["describe-key", "--key-id", &key, "--output", "yaml"]);
    assert!(
        yaml.starts_with("KeyMetadata:\n  AWSAccountId: '"),
        "{yaml}"
    );
    assert!(yaml.contains(&format!("\n  KeyId: {key}\n")), "{yaml}");
    let random = env.ok(&[
        "generate-random",
        "--number-of-bytes",
        "8",
        "--output",
        "yaml",
    ]);
    assert!(
        random.starts_with("Plaintext: ") && random.lines().count() == 1,
        "{random}"
    );
    let query = ["--query", "KeyMetadata.KeyId", "--output", "yaml"];
    let scalar = env.ok(&[&["describe-key", "--key-id", &key][..], &query[..]].concat());
    assert_eq!(scalar, format!("\"{key}\"\n"));
    // yaml-stream: each page whole, a list of one item.
    let pages = env.ok(&["list-keys", "--page-size", "1", "--output", "yaml-stream"]);
    assert_eq!(pages.matches("- Keys:\n").count(), 2, "{pages}");
    assert!(pages.contains("  NextMarker: "), "{pages}");
    assert!(pages.ends_with("  Truncated: false\n"), "{pages}");
}

#[test]
fn a_table_on_a_terminal_is_coloured_unless_colour_is_off() {
    let env = TestEnv::new();
    let key = env.create_key();
    let table = |color: &str| {
        let child = env.on_pty(&format!(
            "describe-key --key-id {key} --output table --color {color}"
        ));
        let out = child.wait_with_output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(table("auto").contains("\x1b[1m\x1b[34m"));
    assert!(!table("off").contains('\x1b'));
}
