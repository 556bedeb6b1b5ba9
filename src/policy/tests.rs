//! Policy documents: what AWS takes and refuses, its layout, and that no
//! input panics the parser.

use proptest::prelude::*;

use super::*;

const ACCOUNT: &str = "111122223333";

#[test]
fn the_default_policy_parses_prints_as_aws_prints_it_and_lets_its_owner_update_it() {
    let text = default_policy(ACCOUNT);
    let policy = parse(&text).unwrap();
    assert_eq!(pretty(&serde_json::from_str(&text).unwrap()), text);
    assert!(policy.lets_update("arn:aws:iam::111122223333:user/ci", ACCOUNT));
    assert!(!policy.lets_update("arn:aws:iam::444455556666:root", "444455556666"));
}

#[test]
fn aws_layout_for_compact_input() {
    let compact = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:role/a","111122223333"]},"Action":["kms:Decrypt","kms:Encrypt"],"Resource":"*","Condition":{}}]}"#;
    let printed = pretty(&serde_json::from_str(compact).unwrap());
    assert_eq!(
        printed,
        "{\n  \"Version\" : \"2012-10-17\",\n  \"Statement\" : [ {\n    \"Effect\" : \"Allow\",\n    \
         \"Principal\" : {\n      \"AWS\" : [ \"arn:aws:iam::111122223333:role/a\", \"111122223333\" ]\n    },\n    \
         \"Action\" : [ \"kms:Decrypt\", \"kms:Encrypt\" ],\n    \"Resource\" : \"*\",\n    \"Condition\" : { }\n  } ]\n}"
    );
}

#[test]
fn malformed_documents_are_refused_with_awss_words() {
    let principal = |p: &str| {
        format!(
            r#"{{"Statement":[{{"Effect":"Allow","Principal":{p},"Action":"kms:*","Resource":"*"}}]}}"#
        )
    };
    for bad in [
        "not a real policy statement",
        "[]",
        r#"{"Statement":[]}"#,
        r#"{"Version":"2019-01-01","Statement":{"Effect":"Allow","Principal":"*","Action":"kms:*"}}"#,
        r#"{"Statement":{"Effect":"Maybe","Principal":"*","Action":"kms:*"}}"#,
        r#"{"Statement":{"Effect":"Allow","Action":"kms:*"}}"#,
        r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"kms:*","Colour":"red"}}"#,
        r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"kms:*","Condition":{"StringMaybe":{"a":"b"}}}}"#,
        r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}}"#,
        r#"{"Extra":1,"Statement":{"Effect":"Allow","Principal":"*","Action":"kms:*"}}"#,
    ] {
        assert!(parse(bad).is_err(), "{bad}");
    }
    for bad in [
        r#"{"AWS":"arn:aws:iam::1234:root"}"#,
        r#"{"AWS":"bob"}"#,
        r#""someone""#,
        r#"{"Federated":"x"}"#,
    ] {
        assert_eq!(
            parse(&principal(bad)),
            Err(Malformed(
                "Policy contains a statement with one or more invalid principals.".into()
            )),
            "{bad}"
        );
    }
    for good in [
        r#""*""#,
        r#"{"AWS":"*"}"#,
        r#"{"AWS":"444455556666"}"#,
        r#"{"AWS":["arn:aws:iam::444455556666:role/web","arn:aws:sts::444455556666:assumed-role/web/session"]}"#,
        r#"{"Service":"s3.amazonaws.com"}"#,
    ] {
        assert!(parse(&principal(good)).is_ok(), "{good}");
    }
    // A statement without Action is taken, and allows nothing.
    let quiet = parse(r#"{"Statement":{"Effect":"Allow","Principal":"*"}}"#).unwrap();
    assert!(!quiet.lets_update("arn:aws:iam::111122223333:root", ACCOUNT));
    assert!(
        parse(r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"kms:Decrypt","Condition":{"ForAllValues:StringEquals":{"kms:EncryptionContext:app":"x"}}}}"#)
            .unwrap_err()
            .0
            .starts_with("OverlyPermissiveCondition")
    );
}

#[test]
fn action_patterns_match_as_iam_matches_them() {
    assert!(action_matches("kms:*", "kms:PutKeyPolicy"));
    assert!(action_matches("KMS:put*", "kms:PutKeyPolicy"));
    assert!(action_matches("*", "kms:Decrypt"));
    assert!(action_matches("kms:?ecrypt", "kms:Decrypt"));
    assert!(!action_matches("kms:Get*", "kms:PutKeyPolicy"));
    assert!(!action_matches("kms:Decrypt", "kms:DecryptX"));
}

