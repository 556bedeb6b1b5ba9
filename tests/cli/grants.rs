//! Grants: they allow what a key's policy does not, never what it denies;
//! with constraints on the encryption context; listed, retired, revoked.

use serde_json::Value;

use crate::common::*;

const ADMIN: &str = "arn:aws:iam::111122223333:role/admin";
const WEB: &str = "arn:aws:sts::111122223333:assumed-role/web/session";
const WEB_ROLE: &str = "arn:aws:iam::111122223333:role/web";

/// A key whose policy lets the admin role do everything, and nobody else anything.
fn admins_only(env: &TestEnv) -> String {
    let policy = format!(
        r#"{{"Statement":[{{"Effect":"Allow","Principal":{{"AWS":"{ADMIN}"}},"Action":"kms:*","Resource":"*"}}]}}"#
    );
    let created: Value = env.json(&[
        "create-key",
        "--policy",
        &policy,
        "--bypass-policy-lockout-safety-check",
    ]);
    created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned()
}

fn as_web(env: &TestEnv, args: &[&str]) -> std::process::Output {
    let mut all = args.to_vec();
    all.extend(["--principal", WEB]);
    env.run(&all)
}

#[test]
fn a_grant_allows_what_the_policy_does_not_within_its_constraints() {
    let env = TestEnv::new();
    let key = admins_only(&env);
    let generate = |context: Option<&str>| {
        let mut args = vec![
            "generate-data-key",
            "--key-id",
            &key,
            "--number-of-bytes",
            "32",
        ];
        if let Some(context) = context {
            args.extend(["--encryption-context", context]);
        }
        as_web(&env, &args).status.success()
    };
    assert!(!generate(Some("app=web")));
    let made: Value = env.json(&[
        "create-grant",
        "--key-id",
        &key,
        "--grantee-principal",
        WEB_ROLE,
        "--operations",
        "GenerateDataKey",
        "Decrypt",
        "--constraints",
        r#"{"EncryptionContextSubset":{"app":"web"}}"#,
        "--retiring-principal",
        ADMIN,
        "--name",
        "web",
        "--principal",
        ADMIN,
    ]);
    let grant = made["GrantId"].as_str().unwrap().to_owned();
    assert_eq!(grant.len(), 64);
    assert!(generate(Some("app=web,team=x")));
    assert!(!generate(Some("app=api")));
    assert!(!generate(None));
    // The grant is for GenerateDataKey only: Encrypt is the policy's to
    // allow, and it does not.
    let refused = env.kms_error(
        "AccessDeniedException",
        "Encrypt",
        &[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            "aGk=",
            "--encryption-context",
            "app=web",
            "--principal",
            WEB,
        ],
    );
    assert!(refused.contains("kms:Encrypt"), "{refused}");
    // The same named grant made again is the same grant, under a new token.
    let again: Value = env.json(&[
        "create-grant",
        "--key-id",
        &key,
        "--grantee-principal",
        WEB_ROLE,
        "--operations",
        "GenerateDataKey",
        "Decrypt",
        "--constraints",
        r#"{"EncryptionContextSubset":{"app":"web"}}"#,
        "--retiring-principal",
        ADMIN,
        "--name",
        "web",
        "--principal",
        ADMIN,
    ]);
    assert_eq!(again["GrantId"], grant.as_str());
    assert_ne!(again["GrantToken"], made["GrantToken"]);
    let listed: Value = env.json(&["list-grants", "--key-id", &key, "--principal", ADMIN]);
    let entries = listed["Grants"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["GranteePrincipal"], WEB_ROLE);
    assert_eq!(
        entries[0]["IssuingAccount"],
        "arn:aws:iam::111122223333:root"
    );
    assert_eq!(
        entries[0]["Constraints"]["EncryptionContextSubset"]["app"],
        "web"
    );
    let retirable: Value = env.json(&["list-retirable-grants", "--retiring-principal", ADMIN]);
    assert_eq!(retirable["Grants"][0]["GrantId"], grant.as_str());

    // A Deny in the policy wins over the grant.
    let deny = format!(
        r#"{{"Statement":[{{"Effect":"Allow","Principal":{{"AWS":"{ADMIN}"}},"Action":"kms:*","Resource":"*"}},
            {{"Effect":"Deny","Principal":{{"AWS":"{WEB_ROLE}"}},"Action":"kms:GenerateDataKey","Resource":"*"}}]}}"#
    );
    env.ok(&[
        "put-key-policy",
        "--key-id",
        &key,
        "--policy",
        &deny,
        "--bypass-policy-lockout-safety-check",
        "--principal",
        ADMIN,
    ]);
    let denied = String::from_utf8_lossy(
        &as_web(
            &env,
            &[
                "generate-data-key",
                "--key-id",
                &key,
                "--number-of-bytes",
                "32",
                "--encryption-context",
                "app=web",
            ],
        )
        .stderr,
    )
    .into_owned();
    assert!(
        denied.contains("with an explicit deny in a resource-based policy"),
        "{denied}"
    );

    // Retired by its token, the grant is gone.
    let token = made["GrantToken"].as_str().unwrap();
    env.ok(&["retire-grant", "--grant-token", token, "--principal", ADMIN]);
    let listed: Value = env.json(&["list-grants", "--key-id", &key, "--principal", ADMIN]);
    assert!(listed["Grants"].as_array().unwrap().is_empty());
    env.kms_error(
        "InvalidGrantTokenException",
        "RetireGrant",
        &["retire-grant", "--grant-token", token, "--principal", ADMIN],
    );
}

