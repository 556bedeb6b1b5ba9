//! The docs cite tests by `module::function`; every one they cite exists, so
//! a renamed or deleted test cannot leave a claim standing without proof.

use std::path::Path;

/// A lowercase Rust identifier, as test modules and test functions are named.
fn is_snake_case(segment: &str) -> bool {
    segment.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && segment
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[test]
fn every_test_the_docs_cite_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cited = 0;
    for doc in ["docs/differences-from-aws.md", "docs/security.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        for span in text.split('`').skip(1).step_by(2) {
            let segments: Vec<&str> = span.split("::").collect();
            // Only a path of lowercase names is a citation; `zeroize::Zeroizing`
            // names a type, and a span without `::` is no path at all.
            if segments.len() < 2 || !segments.iter().all(|s| is_snake_case(s)) {
                continue;
            }
            let [module, function] = segments[..] else {
                panic!("{doc} cites `{span}`, but a citation is `module::function`");
            };
            let path = format!("tests/cli/{module}.rs");
            let Ok(source) = std::fs::read_to_string(root.join(&path)) else {
                panic!("{doc} cites {module}::{function}, but there is no {path}");
            };
            assert!(
                source.contains(&format!("fn {function}(")),
                "{doc} cites {module}::{function}, which {path} does not have"
            );
            cited += 1;
        }
    }
    assert!(cited >= 20, "only {cited} citations found");
}
