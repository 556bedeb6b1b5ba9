//! `batch`: one JSON request a line, one response a line, in order.

use std::io::{BufRead, BufReader, Write};

use serde_json::{Value, json};

use crate::common::*;

fn batch(env: &TestEnv, lines: &[String]) -> Vec<Value> {
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = env.cmd().arg("batch").write_stdin(input).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn each_line_gets_its_response_or_its_error_in_order() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &["--encryption-context", "k=v"]);
    let responses = batch(&env, &[
        json!({"Operation": "GenerateDataKey", "KeyId": key, "NumberOfBytes": 32}).to_string(),
        "not json".to_owned(),
        json!({"Operation": "NoSuchOperation"}).to_string(),
        json!({"KeyId": key}).to_string(),
        json!({"Operation": "GenerateDataKey", "KeyId": key, "NumberOfBytes": 0}).to_string(),
        json!({"Operation": "Decrypt", "CiphertextBlob": made.ciphertext_blob, "EncryptionContext": {"k": "v"}}).to_string(),
        json!({"Operation": "CreateAlias", "AliasName": "alias/b", "TargetKeyId": key}).to_string(),
        json!({"Operation": "Encrypt", "KeyId": "alias/b", "Plaintext": 7}).to_string(),
        String::new(),
        json!({"Operation": "DescribeKey", "KeyId": "alias/b"}).to_string(),
    ]);
    assert_eq!(responses.len(), 9);
    assert_eq!(unb64(responses[0]["Plaintext"].as_str().unwrap()).len(), 32);
    assert_eq!(responses[0]["KeyId"], arn(&key));
    let codes: Vec<&str> = responses
        .iter()
        .map(|r| r["Error"]["Code"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        codes,
        [
            "",
            "SerializationException",
            "UnknownOperationException",
            "SerializationException",
            "ValidationException",
            "",
            "",
            "SerializationException",
            ""
        ]
    );
    assert!(
        responses[4]["Error"]["Message"]
            .as_str()
            .unwrap()
            .contains("numberOfBytes")
    );
    assert_eq!(responses[5]["Plaintext"], made.plaintext.as_str());
    assert_eq!(responses[6], json!({}));
    assert_eq!(responses[8]["KeyMetadata"]["KeyId"], key.as_str());
    // Every line that reached an operation is in the audit log, and it verifies.
    let verified: Value = env.json(&["audit", "verify"]);
    assert!(verified["Entries"].as_u64().unwrap() >= 7);
}

#[test]
fn a_write_is_saved_before_its_response_is_written() {
    let env = TestEnv::new();
    env.create_key();
    let mut child = env.spawn(&["batch"]);
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    writeln!(
        stdin,
        "{}",
        json!({"Operation": "CreateKey", "Description": "from a batch"})
    )
    .unwrap();
    stdin.flush().unwrap();
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let created: Value = serde_json::from_str(&line).unwrap();
    let key = created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
    // The batch is still running; another process already sees the key.
    let described: CreateKey = env.json(&["describe-key", "--key-id", &key]);
    assert_eq!(described.key_metadata.description, "from a batch");
    // And the batch sees what another process does meanwhile.
    let other = env.create_key();
    writeln!(
        stdin,
        "{}",
        json!({"Operation": "DescribeKey", "KeyId": other})
    )
    .unwrap();
    drop(stdin);
    line.clear();
    stdout.read_line(&mut line).unwrap();
    let seen: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(seen["KeyMetadata"]["KeyId"], other.as_str());
    assert!(child.wait().unwrap().success());
}

#[test]
fn many_data_keys_in_one_process() {
    let env = TestEnv::new();
    let key = env.create_key();
    let lines: Vec<String> = (0..2000)
        .map(|_| {
            json!({"Operation": "GenerateDataKey", "KeyId": key, "KeySpec": "AES_256"}).to_string()
        })
        .collect();
    let responses = batch(&env, &lines);
    assert_eq!(responses.len(), 2000);
    let mut keys: Vec<&str> = responses
        .iter()
        .map(|r| r["Plaintext"].as_str().unwrap())
        .collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), 2000);
    let verified: Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Entries"], 2001);
}

#[test]
fn an_overlong_line_is_refused_alone_and_an_error_quotes_little() {
    let env = TestEnv::new();
    let key = env.create_key();
    // A line past the 1 MiB bound, then one naming a long unknown operation.
    let long = format!(
        r#"{{"Operation": "GenerateDataKey", "KeyId": "{}"}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    let unknown = json!({"Operation": "N".repeat(100_000)}).to_string();
    let responses = batch(
        &env,
        &[
            long,
            unknown,
            json!({"Operation": "GenerateDataKey", "KeyId": key, "NumberOfBytes": 16}).to_string(),
        ],
    );
    assert_eq!(responses.len(), 3);
    assert_eq!(responses[0]["Error"]["Code"], "ValidationException");
    assert_eq!(
        responses[0]["Error"]["Message"],
        "The request line is longer than 1048576 bytes"
    );
    assert_eq!(responses[1]["Error"]["Code"], "UnknownOperationException");
    let message = responses[1]["Error"]["Message"].as_str().unwrap();
    assert!(message.len() < 200, "{message}");
    assert!(
        message.starts_with(&format!("'{}...'", "N".repeat(64))),
        "{message}"
    );
    assert_eq!(unb64(responses[2]["Plaintext"].as_str().unwrap()).len(), 16);
}
