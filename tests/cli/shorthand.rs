//! The shorthand parser against the aws CLI v2's own: every vector in
//! tests/shorthand/vectors.json (made by tests/shorthand/generate.py with
//! the aws CLI's parser) parses to the same keys, values and order, or fails
//! with the same message.

use kms_local::cli::shorthand::{self, Value};
use serde_json::{Value as Json, json};

fn tagged(value: &Value) -> Json {
    match value {
        Value::Str(s) => json!({ "s": s }),
        Value::List(items) => json!({ "l": items.iter().map(tagged).collect::<Vec<_>>() }),
        Value::Map(pairs) => {
            json!({ "m": pairs.iter().map(|(k, v)| json!([k, tagged(v)])).collect::<Vec<_>>() })
        }
    }
}

#[test]
fn every_vector_parses_as_the_aws_cli_parses_it() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/shorthand/vectors.json");
    let vectors: Vec<Json> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(vectors.len() > 1000, "{} vectors", vectors.len());
    let mut wrong = Vec::new();
    for vector in &vectors {
        let input = vector["input"].as_str().unwrap();
        let got = match shorthand::parse(input) {
            Ok(pairs) => tagged(&Value::Map(pairs)),
            Err(e) => json!({ "error": e.to_string() }),
        };
        if got != vector["output"] {
            wrong.push(format!(
                "{input:?}\n  aws CLI: {}\n  here:    {got}",
                vector["output"]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} differ:\n{}",
        wrong.len(),
        vectors.len(),
        wrong[..wrong.len().min(15)].join("\n")
    );
}
