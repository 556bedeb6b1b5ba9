//! The only writer of stdout. Responses print as `aws kms` prints them:
//! `--output json` (the default) is JSON indented by four spaces; `text` is
//! the aws CLI's tab-separated form; `table` its boxed form (simplified).
//! `--query` applies a JMESPath expression first ([`super::query`]).
//!
//! The formats other than JSON are in `text.rs` and `table.rs`, which
//! render into a buffer that this module writes.

mod table;
mod text;

use std::fmt::Write as _;
use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;
use serde_json::Value;
use serde_json::ser::{PrettyFormatter, Serializer};
use zeroize::{Zeroize, Zeroizing};

use super::query::Query;
use crate::error::{Error, Result};

/// Room for the largest response, so the zeroizing buffer never regrows and
/// leaves a copy behind.
const BUFFER: usize = crate::ops::limits::RESPONSE_CAPACITY;

/// `--output`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    Json,
    Text,
    Table,
}

/// Where and how responses are printed.
pub struct Output {
    format: Format,
    query: Option<Query>,
    /// The operation's name: the title of a table.
    title: &'static str,
}

impl Output {
    /// Compiles `--query` once, so a bad expression fails before the operation runs.
    pub fn new(format: Format, query: Option<&str>, title: &'static str) -> Result<Self> {
        let query = query.map(Query::compile).transpose()?;
        Ok(Output {
            format,
            query,
            title,
        })
    }

    /// Prints a response; an empty one (`()`, as AWS's operations with no
    /// output have) prints nothing, as with the aws CLI. The plain JSON path
    /// renders straight into a zeroizing buffer, since the response may hold
    /// a plaintext; `--query` and the other formats go through a JSON value,
    /// whose strings are wiped afterwards (the JMESPath engine's own copies
    /// are not).
    pub fn print<T: Serialize>(&self, response: &T) -> Result<()> {
        if self.query.is_none() && self.format == Format::Json {
            return write_json(response);
        }
        let mut value = serde_json::to_value(response).map_err(encoding)?;
        if value.is_null() {
            // No response body: the aws CLI queries an empty object.
            if self.query.is_none() {
                return Ok(());
            }
            value = Value::Object(serde_json::Map::new());
        }
        self.print_value(value)
    }

    /// Whether a paginated result prints page by page, as the aws CLI's
    /// text output does (each page with `--query` applied on its own).
    pub fn prints_each_page(&self) -> bool {
        self.format == Format::Text
    }

    /// Whether where pages end shows in the output: a query on each page.
    pub fn queries_each_page(&self) -> bool {
        self.prints_each_page() && self.query.is_some()
    }

    /// Writes bytes already formatted (`batch`'s response lines).
    pub fn write_raw(&self, bytes: &[u8]) -> Result<()> {
        write_stdout(bytes)
    }

    /// Prints a response already held as a JSON value.
    pub fn print_value(&self, mut value: Value) -> Result<()> {
        let result = match &self.query {
            Some(query) => query.search(&value),
            None => Ok(value.clone()),
        };
        // Wiped whether or not the query succeeded: it may hold a plaintext.
        wipe(&mut value);
        let mut result = result?;
        let printed = match self.format {
            // A query's null result prints, as the aws CLI prints it.
            Format::Json if result.is_null() => write_stdout(b"null\n"),
            // An empty object prints nothing, as a response with no body.
            Format::Json if result.as_object().is_some_and(|m| m.is_empty()) => Ok(()),
            Format::Json => write_json(&result),
            Format::Text => {
                let mut text = Zeroizing::new(String::with_capacity(BUFFER));
                text::format(&result, &mut text);
                write_stdout(text.as_bytes())
            }
            Format::Table => {
                let mut text = Zeroizing::new(String::with_capacity(BUFFER));
                table::format(self.title, &result, &mut text);
                write_stdout(text.as_bytes())
            }
        };
        wipe(&mut result);
        printed
    }
}

fn encoding(e: serde_json::Error) -> Error {
    Error::Internal(format!("could not encode the response: {e}"))
}

/// Overwrites every string in a JSON value.
fn wipe(value: &mut Value) {
    match value {
        Value::String(s) => s.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(wipe),
        Value::Object(map) => map.values_mut().for_each(wipe),
        _ => {}
    }
}

fn write_json<T: Serialize + ?Sized>(response: &T) -> Result<()> {
    let mut buf = Zeroizing::new(Vec::with_capacity(BUFFER));
    let mut serializer =
        Serializer::with_formatter(&mut *buf, PrettyFormatter::with_indent(b"    "));
    response.serialize(&mut serializer).map_err(encoding)?;
    if *buf == b"null" {
        return Ok(());
    }
    buf.push(b'\n');
    write_stdout(&buf)
}

fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| match e.kind() {
            io::ErrorKind::BrokenPipe => Error::BrokenPipe,
            _ => Error::Internal(format!("could not write to stdout: {e}")),
        })
}

/// Writes a scalar as the aws CLI prints it (Python's `str`), straight into
/// `out`, so that a plaintext is copied only into the zeroizing buffer.
fn push_scalar(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::String(s) => out.push_str(s),
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

/// A scalar as a cell of a table; the table wipes its cells when dropped.
fn scalar(value: &Value) -> String {
    let mut cell = String::new();
    push_scalar(value, &mut cell);
    cell
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// The keys of every scalar of every object in `items`, sorted: the columns
/// that a list of objects prints in both text and table output.
fn scalar_keys(items: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = items
        .iter()
        .filter_map(Value::as_object)
        .flat_map(|m| {
            m.iter()
                .filter(|(_, v)| is_scalar(v))
                .map(|(k, _)| k.clone())
        })
        .collect();
    keys.sort();
    keys.dedup();
    keys
}
