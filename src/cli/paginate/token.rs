//! `--starting-token` read, and `NextToken` written, as the aws CLI's
//! paginator does (the forms are in the parent module's comment).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value};

use crate::cli::{params, python};
use crate::error::{Error, Result};

/// The longest starting token decoded. The aws CLI's own tokens for
/// kms-local are about 100 bytes (a Marker is at most 1024); a longer one is
/// taken whole as a Marker, which the operation refuses as too long.
pub const MAX_TOKEN: usize = 16 * 1024;

pub(super) const TRUNCATE: &str = "boto_truncate_amount";
const ENCODED: &str = "boto_encoded_keys";

/// Where a `--starting-token` resumes.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    /// The token's Marker field as it reads: `None` when the token has
    /// none, else a string or JSON null. A new token repeats it.
    pub(super) marker: Option<Value>,
    /// How many items of the first page to skip: `None` for a null
    /// `boto_truncate_amount`, which Python slices as "from the start".
    pub(super) skip: Option<i64>,
}

impl Start {
    /// The Marker the first request carries: the aws CLI leaves out a null
    /// one and one spelled `None`.
    pub(super) fn request_marker(&self) -> Option<String> {
        match &self.marker {
            Some(Value::String(s)) if s != "None" => Some(s.clone()),
            _ => None,
        }
    }
}

/// Reads a starting token as the aws CLI does; `members` are the
/// operation's request members, which its report of an unknown field lists.
pub fn parse_token(token: &str, members: &[&str]) -> Result<Start> {
    match decode(token) {
        Decoded::Map(map) => from_map(map, members),
        Decoded::NotAMap(type_name) => Err(Error::Client(format!(
            "'{type_name}' object has no attribute 'pop'"
        ))),
        Decoded::NotJson => legacy(token),
    }
}

enum Decoded {
    Map(Map<String, Value>),
    /// JSON, but a scalar: Python then fails on `.pop`.
    NotAMap(&'static str),
    /// Not base64 of UTF-8 JSON, or a JSON list: Python falls back to the
    /// older form.
    NotJson,
}

fn decode(token: &str) -> Decoded {
    if token.len() > MAX_TOKEN {
        return Decoded::NotJson;
    }
    let Some(bytes) = python::b64decode(token) else {
        return Decoded::NotJson;
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Decoded::NotJson;
    };
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Decoded::Map(map),
        Ok(Value::Array(_)) | Err(_) => Decoded::NotJson,
        Ok(Value::Null) => Decoded::NotAMap("NoneType"),
        Ok(Value::Bool(_)) => Decoded::NotAMap("bool"),
        Ok(Value::Number(n)) if n.is_f64() => Decoded::NotAMap("float"),
        Ok(Value::Number(_)) => Decoded::NotAMap("int"),
        Ok(Value::String(_)) => Decoded::NotAMap("str"),
    }
}

fn from_map(mut map: Map<String, Value>, members: &[&str]) -> Result<Start> {
    match map.shift_remove(ENCODED) {
        None | Some(Value::Null) => {}
        Some(Value::Array(paths)) if paths.is_empty() => {}
        // Byte values the aws CLI base64-encodes in a token: no KMS token
        // has any, and kms-local does not read them.
        Some(_) => {
            return Err(Error::Client(format!(
                "Bad starting token: {}",
                params::repr(&Value::Object(map))
            )));
        }
    }
    let skip = match map.shift_remove(TRUNCATE) {
        None => Some(0),
        Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(i64::from(b)),
        Some(Value::Number(n)) if n.is_i64() => n.as_i64(),
        // Python would slice by a larger integer too; no real token has one.
        Some(_) => return Err(slice_error()),
    };
    let mut errors = Vec::new();
    for key in map.keys().filter(|k| k.as_str() != "Marker") {
        match members.contains(&key.as_str()) {
            true => {
                return Err(Error::Client(format!(
                    "Bad starting token: {}",
                    params::repr(&Value::Object(map.clone()))
                )));
            }
            false => errors.push(format!(
                "Unknown parameter in input: \"{key}\", must be one of: {}",
                members.join(", ")
            )),
        }
    }
    let marker = map.get("Marker").cloned();
    if let Some(other) = marker.as_ref().filter(|v| !(v.is_string() || v.is_null())) {
        errors.push(params::invalid_type("Marker", other, "str"));
    }
    if !errors.is_empty() {
        return Err(Error::ParamValidation(errors));
    }
    Ok(Start { marker, skip })
}

/// The older `MARKER___N` form, or a token taken whole as a Marker.
fn legacy(token: &str) -> Result<Start> {
    let mut parts: Vec<&str> = token.split("___").collect();
    let mut skip = 0;
    if parts.len() == 2 {
        match python::int(parts[1]) {
            Some(n) => {
                skip = n;
                parts.pop();
            }
            None => parts = vec![token],
        }
    }
    if parts.len() > 1 {
        return Err(Error::Client(format!("Bad starting token: {token}")));
    }
    let marker = match parts[0] {
        "None" => Value::Null,
        text => Value::String(text.to_owned()),
    };
    Ok(Start {
        marker: Some(marker),
        skip: Some(skip),
    })
}

fn slice_error() -> Error {
    Error::Client("slice indices must be integers or None or have an __index__ method".into())
}

/// A token as the aws CLI writes it: `json.dumps` of the fields, in base64.
pub(super) fn encode(marker: &Value, truncate: Option<i64>) -> String {
    let mut json = String::from("{\"Marker\": ");
    match marker {
        Value::String(s) => python::push_json_str(s, &mut json),
        _ => json.push_str("null"),
    }
    if let Some(n) = truncate {
        json.push_str(&format!(", \"{TRUNCATE}\": {n}"));
    }
    json.push('}');
    STANDARD.encode(json)
}
