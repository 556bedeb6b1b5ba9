//! Reading parameter values the way the aws CLI does: blobs as base64,
//! `fileb://PATH` (raw bytes), `file://PATH` (base64 text) or `-` (base64 text
//! on stdin); encryption contexts as shorthand `k=v,k2=v2` or JSON; tags as
//! shorthand `TagKey=k,TagValue=v` or JSON; `--cli-input-json` as the API's
//! request JSON. Every reader is bounded, so an oversized input is refused
//! without being read whole.

use std::fs::File;
use std::io::{self, Read};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use crate::cli::globals::{self, BinaryFormat};
use crate::cli::{model, params, python, shorthand};
use crate::context::EncryptionContext;
use crate::error::{Error, Result};
use crate::hsm::secret::Plaintext;
use crate::keystore::state::Tag;
use crate::ops::dispatch;
use crate::ops::types::{Blob, SecretBlob};

/// The most text any parameter file or `--cli-input-json` may hold.
const MAX_TEXT: u64 = 1024 * 1024;

/// Reads at most `limit` bytes from `reader` into a zeroizing buffer; one more
/// byte is read so that the caller can tell "exactly at the limit" from "over".
/// The buffer is sized up front, so it never regrows and leaves a copy of a
/// secret behind.
fn read_bounded(reader: impl Read, limit: u64) -> io::Result<Zeroizing<Vec<u8>>> {
    let capacity = usize::try_from(limit.saturating_add(1)).unwrap_or(usize::MAX);
    let mut out = Zeroizing::new(Vec::with_capacity(capacity));
    reader.take(limit + 1).read_to_end(&mut out)?;
    Ok(out)
}

/// Opens the file a `file://` or `fileb://` value names; a failure reads as
/// the aws CLI's: `Unable to load paramfile fileb://x: [Errno 2] No such file
/// or directory: 'x'`.
fn open(parameter: &str, scheme: &str, path: &str) -> Result<File> {
    let file = File::open(path).and_then(|file| {
        // Python's open() refuses a folder at once; File::open does not.
        match file.metadata()?.is_dir() {
            true => Err(io::Error::from_raw_os_error(21)),
            false => Ok(file),
        }
    });
    file.map_err(|e| {
        let text = e.to_string();
        let reason = match e.raw_os_error() {
            Some(code) => {
                let strerror = text.split(" (os error").next().unwrap_or(&text);
                format!("[Errno {code}] {strerror}: {}", params::repr(&path.into()))
            }
            None => text,
        };
        Error::input(
            parameter,
            format!("Unable to load paramfile {scheme}{path}: {reason}"),
        )
    })
}

/// Text from `file://PATH` or `-`, else the value itself.
fn text_source(parameter: &str, value: &str, limit: u64) -> Result<Zeroizing<String>> {
    if let Some(path) = value.strip_prefix("file://") {
        return file_text(parameter, "file://", path, limit);
    }
    if value != "-" {
        return Ok(Zeroizing::new(value.to_owned()));
    }
    bounded_text(parameter, read_bounded(io::stdin().lock(), limit), limit)
}

/// A text parameter that may be given as `file://PATH` or `-` (a key
/// policy): at most `limit` bytes are read, plus one, so that the operation
/// reports AWS's length error for anything longer.
pub fn text(parameter: &str, value: &str, limit: u64) -> Result<String> {
    text_source(parameter, value, limit + 1).map(|text| text.to_string())
}

/// The text of the file `path`, named `{scheme}{path}` in errors.
fn file_text(parameter: &str, scheme: &str, path: &str, limit: u64) -> Result<Zeroizing<String>> {
    bounded_text(
        parameter,
        read_bounded(open(parameter, scheme, path)?, limit),
        limit,
    )
}