proptest! {
    #[test]
    fn any_text_parses_or_is_refused_without_panicking(text in ".{0,400}") {
        let _ = parse(&text);
    }

    #[test]
    fn any_json_parses_or_is_refused_without_panicking(value in json(4)) {
        let text = value.to_string();
        if let Ok(policy) = parse(&text) {
            // Whatever passes holds at least one statement, each with a principal.
            prop_assert!(!policy.statements.is_empty());
            prop_assert!(policy.statements.iter().all(|s| s.principal.is_some() != s.not_principal.is_some()));
            // It allows nothing it has no Allow statement for.
            let values = |_: &str| None;
            let facts = Facts {
                principal: "arn:aws:iam::111122223333:user/u",
                account: ACCOUNT,
                action: "kms:Decrypt",
                resource: "arn:aws:kms:us-east-1:111122223333:key/k",
                values: &values,
            };
            let allows = policy.statements.iter().any(|s| s.effect == Effect::Allow);
            if !allows {
                prop_assert_ne!(evaluate(&policy, &facts), Decision::Allow);
            }
        }
        let _ = pretty(&value);
    }
}

/// Random JSON, biased towards the shapes of a policy.
fn json(depth: u32) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        prop::sample::select(vec![
            "Allow",
            "Deny",
            "*",
            "kms:*",
            "kms:Decrypt",
            "2012-10-17",
            "111122223333",
            "arn:aws:iam::111122223333:root",
            "StringEquals",
            "x",
        ])
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(depth, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "Version",
                        "Statement",
                        "Effect",
                        "Principal",
                        "AWS",
                        "Action",
                        "Resource",
                        "Condition",
                        "StringEquals",
                        "Sid",
                        "NotPrincipal",
                    ]),
                    inner
                ),
                0..5
            )
            .prop_map(|members| Value::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v))
                    .collect()
            )),
        ]
    })
}

fn decide(policy: &str, principal: &str, action: &str, context: &[(&str, &str)]) -> Decision {
    let policy = parse(policy).unwrap();
    let context: Vec<(String, String)> = context
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let values = |key: &str| {
        if let Some(name) = key.strip_prefix("kms:encryptioncontext:") {
            return context
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| vec![v.clone()]);
        }
        match key {
            "kms:encryptioncontextkeys" => Some(context.iter().map(|(k, _)| k.clone()).collect()),
            _ => None,
        }
    };
    let account = principal.split(':').nth(4).unwrap();
    evaluate(
        &policy,
        &Facts {
            principal,
            account,
            action,
            resource: "arn:aws:kms:us-east-1:111122223333:key/k",
            values: &values,
        },
    )
}

#[test]
fn statements_apply_by_principal_action_resource_and_condition() {
    let root = "arn:aws:iam::111122223333:root";
    let web = "arn:aws:sts::111122223333:assumed-role/web/session";
    let stranger = "arn:aws:iam::444455556666:user/x";
    let default = default_policy(ACCOUNT);
    // The account covers its principals; another account is not.
    assert_eq!(decide(&default, root, "kms:Decrypt", &[]), Decision::Allow);
    assert_eq!(decide(&default, web, "kms:Decrypt", &[]), Decision::Allow);
    assert_eq!(
        decide(&default, stranger, "kms:Decrypt", &[]),
        Decision::ImplicitDeny
    );
    // A role ARN covers its sessions; a Deny wins over an Allow.
    let deny = r#"{"Statement":[
        {"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"kms:*","Resource":"*"},
        {"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:role/web"},"Action":"kms:Decrypt","Resource":"*"}]}"#;
    assert_eq!(
        decide(deny, web, "kms:Decrypt", &[]),
        Decision::ExplicitDeny
    );
    assert_eq!(decide(deny, web, "kms:Encrypt", &[]), Decision::Allow);
    // NotAction, NotPrincipal, and a Resource that is not the key.
    let not = r#"{"Statement":[
        {"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:role/web"},"NotAction":"kms:Decrypt","Resource":"*"},
        {"Effect":"Allow","Principal":"*","Action":"kms:Sign","Resource":"arn:aws:kms:*:*:key/other"}]}"#;
    assert_eq!(decide(not, root, "kms:Encrypt", &[]), Decision::Allow);
    assert_eq!(
        decide(not, root, "kms:Decrypt", &[]),
        Decision::ImplicitDeny
    );
    assert_eq!(decide(not, web, "kms:Encrypt", &[]), Decision::ImplicitDeny);
    assert_eq!(decide(not, web, "kms:Sign", &[]), Decision::ImplicitDeny);
}

