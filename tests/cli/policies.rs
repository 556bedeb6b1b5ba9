//! Key policies: stored with the key, printed in AWS's layout, checked as
//! AWS checks them before it takes them.

use serde_json::Value;

use crate::common::*;

/// AWS's default key policy for the documentation account, byte for byte.
const DEFAULT: &str = "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {\n    \"Sid\" : \"Enable IAM User Permissions\",\n    \"Effect\" : \"Allow\",\n    \"Principal\" : {\n      \"AWS\" : \"arn:aws:iam::111122223333:root\"\n    },\n    \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  } ]\n}";

const ADMINS: &str = r#"{"Version":"2012-10-17","Id":"admins","Statement":[{"Sid":"Admins","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["kms:Put*","kms:Get*","kms:Describe*"],"Resource":"*"},{"Sid":"Web","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/web"},"Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"kms:EncryptionContext:app":"web"}}}]}"#;

fn policy(env: &TestEnv, key: &str) -> String {
    let got: Value = env.json(&["get-key-policy", "--key-id", key]);
    assert_eq!(got["PolicyName"], "default");
    got["Policy"].as_str().unwrap().to_owned()
}

#[test]
fn a_key_has_the_default_policy_or_the_one_it_was_given_in_awss_layout() {
    let env = TestEnv::new();
    let key = env.create_key();
    assert_eq!(policy(&env, &key), DEFAULT);
    let names: Value = env.json(&["list-key-policies", "--key-id", &key]);
    // The aws CLI's paginator merges the pages and drops Truncated.
    assert_eq!(names, serde_json::json!({"PolicyNames": ["default"]}));
    let page: Value = env.json(&["list-key-policies", "--key-id", &key, "--limit", "1"]);
    assert_eq!(
        page,
        serde_json::json!({"PolicyNames": ["default"], "Truncated": false})
    );

    let file = env.path("policy.json");
    std::fs::write(&file, ADMINS).unwrap();
    let with: Value = env.json(&[
        "create-key",
        "--policy",
        &format!("file://{}", file.display()),
    ]);
    let with = with["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
    let stored = policy(&env, &with);
    assert!(
        stored.starts_with(
            "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"admins\",\n  \"Statement\" : [ {"
        ),
        "{stored}"
    );
    let reparsed: Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(reparsed, serde_json::from_str::<Value>(ADMINS).unwrap());

    env.ok(&["put-key-policy", "--key-id", &key, "--policy", ADMINS]);
    assert_eq!(policy(&env, &key), stored);
    // The policy moves with the key in a key bundle.
    let bundle = env.path("keys.bundle");
    let env = env.with(&[("KMS_LOCAL_BUNDLE_KEY", MASTER_KEY)]);
    env.ok(&[
        "export-keys",
        "--key-ids",
        &with,
        "--file",
        bundle.to_str().unwrap(),
    ]);
    let other = TestEnv::new().with(&[("KMS_LOCAL_BUNDLE_KEY", MASTER_KEY)]);
    other.ok(&["import-keys", "--file", bundle.to_str().unwrap()]);
    assert_eq!(policy(&other, &with), stored);
}

#[test]
fn bad_policies_are_refused_as_aws_refuses_them_and_change_nothing() {
    let env = TestEnv::new();
    let key = env.create_key();
    let before = env.keystore_bytes();
    let put = |policy: &str, extra: &[&str]| {
        let mut args = vec!["put-key-policy", "--key-id", &key, "--policy", policy];
        args.extend_from_slice(extra);
        env.fails(254, &args)
    };
    let line = |exception: &str, message: &str| {
        format!(
            "An error occurred ({exception}) when calling the PutKeyPolicy operation: {message}\n"
        )
    };
    assert_eq!(
        put("not a real policy statement", &[]),
        line("MalformedPolicyDocumentException", "")
    );
    let invalid_principal = r#"{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::1:root"},"Action":"kms:*","Resource":"*"}]}"#;
    assert_eq!(
        put(invalid_principal, &[]),
        line(
            "MalformedPolicyDocumentException",
            "Policy contains a statement with one or more invalid principals."
        )
    );
    let lockout = r#"{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/web"},"Action":"kms:Decrypt","Resource":"*"}]}"#;
    assert_eq!(
        put(lockout, &[]),
        line(
            "MalformedPolicyDocumentException",
            "The new key policy will not allow you to update the key policy in the future."
        )
    );
    let big = format!(
        r#"{{"Statement":[{{"Sid":"{}","Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}}]}}"#,
        "a".repeat(33_000)
    );
    assert!(put(&big, &[]).contains("(LimitExceededException)"));
    assert!(
        env.fails(
            254,
            &[
                "put-key-policy",
                "--key-id",
                &key,
                "--policy",
                ADMINS,
                "--policy-name",
                "AWS_RAM"
            ]
        )
        .contains("The AWS_RAM policy can only be managed by the RAM service.")
    );
    assert_eq!(
        env.keystore_bytes(),
        before,
        "a refused policy changed the keystore"
    );
    // Bypassing the check takes the policy that locks the caller out.
    env.ok(&[
        "put-key-policy",
        "--key-id",
        &key,
        "--policy",
        lockout,
        "--bypass-policy-lockout-safety-check",
    ]);
    env.kms_error(
        "NotFoundException",
        "GetKeyPolicy",
        &[
            "get-key-policy",
            "--key-id",
            &key,
            "--policy-name",
            "AWS_RAM",
        ],
    );
    // An AWS managed key's policy is AWS's.
    let managed: Value = env.json(&["describe-key", "--key-id", "alias/aws/ebs"]);
    let managed = managed["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
    assert!(policy(&env, &managed).contains("\"Id\" : \"auto-ebs\""));
    env.kms_error(
        "AccessDeniedException",
        "PutKeyPolicy",
        &["put-key-policy", "--key-id", &managed, "--policy", ADMINS],
    );
}

#[test]
fn a_replica_takes_its_own_policy() {
    let env = TestEnv::new();
    let created: Value = env.json(&["create-key", "--multi-region"]);
    let key = created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
    let made: Value = env.json(&[
        "replicate-key",
        "--key-id",
        &key,
        "--replica-region",
        "eu-west-1",
        "--policy",
        ADMINS,
    ]);
    let replica_policy = made["ReplicaPolicy"].as_str().unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(replica_policy).unwrap(),
        serde_json::from_str::<Value>(ADMINS).unwrap()
    );
    let got: Value = env.json(&["get-key-policy", "--key-id", &key, "--region", "eu-west-1"]);
    assert_eq!(got["Policy"], replica_policy);
    assert_eq!(policy(&env, &key), DEFAULT);
}
