//! Multi-Region keys: a primary key, its replicas in other Regions, what
//! they share (material, rotation) and what each keeps (description, tags,
//! aliases, state, deletion).

use serde_json::Value;

use crate::common::*;

const PRIMARY: &str = "us-east-1";
const REPLICA: &str = "eu-west-1";

fn mrk_arn(region: &str, key: &str) -> String {
    format!("arn:aws:kms:{region}:111122223333:key/{key}")
}

/// A multi-Region key with a replica in [`REPLICA`]; its id.
fn primary_and_replica(env: &TestEnv, extra: &[&str]) -> String {
    let mut args = vec!["create-key", "--multi-region", "--description", "primary"];
    args.extend_from_slice(extra);
    let created: Value = env.json(&args);
    let key = created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
    env.ok(&[
        "replicate-key",
        "--key-id",
        &key,
        "--replica-region",
        REPLICA,
    ]);
    key
}

fn metadata(env: &TestEnv, region: &str, key: &str) -> Value {
    let described: Value = env.json(&["describe-key", "--key-id", key, "--region", region]);
    described["KeyMetadata"].clone()
}

#[test]
fn a_replica_shares_its_primarys_material_and_keeps_its_own_settings() {
    let env = TestEnv::new();
    let created: Value = env.json(&["create-key", "--multi-region", "--description", "primary"]);
    let meta = &created["KeyMetadata"];
    let key = meta["KeyId"].as_str().unwrap().to_owned();
    assert!(key.starts_with("mrk-") && key.len() == 36, "{key}");
    // A build that knows no Regions must not rewrite it: format version 3.
    assert_eq!(env.keystore_bytes()[8], 3);
    assert_eq!(meta["MultiRegion"], true);
    assert_eq!(
        meta["MultiRegionConfiguration"],
        serde_json::json!({
            "MultiRegionKeyType": "PRIMARY",
            "PrimaryKey": {"Arn": mrk_arn(PRIMARY, &key), "Region": PRIMARY},
            "ReplicaKeys": []
        })
    );
    let made: Value = env.json(&[
        "replicate-key",
        "--key-id",
        &key,
        "--replica-region",
        REPLICA,
        "--description",
        "replica",
        "--tags",
        "TagKey=site,TagValue=dr",
    ]);
    let replica = &made["ReplicaKeyMetadata"];
    assert_eq!(replica["Arn"], mrk_arn(REPLICA, &key));
    assert_eq!(replica["Description"], "replica");
    assert_eq!(replica["KeyState"], "Enabled");
    assert_eq!(
        replica["MultiRegionConfiguration"]["MultiRegionKeyType"],
        "REPLICA"
    );
    assert_eq!(made["ReplicaTags"][0]["TagValue"], "dr");
    let policy: Value = serde_json::from_str(made["ReplicaPolicy"].as_str().unwrap()).unwrap();
    assert_eq!(
        policy["Statement"][0]["Principal"]["AWS"],
        "arn:aws:iam::111122223333:root"
    );
    assert_eq!(
        replica["CurrentKeyMaterialId"],
        meta["CurrentKeyMaterialId"]
    );
    // Both list the replica.
    for region in [PRIMARY, REPLICA] {
        let config = &metadata(&env, region, &key)["MultiRegionConfiguration"];
        assert_eq!(config["ReplicaKeys"][0]["Arn"], mrk_arn(REPLICA, &key));
        assert_eq!(config["PrimaryKey"]["Region"], PRIMARY);
    }

    // A blob made in one Region decrypts with the related key in the other.
    let here = env.generate(&key, &[]);
    let there = env.decrypt(&here.ciphertext_blob, &["--region", REPLICA]);
    assert_eq!(there.plaintext, here.plaintext);
    assert_eq!(there.key_id, mrk_arn(REPLICA, &key));
    let back = env.generate(&key, &["--region", REPLICA]);
    assert_eq!(
        env.decrypt(&back.ciphertext_blob, &[]).plaintext,
        back.plaintext
    );

    // Description, tags, aliases and state are each key's own.
    env.alias("alias/dr", &key);
    env.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", "alias/dr", "--region", REPLICA],
    );
    assert_eq!(metadata(&env, PRIMARY, &key)["Description"], "primary");
    let tags: Value = env.json(&["list-resource-tags", "--key-id", &key]);
    assert_eq!(tags["Tags"], serde_json::json!([]));
    env.ok(&["disable-key", "--key-id", &key]);
    let still = env.decrypt(&here.ciphertext_blob, &["--region", REPLICA]);
    assert_eq!(still.plaintext, here.plaintext);
    env.kms_error(
        "DisabledException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &here.ciphertext_blob],
    );
    env.ok(&["keystore", "verify"]);
}

