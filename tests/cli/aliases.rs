use crate::common::*;

#[test]
fn create_alias_prints_nothing_and_names_the_key() {
    let env = TestEnv::new();
    let key = env.create_key();
    let stdout = env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/ci",
        "--target-key-id",
        &key,
    ]);
    assert_eq!(stdout, "");
    assert_eq!(env.generate("alias/ci", &[]).key_id, arn(&key));
    // The target may be a key ARN.
    env.alias("alias/by-arn", &arn(&key));
    assert_eq!(env.generate("alias/by-arn", &[]).key_id, arn(&key));
}

#[test]
fn alias_names_follow_aws_rules() {
    let env = TestEnv::new();
    let key = env.create_key();
    let before = env.keystore_bytes();
    let create = |name: &str| {
        [
            "create-alias",
            "--alias-name",
            name,
            "--target-key-id",
            key.as_str(),
        ]
        .map(str::to_owned)
    };
    let fail = |exception: &str, name: &str| {
        let args = create(name);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.kms_error(exception, "CreateAlias", &args)
    };
    assert_eq!(
        fail("ValidationException", "ci"),
        "Alias must start with the prefix \"alias/\". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html"
    );
    assert!(
        fail("ValidationException", "alias/my-alias!")
            .contains("Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$")
    );
    fail("InvalidAliasNameException", "alias/aws/s3");
    assert_eq!(
        fail("InvalidAliasNameException", "alias/my:alias"),
        "alias/my:alias contains invalid characters for an alias"
    );
    let long = format!("alias/{}", "a".repeat(251));
    assert!(
        fail("ValidationException", &long)
            .contains("Member must have length less than or equal to 256")
    );
    assert_eq!(
        env.keystore_bytes(),
        before,
        "a refused alias changed the keystore"
    );
}

#[test]
fn alias_errors() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.alias("alias/ci", &key);
    let before = env.keystore_bytes();
    let dup = env.kms_error(
        "AlreadyExistsException",
        "CreateAlias",
        &[
            "create-alias",
            "--alias-name",
            "alias/ci",
            "--target-key-id",
            &key,
        ],
    );
    assert_eq!(
        dup,
        "An alias with the name arn:aws:kms:us-east-1:111122223333:alias/ci already exists"
    );
    // A target must be a key id or key ARN, not an alias.
    env.kms_error(
        "NotFoundException",
        "CreateAlias",
        &[
            "create-alias",
            "--alias-name",
            "alias/other",
            "--target-key-id",
            "alias/ci",
        ],
    );
    let unknown = "1234abcd-12ab-34cd-56ef-1234567890ab";
    let message = env.kms_error(
        "NotFoundException",
        "CreateAlias",
        &[
            "create-alias",
            "--alias-name",
            "alias/other",
            "--target-key-id",
            unknown,
        ],
    );
    assert_eq!(message, format!("Key '{}' does not exist", arn(unknown)));
    assert_eq!(env.keystore_bytes(), before);
    let stderr = env.fails(252, &["create-alias", "--alias-name", "alias/x"]);
    assert!(stderr.contains("--target-key-id"), "{stderr}");
}

#[test]
fn create_alias_from_request_json() {
    let env = TestEnv::new();
    let key = env.create_key();
    let json = format!(r#"{{"AliasName": "alias/json", "TargetKeyId": "{key}"}}"#);
    env.ok(&["create-alias", "--cli-input-json", &json]);
    assert_eq!(env.generate("alias/json", &[]).key_id, arn(&key));
}
