use proptest::prelude::*;

use super::*;

#[test]
fn shorthand_and_json_contexts_agree() {
    let a = context("--encryption-context", "purpose=ci,team=infra").unwrap();
    let b = context("--encryption-context", r#"{"team":"infra","purpose":"ci"}"#).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.0.len(), 2);
}

#[test]
fn shorthand_reads_as_the_aws_cli_reads_it() {
    let ctx = context("--encryption-context", "a=b ,c=d=e, q='x,y'").unwrap();
    assert_eq!(ctx.0["a"], "b");
    assert_eq!(ctx.0["c"], "d=e");
    assert_eq!(ctx.0["q"], "x,y");
    // JSON keeps every byte.
    let exact = context("--encryption-context", r#"{"a":"b "}"#).unwrap();
    assert_eq!(exact.0["a"], "b ");
}

#[test]
fn malformed_contexts_are_refused_as_the_aws_cli_refuses_them() {
    // A list is not read as a map at all: "Invalid JSON:" and the value.
    for bad in ["novalue", "a=1,a=2", "{not json", "", "é=x", r#"["a"]"#] {
        assert!(
            matches!(
                context("--encryption-context", bad),
                Err(Error::Input { .. })
            ),
            "{bad}"
        );
    }
    for bad in [r#"{"a":1}"#, "a=b,c", "a={b=c}"] {
        assert!(
            matches!(
                context("--encryption-context", bad),
                Err(Error::ParamValidation(_))
            ),
            "{bad}"
        );
    }
}

#[test]
fn blobs_decode_from_base64_with_line_breaks() {
    assert_eq!(
        &*blob("--ciphertext-blob", "aGVs\nbG8=", 10).unwrap(),
        b"hello"
    );
    assert!(matches!(
        blob("--ciphertext-blob", "not base64!", 10),
        Err(Error::Input { .. })
    ));
    assert!(matches!(
        blob("--ciphertext-blob", "fileb:///nonexistent/file", 10),
        Err(Error::Input { .. })
    ));
}

#[test]
fn tags_in_both_forms() {
    let want = vec![Tag {
        tag_key: "k".into(),
        tag_value: "v".into(),
    }];
    let tags = |value: &str| tag_list("--tags", &[value.to_owned()]);
    assert_eq!(tags("TagKey=k,TagValue=v").unwrap(), want);
    assert_eq!(tags("TagKey = k , TagValue = v ").unwrap(), want);
    assert_eq!(tags(r#"[{"TagKey":"k","TagValue":"v"}]"#).unwrap(), want);
    assert_eq!(
        tags("Key=k,Value=v").unwrap_err().to_string(),
        "Parameter validation failed:\n\
         Missing required parameter in Tags[0]: \"TagKey\"\n\
         Missing required parameter in Tags[0]: \"TagValue\"\n\
         Unknown parameter in Tags[0]: \"Key\", must be one of: TagKey, TagValue\n\
         Unknown parameter in Tags[0]: \"Value\", must be one of: TagKey, TagValue"
    );
}

proptest! {
    #[test]
    fn readers_never_panic(s in ".{0,64}") {
        // `-` reads stdin, which a test must not wait on.
        prop_assume!(s != "-");
        let _ = context("--encryption-context", &s);
        let _ = tag_list("--tags", std::slice::from_ref(&s));
        let _ = blob("--ciphertext-blob", &s, 64);
    }
}
