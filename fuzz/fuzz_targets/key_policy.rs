#![no_main]

//! A key policy document: parsing any text never panics, and whatever it
//! takes holds statements that each name a principal; printing it in AWS's
//! layout gives the same JSON back.

libfuzzer_sys::fuzz_target!(|text: &str| {
    let Ok(policy) = kms_local::policy::parse(text) else {
        return;
    };
    assert!(!policy.statements.is_empty());
    let _ = policy.lets_update("arn:aws:iam::111122223333:root", "111122223333");
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        let printed = kms_local::policy::pretty(&value);
        let again: serde_json::Value = serde_json::from_str(&printed).expect("printed JSON parses");
        assert_eq!(again, value);
    }
});
