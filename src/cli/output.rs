//! The only writer of stdout. Responses print as `aws kms` prints them:
//! `--output json` (the default) is JSON indented by four spaces; `text` is
//! the aws CLI's tab-separated form; `table` its boxed form (simplified).
//! `--query` applies a JMESPath expression first ([`super::query`]).

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
        let value = serde_json::to_value(response).map_err(encoding)?;
        if value.is_null() {
            return Ok(());
        }
        self.print_value(value)
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

/// `--output text`: the aws CLI's rules. A scalar prints alone; an object
/// prints its scalars (sorted by key) tab-separated on one line, prefixed by
/// its key in capitals when nested, then each nested value; a list of
/// scalars prints on one line.
mod text {
    use super::*;

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
    fn line<'a>(
        id: Option<&str>,
        cells: impl Iterator<Item = Option<&'a Value>>,
        out: &mut String,
    ) {
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
                line(id, scalars.into_iter().map(Some), out);
            }
            for element in nested {
                item(element, id, None, out);
            }
        } else {
            line(id, items.iter().map(Some), out);
        }
    }
}

/// `--output table`: a titled box per object or list, nested boxes for
/// nested values, as the aws CLI draws them; objects are always drawn as
/// key/value rows (the aws CLI sometimes draws them as columns).
mod table {
    use super::*;

    /// A rendered section: a title and rows of cells, nested sections after.
    struct Section {
        title: String,
        header: Option<Vec<String>>,
        rows: Vec<Vec<String>>,
        children: Vec<Section>,
    }

    pub fn format(title: &str, value: &Value, out: &mut String) {
        let section = build(title, value);
        let width = section.width().max(title.len() + 4);
        section.render(0, width, out);
    }

    fn build(title: &str, value: &Value) -> Section {
        let mut section = Section {
            title: title.to_owned(),
            header: None,
            rows: Vec::new(),
            children: Vec::new(),
        };
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    if is_scalar(v) {
                        section.rows.push(vec![k.clone(), scalar(v)]);
                    } else {
                        section.children.push(build(k, v));
                    }
                }
            }
            Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
                let keys = scalar_keys(items);
                for item in items.iter().filter_map(Value::as_object) {
                    section.rows.push(
                        keys.iter()
                            .map(|k| item.get(k).map(scalar).unwrap_or_default())
                            .collect(),
                    );
                    for (k, v) in item.iter().filter(|(_, v)| !is_scalar(v)) {
                        section.children.push(build(k, v));
                    }
                }
                section.header = Some(keys);
            }
            Value::Array(items) => {
                for item in items {
                    if is_scalar(item) {
                        section.rows.push(vec![scalar(item)]);
                    } else {
                        section.children.push(build(title, item));
                    }
                }
            }
            other => section.rows.push(vec![scalar(other)]),
        }
        section
    }

    /// Cells may hold a plaintext: wiped with the table.
    impl Drop for Section {
        fn drop(&mut self) {
            for cell in self.rows.iter_mut().flatten() {
                cell.zeroize();
            }
        }
    }

    impl Section {
        fn columns(&self) -> usize {
            self.rows
                .iter()
                .map(Vec::len)
                .chain(self.header.as_ref().map(Vec::len))
                .max()
                .unwrap_or(0)
        }

        fn column_widths(&self) -> Vec<usize> {
            let mut widths = vec![0; self.columns()];
            for row in self.rows.iter().chain(self.header.iter()) {
                for (i, cell) in row.iter().enumerate() {
                    widths[i] = widths[i].max(cell.chars().count() + 4);
                }
            }
            widths
        }

        /// The inner width this section and its nested sections need.
        fn width(&self) -> usize {
            let widths = self.column_widths();
            let own = widths.iter().sum::<usize>() + widths.len().saturating_sub(1);
            let title = self.title.len() + 4;
            let children = self
                .children
                .iter()
                .map(|c| c.width() + 2)
                .max()
                .unwrap_or(0);
            own.max(title).max(children)
        }

        fn render(&self, depth: usize, width: usize, out: &mut String) {
            let (left, right) = ("|".repeat(depth), "|".repeat(depth));
            let rule = |out: &mut String, joints: &[usize]| {
                out.push_str(&left);
                out.push('+');
                let mut line: Vec<char> = "-".repeat(width).chars().collect();
                for &j in joints {
                    if j < line.len() {
                        line[j] = '+';
                    }
                }
                out.extend(line);
                out.push('+');
                out.push_str(&right);
                out.push('\n');
            };
            if depth == 0 {
                out.push_str(&"-".repeat(width + 2));
                out.push('\n');
            }
            out.push_str(&left);
            out.push('|');
            out.push_str(&center(&self.title, width));
            out.push('|');
            out.push_str(&right);
            out.push('\n');
            let mut widths = self.column_widths();
            // The last column takes the room the others leave.
            let used = widths.iter().sum::<usize>() + widths.len().saturating_sub(1);
            if let Some(last) = widths.last_mut() {
                *last += width.saturating_sub(used);
            }
            let joints: Vec<usize> = widths
                .iter()
                .scan(0, |at, w| {
                    *at += w + 1;
                    Some(*at - 1)
                })
                .collect();
            let inner = &joints[..joints.len().saturating_sub(1)];
            let has_rows = !self.rows.is_empty() || self.header.is_some();
            rule(out, if has_rows { inner } else { &[] });
            if let Some(header) = &self.header {
                self.row(header, &widths, true, &left, &right, out);
                rule(out, inner);
            }
            for row in &self.rows {
                self.row(row, &widths, false, &left, &right, out);
            }
            if !self.rows.is_empty() {
                rule(out, inner);
            }
            for child in &self.children {
                child.render(depth + 1, width - 2, out);
            }
        }

        fn row(
            &self,
            cells: &[String],
            widths: &[usize],
            centered: bool,
            left: &str,
            right: &str,
            out: &mut String,
        ) {
            out.push_str(left);
            out.push('|');
            // Written straight into the zeroizing buffer: a cell may be a plaintext.
            for (i, w) in widths.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                let pad = w.saturating_sub(cell.chars().count());
                if centered {
                    out.push_str(&" ".repeat(pad / 2));
                    out.push_str(cell);
                    out.push_str(&" ".repeat(pad - pad / 2));
                } else {
                    out.push_str("  ");
                    out.push_str(cell);
                    out.push_str(&" ".repeat(pad.saturating_sub(2)));
                }
            }
            out.push('|');
            out.push_str(right);
            out.push('\n');
        }
    }

    fn center(text: &str, width: usize) -> String {
        let len = text.chars().count();
        let pad = width.saturating_sub(len);
        format!("{}{text}{}", " ".repeat(pad / 2), " ".repeat(pad - pad / 2))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn text_of(value: Value) -> String {
        let mut out = String::new();
        text::format(&value, &mut out);
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

    #[test]
    fn table_output_is_boxed_and_aligned() {
        let mut out = String::new();
        table::format(
            "DescribeKey",
            &json!({"KeyMetadata": {"KeyId": "k1", "Enabled": true}}),
            &mut out,
        );
        let widths: Vec<usize> = out.lines().map(|l| l.chars().count()).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{out}");
        assert!(out.contains("DescribeKey"));
        assert!(out.contains("||  KeyId "), "{out}");
    }
}
