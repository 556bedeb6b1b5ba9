//! Key states and what each allows: the key-state table of the AWS KMS
//! Developer Guide, driven through the binary.

use crate::common::*;

#[test]
fn describe_key_in_every_form() {
    let env = TestEnv::new();
    let created: CreateKey = env.json(&["create-key", "--description", "d"]);
    let key = created.key_metadata.key_id;
    env.alias("alias/d", &key);
    for form in [key.clone(), arn(&key), "alias/d".into()] {
        let described: CreateKey = env.json(&["describe-key", "--key-id", &form]);
        assert_eq!(described.key_metadata.key_id, key);
        assert_eq!(described.key_metadata.description, "d");
    }
    env.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", "alias/none"],
    );
}

#[test]
fn update_key_description() {
    let env = TestEnv::new();
    let key = env.create_key();
    assert_eq!(
        env.ok(&[
            "update-key-description",
            "--key-id",
            &key,
            "--description",
            "new"
        ]),
        ""
    );
    let described: CreateKey = env.json(&["describe-key", "--key-id", &key]);
    assert_eq!(described.key_metadata.description, "new");
    let long = "x".repeat(8193);
    env.kms_error(
        "ValidationException",
        "UpdateKeyDescription",
        &[
            "update-key-description",
            "--key-id",
            &key,
            "--description",
            &long,
        ],
    );
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Scheduled {
    key_id: String,
    deletion_date: String,
    key_state: String,
    pending_window_in_days: i64,
}

const NOW: &str = "2030-01-01T00:00:00Z";

#[test]
fn pending_window_limits_and_default() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", NOW)]);
    for (days, date) in [
        ("7", "2030-01-08T00:00:00+00:00"),
        ("30", "2030-01-31T00:00:00+00:00"),
    ] {
        let key = env.create_key();
        let s: Scheduled = env.json(&[
            "schedule-key-deletion",
            "--key-id",
            &key,
            "--pending-window-in-days",
            days,
        ]);
        assert_eq!(s.key_id, arn(&key));
        assert_eq!(s.deletion_date, date);
        assert_eq!(s.key_state, "PendingDeletion");
        assert_eq!(s.pending_window_in_days.to_string(), days);
    }
    let key = env.create_key();
    let s: Scheduled = env.json(&["schedule-key-deletion", "--key-id", &key]);
    assert_eq!(s.pending_window_in_days, 30);
    let key = env.create_key();
    for days in ["6", "31"] {
        let message = env.kms_error(
            "ValidationException",
            "ScheduleKeyDeletion",
            &[
                "schedule-key-deletion",
                "--key-id",
                &key,
                "--pending-window-in-days",
                days,
            ],
        );
        assert!(
            message.contains(&format!("Value '{days}' at 'pendingWindowInDays'")),
            "{message}"
        );
    }
}

#[test]
fn cancel_brings_a_key_back_disabled() {
    let env = TestEnv::new();
    let key = env.create_key();
    let message = env.kms_error(
        "KMSInvalidStateException",
        "CancelKeyDeletion",
        &["cancel-key-deletion", "--key-id", &key],
    );
    assert_eq!(message, format!("{} is not pending deletion.", arn(&key)));
    env.json::<Scheduled>(&["schedule-key-deletion", "--key-id", &key]);
    let described: CreateKey = env.json(&["describe-key", "--key-id", &key]);
    assert_eq!(described.key_metadata.key_state, "PendingDeletion");
    assert!(!described.key_metadata.enabled);
    assert!(described.key_metadata.deletion_date.is_some());
    let cancelled: KeyIdOnly = env.json(&["cancel-key-deletion", "--key-id", &key]);
    assert_eq!(cancelled.key_id, arn(&key));
    let described: CreateKey = env.json(&["describe-key", "--key-id", &key]);
    assert_eq!(described.key_metadata.key_state, "Disabled");
    assert!(!described.key_metadata.enabled);
    assert_eq!(described.key_metadata.deletion_date, None);
    env.ok(&["enable-key", "--key-id", &key]);
    env.generate(&key, &[]);
}

#[test]
fn deleted_keys_are_purged_by_the_first_command_after_their_date() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", NOW)]);
    let key = env.create_key();
    env.alias("alias/doomed", &key);
    let made = env.generate(&key, &[]);
    env.json::<Scheduled>(&[
        "schedule-key-deletion",
        "--key-id",
        &key,
        "--pending-window-in-days",
        "7",
    ]);
    let before = env.with(&[("KMS_LOCAL_NOW", "2030-01-07T23:59:59Z")]);
    before.kms_error(
        "KMSInvalidStateException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &made.ciphertext_blob],
    );
    let after = before.with(&[("KMS_LOCAL_NOW", "2030-01-08T00:00:00Z")]);
    let message = after.kms_error(
        "NotFoundException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &made.ciphertext_blob],
    );
    assert_eq!(message, format!("Key '{}' does not exist", arn(&key)));
    after.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", &key],
    );
    after.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", "alias/doomed"],
    );
    // The purge is for good: the material is gone from the file, not hidden.
    let back_in_time = after.with(&[("KMS_LOCAL_NOW", NOW)]);
    back_in_time.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", &key],
    );
}

