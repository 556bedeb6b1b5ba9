//! The docs cite tests by `module::function`; every one they cite exists, so
//! a renamed or deleted test cannot leave a claim standing without proof.

use std::path::Path;

#[test]
fn every_test_the_docs_cite_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cited = 0;
    for doc in ["docs/differences-from-aws.md", "docs/security.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        for span in text.split('`').skip(1).step_by(2) {
            let Some((module, function)) = span.split_once("::") else {
                continue;
            };
            let file = root.join("tests/cli").join(format!("{module}.rs"));
            if !module.chars().all(|c| c.is_ascii_lowercase() || c == '_') || !file.exists() {
                continue;
            }
            let source = std::fs::read_to_string(&file).unwrap();
            assert!(
                source.contains(&format!("fn {function}(")),
                "{doc} cites {module}::{function}, which tests/cli/{module}.rs does not have"
            );
            cited += 1;
        }
    }
    assert!(cited >= 20, "only {cited} citations found");
}
