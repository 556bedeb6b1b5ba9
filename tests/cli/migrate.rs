//! `migrate` and `rewrap` without a destination: the plan, what cannot move,
//! and the refusals made before anything is sent. The move itself, against a
//! second `serve` and moto, is tests/clients/test_migrate.py.

use std::net::TcpListener;

use serde_json::Value;

use crate::common::*;

/// A loopback URL where nothing listens.
fn closed_port() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("https://127.0.0.1:{port}")
}

#[test]
fn the_plan_says_what_moves_how_and_what_cannot_and_changes_nothing() {
    let env = TestEnv::new();
    let sym = env.create_key();
    env.alias("alias/app", &sym);
    let signing =
        env.create_key_with(&["--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"]);
    let primary: Value = env.json(&["create-key", "--multi-region"]);
    let primary = primary["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
    let replica: Value = env.json(&[
        "replicate-key",
        "--key-id",
        &primary,
        "--replica-region",
        "eu-west-1",
    ]);
    let replica_arn = replica["ReplicaKeyMetadata"]["Arn"]
        .as_str()
        .unwrap()
        .to_owned();
    let sm2 = env.create_key_with(&["--key-spec", "SM2", "--key-usage", "SIGN_VERIFY"]);
    let doomed = env.create_key();
    env.ok(&["schedule-key-deletion", "--key-id", &doomed]);
    let managed: Value = env.json(&["describe-key", "--key-id", "alias/aws/s3"]);
    let managed = managed["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
    let before = env.keystore_bytes();

    let url = closed_port();
    let plan: Value = env.json(&["migrate", "--all", "--dry-run", "--endpoint-url", &url]);
    assert_eq!(plan["Endpoint"], url.as_str());
    assert_eq!(plan["Region"], "us-east-1");
    let line = |key: &str| -> Value {
        plan["Keys"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["KeyId"] == arn(key).as_str())
            .unwrap_or_else(|| panic!("{key} is not in the plan: {plan}"))
            .clone()
    };
    assert_eq!(line(&sym)["Action"], "CREATE");
    assert_eq!(line(&sym)["KeyMaterial"], "NEW");
    assert_eq!(line(&sym)["Aliases"], serde_json::json!(["alias/app"]));
    assert_eq!(line(&signing)["KeyMaterial"], "IMPORTED");
    assert_eq!(line(&primary)["Action"], "CREATE");
    for (key, reason) in [
        (&sm2, "an SM2 key"),
        (&doomed, "pending deletion"),
        (&managed, "an AWS managed key"),
    ] {
        let line = line(key);
        assert_eq!(line["Action"], "CANNOT_MOVE", "{line}");
        assert!(
            line["Reason"].as_str().unwrap().starts_with(reason),
            "{line}"
        );
    }
    // Each Region moves on its own: the replica is in eu-west-1's plan.
    let there: Value = env.json(&[
        "migrate",
        "--all",
        "--dry-run",
        "--endpoint-url",
        &url,
        "--region",
        "eu-west-1",
    ]);
    assert_eq!(there["Keys"][0]["KeyId"], replica_arn.as_str());
    assert_eq!(there["Keys"][0]["Action"], "CANNOT_MOVE");
    assert!(
        there["Keys"][0]["Reason"]
            .as_str()
            .unwrap()
            .starts_with("a multi-Region replica: migrate its primary in us-east-1")
    );
    assert_eq!(
        env.keystore_bytes(),
        before,
        "a dry run changed the keystore"
    );
    // A key of another Region, named by its ARN, moves only in its own
    // Region's run: here it is not found, as for any key management.
    let args = [
        "migrate",
        "--key-id",
        &replica_arn,
        "--dry-run",
        "--endpoint-url",
        &url,
    ];
    let message = env.kms_error("NotFoundException", "Migrate", &args);
    assert_eq!(message, "Invalid arn eu-west-1");
}

#[test]
fn keys_named_that_cannot_move_fail_the_run_before_anything_is_sent() {
    let env = TestEnv::new();
    let fine = env.create_key();
    let sm2 = env.create_key_with(&["--key-spec", "SM2", "--key-usage", "SIGN_VERIFY"]);
    let before = env.keystore_bytes();
    // The endpoint would refuse a connection: the refusal comes first.
    let message = env.kms_error(
        "UnsupportedOperationException",
        "Migrate",
        &[
            "migrate",
            "--key-id",
            &fine,
            &sm2,
            "--endpoint-url",
            &closed_port(),
        ],
    );
    assert!(message.starts_with("nothing was moved: "), "{message}");
    assert!(message.contains(&arn(&sm2)) && !message.contains(&arn(&fine)));
    assert_eq!(env.keystore_bytes(), before);
}

#[test]
fn a_destination_that_does_not_answer_fails_the_run_with_nothing_recorded() {
    let env = TestEnv::new().with(&[
        ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
        (
            "AWS_SECRET_ACCESS_KEY",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ),
        ("AWS_MAX_ATTEMPTS", "1"),
    ]);
    let key = env.create_key();
    let before = env.keystore_bytes();
    let stderr = env.fails(
        255,
        &[
            "migrate",
            "--key-id",
            &key,
            "--endpoint-url",
            &closed_port(),
        ],
    );
    assert!(
        stderr.starts_with("kms-local: the destination's ListKeys failed: "),
        "{stderr}"
    );
    assert_eq!(env.keystore_bytes(), before);
}

#[test]
fn the_command_line_names_keys_or_all_and_never_skips_certificate_checks() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.fails(252, &["migrate"]);
    env.fails(252, &["migrate", "--all", "--key-id", &key]);
    env.fails(252, &["rewrap"]);
    env.fails(252, &["rewrap", "--batch", "--ciphertext-blob", "AAAA"]);
    let stderr = env.fails(252, &["migrate", "--all", "--no-verify-ssl"]);
    assert!(stderr.contains("--no-verify-ssl"), "{stderr}");
    let stderr = env.fails(252, &["rewrap", "--batch", "--no-verify-ssl"]);
    assert!(stderr.contains("certificate"), "{stderr}");
    // Plain HTTP only to this machine: what is sent must not cross a network in the clear.
    for url in [
        "http://10.0.0.1:4000",
        "http://kms.internal",
        "http://localhost.example.com",
        "http://127.0.0.1@example.com",
    ] {
        let stderr = env.fails(252, &["migrate", "--all", "--endpoint-url", url]);
        assert!(stderr.contains("only inside TLS"), "{url}: {stderr}");
    }
    // A CA bundle that holds no certificate is refused before any call.
    let garbage = env.path("garbage.pem");
    std::fs::write(&garbage, "not a certificate\n").unwrap();
    let url = closed_port();
    let args = ["migrate", "--all", "--endpoint-url", &url, "--ca-bundle"];
    let stderr = env.fails(252, &[&args[..], &[garbage.to_str().unwrap()]].concat());
    assert!(stderr.contains("holds no PEM certificate"), "{stderr}");
    for url in [
        "http://localhost:1",
        "http://127.0.0.9:1/",
        "http://[::1]:1",
    ] {
        let plan: Value = env.json(&["migrate", "--all", "--dry-run", "--endpoint-url", url]);
        assert_eq!(plan["Endpoint"], url);
    }
}

#[test]
fn rewrap_without_a_migrated_key_or_a_destination_key_says_so_before_sending() {
    let env = TestEnv::new();
    let key = env.create_key();
    let blob = env.generate(&key, &[]).ciphertext_blob;
    let message = env.kms_error(
        "NotFoundException",
        "Rewrap",
        &[
            "rewrap",
            "--ciphertext-blob",
            &blob,
            "--endpoint-url",
            &closed_port(),
        ],
    );
    assert!(
        message.contains("has not been migrated to https://127.0.0.1:"),
        "{message}"
    );
    // A blob that does not decrypt here fails as Decrypt fails.
    env.kms_error(
        "InvalidCiphertextException",
        "Rewrap",
        &[
            "rewrap",
            "--ciphertext-blob",
            &b64(&[7; 80]),
            "--endpoint-url",
            &closed_port(),
        ],
    );
}
