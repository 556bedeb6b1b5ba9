#![no_main]

//! A key policy document: parsing and evaluating any text never panics, and
//! whatever it takes holds statements that each name a principal; printing
//! it in AWS's layout gives the same JSON back.

libfuzzer_sys::fuzz_target!(|text: &str| {
    let Ok(policy) = kms_local::policy::parse(text) else {
        return;
    };
    assert!(!policy.statements.is_empty());
    let _ = policy.lets_update("arn:aws:iam::111122223333:root", "111122223333");
    // Evaluating it for a request never panics either, whatever its conditions.
    let values = |key: &str| match key {
        "kms:encryptioncontext:app" => Some(vec!["web".to_owned()]),
        "kms:encryptioncontextkeys" => Some(vec!["app".to_owned(), "team".to_owned()]),
        "aws:currenttime" => Some(vec!["2026-11-30T00:00:00Z".to_owned()]),
        _ => None,
    };
    let facts = kms_local::policy::Facts {
        principal: "arn:aws:sts::111122223333:assumed-role/web/s",
        account: "111122223333",
        action: "kms:Decrypt",
        resource: "arn:aws:kms:us-east-1:111122223333:key/0",
        values: &values,
    };
    let _ = kms_local::policy::evaluate(&policy, &facts);
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        let printed = kms_local::policy::pretty(&value);
        let again: serde_json::Value = serde_json::from_str(&printed).expect("printed JSON parses");
        assert_eq!(again, value);
    }
});
