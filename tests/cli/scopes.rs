//! Accounts and Regions: one keystore answers each (account, Region) from
//! its own keys and aliases, as AWS does, and lets another account use a key
//! by ARN where AWS does.

use serde_json::Value;

use crate::common::*;

const HOME: &str = "111122223333";
const OTHER: &str = "444455556666";

/// A caller of `env`'s keystore in `account`, calling `region` (its own
/// paths other than the keystore are its own).
fn caller(env: &TestEnv, account: &str, region: &str) -> TestEnv {
    let keystore = env.keystore().display().to_string();
    TestEnv::new().with(&[
        ("KMS_LOCAL_KEYSTORE", &keystore),
        ("AWS_ACCESS_KEY_ID", account),
        ("AWS_REGION", region),
    ])
}

fn key_ids(env: &TestEnv) -> Vec<String> {
    let listed: Value = env.json(&["list-keys"]);
    listed["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["KeyId"].as_str().unwrap().to_owned())
        .collect()
}

fn key_arn(account: &str, region: &str, key: &str) -> String {
    format!("arn:aws:kms:{region}:{account}:key/{key}")
}

#[test]
fn each_account_and_region_sees_its_own_keys_aliases_and_arns() {
    let env = TestEnv::new();
    let places = [
        (HOME, "us-east-1"),
        (HOME, "eu-west-1"),
        (HOME, "ap-southeast-2"),
        (OTHER, "us-east-1"),
        (OTHER, "eu-west-1"),
    ];
    let mut made = Vec::new();
    for (account, region) in places {
        let there = caller(&env, account, region);
        let created: Value = there.json(&["create-key", "--description", region]);
        let metadata = &created["KeyMetadata"];
        let key = metadata["KeyId"].as_str().unwrap().to_owned();
        assert_eq!(metadata["Arn"], key_arn(account, region, &key));
        assert_eq!(metadata["AWSAccountId"], account);
        // The same alias name in every scope, each its own.
        there.alias("alias/app", &key);
        made.push((there, account, region, key));
    }
    for (there, account, region, key) in &made {
        assert_eq!(
            key_ids(there),
            std::slice::from_ref(key),
            "{account} {region}"
        );
        let described: Value = there.json(&["describe-key", "--key-id", "alias/app"]);
        assert_eq!(described["KeyMetadata"]["KeyId"], key.as_str());
        let aliases: Value = there.json(&["list-aliases"]);
        let entry = &aliases["Aliases"][0];
        assert_eq!(
            entry["AliasArn"],
            format!("arn:aws:kms:{region}:{account}:alias/app")
        );
        assert_eq!(aliases["Aliases"].as_array().unwrap().len(), 1);
        let blob = there.generate("alias/app", &[]);
        assert_eq!(blob.key_id, key_arn(account, region, key));
    }
    // A key id of another Region is not found here, named by this Region's ARN.
    let (home, ..) = &made[0];
    let (_, _, _, eu_key) = &made[1];
    let message = home.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", eu_key],
    );
    assert_eq!(
        message,
        format!(
            "Key '{}' does not exist",
            key_arn(HOME, "us-east-1", eu_key)
        )
    );
    // A key ARN of another Region is refused as AWS refuses it.
    let message = home.kms_error(
        "NotFoundException",
        "DescribeKey",
        &[
            "describe-key",
            "--key-id",
            &key_arn(HOME, "eu-west-1", eu_key),
        ],
    );
    assert_eq!(message, "Invalid arn eu-west-1");
    env.ok(&["keystore", "verify"]);
}

