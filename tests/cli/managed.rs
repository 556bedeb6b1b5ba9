//! AWS managed keys (`alias/aws/<service>`, made at first use) and
//! GetKeyLastUsage (read from the audit log).

use serde_json::Value;

use crate::common::*;

#[test]
fn an_aws_managed_key_is_made_at_first_use_and_is_not_the_callers_to_change() {
    let env = TestEnv::new();
    assert!(
        env.json::<Value>(&["list-aliases"])["Aliases"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Its policy lets the account use it only through the service (the
    // kms:ViaService condition), and see it directly.
    let message = env.kms_error(
        "AccessDeniedException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            "alias/aws/s3",
            "--number-of-bytes",
            "32",
        ],
    );
    assert!(
        message.ends_with("because no resource-based policy allows the kms:GenerateDataKey action")
    );
    let described: Value = env.json(&["describe-key", "--key-id", "alias/aws/s3"]);
    let meta = &described["KeyMetadata"];
    assert!(message.contains(meta["Arn"].as_str().unwrap()));
    assert_eq!(meta["KeyManager"], "AWS");
    assert_eq!(
        meta["Description"],
        "Default master key that protects my S3 objects when no other key is defined"
    );
    let key = meta["KeyId"].as_str().unwrap().to_owned();
    let status: Value = env.json(&["get-key-rotation-status", "--key-id", &key]);
    assert_eq!(status["KeyRotationEnabled"], true);
    // One key per account and Region: the next use finds it.
    let again: Value = env.json(&["describe-key", "--key-id", "alias/aws/s3"]);
    assert_eq!(again["KeyMetadata"]["Arn"], meta["Arn"]);
    let elsewhere: Value = env.json(&[
        "describe-key",
        "--key-id",
        "alias/aws/s3",
        "--region",
        "eu-west-1",
    ]);
    assert!(
        elsewhere["KeyMetadata"]["Arn"]
            .as_str()
            .unwrap()
            .starts_with("arn:aws:kms:eu-west-1:")
    );

    for (operation, args) in [
        ("DisableKey", vec!["disable-key", "--key-id", &key]),
        (
            "ScheduleKeyDeletion",
            vec!["schedule-key-deletion", "--key-id", &key],
        ),
        (
            "UpdateKeyDescription",
            vec![
                "update-key-description",
                "--key-id",
                &key,
                "--description",
                "x",
            ],
        ),
        (
            "TagResource",
            vec![
                "tag-resource",
                "--key-id",
                &key,
                "--tags",
                "TagKey=a,TagValue=b",
            ],
        ),
        (
            "EnableKeyRotation",
            vec!["enable-key-rotation", "--key-id", &key],
        ),
        (
            "RotateKeyOnDemand",
            vec!["rotate-key-on-demand", "--key-id", &key],
        ),
        (
            "CreateAlias",
            vec![
                "create-alias",
                "--alias-name",
                "alias/mine",
                "--target-key-id",
                &key,
            ],
        ),
        (
            "DeleteAlias",
            vec!["delete-alias", "--alias-name", "alias/aws/s3"],
        ),
    ] {
        let message = env.kms_error("AccessDeniedException", operation, &args);
        assert!(
            message.starts_with(
                "User: arn:aws:iam::111122223333:root is not authorized to perform: kms:"
            ),
            "{message}"
        );
    }
    env.kms_error(
        "InvalidAliasNameException",
        "CreateAlias",
        &[
            "create-alias",
            "--alias-name",
            "alias/aws/mine",
            "--target-key-id",
            &key,
        ],
    );
    // A service kms-local does not know has no managed key.
    env.kms_error(
        "NotFoundException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            "alias/aws/nothing",
            "--number-of-bytes",
            "32",
        ],
    );
    env.ok(&["keystore", "verify"]);
}

#[test]
fn get_key_last_usage_reports_the_last_successful_cryptographic_operation() {
    let env = TestEnv::new();
    let key = env.create_key();
    let unused: Value = env.json(&["get-key-last-usage", "--key-id", &key]);
    assert_eq!(unused["KeyId"], key.as_str());
    assert_eq!(unused["KeyLastUsage"], serde_json::json!({}));
    assert_eq!(unused["TrackingStartDate"], unused["KeyCreationDate"]);

    let made = env.generate(&key, &[]);
    // A failure and a non-cryptographic call do not count.
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &made.ciphertext_blob,
            "--encryption-context",
            "a=b",
        ],
    );
    env.ok(&["describe-key", "--key-id", &key]);
    let used: Value = env.json(&["get-key-last-usage", "--key-id", &arn(&key)]);
    let last = &used["KeyLastUsage"];
    assert_eq!(last["Operation"], "GenerateDataKey");
    // The event id is the audit entry's sequence number.
    let log: Value = env.json(&["audit"]);
    let entry = log["Events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            Some(e["Seq"].as_u64().unwrap())
                == last["CloudTrailEventId"].as_str().unwrap().parse().ok()
        })
        .unwrap()
        .clone();
    assert_eq!(entry["Operation"], "GenerateDataKey");
    assert_eq!(entry["KeyId"], arn(&key));

    // ReEncrypt counts for both of its keys.
    let other = env.create_key();
    env.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &made.ciphertext_blob,
        "--destination-key-id",
        &other,
    ]);
    for id in [&key, &other] {
        let used: Value = env.json(&["get-key-last-usage", "--key-id", id]);
        assert_eq!(used["KeyLastUsage"]["Operation"], "ReEncrypt", "{id}");
    }
    env.kms_error(
        "NotFoundException",
        "GetKeyLastUsage",
        &["get-key-last-usage", "--key-id", "alias/none"],
    );
}