#[test]
fn conditions_treat_missing_keys_as_aws_does() {
    let root = "arn:aws:iam::111122223333:root";
    let with = |condition: &str| {
        format!(
            r#"{{"Statement":{{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*","Condition":{condition}}}}}"#
        )
    };
    let equals = with(r#"{"StringEquals":{"kms:EncryptionContext:App":["web","api"]}}"#);
    assert_eq!(
        decide(&equals, root, "kms:Decrypt", &[("app", "api")]),
        Decision::Allow
    );
    assert_eq!(
        decide(&equals, root, "kms:Decrypt", &[("app", "db")]),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(&equals, root, "kms:Decrypt", &[]),
        Decision::ImplicitDeny
    );
    let not_equals = with(r#"{"StringNotEquals":{"kms:EncryptionContext:app":["web","api"]}}"#);
    assert_eq!(
        decide(&not_equals, root, "kms:Decrypt", &[("app", "db")]),
        Decision::Allow
    );
    assert_eq!(
        decide(&not_equals, root, "kms:Decrypt", &[("app", "web")]),
        Decision::ImplicitDeny
    );
    assert_eq!(
        decide(&not_equals, root, "kms:Decrypt", &[]),
        Decision::Allow
    );
    let if_exists = with(r#"{"StringEqualsIfExists":{"kms:EncryptionContext:app":"web"}}"#);
    assert_eq!(
        decide(&if_exists, root, "kms:Decrypt", &[]),
        Decision::Allow
    );
    let all = with(r#"{"ForAllValues:StringEquals":{"kms:EncryptionContextKeys":["app","team"]}}"#);
    assert_eq!(
        decide(&all, root, "kms:Decrypt", &[("app", "x")]),
        Decision::Allow
    );
    assert_eq!(
        decide(&all, root, "kms:Decrypt", &[("other", "x")]),
        Decision::ImplicitDeny
    );
    assert_eq!(decide(&all, root, "kms:Decrypt", &[]), Decision::Allow);
    let any = with(r#"{"ForAnyValue:StringLike":{"kms:EncryptionContextKeys":"te*"}}"#);
    assert_eq!(
        decide(&any, root, "kms:Decrypt", &[("team", "x")]),
        Decision::Allow
    );
    assert_eq!(
        decide(&any, root, "kms:Decrypt", &[]),
        Decision::ImplicitDeny
    );
    let null = with(r#"{"Null":{"kms:EncryptionContextKeys":"true"}}"#);
    assert_eq!(decide(&null, root, "kms:Decrypt", &[]), Decision::Allow);
    assert_eq!(
        decide(&null, root, "kms:Decrypt", &[("a", "b")]),
        Decision::ImplicitDeny
    );
}

#[test]
fn wildcards_take_linear_time_on_hostile_patterns() {
    let text = "a".repeat(4000);
    let pattern = format!("{}b", "*a".repeat(100));
    assert!(!glob(&pattern, &text, true));
    assert!(glob("*a*", &text, true));
    assert!(glob("kms:*", "KMS:Decrypt", false));
    assert!(!glob("kms:*", "KMS:Decrypt", true));
}

/// The wildcard match by its definition, exponential but obviously right.
fn glob_by_definition(p: &[char], t: &[char]) -> bool {
    match p.split_first() {
        None => t.is_empty(),
        Some(('*', rest)) => (0..=t.len()).any(|skip| glob_by_definition(rest, &t[skip..])),
        Some((&c, rest)) => {
            t.first().is_some_and(|&first| c == '?' || c == first)
                && glob_by_definition(rest, &t[1..])
        }
    }
}

proptest! {
    #[test]
    fn wildcards_match_as_defined(pattern in "[aAb*?é]{0,8}", text in "[aAbé]{0,10}") {
        let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
        prop_assert_eq!(glob(&pattern, &text, true), glob_by_definition(&p, &t));
        let lower = |s: &str| s.to_ascii_lowercase().chars().collect::<Vec<char>>();
        prop_assert_eq!(
            glob(&pattern, &text, false),
            glob_by_definition(&lower(&pattern), &lower(&text))
        );
    }
}
