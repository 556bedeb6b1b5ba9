//! The aws CLI's own check of a parameter before any request is sent
//! (botocore's parameter validation): a value of the wrong type, a missing
//! or unknown member of a structure, a string shorter than the model allows.
//! Its reports name values as Python prints them, so this module does too.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use crate::cli::shorthand;
use crate::error::Error;

/// A parameter's value as shorthand makes it, as JSON: strings, lists and
/// maps in their order.
pub fn from_shorthand(pairs: Vec<(String, shorthand::Value)>) -> Value {
    fn json(value: shorthand::Value) -> Value {
        match value {
            shorthand::Value::Str(s) => Value::String(s),
            shorthand::Value::List(items) => Value::Array(items.into_iter().map(json).collect()),
            shorthand::Value::Map(pairs) => from_shorthand(pairs),
        }
    }
    Value::Object(pairs.into_iter().map(|(k, v)| (k, json(v))).collect())
}

/// A map of strings (an encryption context) named `member`.
pub fn string_map(member: &str, value: Value) -> Result<BTreeMap<String, String>, Error> {
    let Value::Object(map) = value else {
        return Err(Error::ParamValidation(vec![invalid_type(
            member, &value, "dict",
        )]));
    };
    let mut errors = Vec::new();
    let mut out = BTreeMap::new();
    for (key, value) in map {
        match value {
            Value::String(s) => {
                out.insert(key, s);
            }
            other => errors.push(invalid_type(&format!("{member}.{key}"), &other, "str")),
        }
    }
    match errors.is_empty() {
        true => Ok(out),
        false => Err(Error::ParamValidation(errors)),
    }
}

/// One member of a structure: its name, whether it is required, and the
/// shortest string it takes.
pub struct Member {
    pub name: &'static str,
    pub required: bool,
    pub min_len: usize,
}

/// A list of structures of string members (`--tags`) named `list`, checked
/// member by member in botocore's order: the required members, the unknown
/// ones, then each member's type and length.
pub fn structures(
    list: &str,
    members: &[Member],
    items: Vec<Value>,
) -> Result<Vec<BTreeMap<String, String>>, Error> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let name = format!("{list}[{i}]");
        let Value::Object(map) = item else {
            errors.push(invalid_type(&name, &item, "dict"));
            continue;
        };
        for member in members.iter().filter(|m| m.required) {
            if !map.contains_key(member.name) {
                errors.push(format!(
                    "Missing required parameter in {name}: \"{}\"",
                    member.name
                ));
            }
        }
        let names: Vec<&str> = members.iter().map(|m| m.name).collect();
        for key in map.keys() {
            if !names.contains(&key.as_str()) {
                errors.push(format!(
                    "Unknown parameter in {name}: \"{key}\", must be one of: {}",
                    names.join(", ")
                ));
            }
        }
        let mut fields = BTreeMap::new();
        for member in members {
            match map.get(member.name) {
                Some(Value::String(s)) if s.chars().count() < member.min_len => {
                    errors.push(format!(
                        "Invalid length for parameter {name}.{}, value: {}, valid min length: {}",
                        member.name,
                        s.chars().count(),
                        member.min_len
                    ));
                }
                Some(Value::String(s)) => {
                    fields.insert(member.name.to_owned(), s.clone());
                }
                Some(other) => errors.push(invalid_type(
                    &format!("{name}.{}", member.name),
                    other,
                    "str",
                )),
                None => {}
            }
        }
        out.push(fields);
    }
    match errors.is_empty() {
        true => Ok(out),
        false => Err(Error::ParamValidation(errors)),
    }
}

pub(crate) fn invalid_type(name: &str, value: &Value, valid: &str) -> String {
    format!(
        "Invalid type for parameter {name}, value: {}, type: <class '{}'>, valid types: <class '{valid}'>",
        repr(value),
        type_name(value)
    )
}

/// The name of the Python type `json.loads` makes of `value`.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_i64() || n.is_u64() => "int",
        Value::Number(_) => "float",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

/// `value` as Python's `repr` prints what `json.loads` makes of it.
pub fn repr(value: &Value) -> String {
    let mut out = String::new();
    push_repr(value, &mut out);
    out
}

fn push_repr(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Number(n) => match n.as_f64() {
            Some(f) if !(n.is_i64() || n.is_u64()) => push_float(f, out),
            _ => {
                let _ = write!(out, "{n}");
            }
        },
        Value::String(s) => push_str_repr(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_repr(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_str_repr(key, out);
                out.push_str(": ");
                push_repr(item, out);
            }
            out.push('}');
        }
    }
}

/// A float as Python's `repr` prints it: the shortest digits that read back,
/// with `.0` on a whole number and an exponent past 1e16.
fn push_float(f: f64, out: &mut String) {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 {
        let _ = write!(out, "{f:.1}");
    } else if f.is_finite() && (f.abs() >= 1e16 || (f != 0.0 && f.abs() < 1e-4)) {
        let text = format!("{f:e}");
        // Rust writes `1e16`, Python `1e+16`.
        match text.split_once('e') {
            Some((mantissa, exp)) if !exp.starts_with('-') => {
                let _ = write!(out, "{mantissa}e+{exp:0>2}");
            }
            Some((mantissa, exp)) => {
                let _ = write!(out, "{mantissa}e-{:0>2}", &exp[1..]);
            }
            None => out.push_str(&text),
        }
    } else {
        let _ = write!(out, "{f}");
    }
}

/// A string as Python's `repr` prints it: single quotes unless it holds a
/// single quote and no double one; backslash escapes for the quote, the
/// backslash and what Python does not print.
fn push_str_repr(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c == ' ' || !(c.is_control() || c.is_whitespace()) => out.push(c),
            c if u32::from(c) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c if u32::from(c) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => {
                let _ = write!(out, "\\U{:08x}", u32::from(c));
            }
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn values_print_as_python_prints_them() {
        assert_eq!(repr(&json!(["b", "c"])), "['b', 'c']");
        assert_eq!(repr(&json!({"b": "c"})), "{'b': 'c'}");
        assert_eq!(repr(&json!(1)), "1");
        assert_eq!(repr(&json!(1.5)), "1.5");
        assert_eq!(repr(&json!(2.0)), "2.0");
        assert_eq!(repr(&json!(null)), "None");
        assert_eq!(repr(&json!(true)), "True");
        assert_eq!(repr(&json!("it's")), "\"it's\"");
        assert_eq!(repr(&json!("a'\"b")), "'a\\'\"b'");
        assert_eq!(repr(&json!("tab\there\u{1}é")), "'tab\\there\\x01é'");
    }

    #[test]
    fn a_context_takes_strings_only() {
        let err = string_map("EncryptionContext", json!({"a": ["b", "c"], "d": "e"})).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Parameter validation failed:\nInvalid type for parameter EncryptionContext.a, value: \
             ['b', 'c'], type: <class 'list'>, valid types: <class 'str'>"
        );
    }
}
