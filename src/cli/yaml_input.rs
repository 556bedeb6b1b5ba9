//! `--cli-input-yaml`: the request as YAML, read as the aws CLI reads it
//! (ruamel.yaml's safe loader, YAML 1.2 rules) into the JSON value that
//! `--cli-input-json` would give. saphyr-parser turns the text into events;
//! this module builds the value: plain scalars resolve to booleans, numbers
//! and null as in YAML 1.2, the core tags (`!!str`, `!!int`, `!!binary`...)
//! are honoured, aliases and merge keys (`<<`) are followed.
//!
//! The text is untrusted: it nests at most [`MAX_DEPTH`] deep and makes at
//! most [`MAX_NODES`] values, aliases counted as copies, so that a small
//! document of aliases of aliases cannot grow without bound.

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use saphyr_parser::{Event, Parser, ScalarStyle, StrInput, Tag};
use serde_json::{Map, Number, Value};

use crate::cli::yaml_plain::{Plain, resolve};

pub const MAX_DEPTH: usize = 64;
pub const MAX_NODES: usize = 100_000;

/// Why a text is not a request.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not YAML, or YAML the aws CLI's loader refuses (a duplicate key, an
    /// unknown tag, several documents): "Invalid YAML received."
    Invalid,
    /// A document that is not a mapping: its Python type, as the aws CLI names it.
    NotAMap(&'static str),
    /// A value no KMS request can hold, or past kms-local's bounds.
    Unsupported(String),
}

/// The request a YAML text holds, as a JSON object.
pub fn parse(text: &str) -> Result<Map<String, Value>, Problem> {
    let mut loader = Loader {
        parser: Parser::new_from_str(text),
        anchors: HashMap::new(),
        nodes: 0,
    };
    if !matches!(loader.next()?, Event::StreamStart) {
        return Err(Problem::Invalid);
    }
    let root = match loader.next()? {
        Event::StreamEnd => return Err(Problem::NotAMap("NoneType")),
        Event::DocumentStart(_) => {
            let event = loader.next()?;
            // A scalar document is refused by its type, once it has parsed.
            let root = match &event {
                Event::Scalar(text, style, _, tag) => {
                    Err(scalar_type(text, *style, tag.as_deref())?)
                }
                _ => Ok(loader.node(event, 0)?),
            };
            if !matches!(loader.next()?, Event::DocumentEnd) {
                return Err(Problem::Invalid);
            }
            root
        }
        _ => return Err(Problem::Invalid),
    };
    // One document only, as the aws CLI's loader requires.
    if !matches!(loader.next()?, Event::StreamEnd) {
        return Err(Problem::Invalid);
    }
    match root.map_err(Problem::NotAMap)? {
        Value::Object(map) => Ok(map),
        _ => Err(Problem::NotAMap("list")),
    }
}

struct Loader<'a> {
    parser: Parser<'a, StrInput<'a>>,
    /// Each anchored value, with how many values it counts for.
    anchors: HashMap<usize, (Value, usize)>,
    nodes: usize,
}

/// An anchored value may be a plaintext (a blob named twice): its copy is wiped.
impl Drop for Loader<'_> {
    fn drop(&mut self) {
        for (value, _) in self.anchors.values_mut() {
            crate::cli::output::wipe(value);
        }
    }
}

