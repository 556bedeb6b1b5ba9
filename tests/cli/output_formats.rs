//! Table and YAML output against the aws CLI v2's own formatters: every
//! vector in tests/output/vectors.json (made by tests/output/generate.py
//! with the aws CLI's formatters) prints the same bytes, or fails with the
//! same message.

use kms_local::cli::output::{Format, Terminal, render};
use serde_json::Value;

#[test]
fn every_vector_prints_as_the_aws_cli_prints_it() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/output/vectors.json");
    let vectors: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(vectors.len() > 400, "{} vectors", vectors.len());
    let terminal = Terminal {
        width: 80,
        color: false,
    };
    let mut wrong = Vec::new();
    for vector in &vectors {
        let title = vector["title"].as_str().unwrap();
        for (name, format) in [
            ("table", Format::Table),
            ("yaml", Format::Yaml),
            ("yaml-stream", Format::YamlStream),
        ] {
            let got = match render(format, title, &vector["input"], &terminal) {
                Ok(text) => Value::String(text.to_string()),
                Err(e) => serde_json::json!({ "error": e.to_string() }),
            };
            if got != vector[name] {
                wrong.push(format!(
                    "{name} of {}:\n--- aws\n{}\n--- kms-local\n{}",
                    vector["input"],
                    shown(&vector[name]),
                    shown(&got)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} differ:\n{}",
        wrong.len(),
        vectors.len() * 3,
        wrong.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}

fn shown(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}