#[test]
fn grant_requests_are_refused_as_aws_refuses_them() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.alias("alias/g", &key);
    let create = |args: &[&str]| {
        let mut all = vec!["create-grant", "--grantee-principal", WEB_ROLE];
        all.extend_from_slice(args);
        env.fails(254, &all)
    };
    let line = |exception: &str, message: &str| {
        format!(
            "An error occurred ({exception}) when calling the CreateGrant operation: {message}\n"
        )
    };
    assert_eq!(
        create(&["--key-id", &key, "--operations", "CreateGrant"]),
        line(
            "ValidationException",
            "Grants must not contain only the CreateGrant operation."
        )
    );
    assert_eq!(
        create(&["--key-id", "alias/g", "--operations", "Decrypt"]),
        line(
            "InvalidArnException",
            "Key Aliases are not supported for this operation."
        )
    );
    assert_eq!(
        create(&[
            "--key-id",
            &key,
            "--operations",
            "Decrypt",
            "--constraints",
            r#"{"EncryptionContextSubset":{"a":"b"},"EncryptionContextEquals":{"a":"b"}}"#,
        ]),
        line("ValidationException", "More than one constraint supplied")
    );
    assert!(create(&["--key-id", &key, "--operations", "Sign"]).contains("(ValidationException)"));
    env.kms_error(
        "InvalidGrantIdException",
        "RevokeGrant",
        &[
            "revoke-grant",
            "--key-id",
            &key,
            "--grant-id",
            &"0".repeat(64),
        ],
    );
    // Revoked by the key's owner, a grant allows nothing more.
    let made: Value = env.json(&[
        "create-grant",
        "--key-id",
        &key,
        "--grantee-principal",
        WEB_ROLE,
        "--operations",
        "Decrypt",
    ]);
    let id = made["GrantId"].as_str().unwrap();
    env.ok(&["revoke-grant", "--key-id", &key, "--grant-id", id]);
    let listed: Value = env.json(&["list-grants", "--key-id", &key]);
    assert!(listed["Grants"].as_array().unwrap().is_empty());
}

#[test]
fn grant_lists_page_as_the_aws_cli_pages_them() {
    let env = TestEnv::new();
    let key = env.create_key();
    let mut ids = Vec::new();
    for n in 0..3 {
        let grantee = format!("arn:aws:iam::111122223333:role/r{n}");
        let made: Value = env.json(&[
            "create-grant",
            "--key-id",
            &key,
            "--grantee-principal",
            &grantee,
            "--operations",
            "Decrypt",
            "--retiring-principal",
            ADMIN,
        ]);
        ids.push(made["GrantId"].as_str().unwrap().to_owned());
    }
    let grant_ids = |listed: &Value| -> Vec<String> {
        listed["Grants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["GrantId"].as_str().unwrap().to_owned())
            .collect()
    };
    for list in [
        vec!["list-grants", "--key-id", &key],
        vec!["list-retirable-grants", "--retiring-principal", ADMIN],
    ] {
        // Every page merged, without Truncated, as the aws CLI prints it.
        let all: Value = env.json(&list);
        assert_eq!(all.get("Truncated"), None, "{all}");
        let mut everything = grant_ids(&all);
        everything.sort();
        let mut made = ids.clone();
        made.sort();
        assert_eq!(everything, made);
        // --max-items stops early with a NextToken; --starting-token resumes.
        let first: Value =
            env.json(&[list.as_slice(), &["--max-items", "2", "--page-size", "1"]].concat());
        assert_eq!(grant_ids(&first).len(), 2, "{first}");
        let token = first["NextToken"].as_str().unwrap();
        let rest: Value = env.json(&[list.as_slice(), &["--starting-token", token]].concat());
        assert_eq!(rest.get("NextToken"), None, "{rest}");
        let mut resumed = grant_ids(&first);
        resumed.extend(grant_ids(&rest));
        assert_eq!(resumed, grant_ids(&all));
        // --limit is one page, as the API returns it.
        let page: Value = env.json(&[list.as_slice(), &["--limit", "1"]].concat());
        assert_eq!(page["Truncated"], true, "{page}");
        assert!(page["NextMarker"].is_string(), "{page}");
    }
}