impl<'a> Loader<'a> {
    fn next(&mut self) -> Result<Event<'a>, Problem> {
        match self.parser.next_event() {
            Some(Ok((event, _))) => Ok(event),
            _ => Err(Problem::Invalid),
        }
    }

    fn count(&mut self, n: usize) -> Result<(), Problem> {
        self.nodes = self.nodes.saturating_add(n);
        match self.nodes > MAX_NODES {
            true => Err(Problem::Unsupported(format!(
                "the YAML makes more than {MAX_NODES} values"
            ))),
            false => Ok(()),
        }
    }

    /// The value an event starts, with the events after it that it takes.
    fn node(&mut self, event: Event<'a>, depth: usize) -> Result<Value, Problem> {
        let before = self.nodes;
        let (value, anchor) = match event {
            Event::Alias(id) => {
                let (value, size) = self.anchors.get(&id).ok_or(Problem::Invalid)?.clone();
                self.count(size)?;
                return Ok(value);
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.count(1)?;
                (scalar(&text, style, tag.as_deref())?, anchor)
            }
            Event::SequenceStart(anchor, tag) => {
                check_tag(tag.as_deref(), "seq")?;
                (Value::Array(self.sequence(depth + 1)?), anchor)
            }
            Event::MappingStart(anchor, tag) => {
                check_tag(tag.as_deref(), "map")?;
                (Value::Object(self.mapping(depth + 1)?), anchor)
            }
            _ => return Err(Problem::Invalid),
        };
        if anchor != 0 {
            self.anchors
                .insert(anchor, (value.clone(), self.nodes - before));
        }
        Ok(value)
    }

    fn enter(&mut self, depth: usize) -> Result<(), Problem> {
        self.count(1)?;
        match depth > MAX_DEPTH {
            true => Err(Problem::Unsupported(format!(
                "the YAML nests deeper than {MAX_DEPTH} levels"
            ))),
            false => Ok(()),
        }
    }

    fn sequence(&mut self, depth: usize) -> Result<Vec<Value>, Problem> {
        self.enter(depth)?;
        let mut items = Vec::new();
        loop {
            match self.next()? {
                Event::SequenceEnd => return Ok(items),
                event => items.push(self.node(event, depth)?),
            }
        }
    }

    fn mapping(&mut self, depth: usize) -> Result<Map<String, Value>, Problem> {
        self.enter(depth)?;
        let mut map = Map::new();
        let mut merged = Vec::new();
        loop {
            let event = match self.next()? {
                Event::MappingEnd => break,
                event => event,
            };
            let merge =
                matches!(&event, Event::Scalar(k, ScalarStyle::Plain, _, None) if k == "<<");
            // The merge key has no value of its own to build.
            let key = match merge {
                true => Value::Null,
                false => self.node(event, depth)?,
            };
            let next = self.next()?;
            let value = self.node(next, depth)?;
            if merge {
                match value {
                    Value::Object(source) => merged.push(source),
                    Value::Array(sources) => {
                        for source in sources {
                            match source {
                                Value::Object(source) => merged.push(source),
                                _ => return Err(Problem::Invalid),
                            }
                        }
                    }
                    _ => return Err(Problem::Invalid),
                }
                continue;
            }
            let key = match key {
                Value::String(s) => s,
                Value::Array(_) | Value::Object(_) => return Err(Problem::Invalid),
                other => other.to_string(),
            };
            if map.insert(key, value).is_some() {
                return Err(Problem::Invalid);
            }
        }
        // A merged mapping's keys give way to the mapping's own, and to
        // those of the mappings merged before it.
        for source in merged {
            for (key, value) in source {
                map.entry(key).or_insert(value);
            }
        }
        Ok(map)
    }
}

/// A sequence or mapping may carry only its own core tag.
fn check_tag(tag: Option<&Tag>, own: &str) -> Result<(), Problem> {
    match tag {
        None => Ok(()),
        Some(tag) if tag.is_yaml_core_schema() && tag.suffix == own => Ok(()),
        Some(_) => Err(Problem::Invalid),
    }
}

/// What a scalar reads as: its tag's type, else a plain scalar's YAML 1.2 type.
fn kind(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Result<Kind, Problem> {
    let Some(tag) = tag else {
        return Ok(match style {
            ScalarStyle::Plain => match resolve(text) {
                Plain::Str => Kind::Str,
                Plain::Bool => Kind::Bool,
                Plain::Null => Kind::Null,
                Plain::Int => Kind::Int,
                Plain::Float => Kind::Float,
                Plain::Timestamp => Kind::Timestamp,
                Plain::Special => return Err(Problem::Invalid),
            },
            _ => Kind::Str,
        });
    };
    if tag.handle == "!" && tag.suffix.is_empty() {
        return Ok(Kind::Str);
    }
    if !tag.is_yaml_core_schema() {
        return Err(Problem::Invalid);
    }
    Ok(match tag.suffix.as_str() {
        "str" => Kind::Str,
        "bool" => Kind::Bool,
        "null" => Kind::Null,
        "int" => Kind::Int,
        "float" => Kind::Float,
        "timestamp" => Kind::Timestamp,
        "binary" => Kind::Binary,
        _ => return Err(Problem::Invalid),
    })
}

enum Kind {
    Str,
    Bool,
    Null,
    Int,
    Float,
    Timestamp,
    Binary,
}

/// Python's name for the type a top-level scalar reads as.
fn scalar_type(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Result<&'static str, Problem> {
    Ok(match kind(text, style, tag)? {
        Kind::Str => "str",
        Kind::Bool => "bool",
        Kind::Null => "NoneType",
        Kind::Int => "int",
        Kind::Float => "float",
        Kind::Timestamp if text.trim().len() == 10 => "datetime.date",
        Kind::Timestamp => "datetime.datetime",
        Kind::Binary => "bytes",
    })
}

fn scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Result<Value, Problem> {
    match kind(text, style, tag)? {
        Kind::Str => Ok(Value::String(text.to_owned())),
        Kind::Null => Ok(Value::Null),
        Kind::Bool => match text {
            "true" | "True" | "TRUE" => Ok(Value::Bool(true)),
            "false" | "False" | "FALSE" => Ok(Value::Bool(false)),
            _ => Err(Problem::Invalid),
        },
        Kind::Int => int(text).map(Value::Number),
        Kind::Float => float(text).map(Value::Number),
        // No KMS request takes a time; the aws CLI refuses one as the wrong type.
        Kind::Timestamp => Err(Problem::Unsupported(format!(
            "{text} reads as a date, which no parameter takes"
        ))),
        // A blob's bytes: the request JSON holds them as base64.
        Kind::Binary => {
            let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            match STANDARD.decode(&compact) {
                Ok(_) => Ok(Value::String(compact)),
                Err(_) => Err(Problem::Invalid),
            }
        }
    }
}

/// A YAML 1.2 integer: decimal, `0b`, `0o` or `0x`, with `_` separators.
fn int(text: &str) -> Result<Number, Problem> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let (negative, body) = match digits.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, digits.strip_prefix('+').unwrap_or(&digits)),
    };
    let (radix, body) = [("0b", 2), ("0o", 8), ("0x", 16)]
        .iter()
        .find_map(|(prefix, radix)| body.strip_prefix(prefix).map(|rest| (*radix, rest)))
        .unwrap_or((10, body));
    let magnitude = u128::from_str_radix(body, radix).map_err(|_| Problem::Invalid)?;
    let too_large = || Problem::Unsupported(format!("{text} is too large a number"));
    if negative {
        let value =
            i64::try_from(magnitude)
                .map(|m| -m)
                .or_else(|_| match magnitude == 1 << 63 {
                    true => Ok(i64::MIN),
                    false => Err(too_large()),
                })?;
        Ok(Number::from(value))
    } else {
        u64::try_from(magnitude)
            .map(Number::from)
            .map_err(|_| too_large())
    }
}

