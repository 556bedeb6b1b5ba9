//! The audit log: one entry per operation, no secret in it, and a chain
//! that shows any edited, deleted or reordered line.

use serde_json::Value;

use crate::common::*;

fn events(env: &TestEnv, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["audit"];
    all.extend_from_slice(args);
    let printed: Value = env.json(&all);
    printed["Events"].as_array().unwrap().clone()
}

#[test]
fn every_operation_is_logged_without_secrets() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z")]);
    let key = env.create_key();
    let made = env.generate(
        &key,
        &["--encryption-context", "purpose=audit-secret-value"],
    );
    env.decrypt(
        &made.ciphertext_blob,
        &["--encryption-context", "purpose=audit-secret-value"],
    );
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &made.ciphertext_blob],
    );
    env.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", "alias/none"],
    );
    let all = events(&env, &[]);
    let ops: Vec<(&str, &str)> = all
        .iter()
        .map(|e| {
            (
                e["Operation"].as_str().unwrap(),
                e["Result"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ops,
        [
            ("CreateKey", "Success"),
            ("GenerateDataKey", "Success"),
            ("Decrypt", "Success"),
            ("Decrypt", "InvalidCiphertextException"),
            ("DescribeKey", "NotFoundException"),
        ]
    );
    assert_eq!(all[1]["KeyId"], arn(&key));
    assert_eq!(
        all[1]["EncryptionContextKeys"],
        serde_json::json!(["purpose"])
    );
    assert_eq!(all[1]["Time"], "2030-01-01T00:00:00+00:00");
    assert_eq!(all[4]["KeyId"], "alias/none");
    let log = std::fs::read_to_string(env.path("ks/keystore.audit")).unwrap();
    assert_eq!(mode(&env.path("ks/keystore.audit")), 0o600);
    for secret in [
        made.plaintext.as_str(),
        made.ciphertext_blob.as_str(),
        "audit-secret-value",
        MASTER_KEY,
    ] {
        assert!(!log.contains(secret), "{secret} is in the audit log");
    }
    let verified: Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Entries"], 5);
}

#[test]
fn filters_by_key_and_time() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z")]);
    let a = env.create_key();
    let later = env.with(&[("KMS_LOCAL_NOW", "2030-06-01T00:00:00Z")]);
    let b = later.create_key();
    later.generate(&b, &[]);
    later.generate(&a, &[]);
    assert_eq!(events(&later, &["--key-id", &b]).len(), 2);
    assert_eq!(events(&later, &["--key-id", &arn(&a)]).len(), 2);
    let recent = events(&later, &["--since", "2030-03-01T00:00:00Z"]);
    assert_eq!(recent.len(), 3);
    later.fails(252, &["audit", "--since", "last week"]);
}

/// Damages the log, then checks that `audit verify` names the damage.
fn broken(env: &TestEnv, log: &str, expect: &str) {
    std::fs::write(env.path("ks/keystore.audit"), log).unwrap();
    let stderr = env.fails(253, &["audit", "verify"]);
    assert!(stderr.contains(expect), "{expect}: {stderr}");
}

#[test]
fn verify_detects_edited_deleted_and_reordered_lines() {
    let env = TestEnv::new();
    let key = env.create_key();
    for _ in 0..3 {
        env.generate(&key, &[]);
    }
    let good = std::fs::read_to_string(env.path("ks/keystore.audit")).unwrap();
    let lines: Vec<&str> = good.lines().collect();
    assert_eq!(lines.len(), 4);
    let join = |ls: &[&str]| ls.iter().map(|l| format!("{l}\n")).collect::<String>();
    broken(
        &env,
        &good.replacen("GenerateDataKey", "Decrypt", 1),
        "line 2: its tag does not verify",
    );
    broken(
        &env,
        &join(&[lines[0], lines[2], lines[3]]),
        "line 2: it is entry 3",
    );
    broken(
        &env,
        &join(&[lines[0], lines[2], lines[1], lines[3]]),
        "line 2: it is entry 3",
    );
    broken(
        &env,
        &join(&[lines[1], lines[2], lines[3]]),
        "line 1: it is entry 2",
    );
    broken(&env, &good[..good.len() - 10], "cut short");
    // A chain rebuilt under another key does not verify either.
    let other = TestEnv::new();
    other.create_key();
    let foreign = std::fs::read_to_string(other.path("ks/keystore.audit")).unwrap();
    broken(&env, &foreign, "line 1: its tag does not verify");
    // A damaged log stops further operations until it is dealt with.
    let stderr = env.fails(
        253,
        &[
            "generate-data-key",
            "--key-id",
            &key,
            "--key-spec",
            "AES_256",
        ],
    );
    assert!(stderr.contains("audit log"), "{stderr}");
    std::fs::write(env.path("ks/keystore.audit"), &good).unwrap();
    env.ok(&["audit", "verify"]);
}

#[test]
fn verify_needs_the_keystore_key() {
    let env = TestEnv::new();
    env.create_key();
    let wrong = env.with(&[(
        "KMS_LOCAL_MASTER_KEY",
        "//////////////////////////////////////////8=",
    )]);
    let stderr = wrong.fails(253, &["audit", "verify"]);
    assert!(
        stderr.contains("the master key does not open this keystore"),
        "{stderr}"
    );
    // Reading it needs no key: its entries hold nothing secret.
    assert_eq!(events(&wrong, &[]).len(), 1);
}