/// Text read with [`read_bounded`]: refused past `limit` or if not UTF-8.
fn bounded_text(
    parameter: &str,
    bytes: io::Result<Zeroizing<Vec<u8>>>,
    limit: u64,
) -> Result<Zeroizing<String>> {
    let bytes = bytes.map_err(|e| Error::input(parameter, format!("Unable to read: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(Error::input(
            parameter,
            format!("the value is longer than {limit} bytes"),
        ));
    }
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| Error::input(parameter, "the value is not UTF-8 text"))?;
    let mut owned = Zeroizing::new(String::with_capacity(text.len()));
    owned.push_str(text);
    Ok(owned)
}

/// A value read from a file or stdin ends with the file's newline, which is
/// not part of the value (as for the aws CLI's `file://`).
fn without_final_newline(value: &str, text: &str) -> usize {
    if value.starts_with("file://") || value == "-" {
        let trimmed = text
            .strip_suffix("\r\n")
            .or_else(|| text.strip_suffix('\n'))
            .unwrap_or(text);
        trimmed.len()
    } else {
        text.len()
    }
}

/// A blob parameter: at most `max` bytes are kept, plus one so that the
/// operation reports AWS's length error for anything longer.
pub fn blob(parameter: &str, value: &str, max: usize) -> Result<Zeroizing<Vec<u8>>> {
    let max = max as u64;
    if let Some(path) = value.strip_prefix("fileb://") {
        return read_bounded(open(parameter, "fileb://", path)?, max)
            .map_err(|e| Error::input(parameter, format!("Unable to read {path}: {e}")));
    }
    if globals::settings().binary_format == BinaryFormat::RawInBase64Out {
        return raw_blob(parameter, value, max);
    }
    // Base64 of max + 1 bytes, with room for line breaks.
    let text_limit = (max + 3) / 3 * 4 * 2 + 64;
    let text = text_source(parameter, value, text_limit)?;
    let mut compact = Zeroizing::new(Vec::with_capacity(text.len()));
    compact.extend(text.bytes().filter(|b| !b.is_ascii_whitespace()));
    STANDARD
        .decode(&*compact)
        .map(Zeroizing::new)
        .map_err(|_| Error::input(parameter, "Invalid base64"))
}

/// A blob parameter that is not secret (a ciphertext, a signature, a MAC, a
/// public key).
pub fn public_blob(parameter: &str, value: &str, max: usize) -> Result<Blob> {
    Ok(Blob(blob(parameter, value, max)?.to_vec()))
}

/// A blob parameter that may be secret (a plaintext, a message to sign or
/// MAC), kept in a zeroizing buffer.
pub fn secret_blob(parameter: &str, value: &str, max: usize) -> Result<SecretBlob> {
    Ok(SecretBlob(Plaintext::new(blob(parameter, value, max)?)))
}

/// A blob given as text under `--cli-binary-format raw-in-base64-out`: the
/// text's own bytes, inline, from `file://` or from stdin.
fn raw_blob(parameter: &str, value: &str, max: u64) -> Result<Zeroizing<Vec<u8>>> {
    let read = |reader: &mut dyn Read| {
        read_bounded(reader, max)
            .map_err(|e| Error::input(parameter, format!("Unable to read: {e}")))
    };
    if let Some(path) = value.strip_prefix("file://") {
        return read(&mut open(parameter, "file://", path)?);
    }
    if value == "-" {
        return read(&mut io::stdin().lock());
    }
    let keep = value
        .len()
        .min(usize::try_from(max).unwrap_or(usize::MAX).saturating_add(1));
    Ok(Zeroizing::new(value.as_bytes()[..keep].to_vec()))
}

/// An encryption context: JSON `{"k":"v"}` (exact bytes) or the aws CLI's
/// shorthand `k=v,k2=v2` (whitespace around keys and values trimmed, quotes
/// stripped: see `cli::shorthand`), inline or `file://`. Every value must be a
/// string, as the aws CLI checks before sending.
pub fn context(parameter: &str, value: &str) -> Result<EncryptionContext> {
    let full = text_source(parameter, value, MAX_TEXT)?;
    let text = &full[..without_final_newline(value, &full)];
    let parsed = if shorthand::looks_like_json(text) {
        // A map is JSON only as an object; a list is not read at all.
        // As the aws CLI reads it: a file's final newline included.
        if !full.trim_start().starts_with('{') {
            return Err(Error::input(
                parameter,
                format!("Invalid JSON:\n{}", &*full),
            ));
        }
        parse_json(parameter, &full)?
    } else {
        params::from_shorthand(shorthand::parse(text).map_err(|e| Error::input(parameter, e))?)
    };
    params::string_map(&member_name(parameter), parsed).map(EncryptionContext)
}

