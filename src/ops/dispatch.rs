//! Operations by name, with requests as JSON objects: what `kms-local batch`
//! runs, one line at a time, and `kms-local serve`, one HTTP request at a
//! time. The JSON goes into the same typed requests as the command line's,
//! so every front end meets the others before the operations.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde::de::value::MapDeserializer;
use serde_json::value::RawValue;

use crate::error::{Error, Result};
use crate::ops::{Kms, Surface, catalog, limits};

/// A request's fields as they arrived: each name with its JSON, which is
/// parsed once, straight into the operation's typed request.
pub type Fields<'a> = BTreeMap<Cow<'a, str>, &'a RawValue>;

/// The fields of a request that must be a JSON object.
pub fn fields(json: &str) -> Result<Fields<'_>> {
    serde_json::from_str(json).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => {
            Error::Serialization("the request is not a JSON object".into())
        }
        _ => Error::Serialization(format!("the request is not JSON: {e}")),
    })
}

pub(crate) fn parse<T: DeserializeOwned>(request: Fields<'_>) -> Result<T> {
    let fields = MapDeserializer::<_, serde_json::Error>::new(request.into_iter());
    T::deserialize(fields).map_err(|e| Error::Serialization(e.to_string()))
}

/// Appends the response's JSON to `out`; an empty response is `{}`.
pub(crate) fn write<T: Serialize>(out: &mut Vec<u8>, response: &T) -> Result<()> {
    let start = out.len();
    serde_json::to_writer(&mut *out, response)
        .map_err(|e| Error::Internal(format!("could not encode a response: {e}")))?;
    if &out[start..] == b"null" {
        out.truncate(start);
        out.extend_from_slice(b"{}");
    }
    Ok(())
}

/// The error for an operation kms-local does not have, or does not offer
/// where it was asked for.
pub fn unknown(operation: &str) -> Error {
    Error::UnknownOperation(format!(
        "'{}' is not an operation kms-local runs",
        quoted(operation)
    ))
}

/// At most [`limits::MAX_QUOTED`] characters of `text`, for an error
/// message, with `...` where it was cut.
pub fn quoted(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(limits::MAX_QUOTED) {
        Some((cut, _)) => format!("{}...", &text[..cut]).into(),
        None => text.into(),
    }
}

/// Runs `operation` with `request` if `surface` offers it, and appends its
/// response's JSON to `out`. `out` should have room for the response
/// ([`crate::ops::limits::RESPONSE_CAPACITY`]), so that a plaintext is never
/// left behind by a reallocation.
pub fn call(
    kms: &Kms,
    surface: Surface,
    operation: &str,
    request: Fields<'_>,
    out: &mut Vec<u8>,
) -> Result<()> {
    catalog::dispatch(kms, surface, operation, request, out)
}
