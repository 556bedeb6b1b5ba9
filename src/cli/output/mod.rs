//! The only writer of stdout. Responses print as `aws kms` prints them:
//! `--output json` (the default) is JSON indented by four spaces; `text` is
//! the aws CLI's tab-separated form; `table` its boxed form; `yaml` and
//! `yaml-stream` its YAML. `--query` applies a JMESPath expression first
//! ([`super::query`]).
//!
//! The formats other than JSON are in `text.rs`, `table.rs` and `yaml.rs`,
//! which render into a buffer that this module writes.

mod table;
mod text;
mod wide;
mod yaml;

use std::fmt::Write as _;
use std::io::{self, Write};

use clap::ValueEnum;
use serde::Serialize;
use serde_json::Value;
use serde_json::ser::{PrettyFormatter, Serializer};
use zeroize::{Zeroize, Zeroizing};

use super::globals::Color;
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
    Yaml,
    YamlStream,
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
            return write_json(response, false);
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

    /// Whether a List operation's pages print one by one, each whole
    /// (`--output yaml-stream`), rather than merged.
    pub fn streams_pages(&self) -> bool {
        self.format == Format::YamlStream
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
            // A query's null is printed; only an operation's lack of output is not.
            Format::Json => write_json(&result, true),
            other => render(other, self.title, &result, &terminal())
                .and_then(|text| write_stdout(text.as_bytes())),
        };
        wipe(&mut result);
        printed
    }
}

/// What the aws CLI learns of the terminal on stdout.
pub struct Terminal {
    /// Columns a table may take before it is redrawn narrower.
    pub width: usize,
    /// Whether a table's cells and bars are coloured (`--color`, and `auto`
    /// on a terminal).
    pub color: bool,
}

/// Stdout's terminal, as the aws CLI sees it: 80 columns when stdout is not a terminal.
fn terminal() -> Terminal {
    use rustix::termios;
    let stdout = io::stdout();
    let tty = termios::isatty(&stdout);
    let width = match tty {
        true => termios::tcgetwinsize(&stdout).map_or(80, |size| usize::from(size.ws_col)),
        false => 80,
    };
    let color = match super::globals::settings().color {
        Some(Color::On) => true,
        Some(Color::Off) => false,
        Some(Color::Auto) | None => tty,
    };
    Terminal { width, color }
}

/// A response in a format other than JSON, as the aws CLI prints it, in a
/// zeroizing buffer; an error where the aws CLI's formatter fails on it.
pub fn render(
    format: Format,
    title: &str,
    value: &Value,
    terminal: &Terminal,
) -> Result<Zeroizing<String>> {
    let mut text = Zeroizing::new(String::with_capacity(BUFFER));
    // YAML prints nothing for an empty object, as for an operation with no output.
    let empty = value.as_object().is_some_and(serde_json::Map::is_empty);
    match format {
        Format::Json => {
            let mut buf = Zeroizing::new(Vec::with_capacity(BUFFER));
            let mut serializer =
                Serializer::with_formatter(&mut *buf, PrettyFormatter::with_indent(b"    "));
            value.serialize(&mut serializer).map_err(encoding)?;
            text.push_str(&String::from_utf8_lossy(&buf));
            text.push('\n');
        }
        Format::Text => text::format(value, &mut text),
        Format::Table => table::format(title, value, terminal.width, terminal.color, &mut text)
            .map_err(Error::Output)?,
        Format::Yaml if empty => {}
        Format::Yaml => yaml::format(value, &mut text),
        Format::YamlStream if empty => {}
        Format::YamlStream => yaml::format_stream(value, &mut text),
    }
    Ok(text)
}

fn encoding(e: serde_json::Error) -> Error {
    Error::Internal(format!("could not encode the response: {e}"))
}

/// Overwrites every string in a JSON value.
pub(crate) fn wipe(value: &mut Value) {
    match value {
        Value::String(s) => s.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(wipe),
        Value::Object(map) => map.values_mut().for_each(wipe),
        _ => {}
    }
}

/// Prints `response` as JSON; `null` (an operation with no output, unless
/// `print_null`) and `{}` print nothing, as the aws CLI prints nothing for
/// its empty response.
fn write_json<T: Serialize + ?Sized>(response: &T, print_null: bool) -> Result<()> {
    let mut buf = Zeroizing::new(Vec::with_capacity(BUFFER));
    let mut serializer =
        Serializer::with_formatter(&mut *buf, PrettyFormatter::with_indent(b"    "));
    response.serialize(&mut serializer).map_err(encoding)?;
    if (*buf == b"null" && !print_null) || *buf == b"{}" {
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
        Value::Number(n) if n.is_f64() => out.push_str(&python_float(n.as_f64().unwrap_or(0.0))),
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

/// A float as Python's `repr` writes it: the shortest digits that read
/// back, in positional notation from 1e-4 up to 1e16, else as `1e+16`.
fn python_float(f: f64) -> String {
    if !f.is_finite() {
        return if f.is_nan() {
            "nan"
        } else if f > 0.0 {
            "inf"
        } else {
            "-inf"
        }
        .to_owned();
    }
    // Rust's `{:e}` gives the same shortest digits: `-1.2345e-7`.
    let sci = format!("{f:e}");
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if (-4..16).contains(&exponent) {
        let point = exponent + 1;
        let body = if point <= 0 {
            format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
        } else if point as usize >= digits.len() {
            format!("{digits}{}.0", "0".repeat(point as usize - digits.len()))
        } else {
            let (int, frac) = digits.split_at(point as usize);
            format!("{int}.{frac}")
        };
        format!("{sign}{body}")
    } else {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let exp_sign = if exponent < 0 { '-' } else { '+' };
        format!(
            "{sign}{first}{dot}{rest}e{exp_sign}{:02}",
            exponent.unsigned_abs()
        )
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

#[cfg(test)]
mod tests {
    use super::python_float;

    #[test]
    fn floats_print_as_python_prints_them() {
        for (f, want) in [
            (1.5, "1.5"),
            (2.0, "2.0"),
            (-0.5, "-0.5"),
            (0.1, "0.1"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.2345678901234568e17, "1.2345678901234568e+17"),
            (-2.5e-300, "-2.5e-300"),
            (0.0, "0.0"),
        ] {
            assert_eq!(python_float(f), want, "{f}");
        }
    }
}