#[test]
fn signatures_verify_across_regions() {
    let env = TestEnv::new();
    let key = primary_and_replica(
        &env,
        &["--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"],
    );
    let signature = env.ok(&[
        "sign",
        "--key-id",
        &key,
        "--message",
        "aGVsbG8=",
        "--signing-algorithm",
        "ECDSA_SHA_256",
        "--query",
        "Signature",
        "--output",
        "text",
    ]);
    let verified: Value = env.json(&[
        "verify",
        "--region",
        REPLICA,
        "--key-id",
        &key,
        "--message",
        "aGVsbG8=",
        "--signing-algorithm",
        "ECDSA_SHA_256",
        "--signature",
        signature.trim(),
    ]);
    assert_eq!(verified["SignatureValid"], true);
    let public = |region| {
        env.ok(&[
            "get-public-key",
            "--key-id",
            &key,
            "--region",
            region,
            "--query",
            "PublicKey",
            "--output",
            "text",
        ])
    };
    assert_eq!(public(PRIMARY), public(REPLICA));
}

#[test]
fn only_the_primary_rotates_and_its_new_material_reaches_every_replica() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2026-12-01T00:00:00Z")]);
    let key = primary_and_replica(&env, &[]);
    for (operation, args) in [
        (
            "RotateKeyOnDemand",
            vec!["rotate-key-on-demand", "--key-id", &key],
        ),
        (
            "EnableKeyRotation",
            vec!["enable-key-rotation", "--key-id", &key],
        ),
        (
            "DisableKeyRotation",
            vec!["disable-key-rotation", "--key-id", &key],
        ),
    ] {
        let mut args = args.clone();
        args.extend(["--region", REPLICA]);
        let message = env.kms_error("UnsupportedOperationException", operation, &args);
        assert_eq!(
            message,
            format!(
                "{} is not a multi-region primary key.",
                mrk_arn(REPLICA, &key)
            )
        );
    }
    env.ok(&["rotate-key-on-demand", "--key-id", &key]);
    env.ok(&[
        "enable-key-rotation",
        "--key-id",
        &key,
        "--rotation-period-in-days",
        "90",
    ]);
    let status: Value = env.json(&[
        "get-key-rotation-status",
        "--key-id",
        &key,
        "--region",
        REPLICA,
    ]);
    assert_eq!(status["KeyRotationEnabled"], true);
    assert_eq!(status["RotationPeriodInDays"], 90);
    // The automatic rotation, 90 days on, reaches the replica too.
    let later = TestEnv::new()
        .with(&[("KMS_LOCAL_KEYSTORE", &env.keystore().display().to_string())])
        .with(&[("KMS_LOCAL_NOW", "2027-03-15T00:00:00Z")]);
    let made = later.generate(&key, &[]);
    let rotations = |region| {
        let listed: Value = later.json(&[
            "list-key-rotations",
            "--key-id",
            &key,
            "--region",
            region,
            "--include-key-material",
            "ALL_KEY_MATERIAL",
        ]);
        listed["Rotations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["KeyMaterialId"].clone(), r["KeyMaterialState"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(rotations(PRIMARY).len(), 3);
    assert_eq!(rotations(PRIMARY), rotations(REPLICA));
    let there = later.decrypt(&made.ciphertext_blob, &["--region", REPLICA]);
    assert_eq!(there.plaintext, made.plaintext);
}

#[test]
fn the_primary_role_moves_to_a_replica_with_its_schedule() {
    let env = TestEnv::new();
    let key = primary_and_replica(&env, &[]);
    env.ok(&["enable-key-rotation", "--key-id", &key]);
    assert_eq!(
        env.ok(&[
            "update-primary-region",
            "--key-id",
            &key,
            "--primary-region",
            REPLICA
        ]),
        ""
    );
    for region in [PRIMARY, REPLICA] {
        let config = &metadata(&env, region, &key)["MultiRegionConfiguration"];
        assert_eq!(config["PrimaryKey"]["Region"], REPLICA);
        assert_eq!(config["ReplicaKeys"][0]["Region"], PRIMARY);
    }
    env.kms_error(
        "UnsupportedOperationException",
        "RotateKeyOnDemand",
        &["rotate-key-on-demand", "--key-id", &key],
    );
    env.ok(&[
        "rotate-key-on-demand",
        "--key-id",
        &key,
        "--region",
        REPLICA,
    ]);
    let status: Value = env.json(&["get-key-rotation-status", "--key-id", &key]);
    assert_eq!(status["KeyRotationEnabled"], true);
    // Asked of a replica, or towards a Region with none, it is refused.
    env.kms_error(
        "UnsupportedOperationException",
        "UpdatePrimaryRegion",
        &[
            "update-primary-region",
            "--key-id",
            &key,
            "--primary-region",
            REPLICA,
        ],
    );
    let message = env.kms_error(
        "NotFoundException",
        "UpdatePrimaryRegion",
        &[
            "update-primary-region",
            "--key-id",
            &key,
            "--primary-region",
            "ap-south-1",
            "--region",
            REPLICA,
        ],
    );
    assert_eq!(
        message,
        format!("Key '{}' does not exist", mrk_arn("ap-south-1", &key))
    );
}

#[test]
fn replicate_key_refuses_what_aws_refuses() {
    let env = TestEnv::new();
    let key = primary_and_replica(&env, &[]);
    let single = env.create_key();
    let cases: [(&str, Vec<&str>, String); 4] = [
        (
            "UnsupportedOperationException",
            vec![
                "--key-id",
                &key,
                "--replica-region",
                "ap-south-1",
                "--region",
                REPLICA,
            ],
            format!(
                "{} is not a multi-region primary key.",
                mrk_arn(REPLICA, &key)
            ),
        ),
        (
            "UnsupportedOperationException",
            vec!["--key-id", &single, "--replica-region", "ap-south-1"],
            format!("{} is not a multi-region primary key.", arn(&single)),
        ),
        (
            "AlreadyExistsException",
            vec!["--key-id", &key, "--replica-region", REPLICA],
            format!("{} already exists", mrk_arn(REPLICA, &key)),
        ),
        (
            "ValidationException",
            vec!["--key-id", &key, "--replica-region", "moon"],
            "1 validation error detected: Value 'moon' at 'replicaRegion' failed to satisfy \
             constraint: Member must satisfy regular expression pattern: ^([a-z]+-){2,3}\\d+$"
                .to_owned(),
        ),
    ];
    for (exception, args, expected) in cases {
        let mut full = vec!["replicate-key"];
        full.extend(args);
        assert_eq!(env.kms_error(exception, "ReplicateKey", &full), expected);
    }
    // The UUID form of a multi-Region key's id names no key.
    let uuid = format!(
        "{}-{}-{}-{}-{}",
        &key[4..12],
        &key[12..16],
        &key[16..20],
        &key[20..24],
        &key[24..]
    );
    env.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", &uuid],
    );
    let file = env.path("bundle.keys");
    let message = env
        .with(&[(
            "KMS_LOCAL_BUNDLE_KEY",
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        )])
        .kms_error(
            "UnsupportedOperationException",
            "ExportKeys",
            &[
                "export-keys",
                "--key-ids",
                &key,
                "--file",
                file.to_str().unwrap(),
            ],
        );
    assert!(message.contains("multi-Region"), "{message}");
    assert!(!file.exists());
}