/// What each operation gives on a key in each state: "ok", or the exception.
#[test]
fn key_state_table() {
    type Case = (&'static str, [&'static str; 3]);
    const OK: &str = "ok";
    const DIS: &str = "DisabledException";
    const INV: &str = "KMSInvalidStateException";
    // Columns: Enabled, Disabled, PendingDeletion.
    let table: [Case; 20] = [
        ("Encrypt", [OK, DIS, INV]),
        ("Decrypt", [OK, DIS, INV]),
        ("ReEncrypt", [OK, DIS, INV]),
        ("GenerateDataKey", [OK, DIS, INV]),
        ("GenerateDataKeyWithoutPlaintext", [OK, DIS, INV]),
        ("DescribeKey", [OK, OK, OK]),
        ("ListAliases", [OK, OK, OK]),
        ("ListResourceTags", [OK, OK, OK]),
        ("CreateAlias", [OK, OK, INV]),
        ("TagResource", [OK, OK, INV]),
        ("UntagResource", [OK, OK, INV]),
        ("UpdateKeyDescription", [OK, OK, INV]),
        ("UpdateAlias", [OK, OK, INV]),
        ("EnableKeyRotation", [OK, DIS, INV]),
        ("DisableKeyRotation", [OK, DIS, INV]),
        ("GetKeyRotationStatus", [OK, OK, OK]),
        ("RotateKeyOnDemand", [OK, DIS, INV]),
        ("ListKeyRotations", [OK, OK, INV]),
        ("DisableKey", [OK, OK, INV]),
        ("ScheduleKeyDeletion", [OK, OK, INV]),
    ];
    let env = TestEnv::new();
    let helper = env.create_key();
    env.alias("alias/helper", &helper);
    for (column, state) in ["Enabled", "Disabled", "PendingDeletion"]
        .into_iter()
        .enumerate()
    {
        for (operation, expected) in &table {
            // A fresh key per cell, so no cell depends on another.
            let key = env.create_key();
            let blob = env.generate(&key, &[]).ciphertext_blob;
            match state {
                "Disabled" => drop(env.ok(&["disable-key", "--key-id", &key])),
                "PendingDeletion" => {
                    drop(env.json::<Scheduled>(&["schedule-key-deletion", "--key-id", &key]))
                }
                _ => {}
            }
            let alias = format!("alias/cell-{column}-{operation}");
            let args: Vec<&str> = match *operation {
                "Encrypt" => vec!["encrypt", "--key-id", &key, "--plaintext", "AAAA"],
                "Decrypt" => vec!["decrypt", "--ciphertext-blob", &blob],
                "ReEncrypt" => vec![
                    "re-encrypt",
                    "--ciphertext-blob",
                    &blob,
                    "--destination-key-id",
                    &helper,
                ],
                "GenerateDataKey" => vec![
                    "generate-data-key",
                    "--key-id",
                    &key,
                    "--key-spec",
                    "AES_256",
                ],
                "GenerateDataKeyWithoutPlaintext" => vec![
                    "generate-data-key-without-plaintext",
                    "--key-id",
                    &key,
                    "--key-spec",
                    "AES_256",
                ],
                "DescribeKey" => vec!["describe-key", "--key-id", &key],
                "ListAliases" => vec!["list-aliases", "--key-id", &key],
                "ListResourceTags" => vec!["list-resource-tags", "--key-id", &key],
                "CreateAlias" => vec![
                    "create-alias",
                    "--alias-name",
                    &alias,
                    "--target-key-id",
                    &key,
                ],
                "TagResource" => vec![
                    "tag-resource",
                    "--key-id",
                    &key,
                    "--tags",
                    "TagKey=a,TagValue=b",
                ],
                "UntagResource" => vec!["untag-resource", "--key-id", &key, "--tag-keys", "a"],
                "UpdateKeyDescription" => vec![
                    "update-key-description",
                    "--key-id",
                    &key,
                    "--description",
                    "x",
                ],
                "UpdateAlias" => vec![
                    "update-alias",
                    "--alias-name",
                    "alias/helper",
                    "--target-key-id",
                    &key,
                ],
                "EnableKeyRotation" => vec!["enable-key-rotation", "--key-id", &key],
                "DisableKeyRotation" => vec!["disable-key-rotation", "--key-id", &key],
                "GetKeyRotationStatus" => vec!["get-key-rotation-status", "--key-id", &key],
                "RotateKeyOnDemand" => vec!["rotate-key-on-demand", "--key-id", &key],
                "ListKeyRotations" => vec!["list-key-rotations", "--key-id", &key],
                "DisableKey" => vec!["disable-key", "--key-id", &key],
                "ScheduleKeyDeletion" => vec!["schedule-key-deletion", "--key-id", &key],
                other => panic!("no command for {other}"),
            };
            let want = expected[column];
            let out = env.run(&args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let stderr = stderr.trim_start_matches('\n');
            if want == OK {
                assert!(out.status.success(), "{operation} on {state}: {stderr}");
            } else {
                let line =
                    format!("An error occurred ({want}) when calling the {operation} operation: ");
                assert!(
                    stderr.starts_with(&line),
                    "{operation} on {state}: want {want}, got {stderr}"
                );
                assert_eq!(out.status.code(), Some(254));
            }
            if *operation == "UpdateAlias" && want == OK {
                env.ok(&[
                    "update-alias",
                    "--alias-name",
                    "alias/helper",
                    "--target-key-id",
                    &helper,
                ]);
            }
        }
    }
}

#[test]
fn state_errors_carry_aws_messages() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.ok(&["disable-key", "--key-id", &key]);
    let disabled = env.kms_error(
        "DisabledException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            &key,
            "--key-spec",
            "AES_256",
        ],
    );
    assert_eq!(disabled, format!("{} is disabled.", arn(&key)));
    env.json::<Scheduled>(&["schedule-key-deletion", "--key-id", &key]);
    let pending = env.kms_error(
        "KMSInvalidStateException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            &key,
            "--key-spec",
            "AES_256",
        ],
    );
    assert_eq!(pending, format!("{} is pending deletion.", arn(&key)));
    env.kms_error(
        "KMSInvalidStateException",
        "ScheduleKeyDeletion",
        &["schedule-key-deletion", "--key-id", &key],
    );
}
