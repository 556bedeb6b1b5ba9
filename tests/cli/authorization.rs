//! Key policies decide: each row of tests/policies/evaluation.json (AWS's
//! documented examples) run through the command line acting as the row's
//! principal (`--principal`). tests/clients/test_authorization.py runs the
//! same rows through `serve`, signed by each principal's access key.

use serde_json::Value;

use crate::common::*;

/// The principal ARN `p` names: an account's root, a user, or a session of
/// a role (as `create-access-key --role-name` makes it).
fn principal(p: &Value) -> String {
    let account = p["account"].as_str().unwrap();
    match (p["user"].as_str(), p["role"].as_str()) {
        (Some(user), _) => format!("arn:aws:iam::{account}:user/{user}"),
        (_, Some(role)) => format!("arn:aws:sts::{account}:assumed-role/{role}/kms-local"),
        _ => format!("arn:aws:iam::{account}:root"),
    }
}

#[test]
fn each_documented_policy_answers_as_aws_does() {
    let table: Value =
        serde_json::from_str(&std::fs::read_to_string("tests/policies/evaluation.json").unwrap())
            .unwrap();
    let env = TestEnv::new();
    for (n, row) in table["rows"].as_array().unwrap().iter().enumerate() {
        let name = row["policy"].as_str().unwrap();
        let mut create = vec!["create-key".to_owned()];
        if let Some(spec) = row["key_spec"].as_str() {
            create.extend(["--key-spec".into(), spec.into(), "--key-usage".into()]);
            create.push("SIGN_VERIFY".into());
        }
        let policy = &table["policies"][name];
        if !policy.is_null() {
            create.extend([
                "--policy".into(),
                policy.to_string(),
                "--bypass-policy-lockout-safety-check".into(),
            ]);
        }
        let create: Vec<&str> = create.iter().map(String::as_str).collect();
        let created: Value = env.json(&create);
        let arn = created["KeyMetadata"]["Arn"].as_str().unwrap().to_owned();
        if let Some(grant) = row.get("grant") {
            let mut args = vec![
                "create-grant".to_owned(),
                "--key-id".into(),
                arn.clone(),
                "--grantee-principal".into(),
                grant["grantee"].as_str().unwrap().into(),
                "--principal".into(),
                principal(&grant["by"]),
                "--operations".into(),
            ];
            args.extend(
                grant["operations"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| o.as_str().unwrap().to_owned()),
            );
            if let Some(constraints) = grant.get("constraints") {
                args.extend(["--constraints".into(), constraints.to_string()]);
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            env.ok(&args);
        }
        let who = principal(&row["principal"]);
        let mut args: Vec<String> = match row["operation"].as_str().unwrap() {
            "GenerateDataKey" => vec![
                "generate-data-key".into(),
                "--number-of-bytes".into(),
                "32".into(),
            ],
            "DescribeKey" => vec!["describe-key".into()],
            "Encrypt" => vec!["encrypt".into(), "--plaintext".into(), "aGk=".into()],
            "Sign" => vec![
                "sign".into(),
                "--signing-algorithm".into(),
                "ECDSA_SHA_256".into(),
                "--message-type".into(),
                row["message_type"].as_str().unwrap().into(),
                "--message".into(),
                // 32 bytes: a digest's length, and a message too.
                "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=".into(),
            ],
            "CreateGrant" => {
                let mut args = vec![
                    "create-grant".into(),
                    "--grantee-principal".into(),
                    row["grantee"].as_str().unwrap().into(),
                    "--operations".into(),
                ];
                for op in row["grant_operations"].as_array().unwrap() {
                    args.push(op.as_str().unwrap().into());
                }
                if let Some(constraints) = row.get("constraints") {
                    args.extend(["--constraints".into(), constraints.to_string()]);
                }
                args
            }
            other => panic!("no command for {other}"),
        };
        args.extend([
            "--key-id".into(),
            arn.clone(),
            "--principal".into(),
            who.clone(),
        ]);
        if let Some(context) = row["context"].as_object() {
            let pairs: Vec<String> = context
                .iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap()))
                .collect();
            args.extend(["--encryption-context".into(), pairs.join(",")]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        match row["expect"].as_str().unwrap() {
            "Allow" => assert!(out.status.success(), "row {n} ({name}, {who}): {stderr}"),
            exception => {
                assert_eq!(
                    out.status.code(),
                    Some(254),
                    "row {n} ({name}, {who}) was allowed"
                );
                assert!(
                    stderr.contains(&format!("({exception})")),
                    "row {n}: {stderr}"
                );
                assert!(
                    stderr.contains(&format!("User: {who} is not authorized to perform: kms:")),
                    "row {n}: {stderr}"
                );
            }
        }
    }
}

#[test]
fn a_principal_must_be_an_arn_a_policy_can_name() {
    let env = TestEnv::new();
    for bad in [
        "bob",
        "*",
        "111122223333",
        "arn:aws:iam::1:root",
        "arn:aws:s3:::bucket",
    ] {
        let stderr = env.fails(252, &["list-keys", "--principal", bad]);
        assert!(stderr.contains("--principal"), "{bad}: {stderr}");
    }
}