#[test]
fn a_primary_with_replicas_waits_for_them_before_its_own_deletion() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2026-12-01T00:00:00Z")]);
    let key = primary_and_replica(&env, &[]);
    let scheduled: Value = env.json(&[
        "schedule-key-deletion",
        "--key-id",
        &key,
        "--pending-window-in-days",
        "7",
    ]);
    assert_eq!(scheduled["KeyState"], "PendingReplicaDeletion");
    assert!(scheduled.get("DeletionDate").is_none(), "{scheduled}");
    let meta = metadata(&env, PRIMARY, &key);
    assert_eq!(meta["KeyState"], "PendingReplicaDeletion");
    assert_eq!(meta["PendingDeletionWindowInDays"], 7);
    assert!(meta.get("DeletionDate").is_none());
    env.kms_error(
        "KMSInvalidStateException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            &key,
            "--number-of-bytes",
            "32",
        ],
    );
    // The replica works on, until its own deletion.
    let made = env.generate(&key, &["--region", REPLICA]);
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &key,
        "--region",
        REPLICA,
        "--pending-window-in-days",
        "7",
    ]);
    let at = |now: &str| {
        TestEnv::new()
            .with(&[("KMS_LOCAL_KEYSTORE", &env.keystore().display().to_string())])
            .with(&[("KMS_LOCAL_NOW", now)])
    };
    let week_on = at("2026-12-09T00:00:00Z");
    week_on.kms_error(
        "NotFoundException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &made.ciphertext_blob,
            "--region",
            REPLICA,
        ],
    );
    // The last replica gone, the primary's own window starts.
    let meta = metadata(&week_on, PRIMARY, &key);
    assert_eq!(meta["KeyState"], "PendingDeletion");
    assert_eq!(meta["DeletionDate"], "2026-12-16T00:00:00+00:00");
    assert_eq!(
        meta["MultiRegionConfiguration"]["ReplicaKeys"],
        serde_json::json!([])
    );
    week_on.ok(&["cancel-key-deletion", "--key-id", &key]);
    assert_eq!(metadata(&week_on, PRIMARY, &key)["KeyState"], "Disabled");
    week_on.ok(&["keystore", "verify"]);
}