/// A YAML 1.2 float; infinities and NaN have no JSON form.
fn float(text: &str) -> Result<Number, Problem> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    digits
        .parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .ok_or_else(|| Problem::Unsupported(format!("{text} is not a finite number")))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn read(text: &str) -> Result<Value, Problem> {
        parse(text).map(Value::Object)
    }

    #[test]
    fn yaml_reads_as_the_aws_cli_reads_it() {
        let text = "KeyId: alias/main\nNumberOfBytes: 0x20\nGrantTokens: [a, 'b']\n\
                    EncryptionContext: {purpose: test, n: '1'}\nDryRun: false\nLimit: 1_0\n\
                    Plaintext: !!binary aGVs\n  bG8=\nDescription: yes\nPolicy: ~\n";
        assert_eq!(
            read(text).unwrap(),
            json!({"KeyId": "alias/main", "NumberOfBytes": 32, "GrantTokens": ["a", "b"],
                   "EncryptionContext": {"purpose": "test", "n": "1"}, "DryRun": false,
                   "Limit": 10, "Plaintext": "aGVsbG8=", "Description": "yes", "Policy": null})
        );
        let aliases = "base: &b {a: 1, b: 2}\nuse:\n  <<: *b\n  b: 3\nlist: [*b, *b]\n";
        assert_eq!(
            read(aliases).unwrap(),
            json!({"base": {"a": 1, "b": 2}, "use": {"a": 1, "b": 3},
                   "list": [{"a": 1, "b": 2}, {"a": 1, "b": 2}]})
        );
    }

    #[test]
    fn what_is_not_a_mapping_is_named_by_its_python_type() {
        for (text, kind) in [
            ("", "NoneType"),
            ("12", "int"),
            ("a", "str"),
            ("'12'", "str"),
            ("1.5", "float"),
            ("true", "bool"),
            ("~", "NoneType"),
            ("2024-01-01", "datetime.date"),
            ("2024-01-01T10:00:00Z", "datetime.datetime"),
            ("!!binary aGVsbG8=", "bytes"),
            ("- a", "list"),
            ("[]", "list"),
        ] {
            assert_eq!(read(text), Err(Problem::NotAMap(kind)), "{text:?}");
        }
    }

    #[test]
    fn malformed_yaml_is_refused() {
        for text in [
            "[a",
            "{a: 1",
            "a: 1\na: 2\n",
            "a: !foo x",
            "a: 1\n---\nb: 2\n",
            "a: *missing",
            "a: =",
            "a: !!int x",
            "a: !!binary '***'",
            "? [a]\n: 1\n",
            "a: b\n c: d\n  e",
            "\"a\u{0}",
            "<<: 1",
            "a: &x [*x]",
        ] {
            assert_eq!(read(text), Err(Problem::Invalid), "{text:?}");
        }
    }

    #[test]
    fn sizes_are_bounded() {
        let deep = format!(
            "a: {}{}",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        assert!(matches!(read(&deep), Err(Problem::Unsupported(_))));
        // Nine levels of ten aliases each would make a billion values.
        let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            laughs.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        assert!(matches!(read(&laughs), Err(Problem::Unsupported(_))));
        assert!(matches!(
            read("a: 99999999999999999999999"),
            Err(Problem::Unsupported(_))
        ));
        assert!(matches!(read("a: .inf"), Err(Problem::Unsupported(_))));
        assert!(matches!(
            read("a: 2024-01-01"),
            Err(Problem::Unsupported(_))
        ));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "[-a-z0-9:{}\\[\\],&*!<>|'\" \n#?%@`~.]{0,80}") {
            let _ = parse(&s);
        }
    }
}