/// A parameter's JSON; one that does not read is refused in Python's words
/// and quoted, as the aws CLI refuses it.
fn parse_json(parameter: &str, text: &str) -> Result<serde_json::Value> {
    if let Some(reason) = python::json_error(text) {
        return Err(Error::input(
            parameter,
            format!("Invalid JSON: {reason}\nJSON received: {text}"),
        ));
    }
    serde_json::from_str(text).map_err(|e| Error::input(parameter, format!("Invalid JSON: {e}")))
}

/// The API's name for a flag: `--encryption-context` is `EncryptionContext`.
fn member_name(parameter: &str) -> String {
    parameter
        .trim_start_matches('-')
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The members of a tag, as the API model has them.
const TAG: [params::Member; 2] = [
    params::Member {
        name: "TagKey",
        required: true,
        min_len: 1,
    },
    params::Member {
        name: "TagValue",
        required: true,
        min_len: 0,
    },
];

/// Every `--tags` value: each one tag in shorthand (`TagKey=k,TagValue=v`),
/// or, when the first value is JSON, each a JSON tag or list of tags, as
/// the aws CLI reads them; checked as the aws CLI checks them.
pub fn tag_list(parameter: &str, values: &[String]) -> Result<Vec<Tag>> {
    let mut texts = Vec::with_capacity(values.len());
    for value in values {
        let full = text_source(parameter, value, MAX_TEXT)?;
        let end = without_final_newline(value, &full);
        texts.push((full[..end].to_owned(), full.to_string()));
    }
    let json = texts
        .first()
        .is_some_and(|(t, _)| shorthand::looks_like_json(t));
    let mut items = Vec::new();
    for (text, full) in &texts {
        if json {
            // JSON as the aws CLI reads it: a file's final newline included.
            match parse_json(parameter, full)? {
                serde_json::Value::Array(tags) => items.extend(tags),
                tag => items.push(tag),
            }
        } else {
            let pairs = shorthand::parse(text).map_err(|e| Error::input(parameter, e))?;
            items.push(params::from_shorthand(pairs));
        }
    }
    let checked = params::structures(&member_name(parameter), &TAG, items)?;
    Ok(checked
        .into_iter()
        .map(|mut fields| Tag {
            tag_key: fields.remove("TagKey").unwrap_or_default(),
            tag_value: fields.remove("TagValue").unwrap_or_default(),
        })
        .collect())
}

/// The request `--cli-input-json` or `--cli-input-yaml` gives (at most one
/// of them, as in the aws CLI), or an empty one.
pub fn cli_input<T: DeserializeOwned + Default>(
    json: Option<&str>,
    yaml: Option<&str>,
) -> Result<T> {
    match (json, yaml) {
        (None, None) => Ok(T::default()),
        (Some(json), None) => cli_input_json(json),
        (None, Some(yaml)) => cli_input_yaml(yaml),
        (Some(_), Some(_)) => Err(Error::ParamSyntax(
            "Only one --cli-input- parameter may be specified.".to_owned(),
        )),
    }
}

/// `--cli-input-yaml`: the API request as YAML, inline or `file://`, read
/// into the JSON `--cli-input-json` would give ([`super::yaml_input`]).
fn cli_input_yaml<T: DeserializeOwned>(value: &str) -> Result<T> {
    use super::yaml_input::{Problem, parse};
    let parameter = "--cli-input-yaml";
    // `-` is YAML here (a list), not stdin: the aws CLI reads only
    // `file://` and `fileb://`.
    let text = match value.strip_prefix("fileb://") {
        Some(path) => file_text(parameter, "fileb://", path, MAX_TEXT)?,
        None if value == "-" => Zeroizing::new(value.to_owned()),
        None => text_source(parameter, value, MAX_TEXT)?,
    };
    let mut request = match parse(&text) {
        Ok(map) => serde_json::Value::Object(map),
        // The aws CLI's refusals, in its words (the first names the
        // parameter without its dashes, as the aws CLI does).
        Err(Problem::Invalid) => {
            return Err(Error::input("cli-input-yaml", "Invalid YAML received."));
        }
        Err(Problem::NotAMap(kind)) => {
            return Err(Error::input(
                parameter,
                format!("Invalid type: expecting map, received <class '{kind}'>"),
            ));
        }
        Err(Problem::Unsupported(why)) => return Err(Error::input(parameter, why)),
    };
    // Members the operation does not have: the aws CLI's own check; one
    // AWS has and kms-local does not fails as it does through `serve`.
    let unknown = match &request {
        serde_json::Value::Object(map) => {
            model::unknown_members(globals::settings().operation, map.keys())
        }
        _ => Vec::new(),
    };
    let parsed = match unknown.is_empty() {
        false => Err(Error::ParamValidation(unknown)),
        true => T::deserialize(&request).map_err(|e| match e.to_string() {
            message if message.starts_with("unknown field") => Error::Serialization(message),
            message => Error::input(parameter, format!("Invalid YAML: {message}")),
        }),
    };
    // The request may hold a plaintext: its copy here is wiped.
    super::output::wipe(&mut request);
    parsed
}

/// `--cli-input-json`: the API request JSON, inline or `file://`.
fn cli_input_json<T: DeserializeOwned>(value: &str) -> Result<T> {
    let parameter = "--cli-input-json";
    let text = match value.strip_prefix("fileb://") {
        Some(path) => file_text(parameter, "fileb://", path, MAX_TEXT)?,
        None => text_source(parameter, value, MAX_TEXT)?,
    };
    // The aws CLI's two refusals first, in its words (the first names the
    // parameter without its dashes, as the aws CLI does).
    if serde_json::from_str::<serde::de::IgnoredAny>(&text).is_err() {
        return Err(Error::input("cli-input-json", "Invalid JSON received."));
    }
    let kind = match text.trim_start().chars().next() {
        Some('{') => None,
        Some('[') => Some("list"),
        Some('"') => Some("str"),
        Some('t' | 'f') => Some("bool"),
        Some('n') => Some("NoneType"),
        _ if text.contains(['.', 'e', 'E']) => Some("float"),
        _ => Some("int"),
    };
    if let Some(kind) = kind {
        return Err(Error::input(
            parameter,
            format!("Invalid type: expecting map, received <class '{kind}'>"),
        ));
    }
    // Members the operation does not have: the aws CLI's own check. Only
    // the names are read, so that no value (a plaintext) is copied.
    if let Ok(Names(names)) = serde_json::from_str(&text) {
        let unknown = model::unknown_members(globals::settings().operation, names.iter());
        if !unknown.is_empty() {
            return Err(Error::ParamValidation(unknown));
        }
    }
    // Read as `serve` reads a request, so that a member the model has and
    // kms-local does not (`Recipient`) fails as it does through `serve`.
    let fields = dispatch::fields(&text)?;
    dispatch::parse(fields).map_err(|e| match e {
        Error::Serialization(message) if message.starts_with("unknown field") => {
            Error::Serialization(message)
        }
        // The position is the field's, within its own value: left out.
        other => {
            let message = other.to_string();
            let message = match message.rsplit_once(" at line ") {
                Some((message, _)) => message.to_owned(),
                None => message,
            };
            Error::input(parameter, format!("Invalid JSON: {message}"))
        }
    })
}

/// The member names of a JSON object, in order; the values are skipped.
struct Names(Vec<String>);

impl<'de> serde::Deserialize<'de> for Names {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Names;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Names, A::Error> {
                let mut names = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    names.push(name);
                }
                Ok(Names(names))
            }
        }
        d.deserialize_map(Visitor)
    }
}

#[cfg(test)]
mod tests;