#[test]
fn another_account_uses_a_key_by_arn_for_cryptography_only() {
    let env = TestEnv::new();
    let owner = caller(&env, HOME, "us-east-1");
    let other = caller(&env, OTHER, "us-east-1");
    let key = owner.create_key();
    let arn = key_arn(HOME, "us-east-1", &key);
    owner.alias("alias/shared", &key);

    // The default policy lets the owner's account in, no other.
    let message = other.kms_error(
        "AccessDeniedException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            &arn,
            "--number-of-bytes",
            "32",
        ],
    );
    assert_eq!(
        message,
        format!(
            "User: arn:aws:iam::{OTHER}:root is not authorized to perform: kms:GenerateDataKey \
             on resource: {arn} because no resource-based policy allows the \
             kms:GenerateDataKey action"
        )
    );
    let shared = format!(
        r#"{{"Version":"2012-10-17","Statement":[
            {{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{HOME}:root"}},"Action":"kms:*","Resource":"*"}},
            {{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{OTHER}:root"}},
              "Action":["kms:Encrypt","kms:Decrypt","kms:GenerateDataKey*","kms:DescribeKey"],"Resource":"*"}}]}}"#
    );
    owner.ok(&["put-key-policy", "--key-id", &key, "--policy", &shared]);

    // Cross-account encryption and decryption, by key ARN and alias ARN.
    let made = other.generate(&arn, &[]);
    assert_eq!(made.key_id, arn);
    let alias_arn = format!("arn:aws:kms:us-east-1:{HOME}:alias/shared");
    let again = other.generate(&alias_arn, &[]);
    assert_eq!(again.key_id, arn);
    // The blob names the key: Decrypt finds it with or without its ARN.
    let plain = other.decrypt(&made.ciphertext_blob, &[]);
    assert_eq!(plain.plaintext, made.plaintext);
    let plain = other.decrypt(&made.ciphertext_blob, &["--key-id", &arn]);
    assert_eq!(plain.plaintext, made.plaintext);
    let described: Value = other.json(&["describe-key", "--key-id", &arn]);
    assert_eq!(described["KeyMetadata"]["AWSAccountId"], HOME);

    // A bare key id or alias names the caller's own account.
    other.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", &key],
    );
    other.kms_error(
        "NotFoundException",
        "Encrypt",
        &["encrypt", "--key-id", "alias/shared", "--plaintext", "aGk="],
    );
    // Key management is the owner's alone.
    for (operation, args) in [
        ("DisableKey", vec!["disable-key", "--key-id", &arn]),
        (
            "TagResource",
            vec![
                "tag-resource",
                "--key-id",
                &arn,
                "--tags",
                "TagKey=a,TagValue=b",
            ],
        ),
        (
            "CreateAlias",
            vec![
                "create-alias",
                "--alias-name",
                "alias/mine",
                "--target-key-id",
                &arn,
            ],
        ),
    ] {
        let message = other.kms_error("NotFoundException", operation, &args);
        assert_eq!(message, format!("Invalid arn {HOME}"));
    }
    // The other account lists nothing of the owner's.
    assert!(key_ids(&other).is_empty());
    assert_eq!(key_ids(&owner), [key]);
}

#[test]
fn a_keystore_is_rewritten_as_version_3_only_when_it_holds_another_scope() {
    let env = TestEnv::new();
    let version = |env: &TestEnv| env.keystore_bytes()[8];
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    // Everything at home: the format builds without scopes read.
    assert_eq!(version(&env), 2);
    let elsewhere = caller(&env, HOME, "eu-central-1");
    let there = elsewhere.create_key();
    assert_eq!(version(&env), 3);
    // Blobs made before still decrypt; both scopes read back.
    assert_eq!(
        env.decrypt(&made.ciphertext_blob, &[]).plaintext,
        made.plaintext
    );
    assert_eq!(key_ids(&env), [key]);
    assert_eq!(key_ids(&elsewhere), std::slice::from_ref(&there));
    let verified: Value = env.json(&["keystore", "verify"]);
    assert_eq!(verified["Keys"], 2);
    // The domain-key rotation re-wraps every scope's keys.
    let there_made = elsewhere.generate(&there, &[]);
    env.ok(&["rotate", "--domain"]);
    let plain = elsewhere.decrypt(&there_made.ciphertext_blob, &[]);
    assert_eq!(plain.plaintext, there_made.plaintext);
    assert_eq!(version(&env), 3);
}

#[test]
fn regions_and_accounts_are_checked_before_anything_runs() {
    let env = TestEnv::new();
    env.fails(252, &["list-keys", "--region", "Not A Region"]);
    let made: Value = env.json(&["create-access-key", "--account-id", OTHER]);
    assert!(made["AccessKey"]["AccessKeyId"].is_string());
    let message = env.kms_error(
        "ValidationException",
        "CreateAccessKey",
        &["create-access-key", "--account-id", "12345"],
    );
    assert!(message.contains("accountId"), "{message}");
}
