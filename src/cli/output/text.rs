//! `--output text`: the aws CLI's rules. A scalar prints alone; an object
//! prints its scalars (sorted by key) tab-separated on one line, prefixed by
//! its key in capitals when nested, then each nested value; a list of
//! scalars prints on one line, or under a key a line per item.

use serde_json::Value;

use super::{is_scalar, push_scalar, scalar_keys};

pub fn format(value: &Value, out: &mut String) {
    item(value, None, None, out);
}

fn item(value: &Value, id: Option<&str>, keys: Option<&[String]>, out: &mut String) {
    match value {
        Value::Object(map) => object(map, id, keys, out),
        Value::Array(items) => list(items, id, out),
        other => {
            push_scalar(other, out);
            out.push('\n');
        }
    }
}

/// Writes one line: the identifier in capitals if any, then the cells,
/// tab-separated. An absent cell (`None`) prints as nothing.
fn line<'a>(id: Option<&str>, cells: impl Iterator<Item = Option<&'a Value>>, out: &mut String) {
    let mut first = true;
    if let Some(id) = id {
        out.push_str(&id.to_uppercase());
        first = false;
    }
    for cell in cells {
        if !first {
            out.push('\t');
        }
        first = false;
        if let Some(value) = cell {
            push_scalar(value, out);
        }
    }
    out.push('\n');
}

fn object(
    map: &serde_json::Map<String, Value>,
    id: Option<&str>,
    keys: Option<&[String]>,
    out: &mut String,
) {
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let (cells, nested): (Vec<Option<&Value>>, Vec<(&String, &Value)>) = match keys {
        None => (
            entries
                .iter()
                .filter(|(_, v)| is_scalar(v))
                .map(|(_, v)| Some(*v))
                .collect(),
            entries.into_iter().filter(|(_, v)| !is_scalar(v)).collect(),
        ),
        Some(keys) => (
            keys.iter().map(|k| map.get(k)).collect(),
            entries
                .into_iter()
                .filter(|(k, _)| !keys.contains(k))
                .collect(),
        ),
    };
    if !cells.is_empty() {
        line(id, cells.into_iter(), out);
    }
    for (k, v) in nested {
        item(v, Some(k), None, out);
    }
}

fn list(items: &[Value], id: Option<&str>, out: &mut String) {
    if items.is_empty() {
        return;
    }
    if items.iter().any(Value::is_object) {
        // Every object of a list prints the same columns.
        let keys = scalar_keys(items);
        for element in items {
            item(element, id, Some(&keys), out);
        }
    } else if items.iter().any(Value::is_array) {
        let (scalars, nested): (Vec<&Value>, Vec<&Value>) =
            items.iter().partition(|v| is_scalar(v));
        if !scalars.is_empty() {
            scalar_list(id, &scalars, out);
        }
        for element in nested {
            item(element, id, None, out);
        }
    } else {
        scalar_list(id, &items.iter().collect::<Vec<_>>(), out);
    }
}

/// A list of scalars: one line, tab-separated; under a key, a line per
/// item, each after the key.
fn scalar_list(id: Option<&str>, items: &[&Value], out: &mut String) {
    match id {
        None => line(None, items.iter().map(|v| Some(*v)), out),
        Some(_) => {
            for value in items {
                line(id, std::iter::once(Some(*value)), out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn text_of(value: Value) -> String {
        let mut out = String::new();
        format(&value, &mut out);
        out
    }

    #[test]
    fn text_output_follows_the_aws_cli() {
        assert_eq!(text_of(json!("abc")), "abc\n");
        assert_eq!(
            text_of(json!({"B": 2, "A": "x", "C": true})),
            "x\t2\tTrue\n"
        );
        assert_eq!(
            text_of(json!({"KeyMetadata": {"KeyId": "k", "Enabled": false, "Algs": ["S"]}})),
            "KEYMETADATA\tFalse\tk\nALGS\tS\n"
        );
        assert_eq!(
            text_of(
                json!({"Keys": [{"KeyId": "a", "KeyArn": "arn-a"}, {"KeyId": "b"}], "Truncated": false})
            ),
            "False\nKEYS\tarn-a\ta\nKEYS\t\tb\n"
        );
    }
}
